// Crossing the cell boundary: what getValues gives (string, number, boolean, Date) ↔ what the domain holds.
import { parseCalendarDate, toRuDate, type CalendarDate } from '../domain/calendar/calendar-date';
import { fromCalendarDate, toCalendarDate } from '../domain/calendar/zoned';

/** A value as Range.getValues returns it; '' is an empty cell. */
export type CellValue = string | number | boolean | Date;

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The text of a cell as a person reads it: dates as ДД.ММ.ГГГГ in the workbook's zone, numbers as typed. */
export function cellText(v: unknown, timeZone: string): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : toRuDate(toCalendarDate(v, timeZone));
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  return String(v).trim();
}

/** A date cell: a Date instant (a real date cell), or text "01.09.2026" / "2026-09-01" typed into a text cell. */
export function cellDate(v: unknown, timeZone: string): CalendarDate | null | 'invalid' {
  if (isBlank(v)) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : toCalendarDate(v, timeZone);
  if (typeof v === 'string') return parseCalendarDate(v) ?? 'invalid';
  return 'invalid';
}

/** A number cell: a number, or text such as "5" or "2,5" (a Russian decimal comma). */
export function cellNumber(v: unknown): number | null | 'invalid' {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'invalid';
  if (typeof v === 'string') {
    const t = v.trim().replace(/\s+/g, '').replace(',', '.');
    return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : 'invalid';
  }
  return 'invalid';
}

/**
 * Text for a cell that must stay text: a leading = + - @ would make Sheets parse it as a formula
 * (USER_ENTERED), so it gets the apostrophe that Sheets hides and never stores (apps-script-facts §5.4).
 */
export function textCell(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** What a date cell stores: the zone's midnight of the calendar date. */
export function dateCell(d: CalendarDate | null, timeZone: string): Date | string {
  return d ? fromCalendarDate(d, timeZone) : '';
}
