// Mentee statuses brought back in line with «Пары и группы» (an interrupted run, a pair closed by hand on the sheet).
import type { MatchingState } from './state';
import type { MenteeChange } from './writes';

/**
 * In an open pair → «в паре» with its id; «в паре» whose pair was dissolved (or is gone from the sheet) → «ожидает».
 * A finished pair's mentees are left alone: finishing is the year-end's business.
 */
export function statusRepairs(state: MatchingState): MenteeChange[] {
  const out: MenteeChange[] = [];
  const openById = new Map(state.openPairs.map((r) => [r.value.id, r.value]));
  const closed = new Map(
    state.pairs.records.filter((r) => !openById.has(r.value.id)).map((r) => [r.value.id, r.value.status]),
  );
  for (const e of state.mentees) {
    const place = state.placeOf.get(e.id);
    if (place && openById.has(place.pairId)) {
      if (e.status !== 'paired' || e.pairId !== place.pairId) {
        if (e.status === 'waiting' || e.status === 'supported' || e.status === 'paired')
          out.push({ id: e.id, status: 'paired', pairId: place.pairId, supportNote: '' });
      }
      continue;
    }
    // «в паре» without a pair id was typed by a person: reported by the state's warnings, not changed.
    if (place || e.status !== 'paired' || !e.pairId) continue;
    if (closed.get(e.pairId) === 'finished') continue;
    // Its pair is dissolved or gone from the sheet.
    out.push({ id: e.id, status: 'waiting', pairId: '' });
  }
  return out;
}
