// Exact maximum-weight capacitated assignment on a sparse bipartite graph: min-cost flow by shortest augmenting paths.
//
// Network: each row (mentee) supplies one unit; it flows either to a column (mentor, capacity k) and on to the sink
// with cost −weight, or straight to the sink with cost 0 ("stays unassigned"). Rows are added one at a time and each
// is routed along a shortest path in the residual graph (Dijkstra on reduced costs, Johnson potentials), which keeps
// the flow min-cost after every row (the successive-shortest-path theorem). The "stay unassigned" edge makes the
// result a maximum-weight — not a maximum-cardinality — assignment; to prefer more assignments, give every edge a
// weight BIG + score. Dijkstra stops as soon as the sink is settled and only settled nodes' potentials move, so a
// row usually touches a small part of the graph (the Jonker–Volgenant trick). Costs are integers: results are exact.

export interface AssignmentGraph {
  rows: number;
  cols: number;
  /** Places per column (≥ 0). */
  capacity: Int32Array;
  /** CSR: row r's edges are edgeStart[r] … edgeStart[r + 1] − 1. */
  edgeStart: Int32Array;
  edgeCol: Int32Array;
  /** Integer weights; edges with weight ≤ 0 are ignored. */
  edgeWeight: Float64Array;
}

export interface AssignmentSolution {
  /** Column of each row, −1 when unassigned. */
  colOf: Int32Array;
  /** Weight of each row's edge (0 when unassigned). */
  weightOf: Float64Array;
  total: number;
  /** Settled nodes over all Dijkstra runs: how much work the solver did. */
  settled: number;
  /**
   * Final node potentials (rows 0…n−1, columns n…n+m−1, the sink n+m): every residual edge has a non-negative
   * reduced cost, so an edge (r, c) of weight w left out of the graph could not improve the result iff
   * w ≤ potentials[r] − potentials[n + c] (LP duality; sparse-solve.ts uses this as the optimality certificate).
   */
  potentials: Float64Array;
}

/** Binary min-heap of (key, node) with lazy deletion, on typed arrays that grow on demand. */
export class Heap {
  keys: Float64Array;
  nodes: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }
  clear(): void {
    this.size = 0;
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const n = new Int32Array(this.size * 2);
      n.set(this.nodes);
      this.nodes = n;
    }
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** Removes the top; read topKey/topNode first. */
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const last = --this.size;
    if (last === 0) return;
    const key = keys[last]!;
    const node = nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

