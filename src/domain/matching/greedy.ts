// The greedy baseline (Chronus bulk match): take edges by score, highest first, while the mentor has a free place.
import type { AssignmentGraph } from './max-weight-assignment';

export interface GreedySolution {
  colOf: Int32Array;
  weightOf: Float64Array;
  total: number;
}

/**
 * Scores are integers 0–100, so a bucket sort orders the edges in O(E); ties keep row then column order.
 * `score` is per edge (the 0–100 score), `weight` what the total counts (the same, or BIG + score).
 */
export function greedyAssignment(g: AssignmentGraph, score: Int32Array): GreedySolution {
  const E = g.edgeCol.length;
  const edgeRow = new Int32Array(E);
  for (let r = 0; r < g.rows; r++) for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++) edgeRow[e] = r;
  const bucketStart = new Int32Array(102);
  for (let e = 0; e < E; e++) {
    const b = 100 - clamp(score[e]!) + 1;
    bucketStart[b] = bucketStart[b]! + 1;
  }
  for (let b = 1; b < 102; b++) bucketStart[b] = bucketStart[b]! + bucketStart[b - 1]!;
  const order = new Int32Array(E);
  const fill = bucketStart.slice(0, 101);
  for (let e = 0; e < E; e++) {
    const b = 100 - clamp(score[e]!);
    order[fill[b]!] = e;
    fill[b] = fill[b]! + 1;
  }
  const left = Int32Array.from(g.capacity);
  const colOf = new Int32Array(g.rows).fill(-1);
  const weightOf = new Float64Array(g.rows);
  let total = 0;
  for (let k = 0; k < E; k++) {
    const e = order[k]!;
    const w = g.edgeWeight[e]!;
    if (w <= 0) continue;
    const r = edgeRow[e]!;
    const c = g.edgeCol[e]!;
    if (colOf[r] !== -1 || left[c]! <= 0) continue;
    colOf[r] = c;
    weightOf[r] = w;
    left[c] = left[c]! - 1;
    total += w;
  }
  return { colOf, weightOf, total };
}

function clamp(s: number): number {
  return s < 0 ? 0 : s > 100 ? 100 : s;
}
