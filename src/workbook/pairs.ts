// Reads «Пары и группы» into domain Pairs plus a problem report, and turns a Pair back into a row to write.
import { addMonths, type CalendarDate } from '../domain/calendar/calendar-date';
import type { Mentee, Mentor, MentoringForm, Pair, PairStatus } from '../domain/model';
import type { Problem } from '../domain/validation/problem';
import type { TableSnapshot } from './repository';
import { parseRow, rowSchema, type RowContext } from './row-schema';
import { columnOf, MULTI_SEPARATOR, type TableSchema } from './table-schema';
import { pairsTable } from './tables/pairs';

export interface PairRecord {
  row: number;
  value: Pair;
  /** Compatibility and reasons as recorded when the pair was formed (display only). */
  score: number | null;
  reasons: string;
  endedOn: CalendarDate | null;
}

export interface PairsRead {
  snapshot: TableSnapshot;
  records: PairRecord[];
  invalidRows: number[];
  problems: Problem[];
  rowsWithoutId: number[];
  rowCount: number;
}

/** "Н-0001; Н-0002" or "Н-0001, Н-0002" or one per line → trimmed ids, no repeats. */
export function splitIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[;,\n]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

const header = (field: string) => columnOf(pairsTable as TableSchema<string>, field).header;

function problem(row: number, field: string, value: string, message: string, fix: string): Problem {
  return { sheet: pairsTable.sheetName, row, column: header(field), value, message, fix };
}

export interface PairLinks {
  /** Ids of the rows of both banks (valid or not): a pair pointing elsewhere is reported. */
  mentorIds: ReadonlySet<string>;
  menteeIds: ReadonlySet<string>;
}

/**
 * Validates every row with zod (via the table's row schema), then the links to the banks and the dates.
 * Invalid rows stay where they are and are reported; duplicate ids are reported on every row that has them.
 */
export function readPairs(snapshot: TableSnapshot, ctx: RowContext, links?: PairLinks): PairsRead {
  const schema = rowSchema(pairsTable, ctx);
  const rows = snapshot.rows();
  const records: PairRecord[] = [];
  const problems: Problem[] = [];
  const invalid = new Set<number>();
  const rowsWithoutId: number[] = [];
  const idRows = new Map<string, number[]>();
  for (const r of rows) {
    const idText = String(r.cells.id ?? '').trim();
    if (!idText) rowsWithoutId.push(r.row);
    else idRows.set(idText, [...(idRows.get(idText) ?? []), r.row]);
    const parsed = parseRow(schema, pairsTable, r.row, r.cells);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      invalid.add(r.row);
      continue;
    }
    const p = parsed.value;
    const mentorIds = splitIds(String(p.mentorIds ?? ''));
    const menteeIds = splitIds(String(p.menteeIds ?? ''));
    const rowProblems: Problem[] = [];
    const form = (String(p.form) || 'individual') as MentoringForm;
    if (form === 'individual' && menteeIds.length > 1) {
      rowProblems.push(
        problem(
          r.row,
          'form',
          'индивидуальная',
          `У индивидуальной пары ${menteeIds.length} наставляемых.`,
          'Укажите форму «групповая» или оставьте одного наставляемого.',
        ),
      );
    }
    if (links) {
      const lost = mentorIds.filter((id) => !links.mentorIds.has(id));
      if (lost.length)
        rowProblems.push(
          problem(
            r.row,
            'mentorIds',
            lost.join(MULTI_SEPARATOR),
            `Наставника ${lost.join(', ')} нет на листе «Наставники».`,
            'Проверьте ID: он должен совпадать с ID в банке наставников.',
          ),
        );
      const lostMentees = menteeIds.filter((id) => !links.menteeIds.has(id));
      if (lostMentees.length)
        rowProblems.push(
          problem(
            r.row,
            'menteeIds',
            lostMentees.join(MULTI_SEPARATOR),
            `Наставляемого ${lostMentees.join(', ')} нет на листе «Наставляемые».`,
            'Проверьте ID: он должен совпадать с ID в банке наставляемых.',
          ),
        );
    }
    const start = p.startDate as CalendarDate;
    const end = p.endDate as CalendarDate;
    if (start && end && end.year * 12 + end.month - (start.year * 12 + start.month) < 1) {
      rowProblems.push(
        problem(
          r.row,
          'endDate',
          '',
          'Окончание программы раньше её начала или в том же месяце.',
          'Укажите плановую дату окончания: от 3 до 12 месяцев после начала.',
        ),
      );
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      invalid.add(r.row);
      continue;
    }
    records.push({
      row: r.row,
      value: {
        id: idText,
        form,
        mentorIds,
        menteeIds,
        requests: (p.requests as string[] | null) ?? [],
        startDate: start,
        endDate: end,
        status: (String(p.status) || 'formed') as PairStatus,
        locked: p.locked === 'yes',
        orderLink: String(p.orderLink ?? ''),
        programLink: String(p.programLink ?? ''),
        notes: String(p.notes ?? ''),
      },
      score: typeof p.score === 'number' ? p.score : null,
      reasons: String(p.reasons ?? ''),
      endedOn: (p.endedOn as CalendarDate | null) ?? null,
    });
  }
  for (const [id, at] of idRows) {
    if (at.length < 2) continue;
    for (const row of at) {
      invalid.add(row);
      problems.push(
        problem(
          row,
          'id',
          id,
          `ID «${id}» встречается в строках ${at.join(', ')}.`,
          'У каждой пары свой ID: исправьте повтор (например, удалите лишнюю строку вручную).',
        ),
      );
    }
  }
  return {
    snapshot,
    records: records.filter((r) => !invalid.has(r.row)),
    invalidRows: [...invalid].sort((a, b) => a - b),
    problems,
    rowsWithoutId,
    rowCount: rows.length,
  };
}

