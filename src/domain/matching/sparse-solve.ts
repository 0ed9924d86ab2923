// The optimal assignment without holding every allowed pair as an edge: solve on each mentee's best few mentors, then
// prove optimality on ALL pairs with the solver's potentials (LP duality) and add any pair that fails the proof.
//
// A school bank is dense (every mentor with consent is "allowed" for almost every mentee once the minimum score is low),
// so the full graph of 5,000 × 2,000 has millions of edges: hundreds of MB and tens of seconds. The optimum almost only
// uses each mentee's top handful of mentors, and the check "w(r, c) ≤ π(r) − π(c) for every pair not in the graph" is
// exactly the condition that no residual cycle can improve the flow (the reduced-cost certificate of min-cost flow).
// So: solve sparse, verify on the byte matrix of scores, add the violating pairs, solve again — the result is the
// same total as the full graph's, with memory of one byte per pair. Two things keep the rounds few and small: the
// greedy assignment's pairs join the first graph (top-k lists crowd onto the popular mentors, so without it the first
// solve places far fewer mentees than it could), and the certificate uses whichever of two valid price systems proves
// more pairs (the solver's own, or distances to the sink: sink-potentials.ts).
import type { AssignmentGraph } from './max-weight-assignment';
import { solveMaxWeightAssignment } from './max-weight-assignment';
import { sinkDistancePotentials } from './sink-potentials';

/** Scores of every pair in one byte: 0 = not allowed, otherwise score + 1 (so a kept pair with score 0 is storable). */
export interface ScoreMatrix {
  rows: number;
  cols: number;
  cells: Uint8Array;
  /** Places per column. */
  capacity: Int32Array;
  /** Edge weight of an allowed pair: what the solver maximises (score, or BIG + score, …). */
  weight(row: number, col: number, score: number): number;
  /** Columns a row must be able to keep (−1: none): always in the graph. */
  keep?: Int32Array;
}

export interface SparseSolution {
  colOf: Int32Array;
  total: number;
  /** Edges the final solve used, and the rounds of verify-and-add it took. */
  edges: number;
  rounds: number;
}

const IN_GRAPH = 0x80;
const SCORE = 0x7f;
/**
 * Each mentee's best mentors in the first graph (the seed's pairs join them). Measured with the greedy seed: on the
 * bench's 5,000 × 2,000 realistic bank 16 needs 5 rounds and 7.1 s for the whole proposal, 100 needs 4 rounds and 8.9 s
 * (each round a full solve on a larger graph); on the 5,000 × 1,500 synthetic banks 16 needs 3 short rounds and 100
 * one, at about the same total time.
 */
export const FIRST_K = 16;
/** After this many rounds the full graph is solved instead (never needed in tests; a guarantee, not a path). */
const MAX_ROUNDS = 12;

/** Marks each row's `k` best pairs (ties: lower column first) and its kept column. */
function markTopK(M: ScoreMatrix, k: number): void {
  const { rows, cols, cells } = M;
  for (let r = 0; r < rows; r++) {
    markNextBest(M, r, k);
    const kept = M.keep ? M.keep[r]! : -1;
    if (kept >= 0 && (cells[r * cols + kept]! & SCORE) !== 0)
      cells[r * cols + kept] = cells[r * cols + kept]! | IN_GRAPH;
  }
}

/** Marks a row's `k` best pairs not yet in the graph (ties: lower column first); returns how many. */
function markNextBest(M: ScoreMatrix, r: number, k: number): number {
  const { cols, cells } = M;
  const base = r * cols;
  const count = new Int32Array(SCORE + 1);
  for (let c = 0; c < cols; c++) {
    const v = cells[base + c]!;
    if (v !== 0 && !(v & IN_GRAPH)) count[v]!++;
  }
  let need = k;
  let level = SCORE;
  for (; level >= 1; level--) {
    if (count[level]! >= need) break;
    need -= count[level]!;
  }
  let marked = 0;
  for (let c = 0; c < cols; c++) {
    const v = cells[base + c]!;
    if (v === 0 || v & IN_GRAPH || v < level) continue;
    if (v === level) {
      if (need <= 0) continue;
      need--;
    }
    cells[base + c] = v | IN_GRAPH;
    marked++;
  }
  return marked;
}

/** The marked pairs as the solver's graph. */
function graphOf(M: ScoreMatrix): AssignmentGraph {
  const { rows, cols, cells } = M;
  let E = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i]! & IN_GRAPH) E++;
  const edgeStart = new Int32Array(rows + 1);
  const edgeCol = new Int32Array(E);
  const edgeWeight = new Float64Array(E);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const v = cells[base + c]!;
      if (!(v & IN_GRAPH)) continue;
      edgeCol[e] = c;
      edgeWeight[e] = M.weight(r, c, (v & SCORE) - 1);
      e++;
    }
    edgeStart[r + 1] = e;
  }
  return { rows, cols, capacity: M.capacity, edgeStart, edgeCol, edgeWeight };
}

