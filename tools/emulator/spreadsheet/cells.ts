// Reading computed cell values and writing values as USER_ENTERED input, shared by Range, Sheet and the setup API.
import type { World } from '../core/world';
import { ErrVal, evaluateFormula, type Scalar } from './formula';
import { sheetLocale } from './locale';
import {
  Formula,
  cellMeta,
  cellValue,
  setCell,
  spreadsheetState,
  updateMeta,
  type CellValue,
  type SheetModel,
  type SpreadsheetModel,
} from './model';
import { displayValue, GENERAL_FORMAT, isTextFormat } from './number-format';
import { parseUserEntered } from './user-entered';

const MAX_DEPTH = 64;

/** Value as a formula sees it (null = empty, errors as ErrVal). */
function computed(
  world: World,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  r0: number,
  c0: number,
  depth: number,
): Scalar {
  const v = cellValue(sheet, r0, c0);
  if (!(v instanceof Formula)) return v;
  if (depth > MAX_DEPTH) return new ErrVal('#REF!');
  return evaluateFormula(v.text, {
    timeZone: ss.timeZone,
    now: world.clock.now(),
    read(sheetName, row, col, endRow, endCol) {
      const target = sheetName === undefined ? sheet : ss.sheets.find((s) => s.name === sheetName);
      if (!target) return new ErrVal('#REF!');
      const lastRow = endRow ?? Math.max(row, target.rows.length);
      const out: Scalar[][] = [];
      for (let r = Math.min(row, lastRow); r <= Math.max(row, lastRow); r++) {
        const line: Scalar[] = [];
        for (let c = Math.min(col, endCol); c <= Math.max(col, endCol); c++)
          line.push(computed(world, ss, target, r - 1, c - 1, depth + 1));
        out.push(line);
      }
      return out;
    },
  });
}

/** What Range.getValues returns for one cell: Number, Boolean, Date (a copy) or String, '' for empty (§5.2). */
export function readValue(
  world: World,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  r0: number,
  c0: number,
): number | string | boolean | Date {
  const v = cellValue(sheet, r0, c0);
  if (v === null) return '';
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof Formula) {
    const c = computed(world, ss, sheet, r0, c0, 0);
    if (c === null) return '';
    if (c instanceof ErrVal) return c.code;
    return c instanceof Date ? new Date(c.getTime()) : c;
  }
  return v;
}

export function readDisplay(world: World, ss: SpreadsheetModel, sheet: SheetModel, r0: number, c0: number): string {
  const v = readValue(world, ss, sheet, r0, c0);
  return displayValue(v, cellMeta(sheet, r0, c0)?.numberFormat, sheetLocale(ss.locale), ss.timeZone, ss.locale);
}

/** Characters one cell may hold (apps-script-facts §3.5: "50,000 characters per cell"). */
export const MAX_CELL_CHARS = 50_000;

/** Refuses a write with an over-long string before any cell changes (the whole call fails in Sheets). */
export function assertCellLengths(world: World, values: readonly unknown[]): void {
  for (const v of values)
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw world.error('cellTooLong', { max: MAX_CELL_CHARS });
}

/** Converts one value a script passes to setValue(s)/appendRow into what the cell stores (USER_ENTERED, §5.3–5.4). */
export function writeValue(
  world: World,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  r0: number,
  c0: number,
  input: unknown,
): void {
  const format = cellMeta(sheet, r0, c0)?.numberFormat;
  let stored: CellValue;
  let autoFormat: string | undefined;
  if (input === null || input === undefined) stored = null;
  else if (typeof input === 'number' || typeof input === 'boolean') stored = input;
  else if (input instanceof Date) {
    stored = Number.isNaN(input.getTime()) ? null : new Date(input.getTime());
    autoFormat = sheetLocale(ss.locale).dateTimeFormat;
  } else {
    const parsed = parseUserEntered(String(input), {
      locale: ss.locale,
      timeZone: ss.timeZone,
      textFormat: isTextFormat(format),
      keepFormulasAsText: spreadsheetState(world).textFormatKeepsFormulasAsText,
      now: world.clock.now(),
    });
    stored = parsed.value;
    autoFormat = parsed.autoFormat;
  }
  setCell(sheet, r0, c0, stored);
  // Sheets gives an unformatted cell the format of the date/percent typed into it.
  if (autoFormat && (!format || format === GENERAL_FORMAT)) updateMeta(sheet, r0, c0, { numberFormat: autoFormat });
}
