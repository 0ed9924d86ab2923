// Proposes pairs for many mentees at once: the optimal capacitated assignment, with the greedy baseline beside it.
import type { Mentee, Mentor } from '../model';
import type { MatchContext } from './context';
import type { AssignmentGraph } from './max-weight-assignment';
import { graphOfAll, greedyOnMatrix, solveOnMatrix, type ScoreMatrix } from './sparse-solve';
import {
  FLAG_NO_CONSENT,
  FLAG_INACTIVE,
  FLAG_SCHOOL_YEARS,
  prepare,
  prefersMentor,
  rawScore,
  type Prepared,
} from './prepared';
import { explainPrepared, summaryRu, type PairScore } from './score';

export type AssignmentMode = 'maxScore' | 'maxCoverageThenScore';

export interface LockedPair {
  mentorId: string;
  menteeId: string;
}

export interface AssignmentOptions {
  /** 'maxScore': the largest total score; 'maxCoverageThenScore': as many mentees as possible, then the largest total. */
  mode?: AssignmentMode;
  /** Pairs the curator pinned: kept as they are and counted against the mentor's places. */
  lockedPairs?: readonly LockedPair[];
  /** Overrides ctx.weights.minScore for this run. */
  minScore?: number;
  /**
   * Mentees who already have a mentor the run may change (a formed, unlocked pair), with that mentor's id. They are
   * placed before anyone else (their current mentor always stays an option, so nobody loses a pair), then the usual
   * objective decides whom they get. Their current pair must not be counted in ctx.load.
   */
  current?: ReadonlyMap<string, string>;
}

export interface ProposedPair {
  mentor: Mentor;
  mentee: Mentee;
  score: number;
  locked: boolean;
  pair: PairScore;
  summaryRu: string;
}

export type UnassignedReason = 'no_eligible_mentor' | 'all_full';

export interface UnassignedMentee {
  mentee: Mentee;
  reason: UnassignedReason;
  reasonRu: string;
  /** Mentors this mentee could have had (allowed and at or above the minimum score). */
  eligibleMentors: number;
}

export interface AssignmentTotals {
  assigned: number;
  totalScore: number;
}

export interface AssignmentResult {
  mode: AssignmentMode;
  /** Locked pairs first (input order), then the proposed ones in mentee order. */
  pairs: ProposedPair[];
  unassigned: UnassignedMentee[];
  /** The optimised part only (locked pairs excluded), comparable with `greedy`. */
  optimal: AssignmentTotals;
  greedy: AssignmentTotals & { pairs: Array<{ mentorId: string; menteeId: string; score: number }> };
  lockedScore: number;
  /** Russian notes for the curator (e.g. locked pairs beyond a mentor's places). */
  warnings: string[];
  /** Size of the problem: allowed edges after hard rules and the minimum score. */
  edges: number;
  /** Edges the solver needed to prove the optimum (see sparse-solve.ts): usually a small part of `edges`. */
  solvedEdges: number;
}

/**
 * Every pair's score in one byte, the one place that decides which pairs are allowed: hard rules, the curator's bans
 * and the minimum score. `keep[i]` ≥ 0 is a column row i must be able to keep (its current mentor, allowed whatever
 * its score); such rows outrank all others.
 */
export function scoreMatrix(p: Prepared, minScore: number, mode: AssignmentMode, keep?: Int32Array): ScoreMatrix {
  const nm = p.mentors.length;
  const ne = p.mentees.length;
  // Mentor-level rules are the same for every mentee: filter once.
  const open: number[] = [];
  for (let j = 0; j < nm; j++) if (p.rFlags[j] === 0) open.push(j);
  const capacity = new Int32Array(nm);
  for (let j = 0; j < nm; j++) capacity[j] = Math.max(0, p.rCap[j]! - p.rLoad[j]!);
  const cells = new Uint8Array(ne * nm);
  for (let i = 0; i < ne; i++) {
    const email = p.eEmail[i]!;
    const banned = p.eBanned[i];
    const kept = keep ? keep[i]! : -1;
    const base = i * nm;
    for (let k = 0; k < open.length; k++) {
      const j = open[k]!;
      if (email !== '' && p.rEmail[j] === email) continue;
      if (banned && banned.has(j)) continue;
      const s = rawScore(p, j, i);
      if ((s < minScore || s <= 0) && j !== kept) continue;
      cells[base + j] = s + 1;
    }
  }
  const big = mode === 'maxCoverageThenScore' ? 100 * (ne + 1) + 1 : 0;
  // Above any total the other rows can reach: every kept row is placed first (integers stay exact in a double).
  const prio = keep ? (big + 101) * (ne + 1) : 0;
  const weight = keep
    ? (row: number, _col: number, s: number) => big + Math.max(1, s) + (keep[row]! >= 0 ? prio : 0)
    : (_row: number, _col: number, s: number) => big + Math.max(1, s);
  return { rows: ne, cols: nm, cells, capacity, weight, keep };
}

/** The full graph: one edge per allowed pair (tests and the benchmark compare solvers on it). */
export function buildGraph(
  p: Prepared,
  minScore: number,
  mode: AssignmentMode,
  keep?: Int32Array,
): { graph: AssignmentGraph; score: Int32Array } {
  return graphOfAll(scoreMatrix(p, minScore, mode, keep));
}

