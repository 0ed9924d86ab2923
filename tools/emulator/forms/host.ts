// What the Forms emulator needs from a spreadsheet to keep a response sheet; the spreadsheet emulator implements it.
/**
 * The Forms → Sheets link writes like the Forms product, not like a script: values are stored raw (no
 * USER_ENTERED parsing), so the caller passes the already typed values (Date, number, string).
 */
export interface ResponseSheetHost {
  /** False when the spreadsheet does not exist (deleted, never created). */
  exists(spreadsheetId: string): boolean;
  /** Spreadsheet locale, e.g. 'ru_RU' or 'en_US': decides the response sheet's name and headers. */
  locale(spreadsheetId: string): string;
  /** Spreadsheet time zone (IANA): the timestamp's display in `e.values`. */
  timeZone(spreadsheetId: string): string;
  sheetNames(spreadsheetId: string): string[];
  /** Inserts a sheet with these headers in row 1 (the first tab, §6.2 [U]). */
  createSheet(spreadsheetId: string, name: string, headers: string[]): void;
  /** Overwrites header cells starting at column 1 (columns are only ever added, never removed). */
  setHeaders(spreadsheetId: string, sheetName: string, headers: string[]): void;
  /** Appends one row of raw values atomically; returns its 1-based row number. */
  appendRow(spreadsheetId: string, sheetName: string, values: unknown[]): number;
  /** The Spreadsheet object scripts see (`e.source`). */
  spreadsheet(spreadsheetId: string): unknown;
  /** The Range object of one response row (`e.range`). */
  range(spreadsheetId: string, sheetName: string, row: number, columns: number): unknown;
}
