// The academic year: 1 September to 31 August, written "2026/2027".
import { calendarDate, compareDates, type CalendarDate } from './calendar-date';

export interface AcademicYear {
  /** The calendar year in which the academic year starts (2026 for 2026/2027). */
  readonly startYear: number;
}

const LABEL = /^\s*(\d{4})\s*[/\-–]\s*(\d{4})\s*$/;

/** Parses "2026/2027" (also "2026-2027"); null unless the second year follows the first. */
export function parseAcademicYear(text: string): AcademicYear | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b === a + 1 ? { startYear: a } : null;
}

export function academicYearLabel(y: AcademicYear): string {
  return `${y.startYear}/${y.startYear + 1}`;
}

/** "2026-2027": for folder and file names, where a slash is not allowed. */
export function academicYearSlug(y: AcademicYear): string {
  return `${y.startYear}-${y.startYear + 1}`;
}

export function academicYearStart(y: AcademicYear): CalendarDate {
  return calendarDate(y.startYear, 9, 1);
}

export function academicYearEnd(y: AcademicYear): CalendarDate {
  return calendarDate(y.startYear + 1, 8, 31);
}

/** The academic year a date falls in. */
export function academicYearOf(d: CalendarDate): AcademicYear {
  return { startYear: d.month >= 9 ? d.year : d.year - 1 };
}

export function nextAcademicYear(y: AcademicYear): AcademicYear {
  return { startYear: y.startYear + 1 };
}

/** A yearly day-and-month ("15.09") placed in the academic year: September–December in the first year. */
export function dateInAcademicYear(y: AcademicYear, month: number, day: number): CalendarDate {
  return calendarDate(month >= 9 ? y.startYear : y.startYear + 1, month, day);
}

export function isInAcademicYear(y: AcademicYear, d: CalendarDate): boolean {
  return compareDates(d, academicYearStart(y)) >= 0 && compareDates(d, academicYearEnd(y)) <= 0;
}
