// Everything the documents use cases read, one bulk read per sheet: settings, lists, both banks, pairs, the activity
// library, the register and (when asked) «План»; pairs resolved to their people.
import { academicYearSlug } from '../../domain/calendar/academic-year';
import type { ResolvedPair } from '../../domain/documents/participants';
import type { Mentee, Mentor, SchoolSettings } from '../../domain/model';
import type { Problem } from '../../domain/validation/problem';
import { defaultCompetencies } from '../../domain/vocabulary/defaults';
import { normalizeTerm } from '../../domain/model';
import { readActivities, type ActivitiesRead } from '../../workbook/activities';
import { documentSettingsFrom, type DocumentSettings } from '../../workbook/document-settings';
import { readRegister, type RegisterRead } from '../../workbook/documents-register';
import { readPairs, type PairRecord, type PairsRead } from '../../workbook/pairs';
import { readTable, type TableSnapshot } from '../../workbook/repository';
import { activitiesTable } from '../../workbook/tables/activities';
import { documentsTable } from '../../workbook/tables/documents';
import { pairsTable } from '../../workbook/tables/pairs';
import { planTable } from '../../workbook/tables/plan';
import { checkWorkbook, type WorkbookCheck } from '../check-workbook';
import { closingData, type ClosingData } from '../closing/data';
import type { AppContext } from '../context';
import { UserError } from '../errors';

export interface DocumentsData {
  check: WorkbookCheck;
  settings: SchoolSettings;
  docSettings: DocumentSettings;
  pairs: PairsRead;
  /** Valid pair rows with their people, by pair id. */
  resolved: Map<string, { record: PairRecord; pair: ResolvedPair }>;
  activities: ActivitiesRead;
  competencies: Array<{ code: string; title: string }>;
  register: RegisterRead;
  plan: TableSnapshot | null;
  /** The closing sheets (monitoring, events, library), read only when a closing document is built (issue 8). */
  closing: () => ClosingData;
  /** Problems of the settings, activities and register (the banks' are in check.problems). */
  problems: Problem[];
  timeZone: string;
}

/** The folder name: the setting, or «Наставничество 2026-2027» by the academic year. */
export function folderName(data: Pick<DocumentsData, 'settings' | 'docSettings'>): string {
  return data.docSettings.documentsFolder || `Наставничество ${academicYearSlug(data.settings.academicYear)}`;
}

export function loadDocumentsData(ctx: AppContext, options: { plan?: boolean } = {}): DocumentsData {
  const check = checkWorkbook(ctx);
  if (!check.isSetUp) throw new UserError('Таблица ещё не настроена: выберите «Наставничество → Настроить таблицу».');
  if (!check.settings)
    throw new UserError(
      'Документы нельзя сформировать: в «Настройках» не заполнены обязательные параметры.',
      check.settingsRead.problems.map((p) => `${p.message} ${p.fix}`),
    );
  const timeZone = ctx.timeZone();
  const { settings, vocabulary, workbook } = check;
  const docSettings = documentSettingsFrom(check.settingsRead);
  const idsOf = (snapshot: TableSnapshot) =>
    new Set(
      snapshot
        .rows()
        .map((r) => String(r.cells.id ?? '').trim())
        .filter(Boolean),
    );
  const pairs = readPairs(
    readTable(workbook, pairsTable),
    { timeZone, vocabulary },
    {
      mentorIds: idsOf(check.mentors.snapshot),
      menteeIds: idsOf(check.mentees.snapshot),
    },
  );
  const mentors = new Map<string, Mentor>(check.mentors.records.map((r) => [r.value.id, r.value]));
  const mentees = new Map<string, Mentee>(check.mentees.records.map((r) => [r.value.id, r.value]));
  const resolved = new Map<string, { record: PairRecord; pair: ResolvedPair }>();
  for (const record of pairs.records) {
    const p = record.value;
    resolved.set(p.id, {
      record,
      pair: {
        pair: p,
        mentors: p.mentorIds.flatMap((id) => (mentors.has(id) ? [mentors.get(id)!] : [])),
        mentees: p.menteeIds.flatMap((id) => (mentees.has(id) ? [mentees.get(id)!] : [])),
      },
    });
  }
  const activities = readActivities(readTable(workbook, activitiesTable), timeZone, vocabulary);
  const register = readRegister(readTable(workbook, documentsTable), timeZone);
  const known = new Map(defaultCompetencies.map((c) => [normalizeTerm(c.title), c.code]));
  return {
    check,
    settings,
    docSettings: docSettings.settings,
    pairs,
    resolved,
    activities,
    // The school's list: its titles, with the built-in code (and so the task/outcome phrases) where the title is ours.
    competencies: vocabulary.competencies.map((title) => ({ code: known.get(normalizeTerm(title)) ?? title, title })),
    register,
    plan: options.plan ? readTable(workbook, planTable) : null,
    problems: [...docSettings.problems, ...activities.problems, ...register.problems],
    timeZone,
    closing: (() => {
      let data: ClosingData | null = null;
      return () => (data ??= closingData(ctx, workbook, check));
    })(),
  };
}
