// Display strings of cell values under Sheets number formats, in the spreadsheet's locale and time zone.
import type { SheetLocale } from './locale';
import { MONTHS as MONTHS_EN } from '../services/date-format';
import { fromSerial, toSerial, wallClock } from './zone';

/** What getNumberFormat() returns for a cell nobody formatted [R*: seen in Apps Script logs]. */
export const GENERAL_FORMAT = '0.###############';

const MONTHS_RU_NOM = [
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
];
const MONTHS_RU_GEN = [
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
];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_RU = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const DAYS_RU_SHORT = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];

/** Removes quoted literals and escapes so format letters can be inspected. */
function bare(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function isDateFormat(format: string): boolean {
  if (format === GENERAL_FORMAT || format === '@') return false;
  return /[dyhsDYHS]/.test(bare(format)) || /^[^0#]*[mM]{3,}/.test(bare(format));
}

export function isTextFormat(format: string | undefined): boolean {
  return format === '@';
}

type DateToken = { kind: string; len: number } | { lit: string };

function tokenizeDate(format: string): DateToken[] {
  const out: DateToken[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      out.push({ lit: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out.push({ lit: format[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (/^(AM\/PM|am\/pm)/.test(format.slice(i))) {
      out.push({ kind: 'ampm', len: 5 });
      i += 5;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ydmhs'.includes(lower)) {
      let j = i;
      while (j < format.length && format[j]!.toLowerCase() === lower) j++;
      out.push({ kind: lower, len: j - i });
      i = j;
      continue;
    }
    out.push({ lit: ch });
    i++;
  }
  // "m" next to hours or seconds means minutes
  const letters = out.filter((t): t is { kind: string; len: number } => 'kind' in t);
  letters.forEach((t, k) => {
    if (t.kind !== 'm' || t.len > 2) return;
    if (letters[k - 1]?.kind === 'h' || letters[k + 1]?.kind === 's') t.kind = 'minute';
  });
  return out;
}

function pad(n: number, len: number): string {
  return String(n).padStart(len, '0');
}

export function formatDate(ms: number, format: string, tz: string, localeId: string): string {
  const w = wallClock(ms, tz);
  const ru = localeId.startsWith('ru');
  const tokens = tokenizeDate(format);
  const hasDay = tokens.some((t) => 'kind' in t && t.kind === 'd' && t.len <= 2);
  const ampm = tokens.some((t) => 'kind' in t && t.kind === 'ampm');
  let s = '';
  for (const t of tokens) {
    if ('lit' in t) {
      s += t.lit;
      continue;
    }
    switch (t.kind) {
      case 'y':
        s += t.len <= 2 ? pad(w.year % 100, 2) : String(w.year);
        break;
      case 'm':
        if (t.len === 1) s += String(w.month);
        else if (t.len === 2) s += pad(w.month, 2);
        else {
          const name = ru ? (hasDay ? MONTHS_RU_GEN : MONTHS_RU_NOM)[w.month - 1]! : MONTHS_EN[w.month - 1]!;
          s += t.len === 3 ? (ru ? name.slice(0, 3) : name.slice(0, 3)) : name;
        }
        break;
      case 'minute':
        s += t.len === 1 ? String(w.minute) : pad(w.minute, 2);
        break;
      case 'd':
        if (t.len <= 2) s += t.len === 1 ? String(w.day) : pad(w.day, 2);
        else if (t.len === 3) s += ru ? DAYS_RU_SHORT[w.weekday]! : DAYS_EN[w.weekday]!.slice(0, 3);
        else s += ru ? DAYS_RU[w.weekday]! : DAYS_EN[w.weekday]!;
        break;
      case 'h': {
        const h = ampm ? ((w.hour + 11) % 12) + 1 : w.hour;
        s += t.len === 1 ? String(h) : pad(h, 2);
        break;
      }
      case 's':
        s += t.len === 1 ? String(w.second) : pad(w.second, 2);
        break;
      case 'ampm':
        s += w.hour < 12 ? 'AM' : 'PM';
        break;
    }
  }
  return s;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Numbers with no explicit format: as typed, with the locale's decimal separator. */
export function formatGeneral(n: number, loc: SheetLocale): string {
  if (!Number.isFinite(n)) return '#NUM!';
  let text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
  if (loc.decimal !== '.') text = text.replace('.', loc.decimal);
  return text;
}

/** Numeric patterns: 0, 0.00, #,##0.00, 0%, with quoted prefixes/suffixes ("₽"). */
export function formatNumber(n: number, format: string, loc: SheetLocale): string {
  const section = (n < 0 ? format.split(';')[1] : undefined) ?? format.split(';')[0]!;
  const explicitNegative = n < 0 && format.split(';')[1] !== undefined;
  const core = bare(section);
  const m = /[0#?]([0#?,]*)(\.([0#?]*))?/.exec(core);
  if (!m) return formatGeneral(n, loc);
  const percent = core.includes('%');
  let value = Math.abs(n) * (percent ? 100 : 1);
  const decimalsMin = (m[3] ?? '').replace(/[#?]/g, '').length;
  const decimalsMax = (m[3] ?? '').length;
  const grouping = m[0].split('.')[0]!.includes(',');
  const minInt = (m[0].split('.')[0]!.match(/0/g) ?? []).length;
  value = Number(value.toFixed(decimalsMax));
  let [int = '0', frac = ''] = value.toFixed(decimalsMax).split('.');
  while (frac.length > decimalsMin && frac.endsWith('0')) frac = frac.slice(0, -1);
  int = int.replace(/^0+/, '').padStart(minInt, '0');
  if (grouping) int = groupDigits(int, loc.groups[0]!);
  const digits = int + (frac ? loc.decimal + frac : '');
  // the literal text around the digit pattern, quotes removed
  const start = section.indexOf(m[0].charAt(0));
  const prefix = section
    .slice(0, Math.max(0, start))
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1');
  const suffix = section
    .slice(start + m[0].length)
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1');
  const sign = n < 0 && !explicitNegative && value !== 0 ? '-' : '';
  return sign + prefix + digits + suffix;
}

/** Display string of a stored value (Range.getDisplayValues), apps-script-facts §5.2. */
export function displayValue(
  v: unknown,
  format: string | undefined,
  loc: SheetLocale,
  tz: string,
  localeId: string,
): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? loc.trueWord : loc.falseWord;
  if (v instanceof Date) {
    const f =
      format && isDateFormat(format)
        ? format
        : format && format !== GENERAL_FORMAT && format !== '@'
          ? format
          : loc.dateTimeFormat;
    if (!isDateFormat(f)) return formatNumber(toSerial(v.getTime(), tz), f, loc);
    return formatDate(v.getTime(), f, tz, localeId);
  }
  if (typeof v === 'number') {
    if (!format || format === GENERAL_FORMAT || format === '@' || /^general$/i.test(format))
      return formatGeneral(v, loc);
    if (isDateFormat(format)) return formatDate(fromSerial(v, tz), format, tz, localeId);
    return formatNumber(v, format, loc);
  }
  return String(v);
}
