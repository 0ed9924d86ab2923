// Benchmark of the workbook: setup, read-and-validate both banks, the «Банки» summary at 50 / 500 / 5,000 rows per bank.
import { performance } from 'node:perf_hooks';
import { getBanksSummary } from '../../src/app/banks-summary';
import { checkWorkbook } from '../../src/app/check-workbook';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { validateWorkbook } from '../../src/app/validate-workbook';
import { createContext, type AppContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { World, createGlobals } from '../../tools/emulator';
import { createSpreadsheet } from '../../tools/emulator/spreadsheet';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';

export interface BenchResult {
  scenario: string;
  size: number;
  calls: Record<string, number>;
  totalCalls: number;
  estimatedSeconds: number;
  nodeMs: number;
}

export const WORKBOOK_BENCH_SIZES = [50, 500, 5000] as const;

/** A workbook with `size` rows in each bank (seeded outside any execution, so seeding is not counted). */
export function benchWorkbook(size: number) {
  const world = new World({ now: '2026-09-10T09:00:00+03:00' });
  createSpreadsheet(world, { name: `Бенчмарк ${size}`, timeZone: 'Europe/Moscow' });
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const context = () => createContext(services);
  seedDemoWorkbook(context(), generateSchool(size, { mentors: size, mentees: size }));
  return { world, context };
}

/** One execution of `fn`, its counted calls, estimated Apps Script seconds and Node time. */
export function measure(world: World, scenario: string, size: number, fn: () => unknown): BenchResult {
  world.calls.reset();
  const t0 = performance.now();
  world.execute({ authMode: 'FULL', kind: 'menu' }, fn);
  const nodeMs = Math.round(performance.now() - t0);
  return {
    scenario,
    size,
    calls: world.calls.byMethod(),
    totalCalls: world.calls.count(),
    estimatedSeconds: world.calls.estimatedSeconds(),
    nodeMs,
  };
}

export const workbookScenarios: Record<string, (ctx: AppContext) => unknown> = {
  'workbook: setup (filled workbook)': (ctx) => setupWorkbook(ctx),
  'workbook: read and validate both banks': (ctx) => checkWorkbook(ctx),
  'workbook: «Банки» summary': (ctx) => getBanksSummary(ctx),
  'workbook: «Проверка данных» (ids, highlights, journal)': (ctx) => validateWorkbook(ctx),
};

export function runWorkbookBench(sizes: readonly number[] = WORKBOOK_BENCH_SIZES): BenchResult[] {
  const out: BenchResult[] = [];
  for (const size of sizes) {
    const { world, context } = benchWorkbook(size);
    for (const [scenario, fn] of Object.entries(workbookScenarios))
      out.push(measure(world, scenario, size, () => fn(context())));
  }
  return out;
}
