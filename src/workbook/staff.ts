// Reads «Педагоги» (the optional staff list): who may be reminded about the request form; bad rows are reported.
import type { Problem } from '../domain/validation/problem';
import { encodeCell, type CellUpdate, type TableSnapshot } from './repository';
import { parseRow, rowSchema, type RowContext } from './row-schema';
import { columnOf, type TableSchema } from './table-schema';
import { staffTable } from './tables/staff';

export interface StaffMember {
  row: number;
  fullName: string;
  /** Lower-cased. */
  email: string;
  /** The add-on's «Анкета запросов» cell as read. */
  requestFormCell: string;
}

export interface StaffRead {
  snapshot: TableSnapshot;
  /** Valid rows; a repeated email keeps its first row (one reminder per person). */
  members: StaffMember[];
  invalidRows: number[];
  problems: Problem[];
}

export function readStaff(snapshot: TableSnapshot, ctx: RowContext): StaffRead {
  const schema = rowSchema(staffTable, ctx);
  const members: StaffMember[] = [];
  const problems: Problem[] = [];
  const invalidRows: number[] = [];
  const seen = new Set<string>();
  for (const r of snapshot.rows()) {
    const parsed = parseRow(schema, staffTable, r.row, r.cells);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      invalidRows.push(r.row);
      continue;
    }
    const email = String(parsed.value.email);
    if (seen.has(email)) continue;
    seen.add(email);
    members.push({
      row: r.row,
      fullName: String(parsed.value.fullName),
      email,
      requestFormCell: String(r.cells.requestForm ?? '').trim(),
    });
  }
  return { snapshot, members, invalidRows, problems };
}

/** The «Анкета запросов» cells that change: one write per changed column block, never per row. */
export function staffRequestFormUpdates(
  read: StaffRead,
  values: ReadonlyMap<number, string>,
  timeZone: string,
): CellUpdate[] {
  if (!read.snapshot.columns.has('requestForm')) return [];
  const col = columnOf(staffTable as TableSchema<string>, 'requestForm');
  const out: CellUpdate[] = [];
  for (const m of read.members) {
    const next = values.get(m.row);
    if (next !== undefined && next !== m.requestFormCell)
      out.push({ row: m.row, field: 'requestForm', value: encodeCell(col, next, timeZone) });
  }
  return out;
}
