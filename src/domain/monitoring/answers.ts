// The answers on «Мониторинг» (one row per answer to one question) grouped back into questionnaires.
import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { normalizeTerm } from '../model';
import { participantKey } from './participants';
import type { Audience } from './questions';

export interface MonitoringAnswer {
  /** Sheet row, for messages and marks. */
  row: number;
  /** One questionnaire: every answer of one submission shares it. */
  responseId: string;
  answeredOn: CalendarDate | null;
  /** Empty only for the curator's questionnaire (about the whole system). */
  pairId: string;
  role: Audience;
  personId: string;
  personName: string;
  questionCode: string;
  /** The question as it was asked. */
  question: string;
  /** For before/after questions: the request / competence rated. */
  competence: string;
  /** The answer as text (choices, yes/no, open answers; ratings too, for people). */
  text: string;
  /** A 1–10 rating (for before/after: the level now). */
  score: number | null;
  /** For before/after questions: the level before the program. */
  scoreBefore: number | null;
  /** «В копилку»: what the curator did with a proposed practice (added МК-…, or declined). */
  libraryMark: string;
}

export interface MonitoringResponse extends Pick<
  MonitoringAnswer,
  'responseId' | 'answeredOn' | 'pairId' | 'role' | 'personId' | 'personName'
> {
  answers: MonitoringAnswer[];
  /** The sheet row of its first answer: later rows are later answers. */
  firstRow: number;
}

/** Whose questionnaire it is: one per participant per pair (the curator: one per person). */
export function respondentKey(r: Pick<MonitoringResponse, 'pairId' | 'role' | 'personId'>): string {
  return participantKey({ pairId: r.pairId, role: r.role, id: r.personId });
}

export function groupResponses(answers: readonly MonitoringAnswer[]): MonitoringResponse[] {
  const byId = new Map<string, MonitoringResponse>();
  for (const a of answers) {
    let r = byId.get(a.responseId);
    if (!r) {
      r = {
        responseId: a.responseId,
        answeredOn: a.answeredOn,
        pairId: a.pairId,
        role: a.role,
        personId: a.personId,
        personName: a.personName,
        answers: [],
        firstRow: a.row,
      };
      byId.set(a.responseId, r);
    }
    r.answers.push(a);
    r.firstRow = Math.min(r.firstRow, a.row);
  }
  return [...byId.values()];
}

/**
 * The questionnaire that counts for each respondent: someone who answered twice (a corrected answer) is counted
 * once, with the latest answer. Returns the latest per respondent and how many earlier ones were set aside.
 */
export function latestResponses(answers: readonly MonitoringAnswer[]): {
  responses: MonitoringResponse[];
  superseded: number;
} {
  const latest = new Map<string, MonitoringResponse>();
  let superseded = 0;
  for (const r of groupResponses(answers)) {
    const key = respondentKey(r);
    const prev = latest.get(key);
    if (!prev) {
      latest.set(key, r);
      continue;
    }
    superseded++;
    if (isLater(r, prev)) latest.set(key, r);
  }
  return { responses: [...latest.values()].sort((a, b) => a.firstRow - b.firstRow), superseded };
}

function isLater(a: MonitoringResponse, b: MonitoringResponse): boolean {
  if (a.answeredOn && b.answeredOn) {
    const c = compareDates(a.answeredOn, b.answeredOn);
    if (c !== 0) return c > 0;
  }
  return a.firstRow > b.firstRow;
}

/** Two open answers are the same when their words are: case, ё, punctuation and spacing aside. */
export function sameAnswerKey(text: string): string {
  return normalizeTerm(text)
    .replace(/[.!?,;:«»"()\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
