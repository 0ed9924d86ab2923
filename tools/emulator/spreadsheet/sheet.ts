// Sheet: one tab's grid (1000×26 by default), growth and shrinking, appendRow, frozen rows, widths, protections (§5.1–5.5).
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { parseA1 } from './a1';
import { assertCellLengths, writeValue } from './cells';
import {
  DEFAULT_COLUMN_WIDTH,
  lastColumnWithContent,
  lastRowWithContent,
  type SheetModel,
  type SpreadsheetModel,
} from './model';
import { ProtectionImpl, assertEditable, newProtection } from './protection';
import { RangeImpl } from './range';
import { SpreadsheetImpl, assertNewSheetName } from './spreadsheet';
import { shiftReferences } from './structure';

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  return typeof v === 'undefined' ? '' : 'Object';
}

/** Resolves A1 text against a spreadsheet (optionally "Sheet!A1"); open ranges (A:C, 2:5) run to the grid's edge. */
export function rangeFromA1(world: World, ss: SpreadsheetModel, defaultSheet: SheetModel, a1: string): RangeImpl {
  const ref = parseA1(String(a1));
  if (!ref) throw world.error('rangeNotFound');
  const sheet = ref.sheetName === undefined ? defaultSheet : ss.sheets.find((s) => s.name === ref.sheetName);
  if (!sheet) throw world.error('rangeNotFound');
  const row = ref.row ?? 1;
  const col = ref.col ?? 1;
  const endRow = ref.endRow ?? sheet.maxRows;
  const endCol = ref.endCol ?? sheet.maxCols;
  const [r1, r2] = row <= endRow ? [row, endRow] : [endRow, row];
  const [c1, c2] = col <= endCol ? [col, endCol] : [endCol, col];
  if (r2 > sheet.maxRows || c2 > sheet.maxCols) throw world.error('rangeOutside');
  return new RangeImpl(world, ss, sheet, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
}

export class SheetImpl extends GasObject {
  readonly [gasClass] = 'Sheet';
  constructor(
    private readonly world: World,
    private readonly ss: SpreadsheetModel,
    private readonly model: SheetModel,
  ) {
    super();
  }

  _model(): SheetModel {
    return this.model;
  }

  private live(): void {
    if (!this.ss.sheets.includes(this.model)) throw this.world.error('sheetDeleted');
  }
  private editable(row = 1, col = 1, numRows = this.model.maxRows, numCols = this.model.maxCols): void {
    this.live();
    assertEditable(this.world, this.ss, this.model.id, row, col, numRows, numCols);
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): SheetImpl {
    this.live();
    if (String(name) !== this.model.name) assertNewSheetName(this.world, this.ss, String(name), this.model);
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getSheetName(): string {
    return this.model.name;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.ss.sheets.indexOf(this.model) + 1;
  }
  getParent(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.world, this.ss);
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation), with the exact errors of §5.1. */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    this.live();
    if (typeof rowOrA1 === 'string' && column === undefined)
      return rangeFromA1(this.world, this.ss, this.model, rowOrA1);
    const args = [rowOrA1, column, numRows, numColumns].filter((a, i) => i < 2 || a !== undefined);
    if (args.some((a) => typeof a !== 'number')) {
      throw this.world.error('paramsMismatch', {
        types: args.map(typeName).join(','),
        method: 'SpreadsheetApp.Sheet.getRange',
      });
    }
    const row = Math.trunc(rowOrA1 as number);
    const col = Math.trunc(column as number);
    const nr = numRows === undefined ? 1 : Math.trunc(numRows);
    const nc = numColumns === undefined ? 1 : Math.trunc(numColumns);
    if (!(row >= 1)) throw this.world.error('startRowTooSmall');
    if (!(col >= 1)) throw this.world.error('startColumnTooSmall');
    if (!(nr >= 1)) throw this.world.error('rangeRowsTooFew');
    if (!(nc >= 1)) throw this.world.error('rangeColumnsTooFew');
    if (row + nr - 1 > this.model.maxRows || col + nc - 1 > this.model.maxCols) throw this.world.error('rangeOutside');
    return new RangeImpl(this.world, this.ss, this.model, row, col, nr, nc);
  }
  /** 0 on an empty sheet (§5.2). */
  getLastRow(): number {
    this.live();
    return lastRowWithContent(this.model);
  }
  getLastColumn(): number {
    this.live();
    return lastColumnWithContent(this.model);
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }
  /** A1 through the last row/column with content; just A1 on an empty sheet (§5.2). */
  getDataRange(): RangeImpl {
    this.live();
    const rows = Math.max(1, lastRowWithContent(this.model));
    const cols = Math.max(1, lastColumnWithContent(this.model));
    return new RangeImpl(this.world, this.ss, this.model, 1, 1, rows, cols);
  }

  /** Atomic append below the last row with content; grows the grid; strings parse like typed input (§5.3). */
  appendRow(rowContents: unknown[]): SheetImpl {
    this.live();
    if (!Array.isArray(rowContents))
      throw this.world.error('paramsMismatch', {
        types: typeName(rowContents),
        method: 'SpreadsheetApp.Sheet.appendRow',
      });
    const row = lastRowWithContent(this.model) + 1;
    const width = Math.max(1, rowContents.length);
    assertEditable(this.world, this.ss, this.model.id, row, 1, 1, width);
    assertCellLengths(this.world, rowContents);
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (width > this.model.maxCols) this.model.maxCols = width;
    rowContents.forEach((v, j) => writeValue(this.world, this.ss, this.model, row - 1, j, v));
    return this;
  }

  // ---- rows and columns ----
  private insertRowsAt(at: number, howMany: number): void {
    this.editable();
    if (!(at >= 1) || at > this.model.maxRows + 1) throw this.world.error('rowsOutOfBounds');
    if (!(howMany >= 1)) throw this.world.error('invalidArgument', { name: 'howMany' });
    const i = at - 1;
    if (this.model.rows.length > i) this.model.rows.splice(i, 0, ...Array.from({ length: howMany }, () => []));
    if (this.model.meta.length > i) this.model.meta.splice(i, 0, ...Array.from({ length: howMany }, () => undefined));
    this.model.maxRows += howMany;
    shiftReferences(this.ss, this.model.id, 'row', at, howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.insertRowsAt(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    if (!(beforePosition >= 1) || beforePosition > this.model.maxRows) throw this.world.error('rowsOutOfBounds');
    this.insertRowsAt(beforePosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertRowsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.editable();
    if (!(rowPosition >= 1) || !(howMany >= 1) || rowPosition + howMany - 1 > this.model.maxRows)
      throw this.world.error('rowsOutOfBounds');
    if (this.model.maxRows - howMany <= this.model.frozenRows) throw this.world.error('deleteAllRows');
    this.model.rows.splice(rowPosition - 1, howMany);
    this.model.meta.splice(rowPosition - 1, howMany);
    this.model.maxRows -= howMany;
    shiftReferences(this.ss, this.model.id, 'row', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  private insertColumnsAt(at: number, howMany: number): void {
    this.editable();
    if (!(at >= 1) || at > this.model.maxCols + 1) throw this.world.error('columnsOutOfBounds');
    if (!(howMany >= 1)) throw this.world.error('invalidArgument', { name: 'howMany' });
    for (const row of this.model.rows)
      if (row.length >= at) row.splice(at - 1, 0, ...Array.from({ length: howMany }, () => null));
    for (const row of this.model.meta)
      if (row && row.length >= at) row.splice(at - 1, 0, ...Array.from({ length: howMany }, () => undefined));
    const widths: Record<number, number> = {};
    for (const [k, w] of Object.entries(this.model.columnWidths))
      widths[Number(k) >= at ? Number(k) + howMany : Number(k)] = w;
    this.model.columnWidths = widths;
    this.model.maxCols += howMany;
    shiftReferences(this.ss, this.model.id, 'col', at, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    if (!(beforePosition >= 1) || beforePosition > this.model.maxCols) throw this.world.error('columnsOutOfBounds');
    this.insertColumnsAt(beforePosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): SheetImpl {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.editable();
    if (!(columnPosition >= 1) || !(howMany >= 1) || columnPosition + howMany - 1 > this.model.maxCols)
      throw this.world.error('columnsOutOfBounds');
    if (this.model.maxCols - howMany <= this.model.frozenCols) throw this.world.error('deleteAllColumns');
    for (const row of this.model.rows) row.splice(columnPosition - 1, howMany);
    for (const row of this.model.meta) row?.splice(columnPosition - 1, howMany);
    this.model.maxCols -= howMany;
    shiftReferences(this.ss, this.model.id, 'col', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // ---- layout ----
  setFrozenRows(rows: number): void {
    this.live();
    if (!(rows >= 0)) throw this.world.error('invalidArgument', { name: 'rows' });
    if (rows >= this.model.maxRows) throw this.world.error('frozenRowsTooMany');
    this.model.frozenRows = Math.trunc(rows);
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.live();
    if (!(columns >= 0) || columns >= this.model.maxCols)
      throw this.world.error('invalidArgument', { name: 'columns' });
    this.model.frozenCols = Math.trunc(columns);
  }
  getFrozenColumns(): number {
    return this.model.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    this.live();
    if (!(startColumn >= 1) || !(numColumns >= 1) || startColumn + numColumns - 1 > this.model.maxCols)
      throw this.world.error('columnsOutOfBounds');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Fits widths to the longest display text (about 7 px per character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    this.live();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const row of this.model.rows) {
        const v = row[c - 1];
        if (v !== null && v !== undefined)
          longest = Math.max(longest, String(v instanceof Date ? 'dd.mm.yyyy' : v).length);
      }
      this.model.columnWidths[c] = Math.max(21, longest * 7 + 10);
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): SheetImpl {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.live();
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      if (!this.model.hiddenColumns.includes(c)) this.model.hiddenColumns.push(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.live();
    this.model.hiddenColumns = this.model.hiddenColumns.filter((c) => c < columnIndex || c >= columnIndex + numColumns);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.includes(columnPosition);
  }
  setTabColor(color: string | null): SheetImpl {
    this.live();
    this.model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }

  // ---- whole sheet ----
  clear(): SheetImpl {
    this.editable();
    this.model.rows = [];
    this.model.meta = this.model.meta.map((row) =>
      row?.map((m) => (m?.validation || m?.note ? { validation: m.validation, note: m.note } : undefined)),
    );
    return this;
  }
  clearContents(): SheetImpl {
    this.editable();
    this.model.rows = [];
    return this;
  }
  activate(): SheetImpl {
    this.live();
    this.ss.activeSheetId = this.model.id;
    this.ss.activeRange = null;
    return this;
  }
  /** One sheet protection per sheet: a second protect() returns the existing one [U]. */
  protect(): ProtectionImpl {
    this.live();
    const existing = this.ss.protections.find((p) => p.type === 'SHEET' && p.range.sheetId === this.model.id);
    if (existing) return new ProtectionImpl(this.world, this.ss, existing);
    return newProtection(this.world, this.ss, 'SHEET', {
      sheetId: this.model.id,
      row: 1,
      col: 1,
      numRows: this.model.maxRows,
      numCols: this.model.maxCols,
    });
  }
  getProtections(type: string): ProtectionImpl[] {
    return this.ss.protections
      .filter((p) => p.range.sheetId === this.model.id && p.type === String(type))
      .map((p) => new ProtectionImpl(this.world, this.ss, p));
  }
  getActiveRange(): RangeImpl {
    const a = this.ss.activeRange;
    if (a && a.sheetId === this.model.id)
      return new RangeImpl(this.world, this.ss, this.model, a.row, a.col, a.numRows, a.numCols);
    return new RangeImpl(this.world, this.ss, this.model, 1, 1, 1, 1);
  }
}
