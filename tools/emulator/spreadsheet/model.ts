// In-memory data model of spreadsheets: per sheet, row arrays of cell values plus a parallel grid of sparse cell formats.
import type { World } from '../core/world';

/** A formula cell keeps its text; the value is computed when read. */
export class Formula {
  constructor(readonly text: string) {}
}

/** What one cell holds; null is an empty cell. Dates are instants. */
export type CellValue = number | string | boolean | Date | Formula | null;

export interface ValidationSpec {
  criteria: string;
  /** Criteria arguments; ranges are stored as RangeRef. */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface RangeRef {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Formatting and annotations of one cell; undefined fields are the defaults. */
export interface CellMeta {
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontSize?: number;
  fontStyle?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  hAlign?: string;
  vAlign?: string;
  note?: string;
  validation?: ValidationSpec;
}

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** rows[r][c], 0-based; rows and rows' arrays may be shorter than the grid (missing = empty). */
  rows: CellValue[][];
  meta: Array<Array<CellMeta | undefined> | undefined>;
  frozenRows: number;
  frozenCols: number;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  tabColor: string | null;
}

export interface ProtectionModel {
  id: string;
  type: 'RANGE' | 'SHEET';
  /** For SHEET protections the range is the whole sheet. */
  range: RangeRef;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  /** Ranges left editable inside a sheet protection. */
  unprotected: RangeRef[];
}

export interface NamedRangeModel {
  name: string;
  range: RangeRef;
}

export interface SpreadsheetModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  sheets: SheetModel[];
  activeSheetId: number;
  activeRange: RangeRef | null;
  namedRanges: NamedRangeModel[];
  protections: ProtectionModel[];
  nextSheetId: number;
  /** Script flushes and toasts, for tests and the playground. */
  flushes: number;
  toasts: Array<{ message: string; title: string; seconds: number; at: number }>;
}

export interface SpreadsheetState {
  spreadsheets: Map<string, SpreadsheetModel>;
  /** The bound (container) spreadsheet: SpreadsheetApp.getActive(). */
  activeId: string | null;
  /** Open question §5.4/§15: whether "=…" written into an '@' cell stays text. Default: it becomes a formula. */
  textFormatKeepsFormulasAsText: boolean;
  /** Name of the add-on menu created by Ui.createAddonMenu(). */
  addonName: string;
}

export function spreadsheetState(world: World): SpreadsheetState {
  return world.state<SpreadsheetState>('spreadsheet', () => ({
    spreadsheets: new Map(),
    activeId: null,
    textFormatKeepsFormulasAsText: false,
    addonName: 'Nastavnik',
  }));
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheetModel(id: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLUMNS): SheetModel {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    rows: [],
    meta: [],
    frozenRows: 0,
    frozenCols: 0,
    columnWidths: {},
    hiddenColumns: [],
    tabColor: null,
  };
}

export function cellValue(sheet: SheetModel, r0: number, c0: number): CellValue {
  return sheet.rows[r0]?.[c0] ?? null;
}

export function setCell(sheet: SheetModel, r0: number, c0: number, v: CellValue): void {
  let row = sheet.rows[r0];
  if (!row) {
    if (v === null) return;
    while (sheet.rows.length < r0) sheet.rows.push([]);
    row = [];
    sheet.rows[r0] = row;
  }
  while (row.length < c0) row.push(null);
  row[c0] = v;
}

export function cellMeta(sheet: SheetModel, r0: number, c0: number): CellMeta | undefined {
  return sheet.meta[r0]?.[c0];
}

/** Updates one cell's meta; an all-default meta is dropped so empty cells stay cheap. */
export function updateMeta(sheet: SheetModel, r0: number, c0: number, patch: Partial<CellMeta>): void {
  let row = sheet.meta[r0];
  if (!row) {
    while (sheet.meta.length < r0) sheet.meta.push(undefined);
    row = [];
    sheet.meta[r0] = row;
  }
  const next: CellMeta = { ...(row[c0] ?? {}), ...patch };
  for (const k of Object.keys(next) as Array<keyof CellMeta>) if (next[k] === undefined) delete next[k];
  while (row.length < c0) row.push(undefined);
  row[c0] = Object.keys(next).length ? next : undefined;
}

/** Last row (1-based) holding a value, 0 when the sheet is empty. */
export function lastRowWithContent(sheet: SheetModel): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    const row = sheet.rows[r];
    if (row && row.some((v) => v !== null && v !== '')) return r + 1;
  }
  return 0;
}

export function lastColumnWithContent(sheet: SheetModel): number {
  let last = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (let c = row.length - 1; c >= last; c--) {
      const v = row[c];
      if (v !== null && v !== '' && v !== undefined) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

export function findSheet(ss: SpreadsheetModel, id: number): SheetModel | undefined {
  return ss.sheets.find((s) => s.id === id);
}
