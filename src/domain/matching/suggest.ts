// Ranked mentor suggestions for one mentee, plus the mentors a hard rule excludes and why.
import type { Mentee, Mentor } from '../model';
import type { Blocker, MatchContext } from './context';
import { isBlocked, prepare, rawScore, type Prepared } from './prepared';
import { blockersOf, explainPrepared, summaryRu, type PairScore } from './score';
import { intersectCount } from './term-index';

export interface Suggestion {
  mentor: Mentor;
  score: number;
  rank: number;
  pair: PairScore;
  summaryRu: string;
}

export interface Exclusion {
  mentor: Mentor;
  blockers: Blocker[];
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** Mentors a hard rule forbids for this mentee. */
  excluded: Exclusion[];
  /** Allowed mentors whose score is below the minimum (not proposed). */
  belowMinimum: Array<{ mentor: Mentor; score: number }>;
  /** Eligible mentors at or above the minimum, before `limit` cut the list. */
  eligibleCount: number;
}

export interface SuggestOptions {
  /** How many suggestions to explain and return (default 10, as Chronus shows). */
  limit?: number;
}

/** Compares two mentor indices by score desc, coverage desc, name, id: a total order, so ties are deterministic. */
function compareCandidates(p: Prepared, score: Int32Array, covered: Int32Array, a: number, b: number): number {
  if (score[a] !== score[b]) return score[b]! - score[a]!;
  if (covered[a] !== covered[b]) return covered[b]! - covered[a]!;
  const na = p.rName[a]!;
  const nb = p.rName[b]!;
  if (na !== nb) return na < nb ? -1 : 1;
  const ia = p.mentors[a]!.id;
  const ib = p.mentors[b]!.id;
  return ia < ib ? -1 : ia > ib ? 1 : a - b;
}

/** Suggestions for mentee `i` of a prepared run; `withExclusions` = also explain every excluded mentor. */
export function suggestPrepared(p: Prepared, i: number, limit: number, withExclusions: boolean): SuggestResult {
  const nm = p.mentors.length;
  const score = new Int32Array(nm);
  const covered = new Int32Array(nm);
  const candidates: number[] = [];
  const excluded: Exclusion[] = [];
  const belowMinimum: Array<{ mentor: Mentor; score: number }> = [];
  const min = p.weights.minScore;
  const cw = p.cw;
  for (let j = 0; j < nm; j++) {
    if (isBlocked(p, j, i)) {
      if (withExclusions) excluded.push({ mentor: p.mentors[j]!, blockers: blockersOf(p, j, i) });
      continue;
    }
    const s = rawScore(p, j, i);
    if (s < min) {
      if (withExclusions) belowMinimum.push({ mentor: p.mentors[j]!, score: s });
      continue;
    }
    score[j] = s;
    covered[j] = intersectCount(p.eNeed, i * cw, p.rOffer, j * cw, cw);
    candidates.push(j);
  }
  candidates.sort((a, b) => compareCandidates(p, score, covered, a, b));
  const top = candidates.length > limit ? candidates.slice(0, Math.max(0, limit)) : candidates;
  const suggestions = top.map((j, r) => {
    const pair = explainPrepared(p, j, i);
    return { mentor: p.mentors[j]!, score: pair.score, rank: r + 1, pair, summaryRu: summaryRu(pair) };
  });
  return { suggestions, excluded, belowMinimum, eligibleCount: candidates.length };
}

/** Ranked eligible mentors for a mentee (ties: score, covered requests, name), and the excluded ones with reasons. */
export function suggestMentors(
  mentee: Mentee,
  mentors: readonly Mentor[],
  ctx: MatchContext,
  options: SuggestOptions = {},
): SuggestResult {
  const p = prepare(mentors, [mentee], ctx);
  return suggestPrepared(p, 0, options.limit ?? 10, true);
}
