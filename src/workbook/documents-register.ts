// Reads «Документы» into entries by document key and turns entries back into cell updates and new rows.
import type { CalendarDate } from '../domain/calendar/calendar-date';
import { normalizeTerm } from '../domain/model';
import type { Problem } from '../domain/validation/problem';
import { cellDate, cellNumber, cellText } from './cells';
import { encodeCell, type CellUpdate, type TableSnapshot } from './repository';
import { columnOf, type TableSchema } from './table-schema';
import {
  documentStatusRu,
  documentsTable,
  documentTypeRu,
  type DocumentField,
  type DocumentStatus,
  type DocumentType,
} from './tables/documents';

export interface RegisterEntry {
  /** Sheet row; 0 for an entry not written yet. */
  row: number;
  key: string;
  type: DocumentType | null;
  title: string;
  number: string;
  date: CalendarDate | null;
  pairs: string;
  link: string;
  version: number;
  by: string;
  at: Date | null;
  status: DocumentStatus | null;
  message: string;
  fileId: string;
  hash: string;
  /** Drive's version and modified time right after the add-on last wrote the file (hand-edit detection). */
  driveVersion: number | null;
  modifiedTime: string;
  run: string;
}

export interface RegisterRead {
  snapshot: TableSnapshot;
  /** The first row of each key (a repeated key is reported; later rows are ignored, never deleted). */
  byKey: Map<string, RegisterEntry>;
  entries: RegisterEntry[];
  problems: Problem[];
}

function label<T extends string>(labels: Record<T, string>, text: string): T | null {
  const t = normalizeTerm(text);
  return (Object.keys(labels) as T[]).find((k) => normalizeTerm(labels[k]) === t || k === text) ?? null;
}

const header = (field: DocumentField) => columnOf(documentsTable as TableSchema<string>, field).header;

/** Every row with a key; add-on columns a person broke are reported and read as empty, never guessed. */
export function readRegister(snapshot: TableSnapshot, timeZone: string): RegisterRead {
  const entries: RegisterEntry[] = [];
  const byKey = new Map<string, RegisterEntry>();
  const problems: Problem[] = [];
  const sheet = documentsTable.sheetName;
  for (const r of snapshot.rows()) {
    const text = (f: DocumentField) => cellText(r.cells[f], timeZone);
    const key = text('key');
    if (!key) continue; // a row a person added by hand: not ours to manage
    const number = (f: DocumentField): number | null => {
      const n = cellNumber(r.cells[f]);
      if (n === 'invalid') {
        problems.push({
          sheet,
          row: r.row,
          column: header(f),
          value: text(f),
          message: `«${text(f)}» — не число.`,
          fix: 'Это служебный столбец: верните число или очистите ячейку.',
        });
        return null;
      }
      return n;
    };
    const date = cellDate(r.cells.date, timeZone);
    const at = r.cells.at instanceof Date ? r.cells.at : null;
    const entry: RegisterEntry = {
      row: r.row,
      key,
      type: label(documentTypeRu, text('type')),
      title: text('title'),
      number: text('number'),
      date: date === 'invalid' ? null : date,
      pairs: text('pairs'),
      link: text('link'),
      version: number('version') ?? 0,
      by: text('by'),
      at,
      status: label(documentStatusRu, text('status')),
      message: text('message'),
      fileId: text('fileId'),
      hash: text('hash'),
      driveVersion: number('driveVersion'),
      modifiedTime: text('modifiedTime'),
      run: text('run'),
    };
    entries.push(entry);
    const first = byKey.get(key);
    if (first) {
      problems.push({
        sheet,
        row: r.row,
        column: header('key'),
        value: key,
        message: `Документ «${key}» уже записан в строке ${first.row}; эта строка не используется.`,
        fix: 'Удалите лишнюю строку вручную (дополнение строки реестра не удаляет).',
      });
    } else byKey.set(key, entry);
  }
  return { snapshot, byKey, entries, problems };
}

/** The cells of `fields` of an existing entry, encoded for writeCells. */
export function registerUpdates(
  snapshot: TableSnapshot,
  entry: RegisterEntry,
  fields: readonly DocumentField[],
  timeZone: string,
): CellUpdate[] {
  return fields
    .filter((f) => snapshot.columns.has(f))
    .map((f) => ({
      row: entry.row,
      field: f,
      value: encodeCell(columnOf(documentsTable as TableSchema<string>, f), entry[f as keyof RegisterEntry], timeZone),
    }));
}

/** An entry as a record for appendRecords. */
export function registerRecord(entry: RegisterEntry): Record<string, unknown> {
  const { row: _row, ...rest } = entry;
  return rest;
}

export function emptyEntry(key: string, type: DocumentType, title: string): RegisterEntry {
  return {
    row: 0,
    key,
    type,
    title,
    number: '',
    date: null,
    pairs: '',
    link: '',
    version: 0,
    by: '',
    at: null,
    status: null,
    message: '',
    fileId: '',
    hash: '',
    driveVersion: null,
    modifiedTime: '',
    run: '',
  };
}
