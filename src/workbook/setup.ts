// Setup of the workbook's tables: creates what is missing, refreshes formats, dropdowns and notes; never touches data.
import type { SheetGateway, WorkbookGateway } from '../google/sheet-gateway';
import { appendHeaders, readTable, type TableSnapshot } from './repository';
import { textCell } from './cells';
import type { ColumnSpec, TableSchema } from './table-schema';
import { dictionariesTable, dictionarySeeds } from './tables/dictionaries';
import { settingSpecs, type SettingKey } from './tables/settings';
import { headerKey } from './table-schema';
import { cellText } from './cells';
import { dictionaryTitleRu } from '../domain/vocabulary/vocabulary';

export interface TableSetupReport {
  sheet: string;
  created: boolean;
  addedColumns: string[];
  /** Lists or parameters seeded on this run. */
  seeded: string[];
}

export interface SetupOptions {
  timeZone: string;
  /** Seeds of settings computed at run time (academic year, time zone). */
  settingSeeds: Partial<Record<SettingKey, string>>;
}

/** Number format of a column's data cells; numbers are left to the person (a format would not make them numbers). */
export function numberFormatOf(col: ColumnSpec): string | null {
  switch (col.kind) {
    case 'date':
      return 'dd.MM.yyyy';
    case 'datetime':
      return 'dd.MM.yyyy HH:mm';
    case 'number':
      return null;
    default:
      // Text stays as typed: "007" keeps its zeros, "2026/2027" does not become a date.
      return '@';
  }
}

/** Creates the sheet and its missing columns; returns the snapshot after the change. */
export function ensureTable(workbook: WorkbookGateway, table: TableSchema, report: TableSetupReport): TableSnapshot {
  let sheet = workbook.sheet(table.sheetName);
  if (!sheet) {
    sheet = workbook.insertSheet(table.sheetName);
    report.created = true;
  }
  const snapshot = readTable(workbook, table);
  report.addedColumns = snapshot.missing.map((c) => c.header);
  return appendHeaders(snapshot, snapshot.missing);
}

/**
 * Header style, formats, dropdowns, notes: refreshed on every run, data values untouched. Widths are set only for
 * columns this run created (`newColumns`): after that a person's resizing wins. Calls grow with columns, not rows.
 */
export function formatTable(
  snapshot: TableSnapshot,
  dictionaries: TableSnapshot | null,
  newColumns: ReadonlySet<string>,
): void {
  const sheet = snapshot.sheet!;
  const table = snapshot.table;
  sheet.styleHeader(snapshot.headers.length);
  if (table.color) sheet.setTabColor(table.color);
  const notes = new Map<number, string>();
  const formats: Array<{ at: number; format: string }> = [];
  for (const col of table.columns) {
    const at = snapshot.columns.get(col.field);
    if (at === undefined) continue;
    if (newColumns.has(col.field)) sheet.setColumnWidth(at, col.width);
    const format = numberFormatOf(col);
    if (format) formats.push({ at, format });
    notes.set(at, col.required ? `${col.note}\nОбязательный столбец.` : col.note);
    const source = dropdownSource(col, dictionaries);
    if (source) sheet.setColumnDropdown(at, source, col.note);
  }
  sheet.setHeaderNotes(notes, snapshot.headers.length);
  setFormatsInRuns(sheet, formats);
}

/** Number formats of data columns: one call per run of adjacent columns with the same format. */
export function setFormatsInRuns(sheet: SheetGateway, formats: Array<{ at: number; format: string }>): void {
  formats.sort((a, b) => a.at - b.at);
  for (let i = 0; i < formats.length;) {
    let j = i + 1;
    while (j < formats.length && formats[j]!.at === formats[j - 1]!.at + 1 && formats[j]!.format === formats[i]!.format)
      j++;
    sheet.setColumnsFormat(formats[i]!.at, j - i, formats[i]!.format);
    i = j;
  }
}

function dropdownSource(
  col: ColumnSpec,
  dictionaries: TableSnapshot | null,
): { list: string[] } | { sheet: SheetGateway; column: number } | null {
  if (col.kind === 'enum') return { list: Object.values(col.labels ?? {}) };
  // Multi-value cells ("a; b") would fail a list rule, so they get no dropdown; the check reads them.
  if (col.kind !== 'list' || !dictionaries?.sheet) return null;
  const at = dictionaries.columns.get(col.dictionary!);
  return at === undefined ? null : { sheet: dictionaries.sheet, column: at };
}

/** Fills each «Справочники» list that is empty (or was just created) with its seed; an edited list is never touched. */
export function seedDictionaries(snapshot: TableSnapshot, report: TableSetupReport): void {
  for (const col of dictionariesTable.columns) {
    const at = snapshot.columns.get(col.field);
    if (at === undefined) continue;
    const hasValues = snapshot.grid.slice(1).some((line) => String(line[at - 1] ?? '').trim() !== '');
    if (hasValues) continue;
    const seed = dictionarySeeds[col.field];
    snapshot.sheet!.writeBlock(
      2,
      at,
      seed.map((v) => [textCell(v)]),
    );
    report.seeded.push(dictionaryTitleRu[col.field]);
  }
}

/** Adds the settings rows that are missing (label, seed value, hint) in one block below the last row. */
export function seedSettings(snapshot: TableSnapshot, options: SetupOptions, report: TableSetupReport): void {
  const keyCol = snapshot.columns.get('key');
  if (keyCol === undefined) return;
  const present = new Set(
    snapshot.grid.slice(1).map((line) => headerKey(cellText(line[keyCol - 1], options.timeZone))),
  );
  const missing = settingSpecs.filter((s) => !present.has(headerKey(s.label)));
  if (!missing.length) return;
  const width = snapshot.headers.length;
  const block = missing.map((s) => {
    const line: unknown[] = new Array(width).fill('');
    const put = (field: string, v: string) => {
      const at = snapshot.columns.get(field);
      if (at !== undefined) line[at - 1] = textCell(v);
    };
    put('key', s.label);
    put('value', options.settingSeeds[s.key] ?? s.seed);
    put('hint', s.hint);
    return line;
  });
  snapshot.sheet!.writeBlock(Math.max(snapshot.lastRow(), 1) + 1, 1, block);
  report.seeded.push(...missing.map((s) => s.label));
}
