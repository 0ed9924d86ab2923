// The playground's only dependency on emulator internals: spreadsheet setup, Ui records, snapshot/restore.
// Everything else it reads through the documented Apps Script API (SpreadsheetApp, ...) outside executions.
import { createGlobals, type World } from '../emulator';
import {
  createSpreadsheet,
  getSpreadsheetModel,
  spreadsheetState,
  uiState,
  type MenuEntry,
  type SpreadsheetModel,
} from '../emulator/spreadsheet';
import type { DialogView, MenuItemView, MenuView, SelectionView, SheetView } from './view-model';

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

/** A person selects rows by their numbers (as in Sheets): the active range the add-on's menu items read. */
export function selectRows(world: World, sheetName: string, first: number, last: number): void {
  const sheet = activeSpreadsheet(world)?.getSheetByName(sheetName);
  if (!sheet) throw new Error(`Лист «${sheetName}» не найден`);
  const top = Math.max(1, Math.min(first, last));
  const count = Math.abs(last - first) + 1;
  sheet.getRange(top, 1, count, Math.max(1, sheet.getLastColumn())).activate();
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

/** The active sheet and range through the documented API: what a person would see selected in Sheets. */
export function readSelection(world: World): SelectionView | null {
  const ss = activeSpreadsheet(world);
  if (!ss) return null;
  const range = tryRead(() => ss.getActiveRange());
  const sheet = tryRead(() => ss.getActiveSheet());
  if (!sheet) return null;
  if (!range) return { sheet: sheet.getName(), row: 0, column: 0, a1: '', lastRow: 0, lastColumn: 0 };
  return {
    sheet: range.getSheet().getName(),
    row: range.getRow(),
    column: range.getColumn(),
    a1: range.getA1Notation(),
    lastRow: range.getRow() + range.getNumRows() - 1,
    lastColumn: range.getColumn() + range.getNumColumns() - 1,
  };
}

function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Menus the add-on built in its last onOpen, from the Ui emulator's record (null: none recorded yet). */
export function readMenus(world: World): MenuView[] | null {
  const menus = uiState(world).menus;
  if (menus.length === 0) return null;
  const items = (entries: MenuEntry[]): MenuItemView[] =>
    entries.map((e) =>
      e.type === 'separator'
        ? { caption: '', separator: true }
        : e.type === 'submenu'
          ? { caption: e.menu.caption, items: items(e.menu.items) }
          : { caption: e.caption, functionName: e.functionName },
    );
  return menus.map((m) => ({
    name: m.addon ? spreadsheetState(world).addonName || m.caption : m.caption,
    items: items(m.items),
  }));
}

/** The shown sidebar: its HTML, title and which showSidebar call put it there, or null when none is shown. */
export function readSidebar(world: World): { html: string; title: string; shown: string } | null {
  const shown = uiState(world).sidebar;
  return shown ? { html: shown.content, title: shown.title, shown: `${shown.execution}:${shown.at}` } : null;
}

/** google.script.host.close(): the sidebar goes away. */
export function closeSidebar(world: World): void {
  uiState(world).sidebar = null;
}

/** Alerts, prompts, dialogs and toasts the add-on showed, oldest first, with stable ids. */
export function readDialogs(world: World): DialogView[] {
  const ui = uiState(world);
  const out: DialogView[] = ui.alerts.map((a, i) => ({
    id: `alert:${i}`,
    kind: a.kind,
    title: a.title,
    text: a.prompt,
    at: new Date(a.at).toISOString(),
  }));
  ui.dialogs.forEach((d, i) =>
    out.push({
      id: `dialog:${i}`,
      kind: 'dialog',
      title: d.title,
      text: stripTags(d.content),
      at: new Date(d.at).toISOString(),
    }),
  );
  const ss = activeModel(world);
  ss?.toasts.forEach((t, i) =>
    out.push({ id: `toast:${i}`, kind: 'toast', title: t.title, text: t.message, at: new Date(t.at).toISOString() }),
  );
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

function stripTags(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function activeModel(world: World): SpreadsheetModel | null {
  try {
    return spreadsheetState(world).activeId ? getSpreadsheetModel(world) : null;
  } catch {
    return null;
  }
}

/** Makes the bound spreadsheet for a new world (Russian locale, Moscow time, like the school's). */
export function createBoundSpreadsheet(world: World, name: string, sheets?: string[]): void {
  createSpreadsheet(world, { name, timeZone: 'Europe/Moscow', locale: 'ru_RU', sheets });
}
