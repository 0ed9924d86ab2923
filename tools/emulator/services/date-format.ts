// Java SimpleDateFormat patterns for Utilities.formatDate / parseDate, correct in any IANA zone across DST.
import { dayOfYear, isoWeek, isValidTimeZone, zonedParts, zonedToUtc, type ZonedParts } from './zone';

/** English month names, as Java formats them (shared with the spreadsheet's number formats). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A pattern problem; Utilities turns it into the localized "Invalid argument" exception. */
export class PatternError extends Error {}
/** The text does not match the pattern (Java ParseException). */
export class UnparseableDateError extends Error {}

type Token = { letter: string; count: number } | { literal: string };

const SUPPORTED = 'GyYMLdDEuaHkKhmsSzZXwF';

export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      // '' is a literal quote; 'text' is quoted text (inside it, '' is a quote too)
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern[i];
        i++;
      }
      if (i >= pattern.length) throw new PatternError('Unterminated quote');
      i++;
      tokens.push({ literal: text });
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!SUPPORTED.includes(c)) throw new PatternError(`Illegal pattern character '${c}'`);
      let n = 1;
      while (pattern[i + n] === c) n++;
      tokens.push({ letter: c, count: n });
      i += n;
      continue;
    }
    tokens.push({ literal: c });
    i++;
  }
  return tokens;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

function offsetText(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (style !== 'Z' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return sign + h + (m === '00' ? '' : m);
  if (style === 'X3') return `${sign}${h}:${m}`;
  return sign + h + m;
}

function zoneName(ms: number, tz: string, offset: number, long: boolean): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (part && !/^GMT[+-]/.test(part)) return part === 'GMT' && tz !== 'GMT' && tz !== 'Etc/GMT' ? 'GMT' : part;
  } catch {
    // fixed-offset zones are not Intl ids
  }
  return offset === 0 ? 'GMT' : 'GMT' + offsetText(offset, 'X3');
}

/** Resolves the zone like Java's TimeZone.getTimeZone: an unknown id silently becomes GMT [U]. */
export function resolveZone(tz: string): string {
  return isValidTimeZone(tz) ? tz : 'GMT';
}

export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const tz = resolveZone(timeZone);
  const p: ZonedParts = zonedParts(ms, tz);
  let out = '';
  for (const t of tokenize(pattern)) {
    if ('literal' in t) {
      out += t.literal;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1]!.slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(p.year, p.month, p.day), n);
        break;
      case 'F':
        out += pad(Math.floor((p.day - 1) / 7) + 1, n);
        break;
      case 'w':
        out += pad(isoWeek(p.year, p.month, p.day), n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday - 1] : DAYS[p.weekday - 1]!.slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'z':
        out += zoneName(ms, tz, p.offsetMinutes, n >= 4);
        break;
      case 'Z':
        out += offsetText(p.offsetMinutes, 'Z');
        break;
      case 'X':
        if (n > 3) throw new PatternError('invalid ISO 8601 format: length=' + n);
        out += offsetText(p.offsetMinutes, n === 1 ? 'X1' : n === 2 ? 'X2' : 'X3');
        break;
    }
  }
  return out;
}

const NUMERIC = 'yYdDFwuHkKhmsSM';

/** Parses `text` with the pattern in `timeZone` (a zone in the text wins). Lenient like Java: 13th month rolls over. */
export function parseDate(text: string, timeZone: string, pattern: string): number {
  const tokens = tokenize(pattern);
  const fields: Record<string, number> = {};
  let offset: number | null = null;
  let pm: boolean | null = null;
  let pos = 0;
  const fail = (): never => {
    throw new UnparseableDateError(text);
  };
  tokens.forEach((t, index) => {
    if ('literal' in t) {
      if (!text.startsWith(t.literal, pos)) fail();
      pos += t.literal.length;
      return;
    }
    const next = tokens[index + 1];
    const adjacentNumber =
      next !== undefined &&
      'letter' in next &&
      NUMERIC.includes(next.letter) &&
      !(next.letter === 'M' && next.count >= 3);
    const isText = (t.letter === 'M' || t.letter === 'L') && t.count >= 3;
    if (isText || t.letter === 'E') {
      const names = t.letter === 'E' ? DAYS : MONTHS;
      const rest = text.slice(pos).toLowerCase();
      let found = -1;
      let len = 0;
      names.forEach((name, i) => {
        for (const candidate of [name, name.slice(0, 3)]) {
          if (rest.startsWith(candidate.toLowerCase()) && candidate.length > len) {
            found = i;
            len = candidate.length;
          }
        }
      });
      if (found < 0) fail();
      pos += len;
      if (t.letter !== 'E') fields.M = found + 1;
      return;
    }
    if (t.letter === 'a') {
      const m = /^(AM|PM)/i.exec(text.slice(pos));
      if (!m) fail();
      pm = m![1]!.toUpperCase() === 'PM';
      pos += 2;
      return;
    }
    if (t.letter === 'Z' || t.letter === 'X' || t.letter === 'z') {
      const m = /^(?:Z|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?)/.exec(text.slice(pos));
      if (!m) fail();
      offset = m![1] ? (m![1] === '-' ? -1 : 1) * (Number(m![2]) * 60 + Number(m![3] ?? 0)) : 0;
      pos += m![0].length;
      return;
    }
    const digits = adjacentNumber ? new RegExp(`^[+-]?\\d{1,${t.count}}`) : /^[+-]?\d+/;
    const m = digits.exec(text.slice(pos));
    if (!m) fail();
    pos += m![0].length;
    let value = Number(m![0]);
    if ((t.letter === 'y' || t.letter === 'Y') && t.count <= 2 && m![0].length <= 2) {
      // Java: two-digit years fall within 80 years before and 20 after now; use the 2000s for < 80 [U simplification]
      value += value < 80 ? 2000 : 1900;
    }
    fields[t.letter === 'Y' ? 'y' : t.letter === 'L' ? 'M' : t.letter] = value;
  });
  let hour = fields.H ?? (fields.k !== undefined ? fields.k % 24 : undefined);
  if (hour === undefined && (fields.h !== undefined || fields.K !== undefined)) {
    hour = (fields.h ?? fields.K ?? 0) % 12;
    if (pm) hour += 12;
  }
  const year = fields.y ?? 1970;
  const month = fields.M ?? 1;
  const day = fields.d ?? (fields.D !== undefined ? fields.D : 1);
  const monthForDay = fields.D !== undefined && fields.d === undefined ? 1 : month;
  const args = [year, monthForDay, day, hour ?? 0, fields.m ?? 0, fields.s ?? 0, fields.S ?? 0] as const;
  if (offset !== null)
    return Date.UTC(args[0], args[1] - 1, args[2], args[3], args[4], args[5], args[6]) - (offset as number) * 60_000;
  return zonedToUtc(...args, resolveZone(timeZone));
}
