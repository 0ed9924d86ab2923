import { buildGraph, proposeAssignment } from '../../../src/domain/matching/assignment';
import { greedyOnMatrix, solveOnMatrix } from '../../../src/domain/matching/sparse-solve';
import { solveMaxWeightAssignment, type AssignmentGraph } from '../../../src/domain/matching/max-weight-assignment';
import { sinkDistancePotentials } from '../../../src/domain/matching/sink-potentials';
import { prepare } from '../../../src/domain/matching/prepared';
import { defaultMatchWeights } from '../../../src/domain/matching/weights';
import { intIn, makeInstance, prng } from '../../../bench/scenarios/matching-instances';
import { exhaustiveBest, matrixOf, munkresBest } from './solvers';

/** A random sparse graph: each (row, col) is an edge with probability `density`, integer weight 1–wMax. */
function randomGraph(
  seed: number,
  rows: number,
  cols: number,
  capMax: number,
  density: number,
  wMax: number,
): AssignmentGraph {
  const rnd = prng(seed);
  const capacity = new Int32Array(cols);
  for (let c = 0; c < cols; c++) capacity[c] = intIn(rnd, 0, capMax);
  const edgeStart = new Int32Array(rows + 1);
  const ec: number[] = [];
  const ew: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (rnd() >= density) continue;
      ec.push(c);
      ew.push(intIn(rnd, 1, wMax));
    }
    edgeStart[r + 1] = ec.length;
  }
  return { rows, cols, capacity, edgeStart, edgeCol: Int32Array.from(ec), edgeWeight: Float64Array.from(ew) };
}

function checkFeasible(g: AssignmentGraph, colOf: Int32Array): void {
  const used = new Int32Array(g.cols);
  for (let r = 0; r < g.rows; r++) {
    const c = colOf[r]!;
    if (c < 0) continue;
    used[c] = used[c]! + 1;
    let isEdge = false;
    for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++) if (g.edgeCol[e] === c) isEdge = true;
    expect(isEdge).toBe(true);
  }
  for (let c = 0; c < g.cols; c++) expect(used[c]!).toBeLessThanOrEqual(g.capacity[c]!);
}

/** Lexicographic weights (BIG + w): the count first, then the total. */
function lexGraph(g: AssignmentGraph): { graph: AssignmentGraph; big: number } {
  const big = 1000 * (g.rows + 1);
  return { graph: { ...g, edgeWeight: g.edgeWeight.map((w) => big + w) }, big };
}

describe('max-weight capacitated assignment: exact', () => {
  test('equals exhaustive search on 400 random small graphs (≤ 6 rows × ≤ 4 columns, capacity 0–2)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = prng(seed * 7919);
      const g = randomGraph(seed, intIn(rnd, 1, 6), intIn(rnd, 1, 4), 2, 0.3 + rnd() * 0.7, seed % 3 === 0 ? 3 : 100);
      const sol = solveMaxWeightAssignment(g);
      checkFeasible(g, sol.colOf);
      expect(sol.total).toBe(exhaustiveBest(g));
      const greedy = greedyOnMatrix(matrixOf(g));
      checkFeasible(g, greedy.colOf);
      expect(greedy.totalScore).toBeLessThanOrEqual(sol.total);
      // The sparse solve with its optimality proof gives the same total, even starting from one edge per row.
      expect(solveOnMatrix(matrixOf(g), 1).total).toBe(sol.total);
    }
  });

  test('maximum-cardinality-then-weight equals exhaustive search with lexicographic weights', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = prng(seed * 104729);
      const g = randomGraph(seed + 1000, intIn(rnd, 1, 6), intIn(rnd, 1, 4), 2, 0.2 + rnd() * 0.6, 100);
      const { graph, big } = lexGraph(g);
      const sol = solveMaxWeightAssignment(graph);
      const best = exhaustiveBest(graph);
      expect(sol.total).toBe(best);
      // Decode: the count is total ÷ BIG, and no assignment with more rows exists.
      const count = Array.from(sol.colOf).filter((c) => c >= 0).length;
      expect(Math.floor(best / big)).toBe(count);
    }
  });

  test('equals munkres on the slot-expanded matrix for 40 larger graphs (up to 60 × 25, capacity 0–3)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = prng(seed * 31337);
      const g = randomGraph(seed + 5000, intIn(rnd, 10, 60), intIn(rnd, 5, 25), 3, 0.05 + rnd() * 0.5, 100);
      const sol = solveMaxWeightAssignment(g);
      checkFeasible(g, sol.colOf);
      expect(sol.total).toBe(munkresBest(g).total);
      const lex = lexGraph(g).graph;
      const solLex = solveMaxWeightAssignment(lex);
      const ref = munkresBest(lex);
      expect(solLex.total).toBe(ref.total);
      expect(Array.from(solLex.colOf).filter((c) => c >= 0).length).toBe(ref.assigned);
    }
  });
});