export function solveMaxWeightAssignment(g: AssignmentGraph): AssignmentSolution {
  const n = g.rows;
  const m = g.cols;
  const T = n + m;
  const N = T + 1;
  const { capacity, edgeStart, edgeCol, edgeWeight } = g;

  // Column slots: the rows currently assigned to each column.
  const slotStart = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) slotStart[c + 1] = slotStart[c]! + Math.max(0, capacity[c]!);
  const slotRow = new Int32Array(slotStart[m]!);
  const used = new Int32Array(m);
  const colOf = new Int32Array(n).fill(-1);
  const weightOf = new Float64Array(n);

  // Potentials: reduced cost c(u,v) + pot[u] − pot[v] ≥ 0 on every residual edge.
  const pot = new Float64Array(N);
  let maxW = 0;
  for (let c = 0; c < m; c++) pot[n + c] = 0;
  for (let r = 0; r < n; r++) {
    for (let e = edgeStart[r]!; e < edgeStart[r + 1]!; e++) {
      const w = edgeWeight[e]!;
      if (w <= 0) continue;
      const v = n + edgeCol[e]!;
      if (-w < pot[v]!) pot[v] = -w;
      if (w > maxW) maxW = w;
    }
  }
  pot[T] = -maxW;

  const dist = new Float64Array(N);
  const seen = new Int32Array(N); // iteration stamp: dist valid
  const done = new Int32Array(N); // iteration stamp: settled
  const pred = new Int32Array(N);
  const predW = new Float64Array(N);
  const settledList = new Int32Array(N);
  const heap = new Heap(Math.min(edgeCol.length + 2 * N, 1 << 20));
  let settledTotal = 0;

  // Rows with the best edges go first: later, weaker rows then meet high column prices and settle on their
  // "unassigned" edge after a short search. Any order is exact; this one is much faster on oversubscribed banks.
  const best = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    for (let e = edgeStart[r]!; e < edgeStart[r + 1]!; e++) if (edgeWeight[e]! > best[r]!) best[r] = edgeWeight[e]!;
  }
  const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => best[b]! - best[a]! || a - b);

  for (let step = 0; step < n; step++) {
    const start = order[step]!;
    const e0 = edgeStart[start]!;
    const e1 = edgeStart[start + 1]!;
    // The new row's potential: high enough that its own edges have non-negative reduced cost.
    let p0 = pot[T]!;
    let any = false;
    for (let e = e0; e < e1; e++) {
      const w = edgeWeight[e]!;
      if (w <= 0) continue;
      any = true;
      const need = w + pot[n + edgeCol[e]!]!;
      if (need > p0) p0 = need;
    }
    if (!any) continue; // no edge: stays unassigned without touching the flow
    pot[start] = p0;

    const iter = step + 1;
    heap.clear();
    dist[start] = 0;
    seen[start] = iter;
    pred[start] = -1;
    // Heap keys are 2·dist + 1, and 2·dist for the sink: on equal distances the sink settles first, so plateaus of
    // equally good alternatives (common: scores are small integers) are not explored.
    heap.push(1, start);
    let settled = 0;
    let D = 0;
    while (heap.size > 0) {
      const v = heap.nodes[0]!;
      const d = (heap.keys[0]! - (v === T ? 0 : 1)) / 2;
      heap.pop();
      if (done[v] === iter || d > dist[v]!) continue;
      done[v] = iter;
      settledList[settled++] = v;
      if (v === T) {
        D = d;
        break;
      }
      const pv = pot[v]!;
      if (v < n) {
        // Row: edges to other columns, and its "stay unassigned" edge if that is not in use.
        const cur = colOf[v]!;
        for (let e = edgeStart[v]!; e < edgeStart[v + 1]!; e++) {
          const w = edgeWeight[e]!;
          if (w <= 0) continue;
          const c = edgeCol[e]!;
          if (c === cur) continue;
          const u = n + c;
          if (done[u] === iter) continue;
          const nd = d - w + pv - pot[u]!;
          if (seen[u] !== iter || nd < dist[u]!) {
            seen[u] = iter;
            dist[u] = nd;
            pred[u] = v;
            predW[u] = w;
            heap.push(2 * nd + 1, u);
          }
        }
        if (v === start || cur >= 0) {
          const nd = d + pv - pot[T]!;
          if (seen[T] !== iter || nd < dist[T]!) {
            seen[T] = iter;
            dist[T] = nd;
            pred[T] = v;
            heap.push(2 * nd, T);
          }
        }
      } else {
        // Column: on to the sink if a place is free; back to each assigned row (undoing its assignment).
        const c = v - n;
        if (used[c]! < capacity[c]!) {
          const nd = d + pv - pot[T]!;
          if (seen[T] !== iter || nd < dist[T]!) {
            seen[T] = iter;
            dist[T] = nd;
            pred[T] = v;
            heap.push(2 * nd, T);
          }
        }
        const s0 = slotStart[c]!;
        const s1 = s0 + used[c]!;
        for (let s = s0; s < s1; s++) {
          const k = slotRow[s]!;
          if (done[k] === iter) continue;
          const nd = d + weightOf[k]! + pv - pot[k]!;
          if (seen[k] !== iter || nd < dist[k]!) {
            seen[k] = iter;
            dist[k] = nd;
            pred[k] = v;
            heap.push(2 * nd + 1, k);
          }
        }
      }
    }
    settledTotal += settled;
    // Only settled nodes move (by d − D ≤ 0); everything else keeps valid reduced costs.
    for (let s = 0; s < settled; s++) {
      const v = settledList[s]!;
      pot[v] = pot[v]! + dist[v]! - D;
    }

    // Augment along the path back from the sink.
    let cur = pred[T]!;
    if (cur < n) {
      // Ended through a row's "stay unassigned" edge.
      const old = colOf[cur]!;
      if (cur === start) continue;
      removeFromCol(old, cur);
      colOf[cur] = -1;
      weightOf[cur] = 0;
      cur = n + old;
    }
    for (;;) {
      const c = cur - n;
      const r = pred[cur]!;
      const old = colOf[r]!;
      if (old >= 0) removeFromCol(old, r);
      slotRow[slotStart[c]! + used[c]!] = r;
      used[c] = used[c]! + 1;
      colOf[r] = c;
      weightOf[r] = predW[cur]!;
      if (r === start) break;
      cur = n + old;
    }
  }

  function removeFromCol(c: number, r: number): void {
    const s0 = slotStart[c]!;
    const last = s0 + used[c]! - 1;
    for (let s = s0; s <= last; s++) {
      if (slotRow[s] === r) {
        slotRow[s] = slotRow[last]!;
        used[c] = used[c]! - 1;
        return;
      }
    }
  }

  let total = 0;
  for (let r = 0; r < n; r++) total += weightOf[r]!;
  return { colOf, weightOf, total, settled: settledTotal, potentials: pot };
}
