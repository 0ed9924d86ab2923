// The monitoring summary: response rate, each rating's average and distribution, before/after change of competence,
// per pair, per form of mentoring and for the school; the pairs that need attention; the open answers grouped.
import type { MentoringForm } from '../model';
import { decimalRu } from '../text/number-ru';
import { latestResponses, sameAnswerKey, type MonitoringAnswer, type MonitoringResponse } from './answers';
import { participantKey, participantsOf, type MonitoredPair, type Participant } from './participants';
import {
  parseYesNo,
  RATING_MAX,
  type Audience,
  type MonitoringQuestion,
  type QuestionType,
  type QuestionUse,
} from './questions';

/** A rating at or below this is low (the «Порог низкой оценки» setting overrides it). */
export const DEFAULT_LOW_SCORE = 4;
/** A pair whose ratings average below this needs attention even without a single low one. */
export const LOW_AVERAGE = 6;

export interface RatingStat {
  code: string;
  question: string;
  audience: Audience;
  count: number;
  average: number | null;
  /** How many answered 1, 2, … 10 (index 0 is the rating 1). */
  distribution: number[];
}

export interface YesNoStat {
  code: string;
  question: string;
  audience: Audience;
  yes: number;
  no: number;
}

export interface ChoiceStat {
  code: string;
  question: string;
  audience: Audience;
  counts: Array<{ choice: string; count: number }>;
}

export interface CompetenceStat {
  competence: string;
  count: number;
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface RoleRate {
  expected: number;
  answered: number;
}

export interface GroupSummary {
  expected: number;
  answered: number;
  /** answered / expected; null when nobody is expected. */
  rate: number | null;
  byRole: Record<'mentee' | 'mentor', RoleRate>;
  ratings: RatingStat[];
  yesNo: YesNoStat[];
  choices: ChoiceStat[];
  competence: {
    count: number;
    before: number | null;
    after: number | null;
    change: number | null;
    byCompetence: CompetenceStat[];
  };
  /** Mean of every rating answer (before/after levels aside); null without ratings. */
  averageRating: number | null;
}

export interface PairSummary extends GroupSummary {
  pairId: string;
  form: MentoringForm;
  mentorNames: string[];
  menteeNames: string[];
  /** Participants who have not answered yet. */
  missing: Array<{ role: 'mentee' | 'mentor'; name: string }>;
  /** Why the pair needs attention, in Russian; empty when it does not. */
  attention: string[];
}

export interface OpenAnswer {
  text: string;
  /** How many gave this answer (same words, case and punctuation aside). */
  count: number;
  pairIds: string[];
}

export interface OpenAnswerGroup {
  code: string;
  question: string;
  audience: Audience;
  use: QuestionUse | null;
  answers: OpenAnswer[];
}

export interface MonitoringSummary {
  school: GroupSummary;
  byForm: Record<MentoringForm, GroupSummary>;
  pairs: PairSummary[];
  /** Pairs with reasons, the most worrying first. */
  attention: PairSummary[];
  openAnswers: OpenAnswerGroup[];
  /** The curator's own answers by question code (SWOT and the rest). */
  curator: Array<{ code: string; question: string; text: string; score: number | null }>;
  /** Earlier questionnaires of people who answered again (the latest one counts). */
  superseded: number;
  /** Questionnaires of pairs that are not on «Пары и группы» (or were dissolved): kept on the sheet, not counted. */
  unmatched: Array<{ responseId: string; pairId: string; personName: string }>;
  lowScore: number;
}

export interface SummaryInput {
  pairs: readonly MonitoredPair[];
  questions: readonly MonitoringQuestion[];
  answers: readonly MonitoringAnswer[];
  lowScore?: number;
}

type AnswerKind = QuestionType;

/** How an answer is counted: by its question's type, or (for a question since removed) by what the row holds. */
function kindOf(a: MonitoringAnswer, q: MonitoringQuestion | undefined): AnswerKind {
  if (q) return q.type;
  if (a.score !== null && a.scoreBefore !== null) return 'competence';
  if (a.score !== null) return 'rating';
  return parseYesNo(a.text) !== null ? 'yesno' : 'text';
}

class Accumulator {
  readonly respondents = new Set<string>();
  readonly ratings = new Map<string, { question: string; audience: Audience; values: number[] }>();
  readonly yesNo = new Map<string, { question: string; audience: Audience; yes: number; no: number }>();
  readonly choices = new Map<string, { question: string; audience: Audience; counts: Map<string, number> }>();
  readonly competence = new Map<string, { before: number[]; after: number[] }>();

