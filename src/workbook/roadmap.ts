// Reads «Дорожная карта» into roadmap items plus a problem report, seeds it with the school's roadmap, and plans the
// writes of the add-on's own columns (status by data, basis, completion date).
import { toCalendarDate } from '../domain/calendar/zoned';
import type { CalendarDate } from '../domain/calendar/calendar-date';
import { defaultRoadmap } from '../domain/roadmap/default-roadmap';
import { parseDeadlineRule, type DeadlineRule } from '../domain/roadmap/deadline-rule';
import {
  responsibleRoleRu,
  roleFromText,
  type AutoStatusKey,
  type ManualStatus,
  type RoadmapItem,
} from '../domain/roadmap/roadmap-item';
import { statusStateRu, type StatusedItem } from '../domain/roadmap/status';
import type { Problem } from '../domain/validation/problem';
import { appendRecords, encodeCell, type CellUpdate, type TableSnapshot } from './repository';
import { parseRow, rowSchema, type RowContext } from './row-schema';
import { columnOf, type TableSchema } from './table-schema';
import { roadmapTable, type RoadmapField } from './tables/roadmap';

/** One valid row of the sheet: the domain item and what the person wrote around it. */
export interface RoadmapRow {
  row: number;
  item: RoadmapItem;
  /** «Ответственный» as written (a role or a person's name). */
  responsible: string;
  evidence: string;
  completedOn: CalendarDate | null;
  comment: string;
  /** The add-on's cells as read, so a write happens only when they change. */
  autoStatusCell: string;
  basisCell: string;
}

export interface RoadmapRead {
  snapshot: TableSnapshot;
  rows: RoadmapRow[];
  /** Rows with a problem: reported, left untouched, never reminded about. */
  invalidRows: number[];
  problems: Problem[];
}

const header = (field: RoadmapField) => columnOf(roadmapTable as TableSchema<string>, field).header;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** «15.09»: the yearly date as the sheet shows it. */
export function ruleCellText(rule: DeadlineRule): string {
  if (rule.kind === 'yearly') return 'ежегодно';
  if (rule.kind === 'ongoing') return 'постоянно';
  return `${String(rule.day).padStart(2, '0')}.${String(rule.month).padStart(2, '0')}`;
}

/**
 * The rule cell: text as typed, or a date cell (a person typed 15.09 into a cell Sheets turned into a date): its day
 * and month are exactly what was typed, so they are taken as the yearly date.
 */
function ruleOf(raw: unknown, timeZone: string): ReturnType<typeof parseDeadlineRule> {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    const d = toCalendarDate(raw, timeZone);
    return parseDeadlineRule(`${d.day}.${d.month}`);
  }
  return parseDeadlineRule(typeof raw === 'number' ? String(raw) : str(raw));
}

function problem(row: number, field: RoadmapField, value: string, message: string, fix: string): Problem {
  return { sheet: roadmapTable.sheetName, row, column: header(field), value, message, fix };
}

export function readRoadmap(snapshot: TableSnapshot, ctx: RowContext): RoadmapRead {
  const schema = rowSchema(roadmapTable, ctx);
  const rows: RoadmapRow[] = [];
  const problems: Problem[] = [];
  const invalid: number[] = [];
  for (const col of snapshot.missing.filter((c) => c.required)) {
    problems.push({
      sheet: roadmapTable.sheetName,
      row: 1,
      column: '',
      message: `На листе нет обязательного столбца «${col.header}».`,
      fix: 'Запустите «Наставничество → Настроить таблицу»: столбец будет добавлен в конец, данные не изменятся.',
    });
  }
  for (const r of snapshot.rows()) {
    const parsed = parseRow(schema, roadmapTable, r.row, r.cells);
    const rowProblems = parsed.ok ? [] : [...parsed.problems];
    const ruleText = String(r.cells.rule ?? '').trim();
    const rule = ruleOf(r.cells.rule, ctx.timeZone);
    // An empty rule is already reported as a missing required cell; a rule we cannot read is never guessed.
    if (!rule.ok && ruleText !== '') {
      rowProblems.push(
        problem(r.row, 'rule', ruleText, rule.errorRu, columnOf(roadmapTable as TableSchema<string>, 'rule').note),
      );
    }
    if (!parsed.ok || !rule.ok || rowProblems.length) {
      problems.push(...rowProblems);
      invalid.push(r.row);
      continue;
    }
    const p = parsed.value;
    const responsible = str(p.responsible);
    const autoKey = str(p.autoKey);
    rows.push({
      row: r.row,
      item: {
        stage: str(p.stage),
        number: str(p.number),
        activity: str(p.activity),
        deadlineText: str(p.deadlineText),
        rule: rule.rule,
        role: roleFromText(responsible),
        autoStatusKey: autoKey === '' ? null : (autoKey as AutoStatusKey),
        responsibleEmail: str(p.email),
        manualStatus: str(p.manualStatus) === '' ? null : (str(p.manualStatus) as ManualStatus),
      },
      responsible,
      evidence: str(p.evidence),
      completedOn: (p.completedOn as CalendarDate | null) ?? null,
      comment: str(p.comment),
      autoStatusCell: String(r.cells.autoStatus ?? '').trim(),
      basisCell: String(r.cells.basis ?? '').trim(),
    });
  }
  return { snapshot, rows, invalidRows: invalid, problems };
}

