// Demo data for a fresh playground: the school's bound spreadsheet, set up and filled by tools/demo/school.ts.
import { createContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { createGlobals, type World } from '../emulator';
import { generateSchool, seedDemoWorkbook } from '../demo/school';
import { seedDemoForms } from '../demo/forms';
import { seedDemoRoadmap } from '../demo/roadmap';
import { seedDemoPairs } from '../demo/documents';
import { createBoundSpreadsheet } from './emulator-bridge';

/** A Monday morning at the start of the school year, Moscow time. */
export const DEMO_START = '2026-09-07T09:00:00+03:00';

export const DEMO_SPREADSHEET_NAME = 'Наставничество — МБОУ «Средняя школа № 7»';

/** About 60 staff (mentors and mentees), a few rows broken on purpose so validation has something to show. */
export function seedDemo(world: World): void {
  createBoundSpreadsheet(world, DEMO_SPREADSHEET_NAME);
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const school = generateSchool();
  world.execute({ authMode: 'FULL', kind: 'script', functionName: 'seedDemo' }, () => seedDemoWorkbook(createContext(services), school));
  world.execute({ authMode: 'FULL', kind: 'script', functionName: 'seedDemoRoadmap' }, () => seedDemoRoadmap(createContext(services), school));
  // Both forms ready to fill in (open one from the «Формы» tab below the sheet), with a few answers already in.
  seedDemoForms(world, services);
  world.execute({ authMode: 'FULL', kind: 'script', functionName: 'seedDemoPairs' }, () => seedDemoPairs(createContext(services)));
}
