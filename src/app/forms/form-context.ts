// What building a form needs from the workbook: the school and year for its title, the lists for its choices.
import { academicYearOf, parseAcademicYear } from '../../domain/calendar/academic-year';
import type { FormContext } from '../../domain/forms';
import type { Vocabulary } from '../../domain/vocabulary/vocabulary';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import { readTable, type TableSnapshot } from '../../workbook/repository';
import { settingsFrom } from '../../workbook/settings';
import { dictionariesTable } from '../../workbook/tables/dictionaries';
import { settingsTable, type SettingKey } from '../../workbook/tables/settings';
import { vocabularyFrom } from '../../workbook/vocabulary';
import type { AppContext } from '../context';
import { UserError } from '../errors';

export interface FormsWorkbook {
  settings: TableSnapshot;
  raw: Partial<Record<SettingKey, string>>;
  vocabulary: Vocabulary;
}

/** «Настройки» and «Справочники», one read each; the workbook must have been set up. */
export function readFormsWorkbook(ctx: AppContext, workbook: WorkbookGateway): FormsWorkbook {
  const settings = readTable(workbook, settingsTable);
  if (!settings.sheet)
    throw new UserError(
      'Таблица ещё не настроена: выберите «Наставничество → Настроить таблицу», затем создайте формы.',
    );
  const tz = ctx.timeZone();
  return {
    settings,
    raw: settingsFrom(settings, tz).raw,
    vocabulary: vocabularyFrom(readTable(workbook, dictionariesTable), tz),
  };
}

/** Accounts of Google's consumer domains cannot require a verified e-mail from teachers of the school (§6.1). */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Whether a new form collects the respondent's e-mail itself: in a Google Workspace domain (the curator's address is
 * not a consumer one) teachers sign in with their school accounts; otherwise the form asks for the address and
 * validates it, so teachers without a Google account can answer.
 */
export function collectsEmailFor(userEmail: string): boolean {
  const domain = userEmail.split('@')[1]?.toLowerCase() ?? '';
  return domain !== '' && !CONSUMER_DOMAINS.has(domain);
}

/** The school and year a form's title names: from «Настройки», else the spreadsheet's name and today's year. */
export function formContextOf(
  ctx: AppContext,
  raw: Partial<Record<SettingKey, string>>,
  collectEmail: boolean,
): FormContext {
  const schoolName = raw.schoolShortName || raw.schoolFullName || ctx.spreadsheet().getName();
  const academicYear = parseAcademicYear(raw.academicYear ?? '') ?? academicYearOf(ctx.today());
  return { schoolName, academicYear, collectEmail };
}