describe('proposeAssignment on generated banks', () => {
  const weights = { ...defaultMatchWeights, minScore: 40 };

  test('optimal totals equal exhaustive search on small banks, both modes', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const rnd = prng(seed);
      const inst = makeInstance({
        seed,
        mentees: intIn(rnd, 1, 6),
        mentors: intIn(rnd, 1, 4),
        capacity: [1, 2],
        blockedShare: 0.2,
      });
      for (const mode of ['maxScore', 'maxCoverageThenScore'] as const) {
        const r = proposeAssignment(inst.mentees, inst.mentors, { weights }, { mode });
        const { graph } = buildGraph(prepare(inst.mentors, inst.mentees, { weights }), weights.minScore, mode);
        const best = exhaustiveBest(graph);
        const big = mode === 'maxCoverageThenScore' ? 100 * (inst.mentees.length + 1) + 1 : 0;
        expect(big * r.optimal.assigned + r.optimal.totalScore).toBe(best);
        expect(r.greedy.totalScore + big * r.greedy.assigned).toBeLessThanOrEqual(best);
      }
    }
  });

  test('equals munkres on 300 × 100 school-like banks and never exceeds capacity', () => {
    const inst = makeInstance({ seed: 42, mentees: 300, mentors: 100 });
    const w = { ...defaultMatchWeights, minScore: 60 };
    const r = proposeAssignment(inst.mentees, inst.mentors, { weights: w });
    const { graph } = buildGraph(prepare(inst.mentors, inst.mentees, { weights: w }), w.minScore, 'maxScore');
    expect(r.optimal.totalScore).toBe(munkresBest(graph).total);
    expect(r.greedy.totalScore).toBeLessThanOrEqual(r.optimal.totalScore);
    const perMentor = new Map<string, number>();
    for (const p of r.pairs) perMentor.set(p.mentor.id, (perMentor.get(p.mentor.id) ?? 0) + 1);
    for (const m of inst.mentors) expect(perMentor.get(m.id) ?? 0).toBeLessThanOrEqual(m.capacity);
    for (const p of r.pairs) expect(p.pair.eligible).toBe(true);
  });

  test('locked pairs are kept and use a place; the rest is optimised around them', () => {
    const inst = makeInstance({ seed: 5, mentees: 12, mentors: 5, capacity: [1, 1], blockedShare: 0 });
    const weights1 = { ...defaultMatchWeights, minScore: 1 };
    const free = proposeAssignment(inst.mentees, inst.mentors, { weights: weights1 });
    // Lock a pair the optimum did not choose.
    const menteeId = inst.mentees[11]!.id;
    const mentorId = inst.mentors.find(
      (m) => !free.pairs.some((p) => p.mentor.id === m.id && p.mentee.id === menteeId),
    )!.id;
    const r = proposeAssignment(
      inst.mentees,
      inst.mentors,
      { weights: weights1 },
      { lockedPairs: [{ mentorId, menteeId }] },
    );
    expect(r.pairs[0]).toMatchObject({ locked: true, mentor: { id: mentorId }, mentee: { id: menteeId } });
    expect(r.pairs.filter((p) => p.mentor.id === mentorId)).toHaveLength(1);
    expect(r.pairs.filter((p) => p.mentee.id === menteeId)).toHaveLength(1);
    expect(r.optimal.assigned).toBe(4);
  });

  test('unassigned mentees say why: nobody fits, or every fitting mentor is taken', () => {
    const inst = makeInstance({ seed: 9, mentees: 4, mentors: 1, capacity: [1, 1], blockedShare: 0 });
    const r = proposeAssignment(inst.mentees, inst.mentors, { weights: { ...defaultMatchWeights, minScore: 1 } });
    expect(r.optimal.assigned).toBe(1);
    expect(r.unassigned).toHaveLength(3);
    for (const u of r.unassigned) {
      expect(u.reason).toBe('all_full');
      expect(u.reasonRu).toContain('заняты');
    }
    const none = proposeAssignment(inst.mentees, [], { weights: defaultMatchWeights });
    expect(
      none.unassigned.every(
        (u) => u.reason === 'no_eligible_mentor' && u.reasonRu.startsWith('нет подходящего наставника'),
      ),
    ).toBe(true);
  });

  test('is deterministic', () => {
    const inst = makeInstance({ seed: 77, mentees: 80, mentors: 30 });
    const a = proposeAssignment(inst.mentees, inst.mentors, { weights });
    const b = proposeAssignment(inst.mentees, inst.mentors, { weights });
    expect(a.pairs.map((p) => `${p.mentor.id}-${p.mentee.id}-${p.score}`)).toEqual(
      b.pairs.map((p) => `${p.mentor.id}-${p.mentee.id}-${p.score}`),
    );
  });
});

