// Use case «Автоподбор»: a PROPOSAL for everyone waiting (the optimal assignment, the greedy total beside it, each
// pair's reasons), recomputed as the curator pins, removes or skips pairs. Read-only: confirmPairs writes.
import { isInDocuments } from '../../workbook/pairs';
import { proposeAssignment, type AssignmentMode } from '../../domain/matching/assignment';
import type { Mentee } from '../../domain/model';
import { validateGroup } from '../../domain/matching/groups';
import type { AppContext } from '../context';
import { availableMentees, matchContextOf, readMatchingState, type MatchingState } from './state';
import { scoreView, type ScoreView } from './views';

export interface MenteeMentor {
  menteeId: string;
  mentorId: string;
}

export interface ProposeInput {
  mode: AssignmentMode;
  /** Pairs the curator fixed in this proposal: kept, and the rest optimised around them. */
  pins: readonly MenteeMentor[];
  /** Pairs the curator removed: not proposed again in this proposal. */
  exclusions: readonly MenteeMentor[];
  /** Mentees the curator left out of this run. */
  skip: readonly string[];
  /** Also reconsider formed pairs that are not locked and have no documents yet. */
  revisit: boolean;
}

export type ProposalChange = 'new' | 'same' | 'replace';

export interface ProposedPairView extends ScoreView {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  pinned: boolean;
  /** 'same': a revisited pair keeps its mentor; 'replace': it gets a new one; 'new': a mentee without a pair. */
  change: ProposalChange;
  existingPairId: string;
  oldMentorName: string;
}

export interface ProposalView {
  mode: AssignmentMode;
  revisit: boolean;
  pairs: ProposedPairView[];
  unassigned: Array<{ menteeId: string; name: string; reason: string }>;
  skipped: Array<{ menteeId: string; name: string }>;
  totals: {
    /** Mentees the run considered. */
    pool: number;
    assigned: number;
    totalScore: number;
    averageScore: number;
    greedyAssigned: number;
    greedyTotal: number;
    /** Pairs that change something on confirm (new pairs and replaced mentors). */
    changes: number;
  };
  warnings: string[];
}

/** Formed pairs «Автоподбор» may reconsider: unlocked, individual, one mentor, nothing generated yet. */
export function revisitablePairs(state: MatchingState) {
  return state.openPairs.filter(
    (r) =>
      !r.value.locked &&
      !isInDocuments(r.value) &&
      r.value.form === 'individual' &&
      r.value.mentorIds.length === 1 &&
      r.value.menteeIds.length === 1,
  );
}

export function proposeForWaiting(ctx: AppContext, input: ProposeInput): ProposalView {
  const state = readMatchingState(ctx);
  const mctx = matchContextOf(state, input.exclusions);
  const warnings = [...state.warnings];
  const skip = new Set(input.skip);
  const pool: Mentee[] = [];
  const skipped: ProposalView['skipped'] = [];
  for (const e of availableMentees(state)) {
    if (skip.has(e.id)) skipped.push({ menteeId: e.id, name: e.fullName });
    else pool.push(e);
  }

  // Revisited pairs: their mentee joins the pool and their mentor's place is freed for this run.
  const load = new Map(state.load);
  const current = new Map<string, string>();
  const existing = new Map<string, { pairId: string; mentorName: string }>();
  if (input.revisit) {
    for (const r of revisitablePairs(state)) {
      const menteeId = r.value.menteeIds[0]!;
      const mentorId = r.value.mentorIds[0]!;
      const mentee = state.menteeById.get(menteeId)?.value;
      const mentor = state.mentorById.get(mentorId)?.value;
      if (!mentee || !mentor || skip.has(menteeId)) continue;
      // The pair's own place is freed for the check (and stays freed if it is revisited).
      const taken = load.get(mentorId) ?? 0;
      load.set(mentorId, taken - 1);
      // A pair whose mentor is no longer allowed is left for the curator to replace by hand.
      const check = validateGroup(
        { mentorIds: [mentorId], menteeIds: [menteeId] },
        [mentor],
        [mentee],
        { ...mctx, load },
        { maxGroupSize: 1, form: 'individual' },
      );
      if (!check.ok) {
        load.set(mentorId, taken);
        warnings.push(
          `Пара ${r.value.id} не пересматривается: ${check.problems.map((p) => p.textRu).join('; ')}. Замените наставника вручную.`,
        );
        continue;
      }
      current.set(menteeId, mentorId);
      existing.set(menteeId, { pairId: r.value.id, mentorName: mentor.fullName });
      pool.push(mentee);
    }
  }

  // Pins are the curator's: one per mentee, for mentees of this run.
  const inPool = new Set(pool.map((e) => e.id));
  const pins = input.pins.filter((pin) => {
    if (inPool.has(pin.menteeId) && state.mentorById.has(pin.mentorId)) return true;
    warnings.push(
      `Закреплённая пара ${pin.mentorId} — ${pin.menteeId} больше не подходит (наставляемый уже в паре или строка изменилась) и снята.`,
    );
    return false;
  });

  const result = proposeAssignment(
    pool,
    state.mentors,
    { ...mctx, load },
    { mode: input.mode, lockedPairs: pins, current },
  );
  warnings.push(...result.warnings);
  const pairs: ProposedPairView[] = result.pairs.map((p) => {
    const was = existing.get(p.mentee.id);
    const change: ProposalChange = !was ? 'new' : current.get(p.mentee.id) === p.mentor.id ? 'same' : 'replace';
    if (p.locked && !p.pair.eligible)
      warnings.push(
        `Закреплённая пара ${p.mentor.fullName} — ${p.mentee.fullName} нарушает правило: ${p.summaryRu}. Подтверждение её не пропустит.`,
      );
    return {
      menteeId: p.mentee.id,
      menteeName: p.mentee.fullName,
      mentorId: p.mentor.id,
      mentorName: p.mentor.fullName,
      pinned: p.locked,
      change,
      existingPairId: was?.pairId ?? '',
      oldMentorName: was?.mentorName ?? '',
      ...scoreView(p.pair, p.summaryRu),
    };
  });
  const assigned = pairs.length;
  const totalScore = result.optimal.totalScore + result.lockedScore;
  return {
    mode: input.mode,
    revisit: input.revisit,
    pairs,
    unassigned: result.unassigned.map((u) => {
      const was = existing.get(u.mentee.id);
      const reason = was ? `остаётся в паре ${was.pairId} с наставником ${was.mentorName}` : u.reasonRu;
      return { menteeId: u.mentee.id, name: u.mentee.fullName, reason };
    }),
    skipped,
    totals: {
      pool: pool.length,
      assigned,
      totalScore,
      averageScore: assigned ? Math.round(totalScore / assigned) : 0,
      greedyAssigned: result.greedy.assigned + pins.length,
      greedyTotal: result.greedy.totalScore + result.lockedScore,
      changes: pairs.filter((p) => p.change !== 'same').length,
    },
    warnings,
  };
}
