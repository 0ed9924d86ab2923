// A demo school at the end of its year, on the emulator: banks, pairs (some finished), answers, events, practices.
import { completePrograms } from '../../src/app/closing/complete-programs';
import { startRun } from '../../src/app/documents/run';
import { driveRun, fullRequest } from './documents';
import { addPractice } from '../../src/app/closing/library';
import { recordEvent } from '../../src/app/closing/events';
import { formDemoPairs, writeDemoAnswers } from '../../tools/demo/closing';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { World } from '../../tools/emulator';
import { restoreWorld, snapshotWorld } from '../../tools/playground/world-snapshot';
import { emulatedWorkbook, workbookOfWorld, type EmulatedWorkbook } from './context';

export const JUNE = '2027-06-20T10:00:00+03:00';

export interface ClosingSchool {
  wb: EmulatedWorkbook;
  pairIds: string[];
}

/** Small enough to rebuild many times (interruption tests), big enough to have every kind of row. */
export function closingSchool(
  options: { mentors?: number; mentees?: number; seed?: number; answers?: boolean; programs?: boolean } = {},
): ClosingSchool {
  const wb = emulatedWorkbook();
  wb.run((ctx) =>
    seedDemoWorkbook(
      ctx,
      generateSchool(options.seed ?? 11, { mentors: options.mentors ?? 10, mentees: options.mentees ?? 12 }),
    ),
  );
  const pairIds = wb.run((ctx) => formDemoPairs(ctx, { start: { year: 2026, month: 10, day: 1 } }));
  if (options.programs) {
    // Their programs (ПНП) and the plan rows on «План», as the documents feature writes them in October.
    const first = wb.run((ctx) => startRun(ctx, { request: fullRequest({ kind: 'programs' }), overwrite: [] }), 'rpc');
    driveRun(wb, first);
  }
  wb.world.clock.set(new Date('2026-10-20T10:00:00+03:00').getTime());
  wb.run((ctx) =>
    recordEvent(ctx, {
      date: { year: 2026, month: 10, day: 14 },
      kind: 'training',
      title: 'Роль наставника',
      roadmapItem: '',
      participants: 'наставники',
      participantCount: 8,
      materials: '',
      outcome: 'памятка наставника',
      status: null,
    }),
  );
  wb.world.clock.set(new Date('2027-05-25T10:00:00+03:00').getTime());
  if (options.answers !== false) wb.run((ctx) => writeDemoAnswers(ctx, { share: 0.85 }));
  wb.run((ctx) =>
    addPractice(ctx, {
      title: 'Лист наблюдения урока',
      authors: 'Петрова О. В.',
      pairId: pairIds[0] ?? '',
      competencies: [],
      description: 'Как вместе разбирать урок',
      materials: '',
      tags: ['урок'],
      best: true,
      kind: 'practice',
      fromRoundTable: true,
    }),
  );
  wb.world.clock.set(new Date(JUNE).getTime());
  // Half of the pairs finish their programs; the rest carry on into the next year.
  wb.run((ctx) => completePrograms(ctx, { pairIds: pairIds.slice(0, Math.ceil(pairIds.length / 2)) }));
  return { wb, pairIds };
}

/** A saved world (spreadsheet, properties, clock): many runs from one seeded state, each in a fresh copy. */
export function savedWorkbook(wb: EmulatedWorkbook): () => EmulatedWorkbook {
  const snapshot = snapshotWorld(wb.world);
  return () => {
    const world = new World({ now: snapshot.now, userEmail: wb.world.userEmail, locale: wb.world.locale });
    restoreWorld(world, snapshot);
    return workbookOfWorld(world);
  };
}
