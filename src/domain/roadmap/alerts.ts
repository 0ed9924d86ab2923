// Which roadmap items to remind about today: on the lead days, on the due day, the day after, then weekly while overdue.
import { academicYearOf, type AcademicYear } from '../calendar/academic-year';
import { daysBetween, type CalendarDate } from '../calendar/calendar-date';
import { deadlineFor } from './deadline-rule';
import { DAY_FORMS, pluralRu } from './plural-ru';
import type { RoadmapItem } from './roadmap-item';
import { isClosed, type ItemStatus, type StatusedItem } from './status';

export type AlertKind = 'upcoming' | 'due_today' | 'overdue';

export interface AlertSettings {
  /** Days before a deadline to remind on; the school's setting «За сколько дней напоминать». */
  readonly leadDays: readonly number[];
  /** The workbook's academic year; when absent, the year today falls in. */
  readonly academicYear?: AcademicYear;
}

export const defaultAlertSettings: AlertSettings = { leadDays: [14, 7, 1] };

export interface RoadmapAlert {
  readonly item: RoadmapItem;
  readonly status: ItemStatus;
  /** The day the alert is for. */
  readonly on: CalendarDate;
  readonly kind: AlertKind;
  /** Days until the deadline (upcoming), 0 (due today) or days past it (overdue). */
  readonly days: number;
  readonly deadline: CalendarDate;
  /** «через 14 дней», «завтра», «сегодня», «просрочено на 1 день». */
  readonly phraseRu: string;
}

const OVERDUE_REPEAT_DAYS = 7;

export function alertPhraseRu(kind: AlertKind, days: number): string {
  switch (kind) {
    case 'upcoming':
      return days === 1 ? 'завтра' : `через ${days} ${pluralRu(days, DAY_FORMS)}`;
    case 'due_today':
      return 'сегодня';
    case 'overdue':
      return `просрочено на ${days} ${pluralRu(days, DAY_FORMS)}`;
  }
}

/** The kind and days of a reminder for a deadline seen from today, or null when today is not a reminder day. */
export function reminderOn(
  deadline: CalendarDate,
  today: CalendarDate,
  leadDays: readonly number[],
): { kind: AlertKind; days: number } | null {
  const until = daysBetween(today, deadline);
  if (until > 0) return leadDays.includes(until) ? { kind: 'upcoming', days: until } : null;
  if (until === 0) return { kind: 'due_today', days: 0 };
  const late = -until;
  // The day after the deadline, then once a week: 1, 8, 15, … days overdue.
  return (late - 1) % OVERDUE_REPEAT_DAYS === 0 ? { kind: 'overdue', days: late } : null;
}

/** Signed days to the deadline: the more negative, the more urgent. */
export function alertUrgency(alert: Pick<RoadmapAlert, 'kind' | 'days'>): number {
  return alert.kind === 'overdue' ? -alert.days : alert.days;
}

export function compareAlerts(a: RoadmapAlert, b: RoadmapAlert): number {
  return alertUrgency(a) - alertUrgency(b) || a.item.number.localeCompare(b.item.number, 'ru', { numeric: true });
}

/** Today's reminders for items that are neither done nor «не требуется», most urgent first. */
export function alertsFor(
  items: readonly StatusedItem[],
  today: CalendarDate,
  settings: AlertSettings = defaultAlertSettings,
): RoadmapAlert[] {
  const year = settings.academicYear ?? academicYearOf(today);
  // Only positive whole days lead a deadline; 0 is the due day, which always reminds.
  const leadDays = settings.leadDays.filter((d) => Number.isInteger(d) && d > 0);
  const alerts: RoadmapAlert[] = [];
  for (const { item, status } of items) {
    if (isClosed(status.state)) continue;
    const deadline = deadlineFor(item.rule, year);
    if (!deadline) continue; // «Ежегодно» without a date and «Постоянно» have no day to remind on.
    const hit = reminderOn(deadline, today, leadDays);
    if (!hit) continue;
    alerts.push({ item, status, on: today, ...hit, deadline, phraseRu: alertPhraseRu(hit.kind, hit.days) });
  }
  return alerts.sort(compareAlerts);
}

/**
 * The alert of an open item as seen on `today`, whatever the cadence: a reminder that could not be delivered
 * on its day is carried to the next digest with today's wording. Null when closed or without a date.
 */
export function alertAsOf(
  { item, status }: StatusedItem,
  today: CalendarDate,
  year: AcademicYear,
): RoadmapAlert | null {
  if (isClosed(status.state)) return null;
  const deadline = deadlineFor(item.rule, year);
  if (!deadline) return null;
  const until = daysBetween(today, deadline);
  const kind: AlertKind = until > 0 ? 'upcoming' : until === 0 ? 'due_today' : 'overdue';
  const days = Math.abs(until);
  return { item, status, on: today, kind, days, deadline, phraseRu: alertPhraseRu(kind, days) };
}