/** Every allowed pair as an edge, with its score (the full graph: what the sparse solve must equal). */
export function graphOfAll(M: ScoreMatrix): { graph: AssignmentGraph; score: Int32Array } {
  const { cells } = M;
  for (let i = 0; i < cells.length; i++) if (cells[i]!) cells[i] = cells[i]! | IN_GRAPH;
  const graph = graphOf(M);
  for (let i = 0; i < cells.length; i++) cells[i] = cells[i]! & SCORE;
  const score = new Int32Array(graph.edgeCol.length);
  let e = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i]) score[e++] = cells[i]! - 1;
  return { graph, score };
}

/**
 * Exact maximum-weight capacitated assignment over every allowed pair of the matrix. `seed` (a column per row, −1 for
 * none; e.g. the greedy assignment) adds its pairs to the first graph, so the first solve already reaches about as
 * many mentees as the seed does and the certificate has little left to add.
 */
export function solveOnMatrix(M: ScoreMatrix, firstK = FIRST_K, seed?: Int32Array): SparseSolution {
  const { rows, cols, cells } = M;
  markTopK(M, firstK);
  if (seed)
    for (let r = 0; r < rows; r++)
      if (seed[r]! >= 0 && cells[r * cols + seed[r]!]!)
        cells[r * cols + seed[r]!] = cells[r * cols + seed[r]!]! | IN_GRAPH;
  for (let round = 1; ; round++) {
    if (round > MAX_ROUNDS)
      for (let i = 0; i < cells.length; i++) if (cells[i]! & SCORE) cells[i] = cells[i]! | IN_GRAPH;
    const graph = graphOf(M);
    const sol = solveMaxWeightAssignment(graph);
    // The certificate: no pair outside the graph may be worth more than its row's and column's prices allow. Two
    // valid price systems of the same optimum are tried (they certify different pairs); the one that leaves fewer
    // pairs unproven is used, and those pairs join the graph.
    const sink = sinkDistancePotentials(graph, sol);
    const [bySink, byLowest] = countUnproven(M, sink, sol.potentials);
    if (Math.min(bySink, byLowest) === 0) {
      for (let i = 0; i < cells.length; i++) cells[i] = cells[i]! & SCORE;
      return { colOf: sol.colOf, total: sol.total, edges: graph.edgeCol.length, rounds: round };
    }
    markUnproven(M, bySink <= byLowest ? sink : sol.potentials);
  }
}

/** How many pairs outside the graph each price system leaves unproven (w(r, c) > π(r) − π(c)): one pass for both. */
function countUnproven(M: ScoreMatrix, a: Float64Array, b: Float64Array): [number, number] {
  const { rows, cols, cells } = M;
  let ca = 0;
  let cb = 0;
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const ar = a[r]!;
    const br = b[r]!;
    for (let c = 0; c < cols; c++) {
      const v = cells[base + c]!;
      if (v === 0 || v & IN_GRAPH) continue;
      const w = M.weight(r, c, v - 1);
      if (w > ar - a[rows + c]!) ca++;
      if (w > br - b[rows + c]!) cb++;
    }
  }
  return [ca, cb];
}

/** Adds the pairs the prices `pot` leave unproven to the graph. */
function markUnproven(M: ScoreMatrix, pot: Float64Array): void {
  const { rows, cols, cells } = M;
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const pr = pot[r]!;
    for (let c = 0; c < cols; c++) {
      const v = cells[base + c]!;
      if (v === 0 || v & IN_GRAPH) continue;
      if (M.weight(r, c, v - 1) > pr - pot[rows + c]!) {
        cells[base + c] = v | IN_GRAPH;
      }
    }
  }
}

export interface MatrixGreedy {
  colOf: Int32Array;
  /** Sum of the pairs' scores (not weights). */
  totalScore: number;
}

/**
 * The greedy baseline over every allowed pair (Chronus bulk match): pairs by score, highest first, ties by row then
 * column, taken while the row is free and the column has a place. One pass counts the levels, one fills the order.
 */
export function greedyOnMatrix(M: ScoreMatrix): MatrixGreedy {
  const { rows, cols, cells } = M;
  const start = new Int32Array(SCORE + 2);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]! & SCORE;
    if (v) start[SCORE - v + 1]!++;
  }
  for (let b = 1; b < start.length; b++) start[b] = start[b]! + start[b - 1]!;
  const order = new Int32Array(start[start.length - 1]!);
  const fill = start.slice();
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]! & SCORE;
    if (v) order[fill[SCORE - v]!++] = i;
  }
  const left = Int32Array.from(M.capacity);
  const colOf = new Int32Array(rows).fill(-1);
  let totalScore = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const r = (i / cols) | 0;
    const c = i - r * cols;
    if (colOf[r] !== -1 || left[c]! <= 0) continue;
    colOf[r] = c;
    left[c] = left[c]! - 1;
    totalScore += (cells[i]! & SCORE) - 1;
  }
  return { colOf, totalScore };
}
