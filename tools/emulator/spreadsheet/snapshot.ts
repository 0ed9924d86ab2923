// JSON-able snapshot and restore of every spreadsheet of a world (dates as epoch ms), so the playground can save state to a file.
import type { World } from '../core/world';
import {
  Formula,
  spreadsheetState,
  type CellMeta,
  type CellValue,
  type SheetModel,
  type SpreadsheetModel,
  type ValidationSpec,
} from './model';

type JsonCell = null | number | string | boolean | { d: number } | { f: string };

export interface SheetSnapshot extends Omit<SheetModel, 'rows' | 'meta'> {
  rows: JsonCell[][];
  meta: Array<Array<CellMeta | null> | null>;
}

export interface SpreadsheetSnapshot extends Omit<SpreadsheetModel, 'sheets'> {
  sheets: SheetSnapshot[];
}

export interface SpreadsheetsSnapshot {
  version: 1;
  activeId: string | null;
  textFormatKeepsFormulasAsText: boolean;
  addonName: string;
  spreadsheets: SpreadsheetSnapshot[];
}

function cellToJson(v: CellValue | undefined): JsonCell {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return { d: v.getTime() };
  if (v instanceof Formula) return { f: v.text };
  return v;
}

function cellFromJson(v: JsonCell): CellValue {
  if (v === null || typeof v !== 'object') return v;
  return 'd' in v ? new Date(v.d) : new Formula(v.f);
}

function argsToJson(args: unknown[]): unknown[] {
  return args.map((a) => (a instanceof Date ? { $date: a.getTime() } : a));
}
function argsFromJson(args: unknown[]): unknown[] {
  return args.map((a) => (a && typeof a === 'object' && '$date' in a ? new Date((a as { $date: number }).$date) : a));
}

function metaToJson(m: CellMeta | undefined): CellMeta | null {
  if (!m) return null;
  return m.validation ? { ...m, validation: { ...m.validation, args: argsToJson(m.validation.args) } } : { ...m };
}
function metaFromJson(m: CellMeta | null): CellMeta | undefined {
  if (!m) return undefined;
  const v: ValidationSpec | undefined = m.validation
    ? { ...m.validation, args: argsFromJson(m.validation.args) }
    : undefined;
  return v ? { ...m, validation: v } : { ...m };
}

export function snapshotSpreadsheets(world: World): SpreadsheetsSnapshot {
  const state = spreadsheetState(world);
  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  return {
    version: 1,
    activeId: state.activeId,
    textFormatKeepsFormulasAsText: state.textFormatKeepsFormulasAsText,
    addonName: state.addonName,
    spreadsheets: [...state.spreadsheets.values()].map((ss) => ({
      ...copy({ ...ss, sheets: [] }),
      sheets: ss.sheets.map((sh) => ({
        ...copy({ ...sh, rows: [], meta: [] }),
        rows: sh.rows.map((row) => row.map(cellToJson)),
        meta: sh.meta.map((row) => (row ? Array.from(row, metaToJson) : null)),
      })),
    })),
  };
}

/** Replaces every spreadsheet of the world with the snapshot's. */
export function restoreSpreadsheets(world: World, snapshot: SpreadsheetsSnapshot): void {
  if (snapshot.version !== 1)
    throw new Error(`emulator: unknown spreadsheet snapshot version ${String(snapshot.version)}`);
  const state = spreadsheetState(world);
  state.spreadsheets.clear();
  // Rows and formats are rebuilt cell by cell (fresh objects), so only the rest needs a deep copy: a snapshot can be
  // restored many times without the copies sharing anything.
  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  for (const ss of snapshot.spreadsheets) {
    const model: SpreadsheetModel = {
      ...copy({ ...ss, sheets: [] }),
      sheets: ss.sheets.map((sh) => ({
        ...copy({ ...sh, rows: [], meta: [] }),
        rows: sh.rows.map((row) => row.map(cellFromJson)),
        meta: sh.meta.map((row) => (row ? row.map(metaFromJson) : undefined)),
      })),
    };
    state.spreadsheets.set(model.id, model);
  }
  state.activeId = snapshot.activeId;
  state.textFormatKeepsFormulasAsText = snapshot.textFormatKeepsFormulasAsText;
  state.addonName = snapshot.addonName;
}
