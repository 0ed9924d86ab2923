// The curator's daily «Карантин» summary for the one daily digest: the answers put in quarantine the day before.
import { addDays, sameDate, toIsoDate, toRuDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import { toCalendarDate, wallClock } from '../../domain/calendar/zoned';
import { normalizeEmail } from '../../domain/model';
import { workbookOf } from '../../google/sheet-gateway';
import { cellText } from '../../workbook/cells';
import { readTable } from '../../workbook/repository';
import { settingsFrom } from '../../workbook/settings';
import { quarantineStatusRu, quarantineTable } from '../../workbook/tables/quarantine';
import { settingsTable } from '../../workbook/tables/settings';
import type { AppContext } from '../context';
import type { DailyNote } from '../daily-notes';

/** Lines listed per note at most; the rest are counted. */
const MAX_LINES = 20;

/**
 * One note per day (key quarantine:<date>) for the curator (without a curator address: the alert recipients, else
 * the account running the daily check):
 * the rows that entered «Карантин» on the previous calendar day and still wait, so each row is reported once.
 */
export function quarantineDailyNotes(ctx: AppContext, today: CalendarDate): DailyNote[] {
  const tz = ctx.timeZone();
  const workbook = workbookOf(ctx);
  const q = readTable(workbook, quarantineTable);
  if (!q.sheet) return [];
  const yesterday = addDays(today, -1);
  const waiting = q.rows().filter((r) => cellText(r.cells.status, tz) === quarantineStatusRu.new);
  const fresh = waiting.filter(
    (r) => r.cells.at instanceof Date && sameDate(toCalendarDate(r.cells.at, tz), yesterday),
  );
  if (fresh.length === 0) return [];
  const raw = settingsFrom(readTable(workbook, settingsTable), tz).raw;
  const curator = normalizeEmail(raw.curatorEmail ?? '');
  const listed = (raw.alertRecipients ?? '')
    .split(/[,;\s]+/)
    .map(normalizeEmail)
    .filter(Boolean);
  // Without a curator address: the alert recipients, else the account the daily check runs as (who installed it).
  const fallback = normalizeEmail(ctx.userEmail());
  const recipients = curator ? [curator] : listed.length ? listed : fallback ? [fallback] : [];
  const lines = fresh.slice(0, MAX_LINES).map((r) => {
    const at = r.cells.at as Date;
    const w = wallClock(at, tz);
    const who =
      [cellText(r.cells.fullName, tz), cellText(r.cells.email, tz)].filter(Boolean).join(', ') || 'без ФИО и адреса';
    const reason = cellText(r.cells.reason, tz);
    return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')} «${cellText(r.cells.form, tz)}» — ${who}: ${reason.length > 300 ? reason.slice(0, 300) + '…' : reason} (строка ${r.row})`;
  });
  if (fresh.length > MAX_LINES) lines.push(`…и ещё ${fresh.length - MAX_LINES}.`);
  lines.push(
    `Всего ждут решения: ${waiting.length}. Исправьте ответ в столбце «Ответ» и нажмите «Принять» или «Отклонить» в панели «Формы».`,
  );
  return recipients.map((recipient) => ({
    recipient,
    key: `quarantine:${toIsoDate(today)}`,
    title: `Карантин ответов форм: новых за ${toRuDate(yesterday)} — ${fresh.length}`,
    lines,
    link: workbook.sheetUrl(quarantineTable.sheetName),
  }));
}