describe('sparse solve with the optimality certificate', () => {
  test('equals the full-graph solver on 200 dense random banks, from 1, 2 or 12 edges per row, both modes', () => {
    let extraRounds = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = prng(seed * 7);
      const g = randomGraph(seed + 9000, intIn(rnd, 5, 40), intIn(rnd, 2, 15), 3, 0.5 + rnd() * 0.5, 100);
      for (const lex of [false, true]) {
        const graph = lex ? lexGraph(g).graph : g;
        const full = solveMaxWeightAssignment(graph);
        const big = lex ? lexGraph(g).big : 0;
        for (const k of [1, 2, 12]) {
          const m = matrixOf(g, (_r, _c, s) => big + s);
          const sparse = solveOnMatrix(m, k);
          expect(sparse.total).toBe(full.total);
          checkFeasible(g, sparse.colOf);
          if (sparse.rounds > 1) extraRounds++;
        }
      }
    }
    // The certificate did real work: the first sparse graph was often not enough.
    expect(extraRounds).toBeGreaterThan(50);
  });

  test('with the greedy seed it still equals the full-graph solver on the 200 dense random banks', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = prng(seed * 7);
      const g = randomGraph(seed + 9000, intIn(rnd, 5, 40), intIn(rnd, 2, 15), 3, 0.5 + rnd() * 0.5, 100);
      const full = solveMaxWeightAssignment(g);
      for (const k of [1, 2, 12]) {
        const sparse = solveOnMatrix(matrixOf(g), k, greedyOnMatrix(matrixOf(g)).colOf);
        expect(sparse.total).toBe(full.total);
        checkFeasible(g, sparse.colOf);
      }
    }
  });

  test('sink-distance prices are valid: every residual edge keeps a non-negative reduced cost', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = prng(seed * 13);
      const g = randomGraph(seed + 500, intIn(rnd, 3, 30), intIn(rnd, 1, 12), 3, 0.2 + rnd() * 0.8, 60);
      const sol = solveMaxWeightAssignment(g);
      const pi = sinkDistancePotentials(g, sol);
      const n = g.rows;
      const T = n + g.cols;
      const used = new Int32Array(g.cols);
      for (let r = 0; r < n; r++) if (sol.colOf[r]! >= 0) used[sol.colOf[r]!]!++;
      for (let r = 0; r < n; r++) {
        for (let e = g.edgeStart[r]!; e < g.edgeStart[r + 1]!; e++) {
          const c = g.edgeCol[e]!;
          const w = g.edgeWeight[e]!;
          if (!Number.isFinite(pi[n + c]!)) continue; // a column no flow can reach (no place)
          // Unused row → column edge (cost −w): w ≤ π(r) − π(c); the assigned one only has its reverse (cost +w).
          if (sol.colOf[r] === c) expect(pi[r]! - pi[n + c]!).toBeLessThanOrEqual(w);
          else expect(w).toBeLessThanOrEqual(pi[r]! - pi[n + c]!);
        }
        if (sol.colOf[r]! >= 0) expect(pi[r]!).toBeGreaterThanOrEqual(pi[T]!);
      }
      for (let c = 0; c < g.cols; c++) if (used[c]! < g.capacity[c]!) expect(pi[n + c]!).toBeGreaterThanOrEqual(pi[T]!);
    }
  });

  test('on a bank where everyone wants the same few mentors, the seed and sink prices prove the optimum with few pairs', () => {
    // 600 mentees, 200 mentors with 1–3 places (about 400 in all), scores driven by each mentor's popularity: the top-k
    // lists crowd onto the popular mentors, and the solver's own (lowest) prices "fail" for most left-out pairs.
    for (const seed of [1, 2, 3]) {
      const rnd = prng(seed);
      const rows = 600;
      const cols = 200;
      const capacity = new Int32Array(cols).map(() => intIn(rnd, 1, 3));
      const popularity = Array.from({ length: cols }, () => Math.floor(60 * rnd() ** 2));
      const edgeStart = new Int32Array(rows + 1);
      const ec: number[] = [];
      const ew: number[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (rnd() < 0.3) continue;
          ec.push(c);
          ew.push(Math.max(1, popularity[c]! + intIn(rnd, 0, 39)));
        }
        edgeStart[r + 1] = ec.length;
      }
      const g: AssignmentGraph = {
        rows,
        cols,
        capacity,
        edgeStart,
        edgeCol: Int32Array.from(ec),
        edgeWeight: Float64Array.from(ew),
      };
      const full = solveMaxWeightAssignment(g);
      const unseeded = solveOnMatrix(matrixOf(g), 4);
      const seeded = solveOnMatrix(matrixOf(g), 4, greedyOnMatrix(matrixOf(g)).colOf);
      expect(unseeded.total).toBe(full.total);
      expect(seeded.total).toBe(full.total);
      expect(unseeded.edges).toBeGreaterThan(0.7 * ec.length); // what the seed saves
      expect(seeded.edges).toBeLessThan(0.1 * ec.length);
    }
  });

  test('greedy takes the best pair first, as Chronus does, and can lose to the optimum', () => {
    // A–M1 10, A–M2 9, B–M1 9, B–M2 1 (one place each): greedy A–M1 then B–M2 = 11; the optimum A–M2 + B–M1 = 18.
    const g: AssignmentGraph = {
      rows: 2,
      cols: 2,
      capacity: Int32Array.from([1, 1]),
      edgeStart: Int32Array.from([0, 2, 4]),
      edgeCol: Int32Array.from([0, 1, 0, 1]),
      edgeWeight: Float64Array.from([10, 9, 9, 1]),
    };
    expect(Array.from(greedyOnMatrix(matrixOf(g)).colOf)).toEqual([0, 1]);
    expect(greedyOnMatrix(matrixOf(g)).totalScore).toBe(11);
    expect(solveOnMatrix(matrixOf(g)).total).toBe(18);
  });
});

