// A report sheet the add-on rewrites whole («Анализ банка»): its columns get the new rows in ONE block; a person's own
// columns on the sheet keep their cells; rows left over from a longer previous report are blanked in the same block.
import type { WorkbookGateway } from '../google/sheet-gateway';
import { textCell } from './cells';
import { encodeCell, type TableSnapshot } from './repository';
import { ensureTable, formatTable, type TableSetupReport } from './setup';
import type { TableSchema } from './table-schema';

/** The report's sheet with every column, created or completed (and formatted) if a person removed something. */
export function reportSnapshot(workbook: WorkbookGateway, table: TableSchema): TableSnapshot {
  const report: TableSetupReport = { sheet: table.sheetName, created: false, addedColumns: [], seeded: [] };
  const snapshot = ensureTable(workbook, table, report);
  if (report.created || report.addedColumns.length) {
    const fresh = new Set(
      table.columns.filter((c) => report.created || report.addedColumns.includes(c.header)).map((c) => c.field),
    );
    formatTable(snapshot, null, fresh);
  }
  return snapshot;
}

/** Writes `records` from row 2 down; returns the first and last column written (1-based). */
export function rewriteReport(
  snapshot: TableSnapshot,
  records: ReadonlyArray<Record<string, unknown>>,
  timeZone: string,
): { first: number; last: number; rows: number } {
  const sheet = snapshot.sheet;
  if (!sheet) throw new Error(`report ${snapshot.table.key}: no sheet`);
  const at = snapshot.table.columns.map((c) => snapshot.columns.get(c.field)!);
  const first = Math.min(...at);
  const last = Math.max(...at);
  const own = new Map(snapshot.table.columns.map((c, k) => [at[k]!, c]));
  const height = Math.max(records.length, snapshot.lastRow() - 1);
  const block: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const rec = records[r];
    const old = snapshot.grid[r + 1] ?? [];
    const line: unknown[] = [];
    for (let c = first; c <= last; c++) {
      const col = own.get(c);
      if (!col) {
        const v = old[c - 1];
        line.push(typeof v === 'string' ? textCell(v) : (v ?? ''));
      } else line.push(rec ? encodeCell(col, rec[col.field], timeZone) : '');
    }
    block.push(line);
  }
  if (block.length) sheet.writeBlock(2, first, block);
  return { first, last, rows: records.length };
}
