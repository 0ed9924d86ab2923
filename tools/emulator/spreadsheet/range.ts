// Range: a rectangle of one sheet; values, formulas, formats, notes, validations, protection (apps-script-facts §5.1–5.4, §5.7).
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { toA1 } from './a1';
import { assertCellLengths, readDisplay, readValue, writeValue } from './cells';
import { DataValidationImpl } from './data-validation';
import {
  Formula,
  cellMeta,
  cellValue,
  setCell,
  updateMeta,
  type CellMeta,
  type RangeRef,
  type SheetModel,
  type SpreadsheetModel,
} from './model';
import { GENERAL_FORMAT } from './number-format';
import { assertEditable, newProtection, type ProtectionImpl } from './protection';
import { SheetImpl } from './sheet';

type Grid<T> = T[][];

export class RangeImpl extends GasObject {
  readonly [gasClass] = 'Range';
  constructor(
    private readonly world: World,
    private readonly ss: SpreadsheetModel,
    private readonly sheet: SheetModel,
    private readonly row: number,
    private readonly col: number,
    private readonly numRows: number,
    private readonly numCols: number,
  ) {
    super();
  }

  // ---- emulator internals (underscore: never counted) ----
  _ref(): RangeRef {
    return { sheetId: this.sheet.id, row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }
  _spreadsheet(): SpreadsheetModel {
    return this.ss;
  }
  _sheetModel(): SheetModel {
    return this.sheet;
  }

  /** A Range whose sheet was deleted or whose grid shrank can no longer be used. */
  private live(): void {
    if (!this.ss.sheets.includes(this.sheet)) throw this.world.error('sheetDeleted');
    if (this.row + this.numRows - 1 > this.sheet.maxRows || this.col + this.numCols - 1 > this.sheet.maxCols)
      throw this.world.error('rangeOutside');
  }
  private editable(): void {
    this.live();
    assertEditable(this.world, this.ss, this.sheet.id, this.row, this.col, this.numRows, this.numCols);
  }
  private map<T>(fn: (r0: number, c0: number) => T): Grid<T> {
    this.live();
    const out: Grid<T> = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = new Array(this.numCols);
      for (let j = 0; j < this.numCols; j++) line[j] = fn(this.row - 1 + i, this.col - 1 + j);
      out[i] = line;
    }
    return out;
  }
  /** The exact dimension errors of setValues and the other 2-D setters (§5.3). */
  private checkGrid(values: unknown): asserts values is unknown[][] {
    if (!Array.isArray(values)) throw this.world.error('invalidArgument', { name: 'values' });
    if (values.length !== this.numRows)
      throw this.world.error('dataRowsMismatch', { data: values.length, range: this.numRows });
    for (const line of values) {
      if (!Array.isArray(line)) throw this.world.error('invalidArgument', { name: 'values' });
      if (line.length !== this.numCols)
        throw this.world.error('dataColumnsMismatch', { data: line.length, range: this.numCols });
    }
  }
  private each(fn: (r0: number, c0: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) fn(this.row - 1 + i, this.col - 1 + j, i, j);
  }
  private setMeta(patch: Partial<CellMeta>): RangeImpl {
    this.editable();
    this.each((r0, c0) => updateMeta(this.sheet, r0, c0, patch));
    return this;
  }
  private setMetaGrid<T>(values: T[][], toPatch: (v: T) => Partial<CellMeta>): RangeImpl {
    this.checkGrid(values);
    this.editable();
    this.each((r0, c0, i, j) => updateMeta(this.sheet, r0, c0, toPatch(values[i]![j]!)));
    return this;
  }
  private meta<T>(pick: (m: CellMeta | undefined) => T): Grid<T> {
    return this.map((r0, c0) => pick(cellMeta(this.sheet, r0, c0)));
  }

