// Reads a bank into domain records plus a problem report: invalid rows are reported where they stand, never dropped.
import type { CalendarDate } from '../domain/calendar/calendar-date';
import type { Mentee, Mentor, MenteeStatus, MentorStatus, MentoringForm, RowSource } from '../domain/model';
import { formRu, normalizeTerm } from '../domain/model';
import { findDuplicates } from '../domain/validation/bank-rules';
import type { Problem } from '../domain/validation/problem';
import type { TableSnapshot } from './repository';
import { parseRow, rowSchema, type ParsedRow, type RowContext } from './row-schema';
import { columnOf, type TableSchema } from './table-schema';
import { menteesTable } from './tables/mentees';
import { mentorsTable } from './tables/mentors';

export interface BankDefaults {
  /** «Вместимость наставника по умолчанию» from the settings. */
  mentorCapacity: number;
}

export interface BankRecord<T> {
  row: number;
  value: T;
}

export interface BankRead<T> {
  snapshot: TableSnapshot;
  /** Valid rows, as domain records. */
  records: BankRecord<T>[];
  /** Rows with at least one problem (they stay on the sheet untouched). */
  invalidRows: number[];
  problems: Problem[];
  /** Rows (valid or not) whose ID cell is empty. */
  rowsWithoutId: number[];
  /** Every non-blank row. */
  rowCount: number;
}

function formsOf(labels: readonly string[]): MentoringForm[] | null {
  const out: MentoringForm[] = [];
  for (const l of labels) {
    const code = (Object.keys(formRu) as MentoringForm[]).find((k) => normalizeTerm(formRu[k]) === normalizeTerm(l));
    if (!code) return null;
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const date = (v: unknown) => (v && typeof v === 'object' && 'year' in v ? (v as CalendarDate) : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

function readBank<T>(
  snapshot: TableSnapshot,
  ctx: RowContext,
  toRecord: (p: ParsedRow, row: number) => T | Problem[],
): BankRead<T> {
  const table = snapshot.table;
  const schema = rowSchema(table, ctx);
  const rows = snapshot.rows();
  const records: BankRecord<T>[] = [];
  const problems: Problem[] = [];
  const invalid = new Set<number>();
  const rowsWithoutId: number[] = [];
  for (const r of rows) {
    if (str(r.cells.id).trim() === '') rowsWithoutId.push(r.row);
    const parsed = parseRow(schema, table, r.row, r.cells);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      invalid.add(r.row);
      continue;
    }
    const rec = toRecord(parsed.value, r.row);
    if (Array.isArray(rec)) {
      problems.push(...rec);
      invalid.add(r.row);
    } else records.push({ row: r.row, value: rec });
  }
  const email = columnOf(table as TableSchema<string>, 'email').header;
  const id = columnOf(table as TableSchema<string>, 'id').header;
  const dup = findDuplicates(
    table.sheetName,
    rows.map((r) => ({ row: r.row, email: String(r.cells.email ?? ''), id: String(r.cells.id ?? '') })),
    { email, id },
  );
  for (const p of dup) invalid.add(p.row);
  problems.push(...dup);
  for (const col of snapshot.missing.filter((c) => c.required)) {
    problems.push({
      sheet: table.sheetName,
      row: 1,
      column: '',
      message: `На листе нет обязательного столбца «${col.header}».`,
      fix: 'Запустите «Наставничество → Настроить таблицу»: столбец будет добавлен в конец, данные не изменятся.',
    });
  }
  const validRecords = records.filter((r) => !invalid.has(r.row));
  return {
    snapshot,
    records: validRecords,
    invalidRows: [...invalid].sort((a, b) => a - b),
    problems,
    rowsWithoutId,
    rowCount: rows.length,
  };
}

function formProblem(table: TableSchema, row: number, field: string, value: string): Problem {
  return {
    sheet: table.sheetName,
    row,
    column: columnOf(table as TableSchema<string>, field).header,
    value,
    message: `Форма наставничества «${value}» не поддерживается.`,
    fix: 'Укажите «индивидуальная» и/или «групповая».',
  };
}

export function readMentors(snapshot: TableSnapshot, ctx: RowContext, defaults: BankDefaults): BankRead<Mentor> {
  return readBank<Mentor>(snapshot, ctx, (p, row) => {
    const forms = formsOf(list(p.forms));
    if (!forms) return [formProblem(mentorsTable, row, 'forms', list(p.forms).join('; '))];
    return {
      id: str(p.id),
      fullName: str(p.fullName),
      email: str(p.email),
      post: str(p.post),
      subjects: list(p.subjects),
      experienceYears: num(p.experienceYears) ?? 0,
      schoolYears: num(p.schoolYears),
      qualification: str(p.qualification),
      competencies: list(p.competencies),
      capacity: num(p.capacity) ?? defaults.mentorCapacity,
      forms: forms.length ? forms : ['individual'],
      consentDate: date(p.consentDate),
      trainingDate: date(p.trainingDate),
      status: (str(p.status) || 'active') as MentorStatus,
      addedOn: date(p.addedOn),
      source: (str(p.source) || 'manual') as RowSource,
      notes: str(p.notes),
    };
  });
}

export function readMentees(snapshot: TableSnapshot, ctx: RowContext): BankRead<Mentee> {
  return readBank<Mentee>(snapshot, ctx, (p, row) => {
    const forms = formsOf(str(p.desiredForm) ? [str(p.desiredForm)] : []);
    if (!forms) return [formProblem(menteesTable, row, 'desiredForm', str(p.desiredForm))];
    return {
      id: str(p.id),
      fullName: str(p.fullName),
      email: str(p.email),
      post: str(p.post),
      subjects: list(p.subjects),
      experienceYears: num(p.experienceYears) ?? 0,
      hiredOn: date(p.hiredOn),
      category: str(p.category),
      requests: list(p.requests),
      requestText: str(p.requestText),
      desiredForm: forms[0] ?? 'individual',
      preferredMentor: str(p.preferredMentor),
      requestDate: date(p.requestDate),
      consentDate: date(p.consentDate),
      status: (str(p.status) || 'waiting') as MenteeStatus,
      pairId: str(p.pairId),
      notes: str(p.notes),
    };
  });
}
