// Sharper optimality prices for the sparse solve: every node's potential re-set to minus its shortest distance to the
// sink in the final residual graph.
//
// The successive-shortest-path solver ends with valid potentials, but they are the *lowest* column prices an optimal
// flow allows (each column's price only rises as far as the rows inserted so far forced it). The certificate in
// sparse-solve.ts tests a pair left out of the graph against those prices, so with low prices a mentee left without a
// place "violates" it with almost every mentor, although none of those pairs can improve the flow: on a 5,000 × 2,000
// bank the first check added 2.2 million such pairs and the next solve took nine times as long. Distances to the sink,
// π(u) = −dist(u → sink), are also valid potentials (the triangle inequality of shortest paths is exactly "every
// residual edge has a non-negative reduced cost"), and a left-out pair r → c fails them only if it would shorten r's
// path to the sink — a pair that can change the optimum, or very nearly.
import { Heap, type AssignmentGraph, type AssignmentSolution } from './max-weight-assignment';

/**
 * Returns potentials (rows 0…n−1, columns n…n+m−1, the sink n+m) with π(u) = −dist(u → sink) in the residual graph of
 * `solution` on `g`; nodes that cannot reach the sink get −Infinity (no left-out edge into them can help). One
 * Dijkstra from the sink over reversed residual edges, on the solver's reduced costs (all non-negative).
 */
export function sinkDistancePotentials(g: AssignmentGraph, solution: AssignmentSolution): Float64Array {
  const n = g.rows;
  const m = g.cols;
  const T = n + m;
  const N = T + 1;
  const pot = solution.potentials;
  const { colOf, weightOf } = solution;
  const { capacity, edgeStart, edgeCol, edgeWeight } = g;

  // Reversed row → column edges: for each column, the rows with an edge into it (and the edge's weight).
  const inStart = new Int32Array(m + 1);
  for (let e = 0; e < edgeCol.length; e++) if (edgeWeight[e]! > 0) inStart[edgeCol[e]! + 1]!++;
  for (let c = 0; c < m; c++) inStart[c + 1] = inStart[c + 1]! + inStart[c]!;
  const inRow = new Int32Array(inStart[m]!);
  const inWeight = new Float64Array(inStart[m]!);
  const fill = inStart.slice(0, m);
  for (let r = 0; r < n; r++) {
    for (let e = edgeStart[r]!; e < edgeStart[r + 1]!; e++) {
      const w = edgeWeight[e]!;
      if (w <= 0) continue;
      const c = edgeCol[e]!;
      inRow[fill[c]!] = r;
      inWeight[fill[c]!++] = w;
    }
  }
  const used = new Int32Array(m);
  for (let r = 0; r < n; r++) if (colOf[r]! >= 0) used[colOf[r]!]!++;

  // dist holds reduced distances: dist_red(u → T) = dist(u → T) + π(u) − π(T) ≥ 0.
  const dist = new Float64Array(N).fill(Infinity);
  const done = new Uint8Array(N);
  const heap = new Heap(2 * N);
  const relax = (u: number, d: number): void => {
    if (!done[u] && d < dist[u]!) {
      dist[u] = d;
      heap.push(d, u);
    }
  };
  dist[T] = 0;
  // Edges into the sink: column → sink while it has a place; an assigned row's unused "stay unassigned" edge.
  for (let c = 0; c < m; c++) if (used[c]! < capacity[c]!) relax(n + c, pot[n + c]! - pot[T]!);
  for (let r = 0; r < n; r++) if (colOf[r]! >= 0) relax(r, pot[r]! - pot[T]!);
  done[T] = 1;
  while (heap.size > 0) {
    const d = heap.keys[0]!;
    const v = heap.nodes[0]!;
    heap.pop();
    if (done[v] || d > dist[v]!) continue;
    done[v] = 1;
    if (v < n) {
      // Into a row: only from its own column (the backward edge of its assignment, cost +w).
      const c = colOf[v]!;
      if (c >= 0) relax(n + c, d + weightOf[v]! + pot[n + c]! - pot[v]!);
    } else {
      // Into a column: from every row with an edge to it that is not its current assignment (cost −w).
      const c = v - n;
      for (let i = inStart[c]!; i < inStart[c + 1]!; i++) {
        const r = inRow[i]!;
        if (colOf[r] === c) continue;
        relax(r, d - inWeight[i]! + pot[r]! - pot[v]!);
      }
    }
  }

  const out = new Float64Array(N);
  for (let u = 0; u < N; u++) out[u] = done[u] ? -(dist[u]! - pot[u]! + pot[T]!) : -Infinity;
  return out;
}
