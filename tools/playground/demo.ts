// Demo data for a fresh playground: the school's bound spreadsheet, set up and filled by tools/demo/school.ts.
import { createContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { createGlobals, type World } from '../emulator';
import { generateSchool, seedDemoWorkbook } from '../demo/school';
import { seedDemoForms } from '../demo/forms';
import { makeMatchingRealistic, seedDemoPairs } from '../demo/pairs';
import { seedDemoRoadmap } from '../demo/roadmap';
import { activeSpreadsheet, createBoundSpreadsheet } from './emulator-bridge';

/** A Monday morning at the start of the school year, Moscow time. */
export const DEMO_START = '2026-09-07T09:00:00+03:00';

export const DEMO_SPREADSHEET_NAME = 'Наставничество — МБОУ «Средняя школа № 7»';

/** About 60 staff (mentors and mentees), a few rows broken on purpose so validation has something to show. */
export function seedDemo(world: World): void {
  createBoundSpreadsheet(world, DEMO_SPREADSHEET_NAME);
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const school = makeMatchingRealistic(generateSchool());
  world.execute({ authMode: 'FULL', kind: 'script', functionName: 'seedDemo' }, () =>
    seedDemoWorkbook(createContext(services), school),
  );
  world.execute({ authMode: 'FULL', kind: 'script', functionName: 'seedDemoRoadmap' }, () =>
    seedDemoRoadmap(createContext(services), school),
  );
  // Most mentees wait for «Автоподбор»; a few pairs already exist so the order and programs have something to show.
  world.execute({ authMode: 'FULL', kind: 'script', functionName: 'seedDemoPairs' }, () =>
    seedDemoPairs(createContext(services)),
  );
  // Both forms ready to fill in (open one from the «Формы» tab below the sheet), with a few answers already in.
  seedDemoForms(world, services);
  // A person opening the workbook starts on the mentee bank (linking the forms made their response sheets active).
  activeSpreadsheet(world)?.getSheetByName('Наставляемые')?.activate();
}
