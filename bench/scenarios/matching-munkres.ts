// Independent reference: the `munkres` package (Hungarian) on the assignment graph expanded to mentor slots.
import { munkres } from 'munkres';
import type { AssignmentGraph } from '../../src/domain/matching/max-weight-assignment';

export interface MunkresRun {
  total: number;
  assigned: number;
  /** Rows × slot columns of the dense matrix. */
  rows: number;
  slots: number;
  buildMs: number;
  solveMs: number;
}

/**
 * Each mentor becomes `capacity` identical columns; cost −weight on allowed pairs and 0 elsewhere, which is the same
 * as leaving the mentee unassigned (munkres assigns every row of a rectangular matrix). Totals count allowed pairs only.
 */
export function munkresOnSlots(g: AssignmentGraph): MunkresRun {
  const t0 = performance.now();
  const slotCol: number[] = [];
  for (let c = 0; c < g.cols; c++) for (let k = 0; k < g.capacity[c]!; k++) slotCol.push(c);
  const S = slotCol.length;
  const firstSlot = new Int32Array(g.cols + 1);
  for (let c = 0; c < g.cols; c++) firstSlot[c + 1] = firstSlot[c]! + g.capacity[c]!;
  const matrix: Float64Array[] = [];
  for (let r = 0; r < g.rows; r++) {
    const row = new Float64Array(S);
    for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++) {
      const w = g.edgeWeight[e]!;
      if (w <= 0) continue;
      const c = g.edgeCol[e]!;
      for (let s = firstSlot[c]!; s < firstSlot[c + 1]!; s++) row[s] = -w;
    }
    matrix.push(row);
  }
  const t1 = performance.now();
  let total = 0;
  let assigned = 0;
  if (S > 0 && g.rows > 0) {
    for (const [r, s] of munkres(matrix)) {
      const v = -matrix[r]![s]!;
      if (v > 0) {
        total += v;
        assigned++;
      }
    }
  }
  const t2 = performance.now();
  return { total, assigned, rows: g.rows, slots: S, buildMs: t1 - t0, solveMs: t2 - t1 };
}
