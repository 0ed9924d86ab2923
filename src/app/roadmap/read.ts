// Everything the roadmap check needs, read once per execution (one bulk read per sheet): settings, lists, both
// banks, pairs, «Дорожная карта», «Педагоги»; and the reminder settings, usable even when other settings are broken.
import {
  academicYearLabel,
  academicYearOf,
  parseAcademicYear,
  type AcademicYear,
} from '../../domain/calendar/academic-year';
import type { CalendarDate } from '../../domain/calendar/calendar-date';
import { toCalendarDate } from '../../domain/calendar/zoned';
import { normalizeEmail, type Email } from '../../domain/model';
import { withStatuses, type RoadmapFacts, type StatusedItem } from '../../domain/roadmap/status';
import type { Problem } from '../../domain/validation/problem';
import { workbookOf, type WorkbookGateway } from '../../google/sheet-gateway';
import { readPairs, type PairsRead } from '../../workbook/pairs';
import { readTable } from '../../workbook/repository';
import { readRoadmap, type RoadmapRead } from '../../workbook/roadmap';
import { settingsSchema, type SettingsRead } from '../../workbook/settings';
import { readStaff, type StaffRead } from '../../workbook/staff';
import { menteesTable } from '../../workbook/tables/mentees';
import { mentorsTable } from '../../workbook/tables/mentors';
import { pairsTable } from '../../workbook/tables/pairs';
import { roadmapTable } from '../../workbook/tables/roadmap';
import { settingsTable } from '../../workbook/tables/settings';
import { staffTable } from '../../workbook/tables/staff';
import { checkWorkbook, type WorkbookCheck } from '../check-workbook';
import { closingFacts } from '../closing/roadmap-facts';
import type { AppContext } from '../context';
import { requestFormAvailability } from '../forms/forms-status';
import { requestAnsweredEmails, roadmapFacts } from './facts';

/** What the reminders need from «Настройки»; each value falls back on its own, so one bad setting stops nothing. */
export interface ReminderSettings {
  timeZone: string;
  year: AcademicYear;
  leadDays: number[];
  curatorName: string;
  curatorEmail: Email;
  /** «Получатели напоминаний»; empty means the curator alone. */
  alertRecipients: Email[];
  /** Russian lines for what had to fall back (shown in the sidebar and the run log). */
  warnings: string[];
}

export const DEFAULT_LEAD_DAYS = [14, 7, 1];

/** Sheets without which the check cannot say anything true: it stops and says so rather than mail a guess. */
export const REQUIRED_SHEETS = [
  settingsTable.sheetName,
  roadmapTable.sheetName,
  mentorsTable.sheetName,
  menteesTable.sheetName,
  pairsTable.sheetName,
] as const;

export function reminderSettings(read: SettingsRead, spreadsheetTimeZone: string, now: Date): ReminderSettings {
  const s = read.settings;
  const raw = read.raw;
  const shape = settingsSchema(spreadsheetTimeZone).shape;
  const warnings: string[] = [];
  const field = <T>(
    schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
    value: string | undefined,
  ): T | null => {
    const r = schema.safeParse(value ?? '');
    return r.success ? (r.data as T) : null;
  };
  const timeZone = s?.timeZone ?? field<string>(shape.timeZone, raw.timeZone) ?? spreadsheetTimeZone;
  const today = toCalendarDate(now, timeZone);
  let year = s?.academicYear ?? parseAcademicYear(raw.academicYear ?? '');
  if (!year) {
    year = academicYearOf(today);
    warnings.push(
      `«Учебный год» в «Настройки» не заполнен или неверен: сроки считаются для ${academicYearLabel(year)}.`,
    );
  }
  let leadDays = s?.alertLeadDays ?? field<number[]>(shape.alertLeadDays, raw.alertLeadDays);
  if (!leadDays) {
    leadDays = DEFAULT_LEAD_DAYS;
    warnings.push(
      `«За сколько дней напоминать» в «Настройки» не разобрано: напоминания за ${DEFAULT_LEAD_DAYS.join(', ')} дн.`,
    );
  }
  const curatorEmail = s?.curatorEmail ?? field<string>(shape.curatorEmail, raw.curatorEmail) ?? '';
  if (!s && raw.curatorEmail && !curatorEmail)
    warnings.push('«Куратор наставничества: email» в «Настройки» не похож на адрес почты.');
  const alertRecipients = s?.alertRecipients ?? field<string[]>(shape.alertRecipients, raw.alertRecipients) ?? [];
  if (!s && raw.alertRecipients && alertRecipients.length === 0)
    warnings.push('«Получатели напоминаний» в «Настройки» не разобраны.');
  return {
    timeZone,
    year,
    leadDays,
    curatorName: s?.curatorName ?? raw.curatorName ?? '',
    curatorEmail: normalizeEmail(curatorEmail),
    alertRecipients: alertRecipients.map(normalizeEmail),
    warnings,
  };
}