  add(r: MonitoringResponse, questions: ReadonlyMap<string, MonitoringQuestion>): void {
    this.respondents.add(participantKey({ pairId: r.pairId, role: r.role, id: r.personId }));
    for (const a of r.answers) {
      const q = questions.get(a.questionCode);
      const question = q?.text ?? a.question;
      switch (kindOf(a, q)) {
        case 'rating':
          if (a.score === null) break;
          getOr(this.ratings, a.questionCode, () => ({ question, audience: r.role, values: [] })).values.push(a.score);
          break;
        case 'competence': {
          if (a.score === null && a.scoreBefore === null) break;
          const c = getOr(this.competence, a.competence.trim() || question, () => ({ before: [], after: [] }));
          if (a.scoreBefore !== null && a.score !== null) {
            c.before.push(a.scoreBefore);
            c.after.push(a.score);
          }
          break;
        }
        case 'yesno': {
          const v = parseYesNo(a.text);
          if (v === null) break;
          const s = getOr(this.yesNo, a.questionCode, () => ({ question, audience: r.role, yes: 0, no: 0 }));
          if (v) s.yes++;
          else s.no++;
          break;
        }
        case 'choice': {
          if (!a.text.trim()) break;
          const s = getOr(this.choices, a.questionCode, () => ({
            question,
            audience: r.role,
            counts: new Map<string, number>(),
          }));
          s.counts.set(a.text.trim(), (s.counts.get(a.text.trim()) ?? 0) + 1);
          break;
        }
        case 'text':
          break;
      }
    }
  }
}

function getOr<K, V>(m: Map<K, V>, k: K, init: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = init()));
  return v;
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

function orderOf(questions: readonly MonitoringQuestion[]): (code: string) => number {
  const at = new Map(questions.map((q, i) => [q.code, i]));
  return (code) => at.get(code) ?? questions.length;
}

function groupSummary(
  acc: Accumulator,
  expected: readonly Participant[],
  order: (code: string) => number,
): GroupSummary {
  const byRole = {
    mentee: { expected: 0, answered: 0 },
    mentor: { expected: 0, answered: 0 },
  };
  for (const p of expected) {
    byRole[p.role].expected++;
    if (acc.respondents.has(participantKey(p))) byRole[p.role].answered++;
  }
  const answered = byRole.mentee.answered + byRole.mentor.answered;
  const ratings: RatingStat[] = [...acc.ratings].map(([code, s]) => {
    const distribution = new Array<number>(RATING_MAX).fill(0);
    for (const v of s.values) distribution[v - 1]! += 1;
    return {
      code,
      question: s.question,
      audience: s.audience,
      count: s.values.length,
      average: mean(s.values),
      distribution,
    };
  });
  ratings.sort((a, b) => order(a.code) - order(b.code));
  const allBefore: number[] = [];
  const allAfter: number[] = [];
  const byCompetence: CompetenceStat[] = [...acc.competence].map(([competence, c]) => {
    allBefore.push(...c.before);
    allAfter.push(...c.after);
    const before = mean(c.before);
    const after = mean(c.after);
    return {
      competence,
      count: c.after.length,
      before,
      after,
      change: before !== null && after !== null ? after - before : null,
    };
  });
  byCompetence.sort((a, b) => b.count - a.count || a.competence.localeCompare(b.competence, 'ru'));
  const before = mean(allBefore);
  const after = mean(allAfter);
  const values = [...acc.ratings.values()].flatMap((s) => s.values);
  return {
    expected: expected.length,
    answered,
    rate: expected.length ? answered / expected.length : null,
    byRole,
    ratings,
    yesNo: [...acc.yesNo].map(([code, s]) => ({ code, ...s })).sort((a, b) => order(a.code) - order(b.code)),
    choices: [...acc.choices]
      .map(([code, s]) => ({
        code,
        question: s.question,
        audience: s.audience,
        counts: [...s.counts].map(([choice, count]) => ({ choice, count })).sort((a, b) => b.count - a.count),
      }))
      .sort((a, b) => order(a.code) - order(b.code)),
    competence: {
      count: allAfter.length,
      before,
      after,
      change: before !== null && after !== null ? after - before : null,
      byCompetence,
    },
    averageRating: mean(values),
  };
}

/** The reasons a pair needs attention, most serious first. */
function attentionOf(
  s: GroupSummary,
  missing: PairSummary['missing'],
  acc: Accumulator,
  lowScore: number,
  noContinue: string[],
): string[] {
  const out: string[] = [];
  if (s.expected > 0 && s.answered === 0) out.push('Нет ни одного ответа на анкету');
  else if (missing.length) out.push(`Не ответили: ${missing.map((m) => m.name).join(', ')}`);
  const low: string[] = [];
  for (const [, r] of acc.ratings) {
    const worst = Math.min(...r.values);
    if (r.values.length && worst <= lowScore) low.push(`«${r.question}» — ${worst}`);
  }
  if (low.length) out.push(`Низкие оценки: ${low.join('; ')}`);
  else if (s.averageRating !== null && s.averageRating < LOW_AVERAGE)
    out.push(`Средняя оценка ${decimalRu(s.averageRating)} из 10`);
  const noGrowth = s.competence.byCompetence
    .filter((c) => c.change !== null && c.change <= 0)
    .map((c) => `«${c.competence}»`);
  if (noGrowth.length) out.push(`Нет роста по запросу: ${noGrowth.join(', ')}`);
  if (noContinue.length) out.push(`Не хотят продолжать: ${noContinue.join(', ')}`);
  return out;
}

