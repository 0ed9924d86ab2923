// Writes the ПНП plan items to «План»: a program's rows are updated in place (the curator's marks stay), new items
// appended, items the new version dropped marked «нет» — never deleted.
import type { PlanRow } from '../domain/documents/program';
import { normalizeTerm } from '../domain/model';
import { cellText } from './cells';
import { encodeCell, type CellUpdate, type TableSnapshot } from './repository';
import { columnOf, type TableSchema } from './table-schema';
import { planTable, type PlanField } from './tables/plan';

export interface ProgramPlan {
  pairId: string;
  menteeNames: string;
  rows: readonly PlanRow[];
}

const ADDON_FIELDS: readonly PlanField[] = [
  'mentees',
  'number',
  'direction',
  'activity',
  'form',
  'dueFrom',
  'dueTo',
  'result',
  'report',
  'inProgram',
];

const itemKey = (pairId: string, direction: string, activity: string) =>
  `${pairId}|${normalizeTerm(direction)}|${normalizeTerm(activity)}`;

/** Cell updates for rows already on the sheet and records to append, for all programs of a batch at once. */
export function planChanges(
  snapshot: TableSnapshot,
  plans: readonly ProgramPlan[],
  timeZone: string,
): { updates: CellUpdate[]; appends: Array<Record<string, unknown>> } {
  const existing = new Map<string, number>();
  const rowsByPair = new Map<string, number[]>();
  for (const r of snapshot.rows()) {
    const pairId = cellText(r.cells.pairId, timeZone);
    if (!pairId) continue;
    const key = itemKey(pairId, cellText(r.cells.direction, timeZone), cellText(r.cells.activity, timeZone));
    if (!existing.has(key)) existing.set(key, r.row);
    rowsByPair.set(pairId, [...(rowsByPair.get(pairId) ?? []), r.row]);
  }
  const col = (f: PlanField) => columnOf(planTable as TableSchema<string>, f);
  const updates: CellUpdate[] = [];
  const appends: Array<Record<string, unknown>> = [];
  for (const plan of plans) {
    const kept = new Set<number>();
    for (const item of plan.rows) {
      const record: Record<string, unknown> = {
        pairId: plan.pairId,
        mentees: plan.menteeNames,
        number: item.number,
        direction: item.direction,
        activity: item.activity,
        form: item.form,
        dueFrom: item.dueFrom,
        dueTo: item.dueTo,
        result: item.result,
        report: item.report,
        inProgram: 'yes',
      };
      const row = existing.get(itemKey(plan.pairId, item.direction, item.activity));
      if (row === undefined || kept.has(row)) appends.push(record);
      else {
        kept.add(row);
        for (const f of ADDON_FIELDS)
          if (snapshot.columns.has(f)) updates.push({ row, field: f, value: encodeCell(col(f), record[f], timeZone) });
      }
    }
    for (const row of rowsByPair.get(plan.pairId) ?? [])
      if (!kept.has(row) && snapshot.columns.has('inProgram'))
        updates.push({ row, field: 'inProgram', value: encodeCell(col('inProgram'), 'no', timeZone) });
  }
  return { updates, appends };
}
