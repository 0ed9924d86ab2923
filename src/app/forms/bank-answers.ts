// Files form answers into a bank: a new teacher is appended with a new id, a repeat answer updates only the form's
// fields (the curator's status, pair and notes stay), an invalid answer goes to «Карантин». One read per sheet, block writes.
import { toRuDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import { toCalendarDate, wallClock } from '../../domain/calendar/zoned';
import {
  AnswerReader,
  fullNameQuestion,
  planUpsert,
  type ExistingRow,
  type ParseOptions,
  type ParseResult,
} from '../../domain/forms';
import { normalizeEmail } from '../../domain/model';
import type { Vocabulary } from '../../domain/vocabulary/vocabulary';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import { cellDate, cellNumber, cellText, isBlank } from '../../workbook/cells';
import {
  appendRecords,
  encodeCell,
  readTable,
  writeCells,
  type CellUpdate,
  type TableSnapshot,
} from '../../workbook/repository';
import { MULTI_SEPARATOR, type ColumnSpec, type TableSchema } from '../../workbook/table-schema';
import { dictionariesTable } from '../../workbook/tables/dictionaries';
import { quarantineTable } from '../../workbook/tables/quarantine';
import { vocabularyFrom } from '../../workbook/vocabulary';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { afterBankChange } from '../hooks';
import { nextTableIds } from '../id-floor';
import { appendJournal, describeRows, type JournalEntry } from '../journal';
import { appendToQuarantine, readQuarantine, type QuarantineEntry } from './quarantine';
import type { FormAnswer } from './response-sheet';

/** How one form feeds one bank. */
export interface BankFormSpec<P> {
  bank: 'mentors' | 'mentees';
  table: TableSchema;
  parse(namedValues: unknown, vocabulary: Vocabulary, options: ParseOptions): ParseResult<P>;
  /** The bank fields the form fills, as the bank stores them (list labels, not codes). Must include `email`. */
  toRecord(profile: P): Record<string, unknown>;
  /** Fields of a new row besides the form's: source, status, date added. */
  newRow(ctx: AppContext): Record<string, unknown>;
}

export type AnswerOutcome =
  | { kind: 'added' | 'updated' | 'unchanged'; answer: FormAnswer; sheet: string; row: number; id: string }
  | { kind: 'quarantined'; answer: FormAnswer; reasons: string[]; row: number | null }
  /** Accept mode: the corrected answer still fails; nothing written. */
  | { kind: 'invalid'; answer: FormAnswer; reasons: string[] };

type Mode = 'event' | 'accept';

const SOURCE_LABEL = 'форма';

/** A bank cell as a form value: multi-lists as lists, dates as calendar dates, numbers as numbers. */
function decodeCell(col: ColumnSpec, raw: unknown, timeZone: string): unknown {
  if (isBlank(raw)) return null;
  switch (col.kind) {
    case 'multi-list':
      return cellText(raw, timeZone)
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'number': {
      const n = cellNumber(raw);
      return n === 'invalid' ? cellText(raw, timeZone) : n;
    }
    case 'date': {
      const d = cellDate(raw, timeZone);
      return d === 'invalid' ? cellText(raw, timeZone) : d;
    }
    case 'email':
      return normalizeEmail(cellText(raw, timeZone));
    default:
      return cellText(raw, timeZone);
  }
}

/** A value as people read it in the journal. */
function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.join(MULTI_SEPARATOR) : '—';
  if (typeof v === 'object' && 'year' in (v as object)) return toRuDate(v as CalendarDate);
  const s = String(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

function stamp(d: Date | null, timeZone: string): string {
  if (!d) return 'без отметки времени';
  const w = wallClock(d, timeZone);
  return `${toRuDate(toCalendarDate(d, timeZone))} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

interface PendingInsert {
  record: Record<string, unknown>;
  answers: FormAnswer[];
}

/** The bank sheet, checked: it must exist and have its e-mail column (the key of an upsert). */
function readBank(workbook: WorkbookGateway, table: TableSchema): TableSnapshot {
  const bank = readTable(workbook, table);
  if (!bank.sheet)
    throw new UserError(
      `Нет листа «${table.sheetName}»: выберите «Наставничество → Настроить таблицу». Ответы форм подождут в листе ответов.`,
    );
  if (!bank.columns.has('email'))
    throw new UserError(
      `На листе «${table.sheetName}» нет столбца «Email»: выберите «Наставничество → Настроить таблицу».`,
    );
  return bank;
}

/**
 * Files answers, oldest first, into the bank. In 'event' mode an invalid answer goes to «Карантин» (once per answer
 * key); in 'accept' mode (the curator's «Принять») it is returned as invalid and nothing is written for it.
 * Runs inside the caller's document lock; returns one outcome per answer.
 */
export function fileAnswers<P>(
  ctx: AppContext,
  workbook: WorkbookGateway,
  spec: BankFormSpec<P>,
  formLabel: string,
  answers: readonly FormAnswer[],
  mode: Mode,
): AnswerOutcome[] {
  if (answers.length === 0) return [];
  const tz = ctx.timeZone();
  const vocabulary = vocabularyFrom(readTable(workbook, dictionariesTable), tz);
  const bank = readBank(workbook, spec.table);
  const quarantine = mode === 'event' ? readQuarantine(workbook, tz) : null;
  const table = spec.table;
  const byEmail = new Map<string, number[]>();
  for (const r of bank.rows()) {
    const e = normalizeEmail(cellText(r.cells.email, tz));
    if (e) byEmail.set(e, [...(byEmail.get(e) ?? []), r.row]);
  }
  /** Values this run already decided for existing rows (record space), so a later answer compares against them. */
  const overlay = new Map<number, Record<string, unknown>>();
  const updates = new Map<string, CellUpdate>();
  const inserts = new Map<string, PendingInsert>();
  const toQuarantine: QuarantineEntry[] = [];
  const outcomes: Array<AnswerOutcome | { kind: 'insert'; answer: FormAnswer; email: string; first: boolean }> = [];
  const journal: JournalEntry[] = [];

  const decodeRow = (row: number): ExistingRow<Record<string, unknown>> => {
    const line = bank.grid[row - 1] ?? [];
    const out: Record<string, unknown> = { rowIndex: row };
    for (const col of table.columns) {
      const at = bank.columns.get(col.field);
      out[col.field] = at === undefined ? null : decodeCell(col, line[at - 1], tz);
    }
    return { ...out, ...overlay.get(row), rowIndex: row, email: String(out.email ?? '') } as ExistingRow<
      Record<string, unknown>
    >;
  };
  const idOf = (row: number) => cellText(bank.grid[row - 1]?.[(bank.columns.get('id') ?? 0) - 1], tz);

  for (const answer of answers) {
    const options: ParseOptions = { answeredOn: answer.answeredAt ? toCalendarDate(answer.answeredAt, tz) : null };
    const parsed = spec.parse(answer.namedValues, vocabulary, options);
    if (!parsed.ok) {
      if (mode === 'accept') {
        outcomes.push({ kind: 'invalid', answer, reasons: parsed.reasons });
        continue;
      }
      const fullName = new AnswerReader(answer.namedValues).read(fullNameQuestion).text;
      toQuarantine.push({ answer, formLabel, reasons: parsed.reasons, email: parsed.email, fullName });
      outcomes.push({ kind: 'quarantined', answer, reasons: parsed.reasons, row: null });
      continue;
    }
    const record = spec.toRecord(parsed.profile);
    const email = normalizeEmail(String(record.email));
    const pending = inserts.get(email);
    if (pending) {
      // A second answer of a teacher not yet in the bank: the later answer's form fields win.
      Object.assign(pending.record, record);
      pending.answers.push(answer);
      outcomes.push({ kind: 'insert', answer, email, first: false });
      continue;
    }
    const rows = byEmail.get(email) ?? [];
    if (rows.length === 0) {
      inserts.set(email, { record: { ...spec.newRow(ctx), ...record }, answers: [answer] });
      outcomes.push({ kind: 'insert', answer, email, first: true });
      continue;
    }
    const plan = planUpsert(rows.map(decodeRow), { ...record, email });
    if (plan.kind !== 'update') continue; // unreachable: rows were found by this e-mail
    const changes = plan.changes.filter((c) => bank.columns.has(c.field));
    const over = overlay.get(plan.rowIndex) ?? {};
    for (const c of changes) {
      over[c.field] = c.after;
      const col = table.columns.find((x) => x.field === c.field)!;
      updates.set(`${plan.rowIndex}:${c.field}`, {
        row: plan.rowIndex,
        field: c.field,
        value: encodeCell(col, c.after, tz),
      });
    }
    overlay.set(plan.rowIndex, over);
    const id = idOf(plan.rowIndex);
    const who = `${id || `строка ${plan.rowIndex}`} ${shown(record.fullName)} (${email})`;
    const header = (field: string) => table.columns.find((c) => c.field === field)?.header ?? field;
    const dup = plan.duplicates.length
      ? ` В банке есть ещё строки с этим адресом (${describeRows(plan.duplicates)}): проверьте дубли.`
      : '';
    journal.push({
      what: changes.length ? 'Ответ формы: профиль обновлён' : 'Ответ формы: повторный ответ без изменений',
      sheet: table.sheetName,
      rows: String(plan.rowIndex),
      details: changes.length
        ? `${who}, ответ от ${stamp(answer.answeredAt, tz)}: ${changes.map((c) => `«${header(c.field)}»: ${shown(c.before)} → ${shown(c.after)}`).join('; ')}. Поля куратора (статус, пара, примечания) не менялись.${dup}`
        : `${who}, ответ от ${stamp(answer.answeredAt, tz)}: данные совпадают с банком.${dup}`,
    });
    outcomes.push({
      kind: changes.length ? 'updated' : 'unchanged',
      answer,
      sheet: table.sheetName,
      row: plan.rowIndex,
      id,
    });
  }

  // Writes: changed cells (one block per column), new rows (one block), quarantine (one block), journal (one block).
  writeCells(bank, [...updates.values()]);
  const newRows = [...inserts.values()];
  const ids = nextTableIds(ctx, bank, newRows.length);
  const written = appendRecords(
    bank,
    newRows.map((p, i) => ({ ...p.record, id: ids[i] })),
    tz,
  );
  const insertedAt = new Map<string, { row: number; id: string }>();
  newRows.forEach((p, i) => {
    const email = normalizeEmail(String(p.record.email));
    insertedAt.set(email, { row: written[i]!, id: ids[i]! });
    journal.push({
      what: 'Ответ формы: добавлен в банк',
      sheet: table.sheetName,
      rows: String(written[i]),
      details: `${ids[i]} ${shown(p.record.fullName)} (${email}), ответ от ${stamp(p.answers[0]!.answeredAt, tz)}, строка ${p.answers[0]!.row} листа «${p.answers[0]!.sheetName}». Источник — «${SOURCE_LABEL}».${p.answers.length > 1 ? ` Учтено ответов: ${p.answers.length} (последний — главный).` : ''}`,
    });
  });
  const quarantined = quarantine ? appendToQuarantine(quarantine, toQuarantine, ctx.now(), tz) : [];
  if (quarantined.length) {
    journal.push({
      what: 'Ответ формы: отложен в карантин',
      sheet: quarantineTable.sheetName,
      rows: describeRows(quarantined.map((q) => q.row)),
      details: quarantined
        .map(
          ({ entry }) =>
            `${entry.email ?? 'адрес не прочитан'}, ответ от ${stamp(entry.answer.answeredAt, tz)}: ${entry.reasons.join('; ')}`,
        )
        .join(' | ')
        .slice(0, 5000),
    });
  }

  const added = newRows.map((_, i) => ids[i]!);
  const updated = [...new Set(outcomes.flatMap((o) => (o.kind === 'updated' ? [o.id] : [])))].filter((id) => id !== '');
  const reactions = [
    ...(added.length ? afterBankChange(ctx, { bank: spec.bank, kind: 'added', ids: added, source: SOURCE_LABEL }) : []),
    ...(updated.length
      ? afterBankChange(ctx, { bank: spec.bank, kind: 'updated', ids: updated, source: SOURCE_LABEL })
      : []),
  ];
  if (reactions.length)
    journal.push({ what: 'После изменения банка', sheet: table.sheetName, details: reactions.join(' ') });
  appendJournal(ctx, workbook, journal);

  const keyed = new Map(quarantined.map((q) => [q.entry.answer.key, q.row]));
  return outcomes.map((o): AnswerOutcome => {
    if (o.kind === 'insert') {
      const at = insertedAt.get(o.email)!;
      return { kind: o.first ? 'added' : 'updated', answer: o.answer, sheet: table.sheetName, row: at.row, id: at.id };
    }
    if (o.kind === 'quarantined') return { ...o, row: keyed.get(o.answer.key) ?? null };
    return o;
  });
}