export interface RoadmapWorkbook {
  workbook: WorkbookGateway;
  check: WorkbookCheck;
  settings: ReminderSettings;
  today: CalendarDate;
  /** Required sheets that do not exist (the check then stops). */
  missingSheets: string[];
  roadmap: RoadmapRead;
  pairs: PairsRead;
  /** null when «Педагоги» does not exist. */
  staff: StaffRead | null;
  facts: RoadmapFacts;
  /** The request form's link for teachers' reminders; null when there is no open request form. */
  requestFormUrl: string | null;
  /** Emails whose request reached the mentee bank this academic year (answered the request form). */
  requestAnswered: Set<string>;
  /** The spreadsheet's own zone: dates in cells are dates of this zone. */
  sheetTimeZone: string;
  /** Valid roadmap rows with their status, in the sheet's order, by sheet row. */
  statuses: Map<number, StatusedItem>;
  /** Problems of «Дорожная карта», «Педагоги» and «Пары и группы» (the banks' own are in check.problems). */
  problems: Problem[];
}

export function readRoadmapWorkbook(ctx: AppContext): RoadmapWorkbook {
  const workbook = workbookOf(ctx);
  const missingSheets = REQUIRED_SHEETS.filter((name) => workbook.sheet(name) === null);
  const check = checkWorkbook(ctx, workbook);
  const settings = reminderSettings(check.settingsRead, ctx.timeZone(), ctx.now());
  const today = toCalendarDate(ctx.now(), settings.timeZone);
  const rowCtx = { timeZone: ctx.timeZone(), vocabulary: check.vocabulary };
  const links = {
    mentorIds: new Set(check.mentors.records.map((r) => r.value.id).filter(Boolean)),
    menteeIds: new Set(check.mentees.records.map((r) => r.value.id).filter(Boolean)),
  };
  const pairs = readPairs(readTable(workbook, pairsTable), rowCtx, links);
  const roadmap = readRoadmap(readTable(workbook, roadmapTable), rowCtx);
  const staffSnapshot = readTable(workbook, staffTable);
  const staff = staffSnapshot.sheet ? readStaff(staffSnapshot, rowCtx) : null;
  const requestAnswered = requestAnsweredEmails(check.mentees, settings.year, ctx.timeZone());
  const requestForm = requestFormAvailability(ctx, workbook, check.settingsRead.raw);
  const facts = {
    ...roadmapFacts({
      mentors: check.mentors,
      mentees: check.mentees,
      pairs,
      requestAnswered,
      requestFormOpen: requestForm.open,
    }),
    ...closingFacts(workbook, rowCtx, settings.year, today),
  };
  const statusedList = withStatuses(
    roadmap.rows.map((r) => r.item),
    facts,
  );
  const statuses = new Map<number, StatusedItem>();
  roadmap.rows.forEach((r, i) => statuses.set(r.row, statusedList[i]!));
  return {
    workbook,
    check,
    settings,
    today,
    missingSheets,
    roadmap,
    pairs,
    staff,
    facts,
    requestAnswered,
    requestFormUrl: requestForm.url,
    sheetTimeZone: ctx.timeZone(),
    statuses,
    problems: [...roadmap.problems, ...(staff?.problems ?? []), ...pairs.problems],
  };
}
