// Ties the Forms emulator to the spreadsheet emulator: a linked form's response sheet is a real emulated sheet.
// The Forms → Sheets link writes as the Forms product does, not as a script: raw typed values (a "=…" answer stays
// text, never a formula), the timestamp as a date-time, no protections or validation consulted (§6.2 [U]).
import { expose } from './core/gas-object';
import type { World } from './core/world';
import { configureForms, formsState } from './forms/state';
import type { ResponseSheetHost } from './forms/host';
import { registerGlobals } from './globals';
import { sheetLocale } from './spreadsheet/locale';
import {
  lastRowWithContent,
  setCell,
  spreadsheetState,
  updateMeta,
  type SheetModel,
  type SpreadsheetModel,
} from './spreadsheet/model';
import { RangeImpl } from './spreadsheet/range';
import { SpreadsheetImpl, addSheet } from './spreadsheet/spreadsheet';

export class SpreadsheetResponseHost implements ResponseSheetHost {
  constructor(private readonly world: World) {}

  private model(id: string): SpreadsheetModel {
    const ss = spreadsheetState(this.world).spreadsheets.get(id);
    if (!ss) throw new Error(`emulator: no spreadsheet ${id}`);
    return ss;
  }

  private sheet(id: string, name: string): SheetModel {
    const sheet = this.model(id).sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`emulator: no sheet ${name} in ${id}`);
    return sheet;
  }

  exists(id: string): boolean {
    return spreadsheetState(this.world).spreadsheets.has(id);
  }
  locale(id: string): string {
    return this.model(id).locale;
  }
  timeZone(id: string): string {
    return this.model(id).timeZone;
  }
  sheetNames(id: string): string[] {
    return this.model(id).sheets.map((s) => s.name);
  }
  /** The response sheet becomes the first tab; its header row is frozen; the timestamp column shows date and time. */
  createSheet(id: string, name: string, headers: string[]): void {
    const ss = this.model(id);
    const sheet = addSheet(ss, name, 0, 1000, Math.max(headers.length, 26));
    sheet.frozenRows = 1;
    this.writeHeaders(sheet, headers);
  }
  setHeaders(id: string, sheetName: string, headers: string[]): void {
    this.writeHeaders(this.sheet(id, sheetName), headers);
  }
  private writeHeaders(sheet: SheetModel, headers: string[]): void {
    if (headers.length > sheet.maxCols) sheet.maxCols = headers.length;
    headers.forEach((h, c) => setCell(sheet, 0, c, h));
  }
  /** The first row below the last row with content, as Forms does; a date-time format on the timestamp cell. */
  appendRow(id: string, sheetName: string, values: unknown[]): number {
    const ss = this.model(id);
    const sheet = this.sheet(id, sheetName);
    const row = Math.max(lastRowWithContent(sheet), 1) + 1;
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (values.length > sheet.maxCols) sheet.maxCols = values.length;
    const locale = sheetLocale(ss.locale);
    values.forEach((v, c) => {
      const cell =
        v instanceof Date
          ? new Date(v.getTime())
          : v === '' || v === undefined
            ? null
            : (v as string | number | boolean);
      setCell(sheet, row - 1, c, cell);
      if (v instanceof Date)
        updateMeta(sheet, row - 1, c, { numberFormat: c === 0 ? locale.dateTimeFormat : locale.dateFormat });
    });
    return row;
  }
  spreadsheet(id: string): unknown {
    return expose(this.world, new SpreadsheetImpl(this.world, this.model(id)));
  }
  range(id: string, sheetName: string, row: number, columns: number): unknown {
    const ss = this.model(id);
    const sheet = this.sheet(id, sheetName);
    return expose(this.world, new RangeImpl(this.world, ss, sheet, row, 1, 1, Math.max(1, columns)));
  }
}

registerGlobals((world) => {
  const state = formsState(world);
  // A test that chose its own host (memoryHost, configureForms) keeps it.
  if (state.hostIsDefault && !(state.host instanceof SpreadsheetResponseHost)) {
    configureForms(world, { host: new SpreadsheetResponseHost(world) });
    state.hostIsDefault = true;
  }
});
