// The daily digest's «Подбор» section: mentees re-offered a mentor since the last digest (once per re-offer), and once
// a week who has waited long for a mentor or is on «поддержка без пары» (new waiting mentees are the roadmap's note).
// Reads in bulk, sends nothing itself.
import {
  addDays,
  type CalendarDate,
  daysBetween,
  isoWeekday,
  parseCalendarDate,
  toEpochDay,
  toIsoDate,
  toRuDate,
} from '../../domain/calendar/calendar-date';
import { countRu } from '../../domain/roadmap/plural-ru';
import { menteesTable } from '../../workbook/tables/mentees';
import { checkWorkbook } from '../check-workbook';
import type { AppContext } from '../context';
import type { DailyNote, DailyRead } from '../daily-notes';
import { readReofferLog } from './reoffer';

/** Re-offers older than this are not told any more (the digest may have been off for a while). */
const REOFFER_TELL_DAYS = 7;
/** A mentee waiting longer than this is named in the weekly note. */
const LONG_WAIT_DAYS = 7;
const NAMES_SHOWN = 10;
const MENTEE: readonly [string, string, string] = ['наставляемый', 'наставляемых', 'наставляемых'];

const listNames = (names: string[]) =>
  names.length > NAMES_SHOWN
    ? `${names.slice(0, NAMES_SHOWN).join(', ')} и ещё ${names.length - NAMES_SHOWN}`
    : names.join(', ');

/** The Monday of the ISO week: the weekly note's key, so it goes out once a week whatever day the digest runs. */
function weekStart(d: CalendarDate): CalendarDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function matchingDailyNotes(ctx: AppContext, today: CalendarDate, read?: DailyRead): DailyNote[] {
  const check = read?.check ?? checkWorkbook(ctx);
  const settings = check.settings;
  if (!check.isSetUp || !settings) return [];
  const recipients = settings.curatorEmail ? [settings.curatorEmail] : settings.alertRecipients;
  if (recipients.length === 0) return [];
  const link = check.workbook.sheetUrl(menteesTable.sheetName);
  const notes: Omit<DailyNote, 'recipient'>[] = [];

  const perDate = new Map<string, number>();
  for (const entry of readReofferLog(ctx)) {
    const date = parseCalendarDate(entry.date);
    const n = (perDate.get(entry.date) ?? 0) + 1;
    perDate.set(entry.date, n);
    if (!date || toEpochDay(today) - toEpochDay(date) > REOFFER_TELL_DAYS) continue;
    notes.push({
      key: `matching-reoffer:${entry.date}#${n}`,
      title: 'Подбор: для наставляемых без пары появился наставник',
      lines: [
        `${toRuDate(date)}, ${entry.why}: снова ожидают наставника ${countRu(entry.items.length, MENTEE)}.`,
        ...entry.items.map((i) => `${i.name} — подходит ${i.mentorName} (совместимость ${i.score}).`),
        'Сформируйте пары в панели «Подбор» (Наставничество → Подбор → Подобрать наставника или Автоподбор).',
      ],
      link,
    });
  }

  // New waiting mentees are the roadmap's own note; this one names who has waited long and who is supported.
  const mentees = check.mentees.records.map((r) => r.value);
  const long = mentees.filter(
    (e) => e.status === 'waiting' && e.requestDate && daysBetween(e.requestDate, today) > LONG_WAIT_DAYS,
  );
  const supported = mentees.filter((e) => e.status === 'supported');
  if (long.length + supported.length > 0) {
    const lines: string[] = [];
    if (long.length)
      lines.push(
        `Ждут наставника дольше ${LONG_WAIT_DAYS} дней: ${long.length} — ${listNames(long.map((e) => e.fullName))}.`,
      );
    if (supported.length)
      lines.push(`На поддержке без пары: ${supported.length} — ${listNames(supported.map((e) => e.fullName))}.`);
    lines.push('Запустите «Автоподбор» или «Анализ банка», чтобы увидеть, каких наставников не хватает.');
    notes.push({
      key: `matching-waiting:${toIsoDate(weekStart(today))}`,
      title: 'Подбор: долго без наставника',
      lines,
      link,
    });
  }
  return recipients.flatMap((recipient) => notes.map((n) => ({ ...n, recipient })));
}