/** Is this pair still taking a mentor's place? (Finished and dissolved pairs free it.) */
export function isOpenPair(status: PairStatus): boolean {
  return status !== 'finished' && status !== 'dissolved';
}

/** A pair the order or a program already names: changed only by replacing its mentor, never re-formed in place. */
export function isInDocuments(p: Pick<Pair, 'status' | 'orderLink' | 'programLink'>): boolean {
  return p.status !== 'formed' || p.orderLink !== '' || p.programLink !== '';
}

/**
 * Places taken per mentor id by open pairs: each mentee of a pair takes one place of its lead mentor (the first id).
 * Co-mentors help the lead and take no places: capacity is how many mentees a teacher leads at once.
 */
export function mentorLoad(pairs: readonly Pair[]): Map<string, number> {
  const load = new Map<string, number>();
  for (const p of pairs) {
    if (!isOpenPair(p.status)) continue;
    addLoad(load, p.mentorIds, p.menteeIds.length);
  }
  return load;
}

/** Adds a pair's mentees to its lead mentor's load (see mentorLoad). */
export function addLoad(load: Map<string, number>, mentorIds: readonly string[], mentees: number): void {
  const lead = mentorIds[0];
  if (lead !== undefined) load.set(lead, (load.get(lead) ?? 0) + mentees);
}

/** The «Согласия участников» cell: who has no written consent yet, or that everyone has. */
export function consentSummary(mentors: readonly Mentor[], mentees: readonly Mentee[]): string {
  const missing = [...mentors, ...mentees].filter((p) => !p.consentDate).map((p) => p.fullName);
  return missing.length ? `нет согласия: ${missing.join(', ')}` : 'все согласия есть';
}

/** A pair as a record for appendRecords / encodeCell (by field), names resolved from the banks. */
export function pairToRecord(
  pair: Pair,
  people: { mentors: readonly Mentor[]; mentees: readonly Mentee[] },
  extra: { score?: number | null; reasons?: string } = {},
): Record<string, unknown> {
  return {
    id: pair.id,
    form: pair.form,
    mentorIds: pair.mentorIds.join(MULTI_SEPARATOR),
    mentorNames: people.mentors.map((m) => m.fullName).join(MULTI_SEPARATOR),
    menteeIds: pair.menteeIds.join(MULTI_SEPARATOR),
    menteeNames: people.mentees.map((m) => m.fullName).join(MULTI_SEPARATOR),
    requests: pair.requests,
    startDate: pair.startDate,
    endDate: pair.endDate,
    status: pair.status,
    locked: pair.locked ? 'yes' : 'no',
    score: extra.score ?? null,
    reasons: extra.reasons ?? '',
    consents: consentSummary(people.mentors, people.mentees),
    orderLink: pair.orderLink,
    programLink: pair.programLink,
    notes: pair.notes,
  };
}

/** The planned end of a program that starts on `start` and lasts `months` (settings' default). */
export function plannedEnd(start: CalendarDate, months: number): CalendarDate {
  return addMonths(start, months);
}
