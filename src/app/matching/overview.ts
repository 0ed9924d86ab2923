// What the «Подбор» panel opens with: who waits, who is on «поддержка без пары» (with the best mentor now possible),
// the open pairs, the mentors with places, the bans and the weights in force. Read-only.
import { seedGroupSize } from './groups';
import { isInDocuments } from '../../workbook/pairs';
import { toIsoDate } from '../../domain/calendar/calendar-date';
import { prepare } from '../../domain/matching/prepared';
import { suggestPrepared } from '../../domain/matching/suggest';
import { matchWeightFields } from '../../domain/matching/weights';
import { formRu, pairStatusRu } from '../../domain/model';
import { describeProblem } from '../../domain/validation/problem';
import type { AppContext } from '../context';
import { revisitablePairs } from './propose';
import { availableMentees, matchContextOf, readMatchingState } from './state';
import { menteeCard, mentorCard, type MenteeCard, type MentorCard } from './views';

/** Lists longer than this are cut (with their totals): the sidebar is 300 px wide. */
export const OVERVIEW_LIST_LIMIT = 300;

export interface OpenPairView {
  id: string;
  row: number;
  form: string;
  isGroup: boolean;
  statusRu: string;
  mentorIds: string[];
  mentorNames: string[];
  menteeIds: string[];
  menteeNames: string[];
  score: number | null;
  locked: boolean;
  startDate: string;
  /** Already in the order or with a program: replacing the mentor makes a new pair. */
  inDocuments: boolean;
}

export interface MatchingOverview {
  /** '' when matching can run; else what to fix in «Настройки». */
  blocking: string[];
  counts: {
    waiting: number;
    supported: number;
    inPairs: number;
    openPairs: number;
    activeMentors: number;
    freePlaces: number;
    revisitable: number;
  };
  waiting: MenteeCard[];
  supported: Array<MenteeCard & { best: { mentorId: string; name: string; score: number } | null }>;
  pairs: OpenPairView[];
  mentors: MentorCard[];
  bans: Array<{ mentorId: string; mentorName: string; menteeId: string; menteeName: string; at: string }>;
  weights: Array<{ label: string; value: string }>;
  maxGroupSize: number;
  warnings: string[];
}

export function matchingOverview(ctx: AppContext): MatchingOverview {
  const state = readMatchingState(ctx);
  const available = availableMentees(state);
  const waiting = available.filter((e) => e.status === 'waiting');
  const supported = available.filter((e) => e.status === 'supported');
  // Longest waiting first: the request date, then the bank's order.
  const since = (d: { requestDate: { year: number; month: number; day: number } | null }) =>
    d.requestDate ? toIsoDate(d.requestDate) : '9999';
  waiting.sort((a, b) => (since(a) < since(b) ? -1 : since(a) > since(b) ? 1 : 0));
  let best: Array<{ mentorId: string; name: string; score: number } | null> = supported.map(() => null);
  if (state.weights && supported.length) {
    const p = prepare(state.mentors, supported, matchContextOf(state));
    best = supported.map((_, i) => {
      const s = suggestPrepared(p, i, 1, false).suggestions[0];
      return s ? { mentorId: s.mentor.id, name: s.mentor.fullName, score: s.score } : null;
    });
  }
  const active = state.mentors.filter((m) => m.status === 'active' && m.consentDate);
  const nameOf = (id: string, people: Map<string, { value: { fullName: string } }>) =>
    people.get(id)?.value.fullName ?? id;
  const weights = state.weights;
  return {
    blocking: state.check.matchProblems.map(describeProblem),
    counts: {
      waiting: waiting.length,
      supported: supported.length,
      inPairs: state.placeOf.size,
      openPairs: state.openPairs.length,
      activeMentors: active.length,
      freePlaces: active.reduce((s, m) => s + Math.max(0, m.capacity - (state.load.get(m.id) ?? 0)), 0),
      revisitable: revisitablePairs(state).length,
    },
    waiting: waiting.slice(0, OVERVIEW_LIST_LIMIT).map((e) => menteeCard(state, e)),
    supported: supported
      .slice(0, OVERVIEW_LIST_LIMIT)
      .map((e, i) => ({ ...menteeCard(state, e), best: best[i] ?? null })),
    pairs: state.openPairs.slice(-OVERVIEW_LIST_LIMIT).map((r) => ({
      id: r.value.id,
      row: r.row,
      form: formRu[r.value.form],
      isGroup: r.value.form === 'group',
      statusRu: pairStatusRu[r.value.status],
      mentorIds: r.value.mentorIds,
      mentorNames: r.value.mentorIds.map((id) => nameOf(id, state.mentorById)),
      menteeIds: r.value.menteeIds,
      menteeNames: r.value.menteeIds.map((id) => nameOf(id, state.menteeById)),
      score: r.score,
      locked: r.value.locked,
      startDate: toIsoDate(r.value.startDate),
      inDocuments: isInDocuments(r.value),
    })),
    mentors: active.slice(0, OVERVIEW_LIST_LIMIT).map((m) => mentorCard(state, m)),
    bans: state.bans.map((b) => ({
      mentorId: b.mentorId,
      mentorName: nameOf(b.mentorId, state.mentorById),
      menteeId: b.menteeId,
      menteeName: nameOf(b.menteeId, state.menteeById),
      at: b.at,
    })),
    weights: matchWeightFields.map((f) => ({
      label: f.labelRu,
      value: weights ? String(weights[f.key] ?? 'нет') : '—',
    })),
    maxGroupSize: state.settings?.maxGroupSize ?? seedGroupSize,
    warnings: state.warnings,
  };
}
