// Gives rows typed by hand on the closing sheets their ids (МР-, МК-, ПБ-), in one block, before they are referred to.
import { writeCells } from '../../workbook/repository';
import type { RecordsRead } from '../../workbook/records';
import type { AppContext } from '../context';
import { nextTableIds } from '../id-floor';

/** Writes an id into each row without one; the records read get their ids too. Returns the rows numbered. */
export function assignTableIds<T extends { id: string }>(ctx: AppContext, read: RecordsRead<T>): number[] {
  const table = read.snapshot.table;
  if (!read.snapshot.sheet || !table.idField || !read.rowsWithoutId.length) return [];
  const ids = nextTableIds(ctx, read.snapshot, read.rowsWithoutId.length);
  const byRow = new Map(read.rowsWithoutId.map((row, i) => [row, ids[i]!]));
  writeCells(
    read.snapshot,
    read.rowsWithoutId.map((row) => ({ row, field: table.idField!, value: byRow.get(row)! })),
  );
  for (const r of read.records) if (!r.value.id) r.value.id = byRow.get(r.row) ?? '';
  return read.rowsWithoutId;
}
