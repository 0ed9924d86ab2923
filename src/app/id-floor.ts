// Ids stay unique across years: when «Завершить учебный год» moves rows to an archive, the highest number used is
// remembered, so a new row never gets an id an archived row (and the documents and journal that name it) already has.
import { allocateIds, formatPersonId } from '../domain/person-ids';
import { documentStore } from '../google/document-properties';
import type { TableSnapshot } from '../workbook/repository';
import type { AppContext } from './context';

const key = (prefix: string) => `idFloor:${prefix}`;

/** The ids on the sheet plus the archived high-water mark, as allocateIds takes them. */
export function idsInUse(ctx: AppContext, prefix: string, sheetIds: readonly string[]): string[] {
  const floor = Number(documentStore(ctx).get(key(prefix)) ?? 0);
  return floor > 0 ? [...sheetIds, formatPersonId(prefix, floor)] : [...sheetIds];
}

/** Remembers the highest number among `ids` (never lowers the mark). */
export function raiseIdFloor(ctx: AppContext, prefix: string, ids: readonly string[]): void {
  const store = documentStore(ctx);
  const current = Number(store.get(key(prefix)) ?? 0);
  const next = allocateIds(prefix, [...ids, formatPersonId(prefix, current)], 1)[0]!;
  const max = Number(next.slice(prefix.length)) - 1;
  if (max > current) store.set(key(prefix), String(max));
}

/** The next `count` ids of a table: after every id on its sheet and every id it ever archived. */
export function nextTableIds(ctx: AppContext, snapshot: TableSnapshot, count: number): string[] {
  const table = snapshot.table;
  if (!table.idField || !table.idPrefix) throw new Error(`table ${table.key} has no ids`);
  const col = snapshot.columns.get(table.idField);
  const onSheet = col === undefined ? [] : snapshot.grid.slice(1).map((line) => String(line[col - 1] ?? ''));
  return allocateIds(table.idPrefix, idsInUse(ctx, table.idPrefix, onSheet), count);
}