function groupOpenAnswers(
  responses: readonly MonitoringResponse[],
  questions: ReadonlyMap<string, MonitoringQuestion>,
  order: (code: string) => number,
): OpenAnswerGroup[] {
  const groups = new Map<string, OpenAnswerGroup & { index: Map<string, OpenAnswer> }>();
  for (const r of responses)
    for (const a of r.answers) {
      const q = questions.get(a.questionCode);
      if (kindOf(a, q) !== 'text' || !a.text.trim()) continue;
      const g = getOr(groups, a.questionCode, () => ({
        code: a.questionCode,
        question: q?.text ?? a.question,
        audience: r.role,
        use: q?.use ?? null,
        answers: [],
        index: new Map<string, OpenAnswer>(),
      }));
      const key = sameAnswerKey(a.text);
      if (!key) continue;
      const found = g.index.get(key);
      if (found) {
        found.count++;
        if (r.pairId && !found.pairIds.includes(r.pairId)) found.pairIds.push(r.pairId);
      } else {
        const o: OpenAnswer = { text: a.text.trim(), count: 1, pairIds: r.pairId ? [r.pairId] : [] };
        g.index.set(key, o);
        g.answers.push(o);
      }
    }
  return [...groups.values()]
    .map(({ index: _index, ...g }) => ({
      ...g,
      answers: [...g.answers].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'ru')),
    }))
    .sort((a, b) => order(a.code) - order(b.code));
}

export function summarizeMonitoring(input: SummaryInput): MonitoringSummary {
  const lowScore = input.lowScore ?? DEFAULT_LOW_SCORE;
  const questions = new Map(input.questions.map((q) => [q.code, q]));
  const order = orderOf(input.questions);
  const pairs = new Map(input.pairs.map((p) => [p.id, p]));
  const participants = participantsOf(input.pairs);
  const expectedKeys = new Set(participants.map(participantKey));
  const { responses, superseded } = latestResponses(input.answers);

  const school = new Accumulator();
  const byForm: Record<MentoringForm, Accumulator> = { individual: new Accumulator(), group: new Accumulator() };
  const byPair = new Map<string, Accumulator>();
  const noContinue = new Map<string, string[]>();
  const curator: MonitoringSummary['curator'] = [];
  const unmatched: MonitoringSummary['unmatched'] = [];
  const counted: MonitoringResponse[] = [];
  for (const r of responses) {
    if (r.role === 'curator') {
      counted.push(r);
      for (const a of r.answers)
        curator.push({
          code: a.questionCode,
          question: questions.get(a.questionCode)?.text ?? a.question,
          text: a.text,
          score: a.score,
        });
      continue;
    }
    const pair = pairs.get(r.pairId);
    if (!pair || !expectedKeys.has(participantKey({ pairId: r.pairId, role: r.role, id: r.personId }))) {
      unmatched.push({ responseId: r.responseId, pairId: r.pairId, personName: r.personName });
      continue;
    }
    counted.push(r);
    school.add(r, questions);
    byForm[pair.form].add(r, questions);
    getOr(byPair, pair.id, () => new Accumulator()).add(r, questions);
    for (const a of r.answers)
      if (questions.get(a.questionCode)?.use === 'continue' && r.role === 'mentee' && parseYesNo(a.text) === false)
        getOr(noContinue, pair.id, () => []).push(r.personName);
  }

  const byPairId = new Map<string, Participant[]>();
  for (const p of participants) getOr(byPairId, p.pairId, () => []).push(p);
  const pairSummaries: PairSummary[] = [];
  for (const pair of input.pairs) {
    const expected = byPairId.get(pair.id) ?? [];
    if (!expected.length) continue;
    const acc = byPair.get(pair.id) ?? new Accumulator();
    const s = groupSummary(acc, expected, order);
    const missing = expected
      .filter((p) => !acc.respondents.has(participantKey(p)))
      .map((p) => ({ role: p.role, name: p.name }));
    pairSummaries.push({
      ...s,
      pairId: pair.id,
      form: pair.form,
      mentorNames: pair.mentors.map((m) => m.name),
      menteeNames: pair.mentees.map((m) => m.name),
      missing,
      attention: attentionOf(s, missing, acc, lowScore, noContinue.get(pair.id) ?? []),
    });
  }
  const severity = (p: PairSummary) =>
    (p.answered === 0 ? 100 : 0) +
    p.attention.length * 10 +
    (p.averageRating === null ? 0 : RATING_MAX - p.averageRating);
  const attention = pairSummaries
    .filter((p) => p.attention.length)
    .sort((a, b) => severity(b) - severity(a) || a.pairId.localeCompare(b.pairId));

  return {
    school: groupSummary(school, participants, order),
    byForm: {
      individual: groupSummary(
        byForm.individual,
        participants.filter((p) => p.form === 'individual'),
        order,
      ),
      group: groupSummary(
        byForm.group,
        participants.filter((p) => p.form === 'group'),
        order,
      ),
    },
    pairs: pairSummaries,
    attention,
    openAnswers: groupOpenAnswers(counted, questions, order),
    curator,
    superseded,
    unmatched,
    lowScore,
  };
}
