// Plans how an answer lands in a bank: a new row, or an update of the form's fields only (curator fields kept).
import { normalizeEmail } from '../model';

/** Columns the curator manages: an answer never changes them. */
export const CURATOR_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'status',
  'pairId',
  'notes',
  'source',
  'addedOn',
  'trainingDate',
]);

export type ExistingRow<T> = { rowIndex: number; email: string } & Partial<
  Record<keyof T | 'status' | 'pairId' | 'notes', unknown>
>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type UpsertPlan =
  | { kind: 'insert' }
  /** `changes` empty = the answer repeats the profile; `duplicates` = other rows with the same e-mail (left alone). */
  | { kind: 'update'; rowIndex: number; changes: FieldChange[]; duplicates: number[] };

const blank = (v: unknown) => v === null || v === undefined || v === '';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).sort();
  if (typeof v === 'string') return v.trim();
  return v;
}

/** Equality as the bank sees it: blanks equal, lists as sets, dates by their fields. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (blank(a) && blank(b)) return true;
  const x = canonical(a);
  const y = canonical(b);
  return JSON.stringify(x) === JSON.stringify(y);
}

/** Finds the row by e-mail (case-insensitive) and lists the form fields whose value changes. */
export function planUpsert<T extends { email: string }>(
  existingRows: ReadonlyArray<ExistingRow<T>>,
  profile: T,
): UpsertPlan {
  const email = normalizeEmail(profile.email);
  const matches = existingRows
    .filter((r) => normalizeEmail(String(r.email ?? '')) === email)
    .sort((a, b) => a.rowIndex - b.rowIndex);
  const row = matches[0];
  if (!row) return { kind: 'insert' };
  const changes: FieldChange[] = [];
  for (const [field, after] of Object.entries(profile)) {
    if (CURATOR_FIELDS.has(field) || field === 'email') continue;
    const before = (row as Record<string, unknown>)[field];
    if (!sameValue(before, after)) changes.push({ field, before: before ?? null, after });
  }
  return { kind: 'update', rowIndex: row.rowIndex, changes, duplicates: matches.slice(1).map((r) => r.rowIndex) };
}
