// Matching through the emulator at 50 / 500 / 5,000 mentees (and 40 % as many mentors): reading, scoring and writing
// with SpreadsheetApp calls that do not grow with the rows — suggestions, «Автоподбор», confirm, analysis, dissolve.
import { performance } from 'node:perf_hooks';
import { createContext, type AppContext } from '../../src/app/context';
import { bankAnalysis } from '../../src/app/matching/analysis';
import { confirmPairs } from '../../src/app/matching/confirm';
import { dissolvePair } from '../../src/app/matching/manage-pairs';
import { matchingOverview } from '../../src/app/matching/overview';
import { proposeForWaiting, type ProposalView } from '../../src/app/matching/propose';
import { suggestForMentees } from '../../src/app/matching/suggest';
import type { AppsScriptServices } from '../../src/google/services';
import { World, createGlobals } from '../../tools/emulator';
import { createSpreadsheet } from '../../tools/emulator/spreadsheet';
import { makeMatchingRealistic } from '../../tools/demo/pairs';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { BENCH_SIZES, type BenchResult } from './types';

/** A school with `size` mentees and 40 % as many mentors, seeded outside any execution (not counted). */
export function matchingBenchWorkbook(size: number) {
  const world = new World({ now: '2026-09-10T09:00:00+03:00' });
  createSpreadsheet(world, { name: `Подбор ${size}`, timeZone: 'Europe/Moscow' });
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const context = (): AppContext => createContext(services);
  const school = makeMatchingRealistic(
    generateSchool(size, { mentors: Math.max(8, Math.round(size * 0.4)), mentees: size }),
    size,
  );
  seedDemoWorkbook(context(), school);
  return { world, context };
}

function measure<T>(world: World, scenario: string, size: number, fn: () => T): { result: T; row: BenchResult } {
  world.calls.reset();
  const t0 = performance.now();
  const result = world.execute({ authMode: 'FULL', kind: 'rpc' }, fn);
  const nodeMs = Math.round(performance.now() - t0);
  return {
    result,
    row: {
      scenario,
      size,
      calls: world.calls.byMethod(),
      totalCalls: world.calls.count(),
      estimatedSeconds: world.calls.estimatedSeconds(),
      nodeMs,
    },
  };
}

export const MATCHING_WORKBOOK_SCENARIOS = [
  'matching: panel overview (read 5 sheets)',
  'matching: suggestions for one mentee (read + score all mentors)',
  'matching: «Автоподбор» proposal (read + optimal + greedy)',
  'matching: confirm the proposal (re-check under lock + write pairs, statuses, journal)',
  'matching: «Анализ банка» sheet (read + rewrite)',
  'matching: dissolve a pair (+ re-offer check)',
] as const;

export function runMatchingWorkbookBench(sizes: readonly number[] = BENCH_SIZES): BenchResult[] {
  const out: BenchResult[] = [];
  for (const size of sizes) {
    const { world, context } = matchingBenchWorkbook(size);
    const [overview, suggest, propose, confirm, analysis, dissolve] = MATCHING_WORKBOOK_SCENARIOS;
    const o = measure(world, overview, size, () => matchingOverview(context()));
    out.push(o.row);
    const first = o.result.waiting[0]!.id;
    out.push(measure(world, suggest, size, () => suggestForMentees(context(), { menteeIds: [first] })).row);
    const p = measure(world, propose, size, () =>
      proposeForWaiting(context(), { mode: 'maxScore', pins: [], exclusions: [], skip: [], revisit: false }),
    );
    p.row.extra = {
      pool: p.result.totals.pool,
      assigned: p.result.totals.assigned,
      total: p.result.totals.totalScore,
      greedyTotal: p.result.totals.greedyTotal,
    };
    out.push(p.row);
    const requests = (p.result as ProposalView).pairs.map((x) => ({
      form: 'individual' as const,
      mentorIds: [x.mentorId],
      menteeIds: [x.menteeId],
    }));
    const c = measure(world, confirm, size, () =>
      confirmPairs(context(), { source: 'proposal', pairs: requests, markUnservable: true }),
    );
    c.row.extra = {
      written: c.result.written.length,
      refused: c.result.refused.length,
      supported: c.result.supported.length,
    };
    out.push(c.row);
    out.push(measure(world, analysis, size, () => bankAnalysis(context(), { write: true })).row);
    const pairId = c.result.written[0]!.pairId;
    const d = measure(world, dissolve, size, () => dissolvePair(context(), { pairId, reason: 'бенчмарк' }));
    d.row.extra = { reoffered: d.result.reoffered.length };
    out.push(d.row);
  }
  return out;
}
