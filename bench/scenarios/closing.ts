// Benchmark of «Итоги года» at 50 / 500 / 5,000 monitoring questionnaires (about 12 answer rows each): the summary
// the panel shows, the events view, the personal links of every participant, the report, and closing the year. Calls must not
// grow with the answers or the participants.
import { performance } from 'node:perf_hooks';
import { closingData } from '../../src/app/closing/data';
import { eventsView, monitoringView } from '../../src/app/closing/panel-views';
import { generateClosingDocuments } from '../../src/app/closing/reports';
import { sendQuestionnaires } from '../../src/app/closing/send-questionnaires';
import { previewYearClose, runYearClose } from '../../src/app/closing/year-close';
import { createContext, type AppContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { participantsOf } from '../../src/domain/monitoring/participants';
import { World, createGlobals } from '../../tools/emulator';
import { createSpreadsheet } from '../../tools/emulator/spreadsheet';
import { formDemoPairs, writeDemoAnswers } from '../../tools/demo/closing';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import type { BenchResult } from './types';

/** A school with enough pairs for `questionnaires` answers; seeded outside executions (not counted). */
export function closingBenchWorkbook(questionnaires: number) {
  const world = new World({ now: '2026-09-10T09:00:00+03:00' });
  createSpreadsheet(world, { name: `Итоги года ${questionnaires}`, timeZone: 'Europe/Moscow' });
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const context = (): AppContext => createContext(services);
  const people = Math.ceil(questionnaires * 0.75) + 10;
  seedDemoWorkbook(context(), generateSchool(questionnaires, { mentors: people, mentees: people }));
  formDemoPairs(context());
  world.clock.set(new Date('2027-05-25T10:00:00+03:00').getTime());
  const participants = participantsOf(closingData(context()).monitoredPairs()).length;
  const written = writeDemoAnswers(context(), { share: Math.min(1, questionnaires / participants) });
  world.clock.set(new Date('2027-06-20T10:00:00+03:00').getTime());
  return { world, context, written };
}

function measure(
  world: World,
  scenario: string,
  size: number,
  fn: () => unknown,
  extra?: Record<string, unknown>,
): BenchResult {
  world.calls.reset();
  const t0 = performance.now();
  world.execute({ authMode: 'FULL', kind: 'rpc' }, fn);
  const nodeMs = Math.round((performance.now() - t0) * 10) / 10;
  return {
    scenario,
    size,
    calls: world.calls.byMethod(),
    totalCalls: world.calls.count(),
    estimatedSeconds: world.calls.estimatedSeconds(),
    nodeMs,
    extra,
  };
}

export function runClosingBench(sizes: readonly number[]): BenchResult[] {
  const out: BenchResult[] = [];
  for (const size of sizes) {
    const { world, context, written } = closingBenchWorkbook(size);
    const rows = context().spreadsheet().getSheetByName('Мониторинг')!.getLastRow() - 1;
    const extra = { questionnaires: written, answerRows: rows };
    out.push(measure(world, 'closing: monitoring summary (panel)', size, () => monitoringView(context()), extra));
    out.push(measure(world, 'closing: events and publications (panel)', size, () => eventsView(context()), extra));
    out.push(
      measure(
        world,
        'closing: questionnaires + personal links for all (mail not sent)',
        size,
        () => sendQuestionnaires(context(), { max: 0 }),
        extra,
      ),
    );
    out.push(
      measure(
        world,
        'closing: monitoring report (Google Doc with charts)',
        size,
        () => generateClosingDocuments(context(), { kind: 'monitoringReport', pairIds: null, overwrite: [] }),
        extra,
      ),
    );
    const fingerprint = world.execute(
      { authMode: 'FULL', kind: 'rpc' },
      () => previewYearClose(context()).plan.fingerprint,
    );
    out.push(
      measure(
        world,
        'closing: close the year (archive + carry over)',
        size,
        () => runYearClose(context(), { fingerprint }),
        extra,
      ),
    );
  }
  return out;
}
