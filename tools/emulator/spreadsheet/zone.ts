// Wall-clock parts of an instant in an IANA zone and back, plus Sheets serial days (epoch 1899-12-30 in the sheet's zone).
import { zonedParts } from '../services/zone';

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** Whatever Intl accepts as a zone id (what setSpreadsheetTimeZone takes is checked against this). */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function wallClock(ms: number, tz: string): WallClock {
  const p = zonedParts(ms, tz);
  return {
    year: p.year,
    month: p.month,
    day: p.day,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    weekday: p.weekday % 7,
  };
}

/** The instant whose wall clock in `tz` reads the given parts (two passes settle DST offsets). */
export function zonedToInstant(tz: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0, msPart = 0): number {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s, msPart);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(guess, tz);
    const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, msPart);
    guess += asUtc - wallAsUtc;
  }
  return guess;
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets serial number of an instant, counted in the spreadsheet's zone (apps-script-facts §5.6). */
export function toSerial(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, new Date(ms).getUTCMilliseconds());
  return (wallAsUtc - SERIAL_EPOCH) / DAY_MS;
}

/** The instant of a serial number in the spreadsheet's zone. */
export function fromSerial(serial: number, tz: string): number {
  const wallAsUtc = SERIAL_EPOCH + Math.round(serial * DAY_MS);
  const d = new Date(wallAsUtc);
  return zonedToInstant(
    tz,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}
