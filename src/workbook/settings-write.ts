// Writes values the add-on itself records in «Настройки» (form ids and links): the value cell of each row, nothing else.
import { appendRecords, writeCells, type TableSnapshot } from './repository';
import { encodeCell } from './repository';
import { settingsFrom } from './settings';
import { columnOf } from './table-schema';
import { settingSpecs, settingsTable, type SettingKey } from './tables/settings';

const valueColumn = columnOf(settingsTable, 'value');

/**
 * Sets the «Значение» cell of each parameter; a parameter whose row is missing (setup not re-run since an update)
 * gets its row appended with label and hint. One block per column changed, one block for the new rows.
 */
export function writeSettingValues(
  snapshot: TableSnapshot,
  values: Partial<Record<SettingKey, string>>,
  timeZone: string,
): void {
  const read = settingsFrom(snapshot, timeZone);
  const updates: Array<{ row: number; field: string; value: unknown }> = [];
  const missing: Array<Record<string, unknown>> = [];
  for (const [key, value] of Object.entries(values) as Array<[SettingKey, string]>) {
    const row = read.rows[key];
    if (row !== undefined) {
      if ((read.raw[key] ?? '') !== value)
        updates.push({ row, field: 'value', value: encodeCell(valueColumn, value, timeZone) });
      continue;
    }
    const spec = settingSpecs.find((s) => s.key === key)!;
    missing.push({ key: spec.label, value, hint: spec.hint });
  }
  writeCells(snapshot, updates);
  appendRecords(snapshot, missing, timeZone);
}
