// Reads a table's rows into domain records: each row validated by its zod row schema, problems kept where they stand.
import type { CalendarDate } from '../domain/calendar/calendar-date';
import type { Problem } from '../domain/validation/problem';
import type { TableSnapshot } from './repository';
import { parseRow, rowSchema, type ParsedRow, type RowContext } from './row-schema';

export interface RecordsRead<T> {
  snapshot: TableSnapshot;
  records: Array<{ row: number; value: T }>;
  problems: Problem[];
  /** Rows with a problem: they stay on the sheet untouched and are left out of the records. */
  invalidRows: number[];
  /** Rows (valid or not) whose id cell is empty, for tables with ids. */
  rowsWithoutId: number[];
  rowCount: number;
}

/**
 * Every non-blank row through the table's row schema, then `toValue`, which may add its own problems.
 * Repeated ids are reported on every row that has them.
 */
export function readRecords<T>(
  snapshot: TableSnapshot,
  ctx: RowContext,
  toValue: (p: ParsedRow, row: number) => T | Problem[],
): RecordsRead<T> {
  const table = snapshot.table;
  const schema = rowSchema(table, ctx);
  const rows = snapshot.rows();
  const records: RecordsRead<T>['records'] = [];
  const problems: Problem[] = [];
  const invalid = new Set<number>();
  const rowsWithoutId: number[] = [];
  const idRows = new Map<string, number[]>();
  for (const r of rows) {
    if (table.idField) {
      const id = String(r.cells[table.idField] ?? '').trim();
      if (!id) rowsWithoutId.push(r.row);
      else idRows.set(id, [...(idRows.get(id) ?? []), r.row]);
    }
    const parsed = parseRow(schema, table, r.row, r.cells);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      invalid.add(r.row);
      continue;
    }
    const value = toValue(parsed.value, r.row);
    if (Array.isArray(value)) {
      problems.push(...value);
      invalid.add(r.row);
    } else records.push({ row: r.row, value });
  }
  const idHeader = table.columns.find((c) => c.field === table.idField)?.header ?? '';
  for (const [id, at] of idRows) {
    if (at.length < 2) continue;
    for (const row of at) {
      invalid.add(row);
      problems.push({
        sheet: table.sheetName,
        row,
        column: idHeader,
        value: id,
        message: `ID «${id}» встречается в строках ${at.join(', ')}.`,
        fix: 'У каждой строки свой ID: исправьте повтор (очистите ID у скопированной строки — дополнение выдаст новый).',
      });
    }
  }
  return {
    snapshot,
    records: records.filter((r) => !invalid.has(r.row)),
    problems,
    invalidRows: [...invalid].sort((a, b) => a - b),
    rowsWithoutId,
    rowCount: rows.length,
  };
}

/** Typed getters over a parsed row. */
export const parsed = {
  text: (v: unknown): string => (typeof v === 'string' ? v : ''),
  date: (v: unknown): CalendarDate | null => (v && typeof v === 'object' && 'year' in v ? (v as CalendarDate) : null),
  number: (v: unknown): number | null => (typeof v === 'number' ? v : null),
  list: (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []),
};
