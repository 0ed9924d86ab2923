// The only code that touches Sheet and Range objects: bulk reads, block writes, and the formatting setup applies.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Description that marks the header protections setup creates, so a re-run updates them instead of stacking. */
const HEADER_PROTECTION = 'Наставничество: строка заголовков';

/** The bound spreadsheet of this execution as a gateway. */
export function workbookOf(ctx: {
  spreadsheet(): Spreadsheet;
  services: { SpreadsheetApp: SpreadsheetApp };
}): WorkbookGateway {
  return new WorkbookGateway(ctx.spreadsheet(), ctx.services.SpreadsheetApp);
}

/** One workbook: find, create and link its sheets. */
export class WorkbookGateway {
  private byName: Map<string, SheetGateway> | null = null;

  constructor(
    readonly spreadsheet: Spreadsheet,
    readonly app: SpreadsheetApp,
  ) {}

  /** All sheets by name, read once per operation (one getSheets, one getName per sheet). */
  private sheets(): Map<string, SheetGateway> {
    if (!this.byName) {
      this.byName = new Map();
      for (const s of this.spreadsheet.getSheets()) this.byName.set(s.getName(), new SheetGateway(s, this.app));
    }
    return this.byName;
  }

  sheet(name: string): SheetGateway | null {
    return this.sheets().get(name) ?? null;
  }

  sheetNames(): string[] {
    return [...this.sheets().keys()];
  }

  insertSheet(name: string): SheetGateway {
    const gw = new SheetGateway(this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets()), this.app);
    this.sheets().set(name, gw);
    return gw;
  }

  /** A link that opens the sheet: the spreadsheet URL with #gid=<sheetId>. */
  sheetUrl(name: string): string {
    const s = this.sheet(name);
    return s ? `${this.spreadsheet.getUrl()}#gid=${s.sheetId()}` : this.spreadsheet.getUrl();
  }
}

/** One sheet, addressed 1-based like Apps Script. Sizes are read once and kept current by this object's own inserts. */
export class SheetGateway {
  private size: { rows: number; columns: number } | null = null;

  constructor(
    readonly sheet: Sheet,
    private readonly app: SpreadsheetApp,
  ) {}

  name(): string {
    return this.sheet.getName();
  }

  sheetId(): number {
    return this.sheet.getSheetId();
  }

  /** Every value from A1 to the last row and column with content, in one read; [] for an empty sheet. */
  readAll(): unknown[][] {
    const values = this.sheet.getDataRange().getValues();
    if (values.length === 1 && values[0]!.length === 1 && values[0]![0] === '') return [];
    return values;
  }

  /** The header row and the last row with content: what appending needs, without reading every row. */
  readHeaderAndLastRow(): { header: unknown[]; lastRow: number } {
    const lastRow = this.sheet.getLastRow();
    const lastColumn = this.sheet.getLastColumn();
    if (lastRow === 0 || lastColumn === 0) return { header: [], lastRow };
    return { header: this.sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [], lastRow };
  }

  private dimensions(): { rows: number; columns: number } {
    return (this.size ??= { rows: this.sheet.getMaxRows(), columns: this.sheet.getMaxColumns() });
  }

  maxRows(): number {
    return this.dimensions().rows;
  }

  /** Grows the grid so (rows × columns) fits: writing past maxRows fails (apps-script-facts §5.1). */
  ensureSize(rows: number, columns: number): void {
    const d = this.dimensions();
    if (rows > d.rows) {
      this.sheet.insertRowsAfter(d.rows, rows - d.rows);
      d.rows = rows;
    }
    if (columns > d.columns) {
      this.sheet.insertColumnsAfter(d.columns, columns - d.columns);
      d.columns = columns;
    }
  }

  /** One contiguous block in one call. Values must already be cell-safe (see workbook/cells.ts). */
  writeBlock(row: number, column: number, values: unknown[][]): void {
    if (values.length === 0 || values[0]!.length === 0) return;
    this.ensureSize(row + values.length - 1, column + values[0]!.length - 1);
    this.sheet.getRange(row, column, values.length, values[0]!.length).setValues(values);
  }

  /** Empties every cell's value (formats, notes and validation stay): one call, whatever the size. */
  clearValues(): void {
    this.sheet.clearContents();
  }

  readBackgrounds(row: number, column: number, rows: number, columns: number): string[][] {
    return this.sheet.getRange(row, column, rows, columns).getBackgrounds();
  }

  writeBackgrounds(row: number, column: number, colors: string[][]): void {
    if (colors.length === 0 || colors[0]!.length === 0) return;
    this.sheet.getRange(row, column, colors.length, colors[0]!.length).setBackgrounds(colors);
  }

  /** Header row: frozen, bold, protected with a warning only (people may still edit, Sheets asks first). */
  styleHeader(columns: number): void {
    this.sheet.setFrozenRows(1);
    const header = this.sheet.getRange(1, 1, 1, columns);
    header.setFontWeight('bold');
    const existing = this.sheet
      .getProtections(this.app.ProtectionType.RANGE)
      .find((p) => p.getDescription() === HEADER_PROTECTION);
    if (existing && existing.getRange().getNumColumns() === columns) return;
    // The header grew (new columns): replace the protection rather than stack a second one.
    existing?.remove();
    header.protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  }

  setColumnWidth(column: number, px: number): void {
    this.sheet.setColumnWidth(column, px);
  }

  /** Dropdown on a column's data cells; invalid values stay allowed (hand-typed rows are checked, not refused). */
  setColumnDropdown(
    column: number,
    source: { list: string[] } | { sheet: SheetGateway; column: number } | null,
    help: string,
  ): void {
    const rows = this.maxRows() - 1;
    if (rows <= 0) return;
    const range = this.sheet.getRange(2, column, rows, 1);
    if (!source) {
      range.setDataValidation(null);
      return;
    }
    const builder = this.app.newDataValidation();
    const rule = (
      'list' in source
        ? builder.requireValueInList(source.list, true)
        : builder.requireValueInRange(
            source.sheet.sheet.getRange(2, source.column, Math.max(1, source.sheet.maxRows() - 1), 1),
            true,
          )
    )
      .setAllowInvalid(true)
      .setHelpText(help)
      .build();
    range.setDataValidation(rule);
  }

  /** Notes on the header row: the add-on's columns get theirs, a person's own columns keep whatever they had. */
  setHeaderNotes(notes: ReadonlyMap<number, string>, width: number): void {
    if (width < 1) return;
    const range = this.sheet.getRange(1, 1, 1, width);
    const row = range.getNotes()[0] ?? [];
    const next = Array.from({ length: width }, (_, i) => notes.get(i + 1) ?? row[i] ?? '');
    if (next.some((n, i) => n !== (row[i] ?? ''))) range.setNotes([next]);
  }

  /** Number format of contiguous data columns [first, first + count). */
  setColumnsFormat(first: number, count: number, format: string): void {
    const rows = this.maxRows() - 1;
    if (rows > 0 && count > 0) this.sheet.getRange(2, first, rows, count).setNumberFormat(format);
  }

  setTabColor(color: string): void {
    this.sheet.setTabColor(color);
  }

  /** Selects a cell for the person (the sidebar's «показать» button). */
  activateCell(row: number, column: number): void {
    this.sheet.activate();
    this.sheet.getRange(row, column).activate();
  }
}
