// The monitoring deadline of the roadmap (item 6.1, «Ежегодно, до 1 июня») placed in an academic year.
import { dateInAcademicYear, type AcademicYear } from '../calendar/academic-year';
import type { CalendarDate } from '../calendar/calendar-date';
import { defaultRoadmap } from '../roadmap/default-roadmap';
import type { DeadlineRule } from '../roadmap/deadline-rule';

export const MONITORING_ITEM = '6.1';

/** The rule the school's roadmap gives item 6.1 (the default roadmap's when the school gives none or no date). */
export function monitoringDeadline(year: AcademicYear, rule?: DeadlineRule | null): CalendarDate {
  const r = rule?.kind === 'date' ? rule : defaultRoadmap.find((i) => i.number === MONITORING_ITEM)?.rule;
  if (r?.kind === 'date') return dateInAcademicYear(year, r.month, r.day);
  return dateInAcademicYear(year, 6, 1);
}
