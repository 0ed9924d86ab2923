// Use case «Завершить учебный год»: show the plan, then — only for the plan shown — archive the year's sheets into
// sheets named for the year, keep what continues, move «Настройки» to the next year. Nothing is deleted; every step is
// recorded, so a second run does nothing twice and an interrupted run resumes (the archive holds the originals).
import { academicYearLabel, nextAcademicYear, type AcademicYear } from '../../domain/calendar/academic-year';
import type { MenteeStatus, PairStatus } from '../../domain/model';
import {
  describePlan,
  planYearClose,
  type ArchiveStep,
  type CloseTable,
  type YearClosePlan,
} from '../../domain/year-close/plan';
import { policyOf } from '../../domain/year-close/policies';
import { withDocumentLock } from '../../google/lock';
import type { SheetGateway, WorkbookGateway } from '../../google/sheet-gateway';
import { readMentees } from '../../workbook/banks';
import { readPairs } from '../../workbook/pairs';
import { encodeCell, readTable, TableSnapshot, writeCells, type TableRow } from '../../workbook/repository';
import { workbookTables } from '../../workbook/registry';
import { numberFormatOf, setFormatsInRuns } from '../../workbook/setup';
import { columnOf, type TableSchema } from '../../workbook/table-schema';
import { documentStatusRu, documentsTable, documentTypeRu } from '../../workbook/tables/documents';
import { menteesTable } from '../../workbook/tables/mentees';
import { pairsTable } from '../../workbook/tables/pairs';
import { settingsTable } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { raiseIdFloor } from '../id-floor';
import { appendJournal, type JournalEntry } from '../journal';
import { closingData, type ClosingData } from './data';
import { readCloseState, saveCloseState, type YearCloseState } from './year-close-state';

export interface YearClosePreview {
  plan: YearClosePlan;
  /** The plan as plain lines, for the dialog and the sidebar. */
  lines: string[];
  /** A run of this close was interrupted: the next run continues it. */
  resuming: boolean;
  /** Per table key, how far an interrupted run got. */
  progress: Record<string, 'copying' | 'copied' | 'done'>;
}

export interface YearCloseResult {
  fromYear: string;
  toYear: string;
  archived: Array<{ sheetName: string; archiveName: string; rows: number; carried: number }>;
  resumed: boolean;
}

interface Source {
  table: TableSchema;
  working: TableSnapshot;
  /** Where the year's rows are read from: the archive once it is complete, else the working sheet. */
  source: TableSnapshot;
}

interface Prepared {
  year: AcademicYear;
  state: YearCloseState | null;
  sources: Map<string, Source>;
  plan: YearClosePlan;
}

function yearOf(data: ClosingData): AcademicYear {
  const check = data.check();
  if (!check.isSetUp) throw new UserError('Таблица ещё не настроена: выберите «Наставничество → Настроить таблицу».');
  const settings = check.settings;
  if (!settings) {
    const first = check.settingsRead.problems[0];
    throw new UserError(
      'Чтобы завершить год, исправьте лист «Настройки».',
      first ? [`${first.message} ${first.fix}`] : [],
    );
  }
  return settings.academicYear;
}

function prepare(ctx: AppContext, data: ClosingData): Prepared {
  const year = yearOf(data);
  let state = readCloseState(ctx);
  if (state && state.fromYear !== year.startYear) state = null;
  const workbook = data.workbook;
  const sources = new Map<string, Source>();
  const tables: CloseTable[] = [];
  let queuedDocuments = 0;
  for (const table of workbookTables) {
    const policy = policyOf(table.key);
    if (policy.kind === 'keep' || policy.kind === 'move-year') {
      tables.push({
        key: table.key,
        sheetName: table.sheetName,
        exists: workbook.sheet(table.sheetName) !== null,
        rows: [],
      });
      continue;
    }
    const working = readTable(workbook, table);
    const step = state?.steps[table.key];
    const archive = state && step && step !== 'copying' ? workbook.sheet(state.archives[table.key] ?? '') : null;
    if (state && step === 'copied' && !archive) delete state.steps[table.key]; // the archive vanished before the working sheet was touched: copy again
    const source = archive ? new TableSnapshot(table, archive, archive.readAll()) : working;
    sources.set(table.key, { table, working, source });
    const rows = source.rows();
    const carry = policy.kind === 'archive-carry' ? policy.carry : null;
    tables.push({
      key: table.key,
      sheetName: table.sheetName,
      exists: working.sheet !== null || archive !== null,
      rows: rows.map((r) => r.row),
      ...(carry === 'rows-of-carried-pairs'
        ? { pairIdOfRow: new Map(rows.map((r) => [r.row, String(r.cells.pairId ?? '').trim()])) }
        : {}),
      ...(carry === 'standing-rows'
        ? { standingRows: rows.filter((r) => isStanding(table, r)).map((r) => r.row) }
        : {}),
    });
    if (table.key === documentsTable.key && !(state && step))
      queuedDocuments = rows.filter((r) => word(r.cells.status) === documentStatusRu.queued).length;
  }
  const rowCtx = data.rowContext();
  const pairsSource = sources.get(pairsTable.key)?.source ?? readTable(workbook, pairsTable);
  const pairs = readPairs(pairsSource, rowCtx);
  const menteesSource = sources.get(menteesTable.key)?.source ?? readTable(workbook, menteesTable);
  const mentees = readMentees(menteesSource, rowCtx);
  const plan = planYearClose({
    year,
    today: ctx.today(),
    tables,
    pairs: {
      valid: pairs.records
        .filter((r) => r.value.id)
        .map((r) => ({ row: r.row, id: r.value.id, status: r.value.status as PairStatus, endDate: r.value.endDate })),
      invalidRows: [...pairs.invalidRows, ...pairs.records.filter((r) => !r.value.id).map((r) => r.row)].sort(
        (a, b) => a - b,
      ),
    },
    mentees: {
      valid: mentees.records.map((r) => ({
        row: r.row,
        id: r.value.id,
        name: r.value.fullName,
        status: r.value.status as MenteeStatus,
        pairId: r.value.pairId,
      })),
      invalidRows: mentees.invalidRows,
    },
    sheetNames: workbook.sheetNames(),
    ownArchives: state?.archives ?? {},
  });
  if (queuedDocuments)
    plan.blockers.push(
      `Не закончено формирование документов (в очереди: ${queuedDocuments}): завершите или отмените его в панели «Документы», иначе оно оборвётся на архиве реестра.`,
    );
  return { year, state, sources, plan };
}

