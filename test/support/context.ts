// Test context built the way the entry builds it: the emulator's globals + its clock → createContext.
import { createContext, type AppContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { World, createGlobals, type ExecutionKind, type WorldOptions } from '../../tools/emulator';
import { createSpreadsheet, openSpreadsheet, type CreateSpreadsheetOptions } from '../../tools/emulator/spreadsheet';

export interface EmulatedWorkbook {
  world: World;
  services: AppsScriptServices;
  /** Runs `fn` as one counted execution (a menu click by default), with a fresh context like the entry makes. */
  run<T>(fn: (ctx: AppContext) => T, kind?: ExecutionKind): T;
  /** Uncounted view of the bound spreadsheet for setup and assertions (outside executions nothing is counted). */
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Every value of a sheet (uncounted), [] if the sheet does not exist. */
  values(sheet: string): unknown[][];
  /** Writes rows as a person pasting them would (uncounted, parsed like typing). */
  paste(sheet: string, row: number, rows: unknown[][]): void;
}

export function emulatedWorkbook(
  worldOptions: WorldOptions = {},
  ssOptions: Partial<CreateSpreadsheetOptions> = {},
): EmulatedWorkbook {
  const world = new World({ now: '2026-09-10T09:00:00+03:00', userEmail: 'curator@school.example', ...worldOptions });
  createSpreadsheet(world, { name: 'Наставничество СОШ № 2', timeZone: 'Europe/Moscow', ...ssOptions });
  return workbookOfWorld(world);
}

/** The test handle of a world that already has its bound spreadsheet (a restored snapshot, say). */
export function workbookOfWorld(world: World): EmulatedWorkbook {
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  const wb: EmulatedWorkbook = {
    world,
    services,
    run: (fn, kind = 'menu') => world.execute({ authMode: 'FULL', kind }, () => fn(createContext(services))),
    spreadsheet: () => openSpreadsheet(world),
    values(name) {
      const sheet = wb.spreadsheet().getSheetByName(name);
      if (!sheet) return [];
      const v = sheet.getDataRange().getValues();
      return v.length === 1 && v[0]!.length === 1 && v[0]![0] === '' ? [] : v;
    },
    paste(name, row, rows) {
      const ss = wb.spreadsheet();
      const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
      const width = Math.max(...rows.map((r) => r.length));
      if (sheet.getMaxRows() < row + rows.length)
        sheet.insertRowsAfter(sheet.getMaxRows(), row + rows.length - sheet.getMaxRows());
      if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      sheet
        .getRange(row, 1, rows.length, width)
        .setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
    },
  };
  return wb;
}
