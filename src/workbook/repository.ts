// Sheets as tables: one bulk read per sheet, columns found by header wherever they stand, writes in blocks.
import type { SheetGateway, WorkbookGateway } from '../google/sheet-gateway';
import { dateCell, isBlank, textCell } from './cells';
import { headerKey, MULTI_SEPARATOR, type ColumnSpec, type TableSchema } from './table-schema';
import type { CalendarDate } from '../domain/calendar/calendar-date';

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  /** Raw cell values of the table's columns by field; a column missing from the sheet reads as ''. */
  cells: Record<string, unknown>;
}

/** A table as read in one call: its header, where each column is, and the raw grid (kept for block writes). */
export class TableSnapshot {
  readonly headers: string[];
  /** 1-based column of each field present on the sheet. */
  readonly columns = new Map<string, number>();
  readonly missing: ColumnSpec[] = [];

  constructor(
    readonly table: TableSchema,
    readonly sheet: SheetGateway | null,
    readonly grid: unknown[][],
  ) {
    this.headers = (grid[0] ?? []).map((h) => String(h ?? '').trim());
    const index = new Map<string, number>();
    this.headers.forEach((h, i) => {
      const k = headerKey(h);
      if (k && !index.has(k)) index.set(k, i + 1);
    });
    for (const col of table.columns) {
      const at = [col.header, ...(col.aliases ?? [])].map((h) => index.get(headerKey(h))).find((i) => i !== undefined);
      if (at === undefined) this.missing.push(col);
      else this.columns.set(col.field, at);
    }
  }

  /** Rows with content in at least one of the table's columns (blank rows in between are skipped, not errors). */
  rows(): TableRow[] {
    const out: TableRow[] = [];
    for (let r = 1; r < this.grid.length; r++) {
      const line = this.grid[r]!;
      const cells: Record<string, unknown> = {};
      let blank = true;
      for (const col of this.table.columns) {
        const at = this.columns.get(col.field);
        const v = at === undefined ? '' : (line[at - 1] ?? '');
        if (!isBlank(v)) blank = false;
        cells[col.field] = v;
      }
      if (!blank) out.push({ row: r + 1, cells });
    }
    return out;
  }

  /** The last row with content (1 = header only, 0 = empty sheet). */
  lastRow(): number {
    return this.grid.length;
  }
}

/**
 * Writes the headers of columns the sheet lacks after its last header (a person's own columns stay where they are),
 * in one block, and returns the snapshot as it now is.
 */
export function appendHeaders(snapshot: TableSnapshot, columns: readonly ColumnSpec[]): TableSnapshot {
  if (!snapshot.sheet || columns.length === 0) return snapshot;
  const start = snapshot.headers.length + 1;
  snapshot.sheet.writeBlock(1, start, [columns.map((c) => textCell(c.header))]);
  const grid = snapshot.grid.length ? snapshot.grid.map((line) => [...line]) : [[]];
  const header = grid[0]!;
  while (header.length < start - 1) header.push('');
  header.length = start - 1;
  header.push(...columns.map((c) => c.header));
  return new TableSnapshot(snapshot.table, snapshot.sheet, grid);
}

/** A table known only by its header and length: enough to append below it (the journal is never read whole). */
export function readTableHeader(workbook: WorkbookGateway, table: TableSchema): TableSnapshot {
  const sheet = workbook.sheet(table.sheetName);
  if (!sheet) return new TableSnapshot(table, null, []);
  const { header, lastRow } = sheet.readHeaderAndLastRow();
  const grid: unknown[][] = lastRow > 0 ? [header] : [];
  for (let r = 1; r < lastRow; r++) grid.push([]);
  return new TableSnapshot(table, sheet, grid);
}

export function readTable(workbook: WorkbookGateway, table: TableSchema): TableSnapshot {
  const sheet = workbook.sheet(table.sheetName);
  return new TableSnapshot(table, sheet, sheet ? sheet.readAll() : []);
}

/** A domain value as a cell: text made formula-proof, dates as the zone's midnight, enum codes as labels. */
export function encodeCell(col: ColumnSpec, value: unknown, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  switch (col.kind) {
    case 'number':
      return typeof value === 'number' ? value : textCell(String(value));
    case 'date':
      return typeof value === 'object' && value !== null && 'year' in value
        ? dateCell(value as CalendarDate, timeZone)
        : textCell(String(value));
    case 'datetime':
      return value instanceof Date ? value : textCell(String(value));
    case 'enum':
      return textCell(col.labels?.[String(value)] ?? String(value));
    case 'multi-list':
      return textCell(Array.isArray(value) ? value.join(MULTI_SEPARATOR) : String(value));
    default:
      return textCell(String(value));
  }
}

/** A value read from the grid, written back unchanged: text must be re-protected, it was text when read. */
function rewrite(value: unknown): unknown {
  return typeof value === 'string' ? textCell(value) : (value ?? '');
}

export interface CellUpdate {
  row: number;
  field: string;
  /** Already encoded (encodeCell). */
  value: unknown;
}

/**
 * Writes cells of the table's own columns: per column, one block from the first to the last changed row
 * (cells between keep the values just read). Calls grow with columns touched, never with rows.
 */
export function writeCells(snapshot: TableSnapshot, updates: readonly CellUpdate[]): number {
  const sheet = snapshot.sheet;
  if (!sheet || updates.length === 0) return 0;
  const byColumn = new Map<number, Map<number, unknown>>();
  for (const u of updates) {
    const col = snapshot.columns.get(u.field);
    if (col === undefined) throw new Error(`table ${snapshot.table.key}: column ${u.field} is not on the sheet`);
    let m = byColumn.get(col);
    if (!m) byColumn.set(col, (m = new Map()));
    m.set(u.row, u.value);
  }
  let blocks = 0;
  for (const [col, changes] of byColumn) {
    const rows = [...changes.keys()];
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const values: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const v = changes.has(r) ? changes.get(r) : rewrite(snapshot.grid[r - 1]?.[col - 1]);
      values.push([v]);
      const line = (snapshot.grid[r - 1] ??= []);
      line[col - 1] = changes.has(r) ? changes.get(r) : line[col - 1];
    }
    sheet.writeBlock(first, col, values);
    blocks++;
  }
  return blocks;
}

/**
 * Appends records below the last row with content in one block; the person's own columns stay empty.
 * Returns the sheet rows written.
 */
export function appendRecords(
  snapshot: TableSnapshot,
  records: ReadonlyArray<Record<string, unknown>>,
  timeZone: string,
): number[] {
  const sheet = snapshot.sheet;
  if (!sheet || records.length === 0) return [];
  const width = snapshot.headers.length;
  const start = Math.max(snapshot.lastRow(), 1) + 1;
  const block = records.map((rec) => {
    const line: unknown[] = new Array(width).fill('');
    for (const col of snapshot.table.columns) {
      const at = snapshot.columns.get(col.field);
      if (at !== undefined && rec[col.field] !== undefined) line[at - 1] = encodeCell(col, rec[col.field], timeZone);
    }
    return line;
  });
  sheet.writeBlock(start, 1, block);
  while (snapshot.grid.length < start - 1) snapshot.grid.push([]);
  snapshot.grid.push(...block);
  return block.map((_, i) => start + i);
}
