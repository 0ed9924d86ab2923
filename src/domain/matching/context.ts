// What a matching run knows besides the two banks: weights, current mentor load, pairs the curator forbade.
import type { MatchWeights } from './weights';
import { defaultMatchWeights } from './weights';

export interface MatchContext {
  weights: MatchWeights;
  /** Places already taken per mentor id (active and draft pairs outside this run). Missing = 0. */
  load?: ReadonlyMap<string, number>;
  /** Pairs the curator banned, as `${mentorId}|${menteeId}`. */
  bannedPairs?: ReadonlySet<string>;
}

export type BlockerCode = 'same_person' | 'no_consent' | 'inactive' | 'full' | 'banned' | 'school_years';

/** A hard rule that forbids a pair, with the Russian reason shown to the curator. */
export interface Blocker {
  code: BlockerCode;
  textRu: string;
}

export function pairKey(mentorId: string, menteeId: string): string {
  return `${mentorId}|${menteeId}`;
}

export function defaultContext(): MatchContext {
  return { weights: defaultMatchWeights };
}
