// Matching benchmark: suggestions for one mentee, and the optimal assignment beside munkres and the greedy baseline.
// Run (with --expose-gc for steadier memory figures): node --expose-gc node_modules/.bin/tsx a script calling
// runMatchingBench(), e.g. npx tsx -e "import('./bench/scenarios/matching.ts').then((m) => console.table(m.runMatchingBench()))"
import { buildGraph, proposeAssignment } from '../../src/domain/matching/assignment';
import { prepare } from '../../src/domain/matching/prepared';
import { solveMaxWeightAssignment } from '../../src/domain/matching/max-weight-assignment';
import { suggestMentors } from '../../src/domain/matching/suggest';
import { defaultMatchWeights } from '../../src/domain/matching/weights';
import { makeInstance } from './matching-instances';
import type { BenchResult } from './types';
import { measurePeakMemory } from './matching-memory';
import { munkresOnSlots } from './matching-munkres';

/** One row per measurement; `size` is the number of mentees (the registry's numeric size), `extra.shape` the full shape. */
export type BenchRow = BenchResult & { extra: Record<string, string | number> };

const ms = (x: number) => Math.round(x * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Median of `runs` timings (after one warm-up run). */
function timeIt(runs: number, fn: () => void): number {
  fn();
  const t: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)]!;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** School-sized and large banks; the minimum score keeps each mentee's allowed mentors realistic (~20–100). */
const ASSIGNMENT_SIZES: ReadonlyArray<{ mentees: number; mentors: number; minScore: number; munkres: boolean }> = [
  { mentees: 100, mentors: 40, minScore: 40, munkres: true },
  { mentees: 500, mentors: 150, minScore: 60, munkres: true },
  { mentees: 1500, mentors: 450, minScore: 70, munkres: true },
  // munkres needs the dense 5,000 × ~2,900-slot matrix (~118 MB of Float64 rows): run, but it is the memory hog.
  { mentees: 5000, mentors: 1500, minScore: 75, munkres: true },
  // The add-on's default minimum score (1): every allowed pair is an edge — the dense case the sparse solve is for.
  { mentees: 5000, mentors: 1500, minScore: 1, munkres: true },
];

export function runMatchingBench(): BenchRow[] {
  const rows: BenchRow[] = [];

  {
    const inst = makeInstance({ seed: 2026, mentees: 20, mentors: 1500 });
    const ctx = { weights: defaultMatchWeights };
    let k = 0;
    const t = timeIt(15, () => {
      suggestMentors(inst.mentees[k++ % 20]!, inst.mentors, ctx, { limit: 10 });
    });
    rows.push({
      scenario: 'suggestMentors (1 mentee, top 10 explained)',
      size: 1,
      nodeMs: ms(t),
      extra: { shape: '1 × 1500', targetMs: 50 },
    });
  }

  for (const s of ASSIGNMENT_SIZES) {
    const inst = makeInstance({ seed: 7, mentees: s.mentees, mentors: s.mentors });
    const ctx = { weights: { ...defaultMatchWeights, minScore: s.minScore } };
    const size = `${s.mentees} × ${s.mentors}`;
    gc();
    // JS heap plus typed-array buffers (the graph and solver live in the latter); sampled, so a lower bound of the peak.
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const h0 = used();
    let peak = h0;
    const t0 = performance.now();
    const result = proposeAssignment(inst.mentees, inst.mentors, ctx, { mode: 'maxScore' });
    const tAll = performance.now() - t0;
    peak = Math.max(peak, used());

    // The parts: scoring every pair into the full graph, then the solver alone on it (what munkres is compared with).
    const t1 = performance.now();
    const { graph } = buildGraph(prepare(inst.mentors, inst.mentees, ctx), s.minScore, 'maxScore');
    const tBuild = performance.now() - t1;
    const t2 = performance.now();
    const sol = solveMaxWeightAssignment(graph);
    const tSolve = performance.now() - t2;

    const t3 = performance.now();
    const cov = proposeAssignment(inst.mentees, inst.mentors, ctx, { mode: 'maxCoverageThenScore' });
    const tCov = performance.now() - t3;
    peak = Math.max(peak, used());

    const extra: Record<string, string | number> = {
      shape: size,
      edgesPerMentee: Math.round(result.edges / s.mentees),
      slots: graph.capacity.reduce((a, b) => a + b, 0),
      buildGraphMs: ms(tBuild),
      solverMs: ms(tSolve),
      coverageModeMs: ms(tCov),
      assigned: result.optimal.assigned,
      optimalTotal: result.optimal.totalScore,
      greedyTotal: result.greedy.totalScore,
      greedyAssigned: result.greedy.assigned,
      coverageModeAssigned: cov.optimal.assigned,
      memDeltaMB: mb(peak - h0),
      solvedEdges: result.solvedEdges,
    };
    const memory = measurePeakMemory(s.mentees, s.mentors, s.minScore);
    if (memory) {
      extra.peakRssMB = Math.round(memory.peakMB);
      extra.baselineRssMB = Math.round(memory.baselineMB);
    }
    if (s.munkres) {
      gc();
      const mh = used();
      const m = munkresOnSlots(graph);
      extra.munkresMs = ms(m.solveMs);
      extra.munkresMatrixMs = ms(m.buildMs);
      extra.munkresMatrix = `${m.rows} × ${m.slots}`;
      extra.munkresMatrixMB = mb(m.rows * m.slots * 8);
      extra.munkresMemDeltaMB = mb(used() - mh);
      extra.totalsEqual =
        m.total === sol.total && sol.total === result.optimal.totalScore ? 'yes' : `NO (${m.total} vs ${sol.total})`;
    } else {
      extra.munkres = 'not run';
    }
    rows.push({
      scenario: `proposeAssignment maxScore, min score ${s.minScore} (score + solve + explain)`,
      size: s.mentees,
      nodeMs: ms(tAll),
      extra,
    });
  }
  return rows;
}
