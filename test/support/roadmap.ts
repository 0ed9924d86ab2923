// Helpers for the roadmap's tests: a set-up workbook, a person's edits, the daily trigger run as Apps Script runs it,
// and the outbox read back as digests (date, recipient, items).
import { setupWorkbook } from '../../src/app/setup-workbook';
import { toCalendarDate } from '../../src/domain/calendar/zoned';
import { toIsoDate } from '../../src/domain/calendar/calendar-date';
import { createPublicApi, type PublicApi } from '../../src/server/public-api';
import { advanceClock, outbox, type SentMail } from '../../tools/emulator/services';
import { workbookOf } from '../../src/google/sheet-gateway';
import { appendRecords, readTable } from '../../src/workbook/repository';
import type { TableSchema } from '../../src/workbook/table-schema';
import { dictionarySeeds } from '../../src/workbook/tables/dictionaries';
import { emulatedWorkbook, type EmulatedWorkbook } from './context';

export const CURATOR = 'curator@school.example';
/** A competence from the default «Справочники». */
export const COMPETENCE = dictionarySeeds.competencies[0]!;
export const TZ = 'Europe/Moscow';

export interface RoadmapWorld extends EmulatedWorkbook {
  api: PublicApi;
}

/** A workbook set up on `now` (default settings, the school's roadmap), with the curator's email filled in. */
export function roadmapWorld(
  now: string,
  options: { curatorEmail?: string; recipients?: string; year?: string } = {},
): RoadmapWorld {
  const wb = emulatedWorkbook({ now });
  wb.run((ctx) => setupWorkbook(ctx));
  const curator = options.curatorEmail ?? CURATOR;
  if (curator) setSetting(wb, 'Куратор наставничества: email', curator);
  if (options.recipients) setSetting(wb, 'Получатели напоминаний', options.recipients);
  if (options.year) setSetting(wb, 'Учебный год', options.year);
  return { ...wb, api: createPublicApi(() => wb.services) };
}

/** A person types a value into a cell found by its sheet, row and column header (outside any execution). */
export function setCell(wb: EmulatedWorkbook, sheetName: string, row: number, header: string, value: unknown): void {
  const sheet = wb.spreadsheet().getSheetByName(sheetName)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const col = headers.indexOf(header) + 1;
  if (col < 1) throw new Error(`no column «${header}» on «${sheetName}»`);
  sheet.getRange(row, col).setValue(value);
}

export function setSetting(wb: EmulatedWorkbook, label: string, value: string): void {
  const row = wb.values('Настройки').findIndex((r) => r[0] === label) + 1;
  if (row < 1) throw new Error(`no setting «${label}»`);
  setCell(wb, 'Настройки', row, 'Значение', value);
}

/** The sheet row of a roadmap item by its number. */
export function roadmapRow(wb: EmulatedWorkbook, number: string): number {
  const row = wb.values('Дорожная карта').findIndex((r) => r[0] === number) + 1;
  if (row < 1) throw new Error(`no roadmap item ${number}`);
  return row;
}

export function setRoadmap(wb: EmulatedWorkbook, number: string, header: string, value: unknown): void {
  setCell(wb, 'Дорожная карта', roadmapRow(wb, number), header, value);
}

/** Moves the clock to `to`, running every due time-driven trigger through the public API, as its owner. */
export function runTriggersUntil(wb: RoadmapWorld, to: string | number): number {
  return advanceClock(wb.world, to, (_trigger, event, record) => {
    wb.world.execute({ authMode: 'FULL', kind: 'trigger', user: record.user, functionName: record.handler }, () =>
      wb.api[record.handler]!.run(event),
    );
  });
}

/** Runs the daily handler once now, as if the trigger with this uid fired (the trigger firing twice, say). */
export function fireDailyNow(wb: RoadmapWorld, triggerUid: string, user = CURATOR): unknown {
  return wb.world.execute({ authMode: 'FULL', kind: 'trigger', user, functionName: 'onDailyTrigger' }, () =>
    wb.api.onDailyTrigger!.run({ triggerUid }),
  );
}

export interface MailView {
  /** yyyy-MM-dd in Moscow. */
  date: string;
  /** The instant it was sent (ISO). */
  at: string;
  to: string;
  subject: string;
  /** Roadmap item numbers listed in the digest, in order. */
  items: string[];
  body: string;
  html: string;
  /** Received as a blind copy of a shared message (teachers' reminders). */
  bcc?: boolean;
}

export function mailView(m: SentMail): MailView {
  const items = m.body
    .split('\n')
    .map((l) => /^\d+\. Пункт (.+?)\. /.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
  return {
    date: toIsoDate(toCalendarDate(new Date(m.sentAt), TZ)),
    at: m.sentAt,
    to: m.to.join(', '),
    subject: m.subject,
    items,
    body: m.body,
    html: m.htmlBody ?? '',
  };
}

/** What each person received: a message's own view (To), and one view per blind-copy recipient. */
export function mails(wb: EmulatedWorkbook): MailView[] {
  return outbox(wb.world).flatMap((m) => {
    const view = mailView(m);
    return [view, ...m.bcc.map((to) => ({ ...view, to, bcc: true }))];
  });
}

/** Rows added to a bank the way the add-on writes them (records by field), in one execution. */
export function addRows(wb: EmulatedWorkbook, table: TableSchema, records: Array<Record<string, unknown>>): number[] {
  return wb.run((ctx) => appendRecords(readTable(workbookOf(ctx), table), records, ctx.timeZone()));
}

export function mentorRecord(n: number, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `Н-${String(n).padStart(4, '0')}`,
    fullName: `Наставникова Мария ${n}`,
    email: `mentor${n}@school.example`,
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 12,
    competencies: [COMPETENCE],
    capacity: 2,
    forms: ['индивидуальная'],
    consentDate: { year: 2026, month: 9, day: 1 },
    status: 'active',
    ...patch,
  };
}

export function menteeRecord(n: number, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `НЯ-${String(n).padStart(4, '0')}`,
    fullName: `Молодова Анна ${n}`,
    email: `mentee${n}@school.example`,
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 1,
    category: dictionarySeeds.menteeCategories[0],
    requests: [COMPETENCE],
    desiredForm: 'индивидуальная',
    status: 'waiting',
    ...patch,
  };
}
