// How a sheet is declared as a table: Russian headers ↔ fields, column kinds, widths, notes, who manages each column.
import type { DictionaryKey } from '../domain/vocabulary/vocabulary';

/** How a cell is read, validated, formatted and written. */
export type ColumnKind =
  | 'text' // free text, formatted '@' so "007" or "=…" stay as typed
  | 'email' // text, lower-cased and checked
  | 'number' // a number typed by a person
  | 'date' // a calendar date, formatted dd.MM.yyyy
  | 'datetime' // an instant shown in the workbook's zone (journal)
  | 'list' // one value from a «Справочники» list
  | 'multi-list' // several values from a «Справочники» list, separated by "; "
  | 'enum'; // one of fixed Russian labels (statuses), mapped to codes

export type { DictionaryKey };

export interface ColumnSpec<F extends string = string> {
  field: F;
  /** The header people see; the column is found by this text, wherever it stands. */
  header: string;
  /** Older or alternative headers that also identify the column (read-only tolerance; migrations rename them). */
  aliases?: readonly string[];
  kind: ColumnKind;
  required?: boolean;
  /** Source list for 'list' / 'multi-list'. */
  dictionary?: DictionaryKey;
  /** Russian label per code for 'enum'. */
  labels?: Readonly<Record<string, string>>;
  /** Number bounds for 'number'. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** 'addon' columns are written by the add-on (id, status); 'person' columns are only read (import aside). */
  managedBy: 'addon' | 'person';
  /** Width in pixels. */
  width: number;
  /** The header note: what the column means and how to fill it (also the "how to fix" of a problem). */
  note: string;
}

export interface TableSchema<F extends string = string> {
  /** Stable key used in code and document properties. */
  key: string;
  /** The sheet name people see. */
  sheetName: string;
  columns: readonly ColumnSpec<F>[];
  /** Field that holds the generated id, if the table has one. */
  idField?: F;
  /** Prefix of generated ids, e.g. "Н-" → Н-0001. */
  idPrefix?: string;
  /** Tab colour. */
  color?: string;
  /** Rows may only be appended (the journal). */
  appendOnly?: boolean;
  /** Rows setup writes when the sheet has no data rows (a new sheet): records by field, as appendRecords takes them. */
  seedRows?: () => ReadonlyArray<Record<string, unknown>>;
}

export function defineTable<F extends string>(schema: TableSchema<F>): TableSchema<F> {
  const seen = new Set<string>();
  for (const c of schema.columns) {
    for (const h of [c.header, ...(c.aliases ?? [])]) {
      const k = headerKey(h);
      if (seen.has(k)) throw new Error(`table ${schema.key}: header "${h}" declared twice`);
      seen.add(k);
    }
    if ((c.kind === 'list' || c.kind === 'multi-list') && !c.dictionary)
      throw new Error(`table ${schema.key}: ${c.field} needs a dictionary`);
    if (c.kind === 'enum' && !c.labels) throw new Error(`table ${schema.key}: ${c.field} needs labels`);
  }
  return schema;
}

/** Headers are matched ignoring case, ё/е, spaces and a trailing "*" (a required-column mark people may add). */
export function headerKey(header: string): string {
  return header.trim().toLowerCase().replace(/ё/g, 'е').replace(/\*+$/, '').replace(/\s+/g, ' ').trim();
}

export function columnOf<F extends string>(schema: TableSchema<F>, field: F): ColumnSpec<F> {
  const c = schema.columns.find((col) => col.field === field);
  if (!c) throw new Error(`table ${schema.key}: no column ${field}`);
  return c;
}

/** Multi-value cells: "a; b" (new lines and ";" both separate; commas do not, titles contain them). */
export const MULTI_SEPARATOR = '; ';
