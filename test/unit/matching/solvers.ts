// Reference solvers for tests: exhaustive search on tiny graphs and munkres on the slot-expanded matrix.
import { munkresOnSlots } from '../../../bench/scenarios/matching-munkres';
import type { AssignmentGraph } from '../../../src/domain/matching/max-weight-assignment';
import type { ScoreMatrix } from '../../../src/domain/matching/sparse-solve';

/** Best total weight by trying every assignment (each row: unassigned or any column with a place left). */
export function exhaustiveBest(g: AssignmentGraph): number {
  const left = Int32Array.from(g.capacity);
  let best = 0;
  const go = (r: number, total: number): void => {
    if (r === g.rows) {
      if (total > best) best = total;
      return;
    }
    go(r + 1, total);
    for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++) {
      const c = g.edgeCol[e]!;
      const w = g.edgeWeight[e]!;
      if (w <= 0 || left[c]! <= 0) continue;
      left[c] = left[c]! - 1;
      go(r + 1, total + w);
      left[c] = left[c]! + 1;
    }
  };
  go(0, 0);
  return best;
}

/** munkres on the slot-expanded matrix (the same helper the benchmark uses). */
export function munkresBest(g: AssignmentGraph): { total: number; assigned: number } {
  const r = munkresOnSlots(g);
  return { total: r.total, assigned: r.assigned };
}

/** A graph with integer weights 0–126 as a score matrix (weight = the score unless `weight` says otherwise). */
export function matrixOf(g: AssignmentGraph, weight: ScoreMatrix['weight'] = (_r, _c, s) => s): ScoreMatrix {
  const cells = new Uint8Array(g.rows * g.cols);
  for (let r = 0; r < g.rows; r++) {
    for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++)
      if (g.edgeWeight[e]! > 0) cells[r * g.cols + g.edgeCol[e]!] = g.edgeWeight[e]! + 1;
  }
  return { rows: g.rows, cols: g.cols, cells, capacity: g.capacity, weight };
}
