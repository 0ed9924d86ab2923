// A stand-alone ResponseSheetHost: response sheets kept in memory, for tests that do not need SpreadsheetApp.
import type { ResponseSheetHost } from './host';

export interface MemorySpreadsheet {
  id: string;
  locale: string;
  timeZone: string;
  /** Sheet name → rows (row 1 = headers). Insertion order = tab order, response sheets first. */
  sheets: Map<string, unknown[][]>;
}

/** A tiny range handle: enough for handlers that read `e.range.getRow()` and the sheet name. */
export class MemoryRange {
  constructor(
    readonly spreadsheetId: string,
    readonly sheetName: string,
    private readonly row: number,
    private readonly columns: number,
  ) {}
  getRow(): number {
    return this.row;
  }
  getNumColumns(): number {
    return this.columns;
  }
  getSheet(): { getName(): string } {
    const name = this.sheetName;
    return { getName: () => name };
  }
}

export class MemoryResponseHost implements ResponseSheetHost {
  readonly spreadsheets = new Map<string, MemorySpreadsheet>();

  /** Setup API: a spreadsheet that can receive responses. */
  add(id: string, options: { locale?: string; timeZone?: string; sheets?: string[] } = {}): MemorySpreadsheet {
    const ss: MemorySpreadsheet = {
      id,
      locale: options.locale ?? 'ru_RU',
      timeZone: options.timeZone ?? 'Europe/Moscow',
      sheets: new Map((options.sheets ?? ['Лист1']).map((n) => [n, [] as unknown[][]])),
    };
    this.spreadsheets.set(id, ss);
    return ss;
  }

  private get(id: string): MemorySpreadsheet {
    const ss = this.spreadsheets.get(id);
    if (!ss) throw new Error(`emulator: no spreadsheet ${id} in the memory host`);
    return ss;
  }

  rows(id: string, sheetName: string): unknown[][] {
    const rows = this.get(id).sheets.get(sheetName);
    if (!rows) throw new Error(`emulator: no sheet ${sheetName} in ${id}`);
    return rows;
  }

  exists(id: string): boolean {
    return this.spreadsheets.has(id);
  }
  locale(id: string): string {
    return this.get(id).locale;
  }
  timeZone(id: string): string {
    return this.get(id).timeZone;
  }
  sheetNames(id: string): string[] {
    return [...this.get(id).sheets.keys()];
  }
  createSheet(id: string, name: string, headers: string[]): void {
    const ss = this.get(id);
    // The response sheet becomes the first tab (§6.2 [U]).
    ss.sheets = new Map([[name, [[...headers]] as unknown[][]], ...ss.sheets]);
  }
  setHeaders(id: string, sheetName: string, headers: string[]): void {
    const rows = this.rows(id, sheetName);
    rows[0] = [...headers];
    // Keep the grid rectangular: earlier rows get blanks in new columns.
    for (const r of rows) while (r.length < headers.length) r.push('');
  }
  appendRow(id: string, sheetName: string, values: unknown[]): number {
    const rows = this.rows(id, sheetName);
    rows.push([...values]);
    return rows.length;
  }
  spreadsheet(id: string): unknown {
    const ss = this.get(id);
    return { getId: () => ss.id, getSpreadsheetLocale: () => ss.locale, getSpreadsheetTimeZone: () => ss.timeZone };
  }
  range(id: string, sheetName: string, row: number, columns: number): unknown {
    return new MemoryRange(id, sheetName, row, columns);
  }
}
