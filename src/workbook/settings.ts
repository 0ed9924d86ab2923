// Parses «Настройки» (one parameter per row, found by its label) into SchoolSettings, with Russian problems.
import { z } from 'zod';
import { parseAcademicYear } from '../domain/calendar/academic-year';
import { isEmailAddress, normalizeEmail, type SchoolSettings } from '../domain/model';
import type { Problem } from '../domain/validation/problem';
import { cellText } from './cells';
import type { TableSnapshot } from './repository';
import { headerKey } from './table-schema';
import { settingSpecs, settingsTable, type SettingKey } from './tables/settings';

/** A whole number in [min, max]; an empty cell gives `blank` when the parameter is optional. */
const intIn = (min: number, max: number, blank?: number) =>
  z.string().transform((t, c) => {
    if (t === '' && blank !== undefined) return blank;
    const n = Number(t.replace(',', '.'));
    if (!/^\d+$/.test(t) || n < min || n > max) {
      c.addIssue({ code: 'custom', message: `Нужно целое число от ${min} до ${max}, а указано «${t}».` });
      return z.NEVER;
    }
    return n;
  });

const emailList = z.string().transform((t, c) => {
  const list = t
    .split(/[,;\s]+/)
    .map(normalizeEmail)
    .filter(Boolean);
  const bad = list.filter((e) => !isEmailAddress(e));
  if (bad.length) {
    c.addIssue({ code: 'custom', message: `Не похоже на адрес почты: ${bad.join(', ')}.` });
    return z.NEVER;
  }
  return list;
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zod schema of the settings form; `fallbackTimeZone` fills an empty «Часовой пояс». */
export function settingsSchema(fallbackTimeZone: string) {
  const text = z.string();
  return z.object({
    schoolFullName: text,
    schoolShortName: text,
    city: text,
    directorName: text,
    directorTitle: text,
    curatorName: text,
    curatorPost: text,
    curatorEmail: z.string().transform((t, c) => {
      const e = normalizeEmail(t);
      if (e && !isEmailAddress(e)) {
        c.addIssue({ code: 'custom', message: `«${t}» не похоже на адрес электронной почты.` });
        return z.NEVER;
      }
      return e;
    }),
    academicYear: z.string().transform((t, c) => {
      const y = parseAcademicYear(t);
      if (!y) {
        c.addIssue({ code: 'custom', message: `«${t}» — не учебный год.` });
        return z.NEVER;
      }
      return y;
    }),
    timeZone: z.string().transform((t, c) => {
      const tz = t || fallbackTimeZone;
      if (!isTimeZone(tz)) {
        c.addIssue({ code: 'custom', message: `Неизвестный часовой пояс «${t}».` });
        return z.NEVER;
      }
      return tz;
    }),
    alertRecipients: emailList,
    alertLeadDays: z.string().transform((t, c) => {
      const parts = t.split(/[,;\s]+/).filter(Boolean);
      const days = parts.map(Number);
      if (!parts.length || days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) {
        c.addIssue({
          code: 'custom',
          message: `Нужны целые числа дней через запятую (например, 14, 7, 1), а указано «${t}».`,
        });
        return z.NEVER;
      }
      return [...new Set(days)].sort((a, b) => b - a);
    }),
    defaultMentorCapacity: intIn(1, 10),
    defaultProgramMonths: intIn(1, 36),
    maxGroupSize: intIn(2, 30),
    monitoringLowScore: intIn(1, 9, 4),
  });
}

export interface SettingsRead {
  /** Null when a required parameter is missing or bad. */
  settings: SchoolSettings | null;
  problems: Problem[];
  /** Sheet row of each parameter present. */
  rows: Partial<Record<SettingKey, number>>;
  /** The text of each parameter as typed, also when the whole set does not parse (for headers and hints). */
  raw: Partial<Record<SettingKey, string>>;
}

export function settingsFrom(snapshot: TableSnapshot, timeZone: string): SettingsRead {
  const keyCol = snapshot.columns.get('key');
  const valueCol = snapshot.columns.get('value');
  const rows: Partial<Record<SettingKey, number>> = {};
  const raw: Record<string, string> = {};
  const byLabel = new Map(settingSpecs.map((s) => [headerKey(s.label), s]));
  if (keyCol !== undefined && valueCol !== undefined) {
    for (let r = 1; r < snapshot.grid.length; r++) {
      const spec = byLabel.get(headerKey(cellText(snapshot.grid[r]![keyCol - 1], timeZone)));
      if (!spec || rows[spec.key] !== undefined) continue;
      rows[spec.key] = r + 1;
      // The academic year "2026/2027" may have been typed into an unformatted cell; cellText keeps the text.
      raw[spec.key] = cellText(snapshot.grid[r]![valueCol - 1], timeZone);
    }
  }
  const problems: Problem[] = [];
  const sheet = settingsTable.sheetName;
  const valueHeader = 'Значение';
  for (const spec of settingSpecs) {
    const v = raw[spec.key] ?? '';
    if (spec.required && v === '') {
      problems.push({
        sheet,
        row: rows[spec.key] ?? 0,
        column: rows[spec.key] ? valueHeader : '',
        message: `Не заполнен параметр «${spec.label}».`,
        fix: rows[spec.key]
          ? spec.hint
          : `Запустите «Настроить таблицу», чтобы добавить строку «${spec.label}», и заполните её. ${spec.hint}`,
      });
    }
    raw[spec.key] = v;
  }
  const result = settingsSchema(timeZone).safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const spec = settingSpecs.find((s) => s.key === issue.path[0]);
      if (!spec || (spec.required && raw[spec.key] === '')) continue; // already reported as missing
      problems.push({
        sheet,
        row: rows[spec.key] ?? 0,
        column: valueHeader,
        message: `«${spec.label}»: ${issue.message}`,
        fix: spec.hint,
        value: raw[spec.key],
      });
    }
  }
  return { settings: result.success && problems.length === 0 ? result.data : null, problems, rows, raw };
}
