// A calendar date (no time, no zone): what the domain works with; instants are converted in src/google/dates.ts.
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`Нет такой даты: ${day}.${month}.${year}`);
  }
  return { year, month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Parses "2026-09-01" or "01.09.2026"; null when the text is not a real date. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return isValidDate(+m[1]!, +m[2]!, +m[3]!) ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
  m = RU.exec(t);
  if (m) return isValidDate(+m[3]!, +m[2]!, +m[1]!) ? { year: +m[3]!, month: +m[2]!, day: +m[1]! } : null;
  return null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "2026-09-01": the form dates travel in over RPC and are stored in properties. */
export function toIsoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "01.09.2026": how Russian documents and messages write a date. */
export function toRuDate(d: CalendarDate): string {
  return `${pad(d.day)}.${pad(d.month)}.${pad(d.year, 4)}`;
}

/** «сентябрь»: month names standing alone (a plan's «сентябрь–октябрь»). */
export const RU_MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** «1 сентября»: month names as a date is written in Russian. */
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** "1 сентября 2026 г.": the long form used in orders and programs. */
export function toRuLongDate(d: CalendarDate): string {
  return `${d.day} ${RU_MONTHS_GENITIVE[d.month - 1]} ${d.year} г.`;
}

/** Days since 1970-01-01: lets dates be compared and subtracted exactly. */
export function toEpochDay(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromEpochDay(n: number): CalendarDate {
  const dt = new Date(n * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Adds months, clamping the day to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** 1 = Monday … 7 = Sunday, as Apps Script's time-driven events count weekdays. */
export function isoWeekday(d: CalendarDate): number {
  const wd = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}
