// USER_ENTERED parsing: strings written by a script or typed by a person become formulas, numbers, dates, booleans or text (§5.4).
// Locale decisions [U, documented here]: ru_RU takes "," as the decimal separator ("2,5" → 2.5) and spaces as thousands
// separators; a dotted "d.m" or "d.m.yyyy" is a date there, so "2.5" becomes 2 May of the current year (the ru UI hazard);
// en_US takes "." decimals, "," thousands and M/D/Y dates. ISO "yyyy-mm-dd" and "yyyy-mm" are dates in every locale.
// Currency strings ("$2.99", "100 ₽") stay text: not needed by the add-on.
import { sheetLocale } from './locale';
import { Formula, type CellValue } from './model';
import { wallClock, zonedToInstant } from './zone';

export interface ParseContext {
  /** Spreadsheet locale id, e.g. "ru_RU". */
  locale: string;
  timeZone: string;
  /** The cell's number format is '@' (plain text). */
  textFormat: boolean;
  /** World flag textFormatKeepsFormulasAsText (§5.4, §15 open question). */
  keepFormulasAsText: boolean;
  /** Now, for dates typed without a year. */
  now: number;
}

export interface Parsed {
  value: CellValue;
  /** The format Sheets applies automatically when the cell has none (dates, percents). */
  autoFormat?: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseNumber(text: string, localeId: string): Parsed | null {
  const loc = sheetLocale(localeId);
  let t = text.trim();
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  const dec = escapeRe(loc.decimal);
  const groups = loc.groups.map(escapeRe).join('|');
  const re = new RegExp(`^([+-]?)(\\d+|\\d{1,3}(?:(?:${groups})\\d{3})+)(?:${dec}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
  const m = re.exec(t);
  if (!m) return null;
  const int = m[2]!.replace(new RegExp(groups, 'g'), '');
  let n = Number(`${m[1]}${int}${m[3] ? '.' + m[3] : ''}${m[4] ? 'e' + m[4] : ''}`);
  if (!Number.isFinite(n)) return null;
  if (percent) {
    n = n / 100;
    return { value: n, autoFormat: m[3] ? '0.00%' : '0%' };
  }
  return { value: n };
}

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function parseTime(t: string | undefined): [number, number, number] | null {
  if (t === undefined || t === '') return [0, 0, 0];
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return null;
  return [h, mi, s];
}

function parseDate(text: string, ctx: ParseContext): Parsed | null {
  const loc = sheetLocale(ctx.locale);
  const t = text.trim();
  // ISO: 2026-09-01, 2026-09-01 10:30, 2026/09/01; "2026-09" is the first of the month (the month-id hazard, §5.4)
  let m = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = m[3] ? Number(m[3]) : 1;
    const time = parseTime(m[4]);
    if (!validDate(y, mo, d) || !time) return null;
    return {
      value: new Date(zonedToInstant(ctx.timeZone, y, mo, d, ...time)),
      autoFormat: m[4] ? 'yyyy-MM-dd H:mm:ss' : m[3] ? 'yyyy-MM-dd' : loc.dateFormat,
    };
  }
  // Locale order: ru_RU 01.09.2026 / 1.9.26 / 01.09 (current year); en_US 9/1/2026
  const seps = loc.dateSeparators.map(escapeRe).join('');
  m = new RegExp(
    `^(\\d{1,2})[${seps}](\\d{1,2})(?:[${seps}](\\d{2}|\\d{4}))?(?:\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?))?$`,
  ).exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [d, mo] = loc.dateOrder === 'DMY' ? [a, b] : [b, a];
    let y = m[3] ? Number(m[3]) : wallClock(ctx.now, ctx.timeZone).year;
    if (m[3] && m[3].length === 2) y += y < 30 ? 2000 : 1900;
    const time = parseTime(m[4]);
    if (!validDate(y, mo, d) || !time) return null;
    return {
      value: new Date(zonedToInstant(ctx.timeZone, y, mo, d, ...time)),
      autoFormat: m[4] ? loc.dateTimeFormat : loc.dateFormat,
    };
  }
  // Time only: a date-time on the serial epoch day 1899-12-30 (§5.6)
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) {
    const time = parseTime(t);
    if (!time) return null;
    return { value: new Date(zonedToInstant(ctx.timeZone, 1899, 12, 30, ...time)), autoFormat: loc.timeFormat };
  }
  return null;
}

/** Parses one string as if typed into a cell. */
export function parseUserEntered(text: string, ctx: ParseContext): Parsed {
  if (text === '') return { value: null };
  // A leading apostrophe forces text and is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1) };
  if (ctx.textFormat) {
    if (text.startsWith('=') && !ctx.keepFormulasAsText) return { value: new Formula(text) };
    return { value: text };
  }
  if (text.startsWith('=')) return { value: new Formula(text) };
  const upper = text.trim().toUpperCase();
  const loc = sheetLocale(ctx.locale);
  if (upper === 'TRUE' || upper === loc.trueWord) return { value: true };
  if (upper === 'FALSE' || upper === loc.falseWord) return { value: false };
  const num = parseNumber(text, ctx.locale);
  if (num) return num;
  const date = parseDate(text, ctx);
  if (date) return date;
  // The UI reads a leading + or - as the start of a formula: "-item" or "+7 (999) 123-45-67" become #ERROR!/#NAME? cells.
  if (/^[+-]./.test(text)) return { value: new Formula('=' + text) };
  return { value: text };
}
