// Benchmark of the roadmap's daily check at 50 / 500 / 5,000 rows per bank (and as many teachers in «Педагоги»):
// SpreadsheetApp calls must not grow with rows; mail sends are the cost that does, capped per run.
import { performance } from 'node:perf_hooks';
import { getRoadmapOverview } from '../../src/app/roadmap/overview';
import { runDailyCheck } from '../../src/app/roadmap/daily-check';
import { enableReminders } from '../../src/app/roadmap/reminders';
import { RoadmapState } from '../../src/app/roadmap/state';
import { runDailyTrigger } from '../../src/app/roadmap/trigger-run';
import { addDays, parseCalendarDate } from '../../src/domain/calendar/calendar-date';
import { createContext } from '../../src/app/context';
import { documentStore } from '../../src/google/document-properties';
import type { AppsScriptServices } from '../../src/google/services';
import { workbookOf } from '../../src/google/sheet-gateway';
import { appendRecords, readTable } from '../../src/workbook/repository';
import { staffTable } from '../../src/workbook/tables/staff';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { seedDemoRoadmap } from '../../tools/demo/roadmap';
import { World, createGlobals, type ExecutionKind } from '../../tools/emulator';
import { allTriggers, outbox } from '../../tools/emulator/services';
import { createSpreadsheet } from '../../tools/emulator/spreadsheet';
import type { BenchResult } from './types';

export const ROADMAP_BENCH_SIZES = [50, 500, 5000] as const;

/** The demo school at `size` rows per bank; «Педагоги» lists its mentees and `size` more teachers who have not answered. */
function roadmapWorkbook(size: number) {
  // A Workspace school: 1,500 recipients a day, so the per-run cap, not the quota, bounds the reminders.
  const world = new World({ now: '2026-09-01T07:00:00+03:00', accountType: 'workspace' });
  createSpreadsheet(world, { name: `Бенчмарк дорожной карты ${size}`, timeZone: 'Europe/Moscow' });
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const context = () => createContext(services);
  const school = generateSchool(size, { mentors: size, mentees: size });
  seedDemoWorkbook(context(), school);
  seedDemoRoadmap(context(), school);
  const staff = readTable(workbookOf(context()), staffTable);
  const extra = size;
  appendRecords(
    staff,
    Array.from({ length: extra }, (_, i) => ({
      fullName: `Педагогова Анна ${i + 1}`,
      email: `teacher${i + 1}@sosh2.example`,
    })),
    'Europe/Moscow',
  );
  world.execute({ authMode: 'FULL', kind: 'menu' }, () => enableReminders(context()));
  return { world, context, uid: allTriggers(world)[0]!.id };
}

const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|DataValidation)/;

function measure(world: World, scenario: string, size: number, kind: ExecutionKind, fn: () => unknown): BenchResult {
  world.calls.reset();
  const mailBefore = outbox(world).length;
  const t0 = performance.now();
  world.execute({ authMode: 'FULL', kind }, fn);
  const nodeMs = Math.round(performance.now() - t0);
  const calls = world.calls.byMethod();
  const spreadsheetCalls = Object.entries(calls)
    .filter(([name]) => SPREADSHEET.test(name))
    .reduce((n, [, c]) => n + c, 0);
  return {
    scenario,
    size,
    calls,
    totalCalls: world.calls.count(),
    estimatedSeconds: world.calls.estimatedSeconds(),
    nodeMs,
    extra: {
      spreadsheetCalls,
      mailsSent: outbox(world).length - mailBefore,
      recipients: outbox(world)
        .slice(mailBefore)
        .reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0),
    },
  };
}

export function runRoadmapBench(sizes: readonly number[] = ROADMAP_BENCH_SIZES): BenchResult[] {
  const out: BenchResult[] = [];
  for (const size of sizes) {
    const { world, context, uid } = roadmapWorkbook(size);
    const at = (iso: string) => {
      world.clock.set(iso);
      // Each scenario starts as if yesterday's run completed: no missed days to catch up.
      new RoadmapState(documentStore(context())).setLastCheckedDate(addDays(parseCalendarDate(iso.slice(0, 10))!, -1));
    };
    at('2026-09-08T08:10:00+03:00');
    out.push(
      measure(
        world,
        'roadmap: daily trigger, request-form reminders (one text, ≤ 49 teachers a message in BCC)',
        size,
        'trigger',
        () => runDailyTrigger(context(), { triggerUid: uid }),
      ),
    );
    at('2026-10-01T08:10:00+03:00');
    out.push(
      measure(world, 'roadmap: «Проверить сейчас» (preview, no mail)', size, 'rpc', () =>
        runDailyCheck(context(), { mode: 'preview', source: 'manual' }),
      ),
    );
    out.push(
      measure(world, 'roadmap: sidebar «Дорожная карта» (getRoadmap)', size, 'rpc', () =>
        getRoadmapOverview(context()),
      ),
    );
    out.push(
      measure(
        world,
        'roadmap: daily trigger, a deadline day (curator, director, waiting mentees)',
        size,
        'trigger',
        () => runDailyTrigger(context(), { triggerUid: uid }),
      ),
    );
    out.push(
      measure(world, 'roadmap: the trigger firing again that day (nothing sent)', size, 'trigger', () =>
        runDailyTrigger(context(), { triggerUid: uid }),
      ),
    );
  }
  return out;
}