  // ---- geometry ----
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getColumnIndex(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numCols;
  }
  /** The end row of this range (not the sheet's last row with content). */
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getA1Notation(): string {
    return toA1(this.row, this.col, this.numRows, this.numCols);
  }
  getSheet(): SheetImpl {
    return new SheetImpl(this.world, this.ss, this.sheet);
  }
  getGridId(): number {
    return this.sheet.id;
  }
  /** Relative 1-based cell inside this range. */
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) throw this.world.error('rangeOutside');
    return new RangeImpl(this.world, this.ss, this.sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    return new SheetImpl(this.world, this.ss, this.sheet).getRange(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }
  isBlank(): boolean {
    this.live();
    let blank = true;
    this.each((r0, c0) => {
      const v = cellValue(this.sheet, r0, c0);
      if (v !== null && v !== '') blank = false;
    });
    return blank;
  }

  // ---- values ----
  getValues(): Array<Array<number | string | boolean | Date>> {
    return this.map((r0, c0) => readValue(this.world, this.ss, this.sheet, r0, c0));
  }
  getValue(): number | string | boolean | Date {
    this.live();
    return readValue(this.world, this.ss, this.sheet, this.row - 1, this.col - 1);
  }
  getDisplayValues(): string[][] {
    return this.map((r0, c0) => readDisplay(this.world, this.ss, this.sheet, r0, c0));
  }
  getDisplayValue(): string {
    this.live();
    return readDisplay(this.world, this.ss, this.sheet, this.row - 1, this.col - 1);
  }
  /** Script writes parse strings like typed input and bypass data validation (§5.3–5.4, §5.7). */
  setValues(values: unknown[][]): RangeImpl {
    this.checkGrid(values);
    this.editable();
    assertCellLengths(this.world, values.flat());
    this.each((r0, c0, i, j) => writeValue(this.world, this.ss, this.sheet, r0, c0, values[i]![j]));
    return this;
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): RangeImpl {
    this.editable();
    assertCellLengths(this.world, [value]);
    this.each((r0, c0) => writeValue(this.world, this.ss, this.sheet, r0, c0, value));
    return this;
  }
  getFormulas(): string[][] {
    return this.map((r0, c0) => {
      const v = cellValue(this.sheet, r0, c0);
      return v instanceof Formula ? v.text : '';
    });
  }
  getFormula(): string {
    return this.getCell(1, 1).getFormulas()[0]![0]!;
  }
  setFormulas(formulas: string[][]): RangeImpl {
    this.checkGrid(formulas);
    this.editable();
    this.each((r0, c0, i, j) => {
      const f = formulas[i]![j];
      setCell(this.sheet, r0, c0, f ? new Formula(String(f).startsWith('=') ? String(f) : `=${String(f)}`) : null);
    });
    return this;
  }
  setFormula(formula: string): RangeImpl {
    return this.setFormulas(
      Array.from({ length: this.numRows }, () => Array.from({ length: this.numCols }, () => formula)),
    );
  }
  /** Clears values only; formats, notes and validation stay. */
  clearContent(): RangeImpl {
    this.editable();
    this.each((r0, c0) => setCell(this.sheet, r0, c0, null));
    return this;
  }
  clearFormat(): RangeImpl {
    this.editable();
    this.each((r0, c0) => {
      const m = cellMeta(this.sheet, r0, c0);
      if (m)
        updateMeta(this.sheet, r0, c0, {
          ...Object.fromEntries(Object.keys(m).map((k) => [k, undefined])),
          note: m.note,
          validation: m.validation,
        });
    });
    return this;
  }
  clearNote(): RangeImpl {
    return this.setMeta({ note: undefined });
  }
  /** Contents and formats (not notes or validation), like Range.clear() with no options. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): RangeImpl {
    if (options?.validationsOnly) return this.clearDataValidations();
    if (options?.commentsOnly) return this.clearNote();
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this;
  }

  // ---- formats ----
  getNumberFormats(): string[][] {
    return this.meta((m) => m?.numberFormat ?? GENERAL_FORMAT);
  }
  getNumberFormat(): string {
    return this.getCell(1, 1).getNumberFormats()[0]![0]!;
  }
  setNumberFormat(numberFormat: string): RangeImpl {
    return this.setMeta({ numberFormat: String(numberFormat) });
  }
  setNumberFormats(numberFormats: string[][]): RangeImpl {
    return this.setMetaGrid(numberFormats, (f) => ({ numberFormat: f ? String(f) : undefined }));
  }
  getBackgrounds(): string[][] {
    return this.meta((m) => m?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getCell(1, 1).getBackgrounds()[0]![0]!;
  }
  /** null resets to white; Apps Script does not validate colour strings (§5.2). */
  setBackground(color: string | null): RangeImpl {
    return this.setMeta({ background: color ?? undefined });
  }
  setBackgrounds(color: Array<Array<string | null>>): RangeImpl {
    return this.setMetaGrid(color, (c) => ({ background: c ?? undefined }));
  }
  getFontWeights(): string[][] {
    return this.meta((m) => m?.fontWeight ?? 'normal');
  }
  getFontWeight(): string {
    return this.getCell(1, 1).getFontWeights()[0]![0]!;
  }
  setFontWeight(fontWeight: string | null): RangeImpl {
    return this.setMeta({ fontWeight: fontWeight ?? undefined });
  }
  setFontWeights(fontWeights: Array<Array<string | null>>): RangeImpl {
    return this.setMetaGrid(fontWeights, (w) => ({ fontWeight: w ?? undefined }));
  }
  getFontColors(): string[][] {
    return this.meta((m) => m?.fontColor ?? '#000000');
  }
  getFontColor(): string {
    return this.getCell(1, 1).getFontColors()[0]![0]!;
  }
  setFontColor(color: string | null): RangeImpl {
    return this.setMeta({ fontColor: color ?? undefined });
  }
  setFontColors(colors: Array<Array<string | null>>): RangeImpl {
    return this.setMetaGrid(colors, (c) => ({ fontColor: c ?? undefined }));
  }
  getFontSizes(): number[][] {
    return this.meta((m) => m?.fontSize ?? 10);
  }
  getFontSize(): number {
    return this.getCell(1, 1).getFontSizes()[0]![0]!;
  }
  setFontSize(size: number): RangeImpl {
    return this.setMeta({ fontSize: size });
  }
  setFontStyle(fontStyle: string | null): RangeImpl {
    return this.setMeta({ fontStyle: fontStyle ?? undefined });
  }
  getFontStyle(): string {
    return cellMeta(this.sheet, this.row - 1, this.col - 1)?.fontStyle ?? 'normal';
  }
  setWrap(isWrapEnabled: boolean): RangeImpl {
    return this.setMeta({ wrap: Boolean(isWrapEnabled), wrapStrategy: isWrapEnabled ? 'WRAP' : 'OVERFLOW' });
  }
  getWrap(): boolean {
    return this.meta((m) => m?.wrap ?? false)[0]![0]!;
  }
  getWraps(): boolean[][] {
    return this.meta((m) => m?.wrap ?? false);
  }
  setWrapStrategy(strategy: string): RangeImpl {
    return this.setMeta({ wrapStrategy: String(strategy), wrap: String(strategy) === 'WRAP' });
  }
  getWrapStrategy(): string {
    return this.meta((m) => m?.wrapStrategy ?? 'OVERFLOW')[0]![0]!;
  }
  setHorizontalAlignment(alignment: string | null): RangeImpl {
    return this.setMeta({ hAlign: alignment ?? undefined });
  }
  getHorizontalAlignment(): string {
    return this.meta((m) => m?.hAlign ?? 'general')[0]![0]!;
  }
  setVerticalAlignment(alignment: string | null): RangeImpl {
    return this.setMeta({ vAlign: alignment ?? undefined });
  }
  getVerticalAlignment(): string {
    return this.meta((m) => m?.vAlign ?? 'bottom')[0]![0]!;
  }

  // ---- notes ----
  getNotes(): string[][] {
    return this.meta((m) => m?.note ?? '');
  }
  getNote(): string {
    return this.getCell(1, 1).getNotes()[0]![0]!;
  }
  setNote(note: string | null): RangeImpl {
    return this.setMeta({ note: note === null || note === '' ? undefined : String(note) });
  }
  setNotes(notes: Array<Array<string | null>>): RangeImpl {
    return this.setMetaGrid(notes, (n) => ({
      note: n === null || n === '' || n === undefined ? undefined : String(n),
    }));
  }

  // ---- data validation ----
  getDataValidations(): Array<Array<DataValidationImpl | null>> {
    return this.meta((m) => (m?.validation ? new DataValidationImpl(this.world, this.ss, m.validation) : null));
  }
  getDataValidation(): DataValidationImpl | null {
    return this.getCell(1, 1).getDataValidations()[0]![0]!;
  }
  /** null removes the rule. */
  setDataValidation(rule: DataValidationImpl | null): RangeImpl {
    const r = rule ? unwrap(rule) : null;
    if (r !== null && !(r instanceof DataValidationImpl)) throw this.world.error('invalidArgument', { name: 'rule' });
    return this.setMeta({ validation: r ? r._spec : undefined });
  }
  setDataValidations(rules: Array<Array<DataValidationImpl | null>>): RangeImpl {
    return this.setMetaGrid(rules, (rule) => {
      const r = rule ? unwrap(rule) : null;
      if (r !== null && !(r instanceof DataValidationImpl))
        throw this.world.error('invalidArgument', { name: 'rules' });
      return { validation: r ? r._spec : undefined };
    });
  }
  clearDataValidations(): RangeImpl {
    return this.setMeta({ validation: undefined });
  }

  // ---- selection, protection ----
  activate(): RangeImpl {
    this.live();
    this.ss.activeSheetId = this.sheet.id;
    this.ss.activeRange = this._ref();
    return this;
  }
  protect(): ProtectionImpl {
    this.live();
    return newProtection(this.world, this.ss, 'RANGE', this._ref());
  }
}
