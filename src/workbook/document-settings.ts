// The documents' parameters in «Настройки» (order number and date, the Положение, the folder, the daily limit),
// validated with zod; each bad value becomes a Problem at its row.
import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from '../domain/calendar/calendar-date';
import type { Problem } from '../domain/validation/problem';
import type { SettingsRead } from './settings';
import { settingSpecs, settingsTable, type SettingKey } from './tables/settings';

export interface DocumentSettings {
  orderNumber: string;
  /** Null: the order is dated the day it is generated. */
  orderDate: CalendarDate | null;
  regulationReference: string;
  /** '' = the default «Наставничество YYYY-YYYY». */
  documentsFolder: string;
  dailyDocumentLimit: number;
}

/** Google's "Documents created" per day on a consumer account (apps-script-facts §3.1); Workspace allows 1,500. */
export const CONSUMER_DOCUMENT_LIMIT = 250;
export const WORKSPACE_DOCUMENT_LIMIT = 1500;

const schema = z.object({
  orderNumber: z.string().transform((t) => t.trim()),
  orderDate: z.string().transform((t, c): CalendarDate | null => {
    if (!t.trim()) return null;
    const d = parseCalendarDate(t);
    if (!d) {
      c.addIssue({ code: 'custom', message: `«${t}» — не дата.` });
      return z.NEVER;
    }
    return d;
  }),
  regulationReference: z.string().transform((t) => t.trim()),
  documentsFolder: z.string().transform((t, c) => {
    const name = t.trim();
    // Drive allows any name, but a slash reads as a path to people and breaks the default naming scheme.
    if (name.includes('/')) {
      c.addIssue({ code: 'custom', message: `В названии папки «${t}» не должно быть «/».` });
      return z.NEVER;
    }
    return name;
  }),
  dailyDocumentLimit: z.string().transform((t, c) => {
    if (!t.trim()) return CONSUMER_DOCUMENT_LIMIT;
    const n = Number(t.trim());
    if (!Number.isInteger(n) || n < 1 || n > WORKSPACE_DOCUMENT_LIMIT) {
      c.addIssue({
        code: 'custom',
        message: `Нужно целое число от 1 до ${WORKSPACE_DOCUMENT_LIMIT}, а указано «${t}».`,
      });
      return z.NEVER;
    }
    return n;
  }),
});

const KEYS: readonly SettingKey[] = [
  'orderNumber',
  'orderDate',
  'regulationReference',
  'documentsFolder',
  'dailyDocumentLimit',
];

/** Bad values are reported and replaced by the safe default (empty, or the consumer limit), never guessed. */
export function documentSettingsFrom(read: SettingsRead): { settings: DocumentSettings; problems: Problem[] } {
  const raw = Object.fromEntries(KEYS.map((k) => [k, read.raw[k] ?? ''])) as Record<string, string>;
  const problems: Problem[] = [];
  const result = schema.safeParse(raw);
  if (result.success) return { settings: result.data, problems };
  const bad = new Set<string>();
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]) as SettingKey;
    const spec = settingSpecs.find((s) => s.key === key)!;
    bad.add(key);
    problems.push({
      sheet: settingsTable.sheetName,
      row: read.rows[key] ?? 0,
      column: read.rows[key] ? 'Значение' : '',
      message: `«${spec.label}»: ${issue.message}`,
      fix: spec.hint,
      value: raw[key],
    });
  }
  const fixed = schema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, bad.has(k) ? '' : v])));
  return { settings: fixed, problems };
}
