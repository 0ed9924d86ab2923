// Reference solvers for tests: exhaustive search on tiny graphs and munkres on the slot-expanded matrix.
import { munkres } from 'munkres';
import type { AssignmentGraph } from '../../../src/domain/matching/max-weight-assignment';

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

/** Each column repeated `capacity` times; cost −weight on edges, 0 elsewhere (= leaving the row unassigned). */
export function munkresBest(g: AssignmentGraph): { total: number; assigned: number } {
  const slotCol: number[] = [];
  for (let c = 0; c < g.cols; c++) for (let k = 0; k < g.capacity[c]!; k++) slotCol.push(c);
  if (slotCol.length === 0 || g.rows === 0) return { total: 0, assigned: 0 };
  const matrix: Float64Array[] = [];
  const weightAt = new Map<number, number>();
  for (let r = 0; r < g.rows; r++) {
    for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++) if (g.edgeWeight[e]! > 0) weightAt.set(r * g.cols + g.edgeCol[e]!, g.edgeWeight[e]!);
  }
  for (let r = 0; r < g.rows; r++) {
    const row = new Float64Array(slotCol.length);
    for (let s = 0; s < slotCol.length; s++) row[s] = -(weightAt.get(r * g.cols + slotCol[s]!) ?? 0);
    matrix.push(row);
  }
  let total = 0;
  let assigned = 0;
  for (const [r, s] of munkres(matrix)) {
    const w = weightAt.get(r * g.cols + slotCol[s]!);
    if (w !== undefined) {
      total += w;
      assigned++;
    }
  }
  return { total, assigned };
}
