// Practices proposed in the monitoring answers, offered to the curator for the library with one click.
import type { CalendarDate } from '../calendar/calendar-date';
import type { Practice } from '../practices/practice';
import { sameAnswerKey, type MonitoringAnswer } from './answers';
import type { Audience, MonitoringQuestion } from './questions';

export interface PracticeProposal {
  /** «<responseId>/<question code>»: recorded as the practice's origin, so it is offered once. */
  key: string;
  text: string;
  authorName: string;
  role: Audience;
  pairId: string;
  answeredOn: CalendarDate | null;
  /** The «Мониторинг» row of the answer (marked when added or declined). */
  row: number;
}

export function proposalKey(a: Pick<MonitoringAnswer, 'responseId' | 'questionCode'>): string {
  return `${a.responseId}/${a.questionCode}`;
}

/** Answers to «practice» questions not yet added to the library nor declined; the same text from one pair once. */
export function practiceProposals(
  answers: readonly MonitoringAnswer[],
  questions: readonly MonitoringQuestion[],
  practices: readonly Pick<Practice, 'origin'>[],
): PracticeProposal[] {
  const codes = new Set(questions.filter((q) => q.use === 'practice').map((q) => q.code));
  const taken = new Set(practices.map((p) => p.origin).filter(Boolean));
  const seen = new Set<string>();
  const out: PracticeProposal[] = [];
  for (const a of answers) {
    const text = a.text.trim();
    if (!codes.has(a.questionCode) || !text || a.libraryMark.trim()) continue;
    if (text.length < 10 || /^(нет|не знаю|затрудняюсь|-+)\.?$/i.test(text)) continue;
    const key = proposalKey(a);
    const same = `${a.pairId}|${sameAnswerKey(text)}`;
    if (taken.has(key) || seen.has(same)) continue;
    seen.add(same);
    out.push({
      key,
      text,
      authorName: a.personName,
      role: a.role,
      pairId: a.pairId,
      answeredOn: a.answeredOn,
      row: a.row,
    });
  }
  return out;
}

/** A short title from a proposal: its first sentence, at most 80 characters, cut at a word. */
export function titleOf(text: string): string {
  const first = text
    .trim()
    .split(/(?<=[.!?])\s+|\n/)[0]!
    .replace(/[.!?]+$/, '');
  if (first.length <= 80) return first;
  const cut = first.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

/** The library row a proposal becomes; the curator may edit the title and tags afterwards. */
export function practiceFromProposal(
  p: PracticeProposal,
  context: { requests: readonly string[]; year: string; id: string },
): Practice {
  return {
    id: context.id,
    title: titleOf(p.text),
    authors: p.authorName,
    pairId: p.pairId,
    competencies: [...context.requests],
    description: p.text,
    materials: '',
    year: context.year,
    tags: [],
    best: false,
    kind: 'practice',
    source: 'monitoring',
    origin: p.key,
    notes: '',
  };
}
