// Shared setup for the SpreadsheetApp contract tests: a world with one bound spreadsheet and its globals.
import { World, type WorldOptions } from '../../tools/emulator/core/world';
import { createGlobals } from '../../tools/emulator/globals';
import { createSpreadsheet, type CreateSpreadsheetOptions } from '../../tools/emulator/spreadsheet';

export type SS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export function setup(worldOptions: WorldOptions = {}, ssOptions: Partial<CreateSpreadsheetOptions> = {}) {
  const world = new World(worldOptions);
  const model = createSpreadsheet(world, { name: 'Наставничество 2026', ...ssOptions });
  const SpreadsheetApp = createGlobals(world).SpreadsheetApp as SS;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  return { world, model, SpreadsheetApp, ss, sheet };
}

/** The error message a call throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}
