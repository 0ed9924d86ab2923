// The matching writes: new rows on «Пары и группы», changed cells of existing pairs, mentee statuses — in blocks.
import type { MenteeStatus, Pair } from '../../domain/model';
import { textCell } from '../../workbook/cells';
import type { PairRecord } from '../../workbook/pairs';
import { pairToRecord } from '../../workbook/pairs';
import { appendRecords, encodeCell, writeCells, type CellUpdate, type TableSnapshot } from '../../workbook/repository';
import { columnOf, type TableSchema } from '../../workbook/table-schema';
import { menteesTable } from '../../workbook/tables/mentees';
import { pairsTable } from '../../workbook/tables/pairs';
import { UserError } from '../errors';
import type { MatchingState } from './state';

export interface MenteeChange {
  id: string;
  status?: MenteeStatus;
  pairId?: string;
  supportNote?: string;
}

function requireColumns(snapshot: TableSnapshot, fields: readonly string[]): void {
  const table = snapshot.table as TableSchema<string>;
  const lost = fields.filter((f) => !snapshot.columns.has(f)).map((f) => `«${columnOf(table, f).header}»`);
  if (lost.length) {
    throw new UserError(
      `На листе «${table.sheetName}» нет столбцов ${lost.join(', ')}: запустите «Наставничество → Настроить таблицу» (данные не изменятся) и повторите.`,
    );
  }
}

/** Status, pair id and support note of mentees: one block per column touched, only these add-on columns. */
export function writeMenteeChanges(state: MatchingState, changes: readonly MenteeChange[]): number[] {
  if (changes.length === 0) return [];
  const snapshot = state.check.mentees.snapshot;
  const fields = new Set<string>();
  for (const c of changes)
    for (const f of ['status', 'pairId', 'supportNote'] as const) if (c[f] !== undefined) fields.add(f);
  // Clearing a note in a column an older workbook lacks is nothing to do; writing one needs the column.
  const needed = [...fields].filter((f) => f !== 'supportNote' || changes.some((c) => c.supportNote));
  requireColumns(snapshot, needed);
  const statusCol = columnOf(menteesTable as TableSchema<string>, 'status');
  const updates: CellUpdate[] = [];
  const rows: number[] = [];
  for (const c of changes) {
    const rec = state.menteeById.get(c.id);
    if (!rec) continue;
    rows.push(rec.row);
    if (c.status !== undefined)
      updates.push({ row: rec.row, field: 'status', value: encodeCell(statusCol, c.status, '') });
    if (c.pairId !== undefined) updates.push({ row: rec.row, field: 'pairId', value: textCell(c.pairId) });
    if (c.supportNote !== undefined && snapshot.columns.has('supportNote'))
      updates.push({ row: rec.row, field: 'supportNote', value: textCell(c.supportNote) });
    // Keep the in-memory records current for anything later in the same operation.
    if (c.status !== undefined) rec.value.status = c.status;
    if (c.pairId !== undefined) rec.value.pairId = c.pairId;
  }
  writeCells(snapshot, updates);
  return rows;
}

export interface NewPairRow {
  pair: Pair;
  score: number | null;
  reasons: string;
}

/** Appends new pairs below the last row in one block; returns their sheet rows. */
export function appendPairRows(state: MatchingState, rows: readonly NewPairRow[], timeZone: string): number[] {
  if (rows.length === 0) return [];
  const snapshot = state.pairs.snapshot;
  requireColumns(snapshot, ['id', 'form', 'mentorIds', 'menteeIds', 'startDate', 'endDate', 'status']);
  const records = rows.map((r) =>
    pairToRecord(r.pair, peopleOf(state, r.pair), { score: r.score, reasons: r.reasons }),
  );
  return appendRecords(snapshot, records, timeZone);
}

export function peopleOf(state: MatchingState, pair: Pick<Pair, 'mentorIds' | 'menteeIds'>) {
  return {
    mentors: pair.mentorIds.map((id) => state.mentorById.get(id)?.value).filter((m) => m !== undefined),
    mentees: pair.menteeIds.map((id) => state.menteeById.get(id)?.value).filter((e) => e !== undefined),
  };
}

/** Changed cells of existing pair rows (status, end, the mentor team with names, score, reasons, consents). */
export function writePairChanges(
  state: MatchingState,
  changes: ReadonlyArray<{ record: PairRecord; fields: Record<string, unknown> }>,
  timeZone: string,
): void {
  if (changes.length === 0) return;
  const snapshot = state.pairs.snapshot;
  const table = pairsTable as TableSchema<string>;
  const updates: CellUpdate[] = [];
  for (const { record, fields } of changes) {
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (!snapshot.columns.has(field)) {
        if (field === 'status' || field === 'mentorIds') requireColumns(snapshot, [field]);
        continue;
      }
      updates.push({ row: record.row, field, value: encodeCell(columnOf(table, field), value, timeZone) });
    }
  }
  writeCells(snapshot, updates);
}
