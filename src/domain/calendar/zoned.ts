// The one place where instants (Date) become calendar dates of a time zone and back.
import { calendarDate, type CalendarDate } from './calendar-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Readings already made: a sheet's date cells repeat the same few hundred instants (midnights) across thousands of
 * rows, and Intl's formatToParts is the slow part of reading them. Bounded: cleared when full.
 */
const readings = new Map<string, WallClock>();
const READINGS_MAX = 20_000;

/** The wall-clock reading of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const key = `${timeZone}|${instant.getTime()}`;
  const known = readings.get(key);
  if (known) return { ...known };
  const w = readWallClock(instant, timeZone);
  if (readings.size >= READINGS_MAX) readings.clear();
  readings.set(key, w);
  return { ...w };
}

function readWallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The calendar date an instant falls on in the given zone (a sheet date cell, "now", an event time). */
export function toCalendarDate(instant: Date, timeZone: string): CalendarDate {
  const w = wallClock(instant, timeZone);
  return calendarDate(w.year, w.month, w.day);
}

/** Offset of the zone from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of a wall-clock time in a zone (midnight by default): what a date cell stores. */
export function fromCalendarDate(d: CalendarDate, timeZone: string, hour = 0, minute = 0): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  // Second pass settles instants near a DST change.
  instant = guess - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}