describe('revisiting: mentees who keep their current mentor as an option', () => {
  test('every kept mentee is placed, and the whole is still optimal (exhaustive search with the same priority)', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const rnd = prng(seed * 13);
      const inst = makeInstance({
        seed: seed + 300,
        mentees: intIn(rnd, 2, 6),
        mentors: intIn(rnd, 1, 4),
        capacity: [1, 2],
        blockedShare: 0,
      });
      const w = { ...defaultMatchWeights, minScore: 45 };
      // The first mentee "has" the first mentor: that place is not in the load, the pair must stay possible.
      const current = new Map([[inst.mentees[0]!.id, inst.mentors[0]!.id]]);
      const r = proposeAssignment(inst.mentees, inst.mentors, { weights: w }, { current });
      expect(r.pairs.some((p) => p.mentee.id === inst.mentees[0]!.id)).toBe(true);
      const keep = new Int32Array(inst.mentees.length).fill(-1);
      keep[0] = 0;
      const { graph } = buildGraph(prepare(inst.mentors, inst.mentees, { weights: w }), w.minScore, 'maxScore', keep);
      const prio = 101 * (inst.mentees.length + 1);
      const best = exhaustiveBest(graph);
      const kept = r.pairs.find((p) => p.mentee.id === inst.mentees[0]!.id)!;
      expect(prio + Math.max(1, kept.score) + r.optimal.totalScore - kept.score).toBe(best);
    }
  });
});