const word = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase();

/** A row that is not of the year and stays when its sheet is archived: a school template in «Документы». */
function isStanding(table: TableSchema, r: TableRow): boolean {
  return table.key === documentsTable.key && word(r.cells.type) === documentTypeRu.template;
}

export function previewYearClose(ctx: AppContext): YearClosePreview {
  const prepared = prepare(ctx, closingData(ctx));
  const { plan, state } = prepared;
  const resuming = state !== null && !state.finishedAt && Object.keys(state.steps).length > 0;
  const lines = describePlan(plan);
  if (resuming)
    lines.unshift('Прошлый запуск завершения года был прерван: он будет продолжен с того места, где остановился.');
  return { plan, lines, resuming, progress: { ...(state?.steps ?? {}) } };
}

/**
 * A cell read from the grid, written back as it was. Text keeps the apostrophe Sheets hides: in a column without a
 * text format «4.2» would become a date and «=…» a formula (apps-script-facts §5.4).
 */
function cellBack(v: unknown): unknown {
  if (v === null || v === undefined || v === '') return '';
  return typeof v === 'string' ? `'${v}` : v;
}

function rectangle(lines: readonly unknown[][], width: number): unknown[][] {
  return lines.map((l) => Array.from({ length: width }, (_, i) => cellBack(l[i])));
}

/** The archive sheet: created (or, after an interrupted copy, overwritten) with every row of the year, formatted. */
function writeArchive(
  workbook: WorkbookGateway,
  table: TableSchema,
  name: string,
  grid: readonly unknown[][],
): SheetGateway {
  const existing = workbook.sheet(name);
  const sheet = existing ?? workbook.insertSheet(name);
  if (existing) sheet.clearValues();
  const width = Math.max(1, ...grid.map((l) => l.length));
  // Formats first (dates stay dates, text columns text), on a grid already large enough for every row.
  sheet.ensureSize(Math.max(grid.length, 2), width);
  formatArchive(
    new TableSnapshot(
      { ...table, sheetName: name },
      sheet,
      grid.map((l) => [...l]),
    ),
  );
  if (grid.length) sheet.writeBlock(1, 1, rectangle(grid, width));
  return sheet;
}

/** An archive is for reading: header, number formats, notes and colour; no dropdowns or widths (fewer calls). */
function formatArchive(snapshot: TableSnapshot): void {
  const sheet = snapshot.sheet!;
  const width = snapshot.headers.length;
  if (width < 1) return;
  sheet.styleHeader(width);
  if (snapshot.table.color) sheet.setTabColor(snapshot.table.color);
  const formats: Array<{ at: number; format: string }> = [];
  const notes = new Map<number, string>();
  for (const col of snapshot.table.columns) {
    const at = snapshot.columns.get(col.field);
    if (at === undefined) continue;
    notes.set(at, col.note);
    const format = numberFormatOf(col);
    if (format) formats.push({ at, format });
  }
  sheet.setHeaderNotes(notes, width);
  setFormatsInRuns(sheet, formats);
}