export function proposeAssignment(
  mentees: readonly Mentee[],
  mentors: readonly Mentor[],
  ctx: MatchContext,
  options: AssignmentOptions = {},
): AssignmentResult {
  const mode = options.mode ?? 'maxScore';
  const minScore = Math.max(1, options.minScore ?? ctx.weights.minScore);
  const locked = options.lockedPairs ?? [];
  const mentorById = new Map<string, Mentor>();
  for (const m of mentors) mentorById.set(m.id, m);
  const menteeById = new Map<string, Mentee>();
  for (const e of mentees) menteeById.set(e.id, e);

  // Locked pairs consume places on top of the load the context already knows.
  const load = new Map<string, number>(ctx.load ?? []);
  const lockedMentees = new Set<string>();
  const warnings: string[] = [];
  const lockedPairs: ProposedPair[] = [];
  let lockedScore = 0;
  for (const lp of locked) {
    const mentor = mentorById.get(lp.mentorId);
    const mentee = menteeById.get(lp.menteeId);
    if (!mentor || !mentee) {
      warnings.push(`Закреплённая пара ${lp.mentorId} — ${lp.menteeId} не найдена в банках и пропущена`);
      continue;
    }
    if (lockedMentees.has(mentee.id)) {
      warnings.push(`${mentee.fullName}: закреплено больше одной пары, оставлена первая`);
      continue;
    }
    lockedMentees.add(mentee.id);
    // Explain against the load before this lock, so the pair does not block itself.
    const lp1 = prepare([mentor], [mentee], { ...ctx, load });
    const pair = explainPrepared(lp1, 0, 0);
    const score = pair.eligible ? pair.score : 0;
    lockedScore += score;
    lockedPairs.push({ mentor, mentee, score, locked: true, pair, summaryRu: summaryRu(pair) });
    const taken = (load.get(mentor.id) ?? 0) + 1;
    load.set(mentor.id, taken);
    if (taken > mentor.capacity)
      warnings.push(`${mentor.fullName}: закреплено пар больше, чем мест (${taken} при ${mentor.capacity})`);
  }

  const open = mentees.filter((e) => !lockedMentees.has(e.id));
  const p = prepare(mentors, open, { ...ctx, load });
  let keep: Int32Array | undefined;
  if (options.current && options.current.size > 0) {
    const col = new Map(mentors.map((m, j) => [m.id, j]));
    keep = new Int32Array(open.length).fill(-1);
    open.forEach((e, i) => {
      const j = col.get(options.current!.get(e.id) ?? '');
      if (j !== undefined && p.rFlags[j] === 0) keep![i] = j;
    });
  }
  const matrix = scoreMatrix(p, minScore, mode, keep);
  // Allowed mentors per mentee, for the reasons of those left without one.
  const allowed = new Int32Array(open.length);
  for (let i = 0; i < open.length; i++) {
    let n = 0;
    for (let c = i * matrix.cols, end = c + matrix.cols; c < end; c++) if (matrix.cells[c] !== 0) n++;
    allowed[i] = n;
  }
  const edges = allowed.reduce((a, b) => a + b, 0);
  const greedy = greedyOnMatrix(matrix);
  const solution = solveOnMatrix(matrix, undefined, greedy.colOf);
  const scoreOf = (r: number, c: number): number => matrix.cells[r * matrix.cols + c]! - 1;

  const pairs: ProposedPair[] = lockedPairs.slice();
  const unassigned: UnassignedMentee[] = [];
  let optimalScore = 0;
  let optimalCount = 0;
  for (let i = 0; i < open.length; i++) {
    const j = solution.colOf[i]!;
    const mentee = open[i]!;
    const eligibleMentors = allowed[i]!;
    if (j < 0) {
      unassigned.push(
        eligibleMentors === 0
          ? { mentee, reason: 'no_eligible_mentor', reasonRu: noMentorReason(p, i, minScore), eligibleMentors }
          : {
              mentee,
              reason: 'all_full',
              reasonRu: `все подходящие наставники (${eligibleMentors}) заняты другими наставляемыми этого распределения`,
              eligibleMentors,
            },
      );
      continue;
    }
    const pair = explainPrepared(p, j, i);
    optimalScore += pair.score;
    optimalCount++;
    pairs.push({ mentor: p.mentors[j]!, mentee, score: pair.score, locked: false, pair, summaryRu: summaryRu(pair) });
  }

  const greedyPairs: Array<{ mentorId: string; menteeId: string; score: number }> = [];
  let greedyScore = 0;
  for (let i = 0; i < open.length; i++) {
    const j = greedy.colOf[i]!;
    if (j < 0) continue;
    const s = scoreOf(i, j);
    greedyScore += s;
    greedyPairs.push({ mentorId: p.mentors[j]!.id, menteeId: open[i]!.id, score: s });
  }

  return {
    mode,
    pairs,
    unassigned,
    optimal: { assigned: optimalCount, totalScore: optimalScore },
    greedy: { assigned: greedyPairs.length, totalScore: greedyScore, pairs: greedyPairs },
    lockedScore,
    warnings,
    edges,
    solvedEdges: solution.edges,
  };
}

/** Why no mentor at all fits: the most telling reason first. */
function noMentorReason(p: Prepared, i: number, minScore: number): string {
  const nm = p.mentors.length;
  if (nm === 0) return 'нет подходящего наставника: банк наставников пуст';
  let available = 0;
  let preferredBlocked = false;
  for (let j = 0; j < nm; j++) {
    const flags = p.rFlags[j]!;
    if ((flags & (FLAG_NO_CONSENT | FLAG_INACTIVE | FLAG_SCHOOL_YEARS)) === 0) available++;
    if (prefersMentor(p, j, i) && flags !== 0) preferredBlocked = true;
  }
  if (available === 0) return 'нет подходящего наставника: нет активных наставников с согласием';
  const tail = preferredBlocked ? ' (названный наставник недоступен)' : '';
  return `нет подходящего наставника: у всех нет свободных мест, действует запрет или балл ниже ${minScore}${tail}`;
}
