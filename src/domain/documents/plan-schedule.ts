// Turns the library's month offsets («1», «3–6», «по запросу») into dates inside a program's actual period.
import {
  addDays,
  addMonths,
  compareDates,
  RU_MONTHS_NOMINATIVE,
  toRuDate,
  type CalendarDate,
} from '../calendar/calendar-date';

/** The library's offsets describe a 9-month program (October to June). */
export const LIBRARY_BASE_MONTHS = 9;

export type MonthOffsets = { from: number; to: number } | 'on-request';

/** "2", "2–3", "2-3", "по запросу"; anything unreadable counts as on request (the whole period). */
export function parseMonthOffsets(text: string): MonthOffsets {
  const t = text.trim().toLowerCase();
  const m = /^(\d{1,2})\s*(?:[-–—]\s*(\d{1,2}))?$/.exec(t);
  if (!m) return 'on-request';
  const from = Math.max(1, Number(m[1]));
  const to = Math.max(from, Number(m[2] ?? m[1]));
  return { from, to };
}

/** Whole months the period covers, a started month counting as one (at least 1). */
export function programMonths(start: CalendarDate, end: CalendarDate): number {
  const after = addDays(end, 1);
  let k = 1;
  while (compareDates(addMonths(start, k), after) < 0 && k < 600) k++;
  return k;
}

export interface ScheduledSpan {
  from: CalendarDate;
  to: CalendarDate;
  onRequest: boolean;
}

/** Scales offsets to the period and clamps them to it: month m of 9 becomes the matching share of the period. */
export function scheduleSpan(
  offsets: MonthOffsets,
  start: CalendarDate,
  end: CalendarDate,
  base = LIBRARY_BASE_MONTHS,
): ScheduledSpan {
  if (offsets === 'on-request') return { from: start, to: end, onRequest: true };
  const months = programMonths(start, end);
  const first = Math.min(Math.floor(((offsets.from - 1) * months) / base), months - 1);
  const last = Math.max(first + 1, Math.ceil((Math.min(offsets.to, base) * months) / base));
  const from = clamp(addMonths(start, first), start, end);
  const to = clamp(addDays(addMonths(start, last), -1), from, end);
  return { from, to, onRequest: false };
}

function clamp(d: CalendarDate, lo: CalendarDate, hi: CalendarDate): CalendarDate {
  if (compareDates(d, lo) < 0) return lo;
  if (compareDates(d, hi) > 0) return hi;
  return d;
}

function isMonthStart(d: CalendarDate): boolean {
  return d.day === 1;
}

function isMonthEnd(d: CalendarDate): boolean {
  return addDays(d, 1).day === 1;
}

/** «октябрь 2026», «октябрь – ноябрь 2026», «декабрь 2026 – январь 2027», otherwise «01.10.2026–15.11.2026». */
export function spanRu(span: ScheduledSpan): string {
  if (span.onRequest) return 'по запросу (в течение срока программы)';
  const { from, to } = span;
  if (isMonthStart(from) && isMonthEnd(to)) {
    const a = RU_MONTHS_NOMINATIVE[from.month - 1]!;
    const b = RU_MONTHS_NOMINATIVE[to.month - 1]!;
    if (from.year === to.year && from.month === to.month) return `${a} ${from.year}`;
    if (from.year === to.year) return `${a} – ${b} ${to.year}`;
    return `${a} ${from.year} – ${b} ${to.year}`;
  }
  return `${toRuDate(from)}–${toRuDate(to)}`;
}