/** The working sheet for the new year: the header as it is, the carried rows (changed as the plan says), then blanks. */
function rewriteWorking(ctx: AppContext, s: Source, step: ArchiveStep, plan: YearClosePlan): void {
  const sheet = s.working.sheet;
  if (!sheet) return;
  const grid = s.source.grid;
  const width = Math.max(s.working.headers.length, ...grid.map((l) => l.length), 1);
  const carried = step.carryRows.map((row) => [...(grid[row - 1] ?? [])]);
  if (s.table.key === menteesTable.key) {
    const status = s.source.columns.get('status');
    const pairId = s.source.columns.get('pairId');
    const waiting = new Map(plan.continuingMentees.filter((m) => m.becomesWaiting).map((m) => [m.row, m]));
    step.carryRows.forEach((row, i) => {
      if (!waiting.has(row)) return;
      if (status !== undefined)
        carried[i]![status - 1] = encodeCell(columnOf(menteesTable, 'status'), 'waiting', ctx.timeZone());
      if (pairId !== undefined) carried[i]![pairId - 1] = '';
    });
  }
  const policy = policyOf(s.table.key);
  if (policy.kind === 'archive-reset')
    for (const field of policy.clearFields) {
      const at = s.source.columns.get(field);
      if (at !== undefined) for (const line of carried) line[at - 1] = '';
    }
  const oldRows = Math.max(s.working.lastRow(), grid.length) - 1;
  const lines = rectangle(carried, width);
  while (lines.length < oldRows) lines.push(new Array<unknown>(width).fill(''));
  if (lines.length) sheet.writeBlock(2, 1, lines);
}

export function runYearClose(ctx: AppContext, input: { fingerprint: string }): YearCloseResult {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const { year, plan, sources, state: found } = prepare(ctx, data);
    if (plan.blockers.length) throw new UserError('Завершить учебный год сейчас нельзя.', plan.blockers);
    if (plan.fingerprint !== input.fingerprint)
      throw new UserError(
        'Таблица изменилась после того, как был показан план завершения года. Посмотрите план ещё раз и подтвердите.',
      );
    const resumed = found !== null && Object.keys(found.steps).length > 0;
    const state: YearCloseState = found ?? {
      fromYear: year.startYear,
      steps: {},
      archives: {},
      startedAt: ctx.now().toISOString(),
    };
    const journal: JournalEntry[] = [];
    const archived: YearCloseResult['archived'] = [];
    for (const step of plan.steps) {
      const s = sources.get(step.key)!;
      if (!state.steps[step.key] || state.steps[step.key] === 'copying') {
        state.steps[step.key] = 'copying';
        state.archives[step.key] = step.archiveName;
        saveCloseState(ctx, state);
        writeArchive(data.workbook, s.table, step.archiveName, s.working.grid);
        if (s.table.idField && s.table.idPrefix) {
          const at = s.working.columns.get(s.table.idField);
          if (at !== undefined)
            raiseIdFloor(
              ctx,
              s.table.idPrefix,
              s.working.grid.slice(1).map((l) => String(l[at - 1] ?? '')),
            );
        }
        state.steps[step.key] = 'copied';
        saveCloseState(ctx, state);
        journal.push({
          what: 'Архив учебного года',
          sheet: step.archiveName,
          details: `Скопировано с листа «${step.sheetName}»: ${step.rows} строк.`,
        });
        // The working sheet is rewritten from the archive from now on, as a resumed run would.
        s.source = new TableSnapshot(s.table, data.workbook.sheet(step.archiveName), s.working.grid);
      }
      if (state.steps[step.key] === 'copied') {
        rewriteWorking(ctx, s, step, plan);
        state.steps[step.key] = 'done';
        saveCloseState(ctx, state);
        journal.push({
          what: 'Лист подготовлен к новому году',
          sheet: step.sheetName,
          details: step.carryRows.length
            ? `Оставлено строк, которые продолжают работу: ${step.carryRows.length} из ${step.rows}.`
            : 'Все строки перенесены в архив.',
        });
      }
      archived.push({
        sheetName: step.sheetName,
        archiveName: step.archiveName,
        rows: step.rows,
        carried: step.carryRows.length,
      });
    }
    appendJournal(ctx, data.workbook, journal);
    const next = academicYearLabel(nextAcademicYear(year));
    const settingsRow = data.check().settingsRead.rows.academicYear;
    if (settingsRow === undefined)
      throw new UserError('На листе «Настройки» нет строки «Учебный год»: выберите «Настроить таблицу».');
    writeCells(data.check().settingsSnapshot, [
      { row: settingsRow, field: 'value', value: encodeCell(columnOf(settingsTable, 'value'), next, ctx.timeZone()) },
    ]);
    state.finishedAt = ctx.now().toISOString();
    saveCloseState(ctx, state);
    appendJournal(ctx, data.workbook, [
      {
        what: 'Учебный год завершён',
        sheet: settingsTable.sheetName,
        details: `${plan.fromYear} → ${next}. ${describePlan(plan).join(' ')}`,
      },
    ]);
    return { fromYear: plan.fromYear, toYear: next, archived, resumed };
  });
}
