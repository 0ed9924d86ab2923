// Demo data for a fresh playground: the bound spreadsheet of a school (tools/demo/school.ts fills it once it lands).
import type { World } from '../emulator';
import { createBoundSpreadsheet } from './emulator-bridge';

/** A Monday morning at the start of the school year, Moscow time. */
export const DEMO_START = '2026-09-07T09:00:00+03:00';

export const DEMO_SPREADSHEET_NAME = 'Наставничество — МБОУ «Средняя школа № 7»';

export function seedDemo(world: World): void {
  createBoundSpreadsheet(world, DEMO_SPREADSHEET_NAME);
}
