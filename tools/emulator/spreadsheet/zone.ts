// Wall-clock parts of an instant in an IANA zone and back, plus Sheets serial days (epoch 1899-12-30 in the sheet's zone).

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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function wallClock(ms: number, tz: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
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
  return zonedToInstant(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
