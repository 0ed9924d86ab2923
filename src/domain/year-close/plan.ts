// The plan of «Завершить учебный год», computed before anything is done and shown to the curator: which sheets are
// archived (and under which names), which rows carry over, which mentees continue, how the settings move.
import {
  academicYearEnd,
  academicYearLabel,
  academicYearOf,
  academicYearSlug,
  nextAcademicYear,
  type AcademicYear,
} from '../calendar/academic-year';
import { calendarDate, compareDates, toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { stableJson, textHash } from '../documents/content-hash';
import { ensureDot } from '../documents/ru-text';
import { countRu, pluralRu, type RuForms } from '../roadmap/plural-ru';
import type { MenteeStatus, PairStatus } from '../model';
import { policyOf } from './policies';

export interface CloseTable {
  key: string;
  sheetName: string;
  exists: boolean;
  /** Sheet rows with content below the header. */
  rows: readonly number[];
  /** For tables carried by pair: the pair id on each row. */
  pairIdOfRow?: ReadonlyMap<number, string>;
  /** For tables whose standing rows carry over (the templates in «Документы»): those rows. */
  standingRows?: readonly number[];
}

export interface ClosePair {
  row: number;
  id: string;
  status: PairStatus;
  endDate: CalendarDate;
}

export interface CloseMentee {
  row: number;
  id: string;
  name: string;
  status: MenteeStatus;
  pairId: string;
}

export interface YearCloseInput {
  /** The year in «Настройки». */
  year: AcademicYear;
  today: CalendarDate;
  tables: readonly CloseTable[];
  pairs: { valid: readonly ClosePair[]; invalidRows: readonly number[] };
  mentees: { valid: readonly CloseMentee[]; invalidRows: readonly number[] };
  /** Every sheet of the workbook. */
  sheetNames: readonly string[];
  /** Archive sheets an interrupted run of this same close created, by table key: they are reused, not duplicated. */
  ownArchives: Readonly<Record<string, string>>;
}

export interface ArchiveStep {
  key: string;
  sheetName: string;
  archiveName: string;
  /** Rows copied to the archive (all of them). */
  rows: number;
  /** Rows that stay on the working sheet for the new year. */
  carryRows: number[];
  /** The roadmap: archived, then its marks are cleared. */
  reset: boolean;
}

export interface YearClosePlan {
  fromYear: string;
  toYear: string;
  steps: ArchiveStep[];
  keep: Array<{ sheetName: string; whyRu: string }>;
  carriedPairs: string[];
  closedPairs: string[];
  /** Mentees who stay in the bank; those whose pair closed wait for a new mentor. */
  continuingMentees: Array<{ id: string; name: string; row: number; becomesWaiting: boolean }>;
  leavingMentees: Array<{ id: string; name: string }>;
  warnings: string[];
  /** Reasons the year cannot be closed now. */
  blockers: string[];
  /** Changes when anything the plan depends on changes: the run refuses a plan the curator has not seen. */
  fingerprint: string;
}

/** «Пары и группы (2026-2027)»: a sheet name cannot hold «/» safely in formulas, the slug is used. */
export function archiveSheetName(sheetName: string, year: AcademicYear, n = 1): string {
  return `${sheetName} (${academicYearSlug(year)}${n > 1 ? `, ${n}` : ''})`;
}

/** Before this day of the year's spring a close is refused: a second click after closing cannot close the new year. */
export const EARLIEST_CLOSE = { month: 4, day: 1 } as const;

const isClosed = (s: PairStatus) => s === 'finished' || s === 'dissolved';

export function planYearClose(input: YearCloseInput): YearClosePlan {
  const { year } = input;
  const warnings: string[] = [];
  const blockers: string[] = [];
  const current = academicYearOf(input.today);
  if (year.startYear > current.startYear) {
    blockers.push(
      `В настройках уже ${academicYearLabel(year)} учебный год, а он ещё не начался: ${academicYearLabel(current)} год, по-видимому, уже завершён.`,
    );
  } else if (
    year.startYear === current.startYear &&
    compareDates(input.today, calendarDate(year.startYear + 1, EARLIEST_CLOSE.month, EARLIEST_CLOSE.day)) < 0
  ) {
    blockers.push(
      `Учебный год ${academicYearLabel(year)} в разгаре (идёт до ${toRuDate(academicYearEnd(year))}): завершить его можно с ${toRuDate(calendarDate(year.startYear + 1, EARLIEST_CLOSE.month, EARLIEST_CLOSE.day))}.`,
    );
  } else if (
    year.startYear === current.startYear &&
    compareDates(input.today, calendarDate(year.startYear + 1, 6, 1)) < 0
  ) {
    warnings.push(
      `Учебный год ${academicYearLabel(year)} ещё идёт (до ${toRuDate(academicYearEnd(year))}): обычно его завершают в июне, после мониторинга.`,
    );
  }

  const carriedPairs = input.pairs.valid.filter((p) => !isClosed(p.status));
  const closedPairs = input.pairs.valid.filter((p) => isClosed(p.status));
  const carriedIds = new Set(carriedPairs.map((p) => p.id));
  for (const p of carriedPairs)
    if (compareDates(p.endDate, academicYearEnd(year)) <= 0)
      warnings.push(
        `Пара ${p.id} не завершена, хотя её программа рассчитана до ${toRuDate(p.endDate)}: она перейдёт в новый год. Если работа окончена, завершите программу пары.`,
      );
  if (input.pairs.invalidRows.length)
    warnings.push(
      `«Пары и группы»: строки ${input.pairs.invalidRows.join(', ')} не прошли проверку и останутся на листе; в архив попадёт их копия.`,
    );
  if (input.mentees.invalidRows.length)
    warnings.push(
      `«Наставляемые»: строки ${input.mentees.invalidRows.join(', ')} не прошли проверку и останутся в банке; в архив попадёт их копия.`,
    );

  const continuing: YearClosePlan['continuingMentees'] = [];
  const leaving: YearClosePlan['leavingMentees'] = [];
  for (const m of input.mentees.valid) {
    if (m.status === 'finished') leaving.push({ id: m.id, name: m.name });
    else
      continuing.push({
        id: m.id,
        name: m.name,
        row: m.row,
        becomesWaiting: m.pairId !== '' && !carriedIds.has(m.pairId),
      });
  }

  const taken = new Set(input.sheetNames.map((n) => n.toLowerCase()));
  const steps: ArchiveStep[] = [];
  const keep: YearClosePlan['keep'] = [];
  for (const t of input.tables) {
    const policy = policyOf(t.key);
    if (!t.exists) continue;
    if (policy.kind === 'keep') {
      keep.push({ sheetName: t.sheetName, whyRu: policy.whyRu });
      continue;
    }
    if (policy.kind === 'move-year') continue;
    let archiveName = input.ownArchives[t.key];
    if (!archiveName) {
      let n = 1;
      while (taken.has(archiveSheetName(t.sheetName, year, n).toLowerCase())) n++;
      archiveName = archiveSheetName(t.sheetName, year, n);
      taken.add(archiveName.toLowerCase());
    }
    let carryRows: number[] = [];
    if (policy.kind === 'archive-carry') {
      if (policy.carry === 'open-pairs') carryRows = [...carriedPairs.map((p) => p.row), ...input.pairs.invalidRows];
      else if (policy.carry === 'continuing-mentees')
        carryRows = [...continuing.map((m) => m.row), ...input.mentees.invalidRows];
      else if (policy.carry === 'standing-rows') carryRows = [...(t.standingRows ?? [])];
      else carryRows = t.rows.filter((r) => carriedIds.has(t.pairIdOfRow?.get(r) ?? ''));
    } else if (policy.kind === 'archive-reset') carryRows = [...t.rows];
    steps.push({
      key: t.key,
      sheetName: t.sheetName,
      archiveName,
      rows: t.rows.length,
      carryRows: [...new Set(carryRows)].filter((r) => t.rows.includes(r)).sort((a, b) => a - b),
      reset: policy.kind === 'archive-reset',
    });
  }

  const fromYear = academicYearLabel(year);
  const toYear = academicYearLabel(nextAcademicYear(year));
  const fingerprint = textHash(
    stableJson({
      fromYear,
      steps: steps.map((s) => [s.key, s.archiveName, s.rows, s.carryRows]),
      continuing: continuing.map((m) => [m.id, m.row, m.becomesWaiting]),
      leaving: leaving.map((m) => m.id),
    }),
  );
  return {
    fromYear,
    toYear,
    steps,
    keep,
    carriedPairs: carriedPairs.map((p) => p.id),
    closedPairs: closedPairs.map((p) => p.id),
    continuingMentees: continuing,
    leavingMentees: leaving,
    warnings,
    blockers,
    fingerprint,
  };
}

/** The plan in plain Russian lines: what the confirmation dialog and the sidebar show. */
export function describePlan(plan: YearClosePlan): string[] {
  const lines: string[] = [`Учебный год ${plan.fromYear} будет завершён, в «Настройках» станет ${plan.toYear}.`];
  for (const s of plan.steps) {
    const carried = s.carryRows.length;
    const copied = `${countRu(s.rows, ROWS)} ${pluralRu(s.rows, ['будет скопирована', 'будут скопированы', 'будут скопированы'])}`;
    const what = s.reset
      ? 'отметки статусов будут очищены для нового года'
      : carried
        ? `на листе останутся строки, которые продолжают работу: ${carried} из ${s.rows}`
        : 'лист начнёт новый год пустым';
    lines.push(`«${s.sheetName}»: ${copied} на лист «${s.archiveName}»; ${what}.`);
  }
  if (plan.carriedPairs.length) lines.push(`Продолжают работу пары: ${plan.carriedPairs.join(', ')}.`);
  const waiting = plan.continuingMentees.filter((m) => m.becomesWaiting);
  if (waiting.length)
    lines.push(
      ensureDot(`Продолжают участие и будут ждать нового наставника: ${waiting.map((m) => m.name).join(', ')}`),
    );
  if (plan.leavingMentees.length)
    lines.push(
      ensureDot(`Завершили участие и перейдут в архив банка: ${plan.leavingMentees.map((m) => m.name).join(', ')}`),
    );
  for (const k of plan.keep) lines.push(`«${k.sheetName}» не меняется (${k.whyRu}).`);
  lines.push('Ничего не удаляется: всё прежнее остаётся на листах архива.');
  return lines;
}

const ROWS: RuForms = ['строка', 'строки', 'строк'];