/** The school's roadmap as rows of the sheet, by field (encoded by the caller). */
export function defaultRoadmapRecords(): Array<Record<string, unknown>> {
  return defaultRoadmap.map((def) => ({
    number: def.number,
    stage: def.stage,
    activity: def.activity,
    deadlineText: def.deadlineText,
    rule: ruleCellText(def.rule),
    responsible: def.role ? responsibleRoleRu[def.role] : '',
    email: '',
    autoKey: def.autoStatusKey ?? '',
    manualStatus: '',
  }));
}

/** Whether the sheet has any roadmap row yet: setup seeds the school's roadmap only into an empty sheet. */
export function roadmapIsEmpty(snapshot: TableSnapshot): boolean {
  return snapshot.rows().length === 0;
}

/**
 * The add-on's cells that differ from what the data now shows: status by data and basis on every valid row, and the
 * completion date once, in an empty cell, when the item is closed as done. Encoded, ready for writeCells.
 */
export function roadmapStatusUpdates(
  read: RoadmapRead,
  statuses: ReadonlyMap<number, StatusedItem>,
  today: CalendarDate,
  timeZone: string,
): CellUpdate[] {
  const updates: CellUpdate[] = [];
  const col = (field: RoadmapField) => columnOf(roadmapTable as TableSchema<string>, field);
  const canWrite = (field: RoadmapField) => read.snapshot.columns.has(field);
  for (const r of read.rows) {
    const s = statuses.get(r.row);
    if (!s) continue;
    const auto = s.status.auto;
    const autoText = auto ? statusStateRu[auto.state] : '';
    const basis = auto ? auto.basisRu : s.status.basisRu;
    if (canWrite('autoStatus') && autoText !== r.autoStatusCell) {
      updates.push({ row: r.row, field: 'autoStatus', value: encodeCell(col('autoStatus'), autoText, timeZone) });
    }
    if (canWrite('basis') && basis !== r.basisCell) {
      updates.push({ row: r.row, field: 'basis', value: encodeCell(col('basis'), basis, timeZone) });
    }
    if (canWrite('completedOn') && r.completedOn === null && s.status.state === 'done') {
      const raw = read.snapshot.grid[r.row - 1]?.[read.snapshot.columns.get('completedOn')! - 1];
      // A cell a person filled with text we cannot read as a date is theirs: left alone.
      if (raw === '' || raw === undefined || raw === null) {
        updates.push({ row: r.row, field: 'completedOn', value: encodeCell(col('completedOn'), today, timeZone) });
      }
    }
  }
  return updates;
}

/** Setup: an empty «Дорожная карта» gets the school's roadmap in one block; a sheet with rows is never touched. */
export function seedRoadmap(snapshot: TableSnapshot, timeZone: string, report: { seeded: string[] }): void {
  if (!snapshot.sheet || !roadmapIsEmpty(snapshot)) return;
  appendRecords(snapshot, defaultRoadmapRecords(), timeZone);
  report.seeded.push(`${roadmapTable.sheetName} (${defaultRoadmap.length} пунктов)`);
}
