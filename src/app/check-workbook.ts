// Reads settings, lists and both banks (one read per sheet) and checks them: the shared first step of most use cases.
import type { MatchWeights } from '../domain/matching/weights';
import type { Mentee, Mentor, SchoolSettings } from '../domain/model';
import { compareProblems, type Problem } from '../domain/validation/problem';
import type { Vocabulary } from '../domain/vocabulary/vocabulary';
import { workbookOf, type WorkbookGateway } from '../google/sheet-gateway';
import { readMentees, readMentors, type BankRead } from '../workbook/banks';
import { matchSettingsFrom } from '../workbook/match-settings';
import { readTable, type TableSnapshot } from '../workbook/repository';
import { settingsFrom, type SettingsRead } from '../workbook/settings';
import { dictionariesTable } from '../workbook/tables/dictionaries';
import { menteesTable } from '../workbook/tables/mentees';
import { mentorsTable } from '../workbook/tables/mentors';
import { settingSpecs, settingsTable } from '../workbook/tables/settings';
import { vocabularyFrom } from '../workbook/vocabulary';
import type { AppContext } from './context';

export interface WorkbookCheck {
  workbook: WorkbookGateway;
  /** Whether setup has created the banks. */
  isSetUp: boolean;
  settings: SchoolSettings | null;
  /** The settings as read: rows of each parameter and the raw texts (for the use cases that write a parameter). */
  settingsRead: SettingsRead;
  settingsSnapshot: TableSnapshot;
  /** The «Подбор» weights from «Настройки»; null when one of them is bad (reported in `problems`). */
  matchWeights: MatchWeights | null;
  /** Its problems (also in `problems`). */
  matchProblems: Problem[];
  vocabulary: Vocabulary;
  mentors: BankRead<Mentor>;
  mentees: BankRead<Mentee>;
  /** Every problem, sorted by sheet, row, column. */
  problems: Problem[];
}

const seedCapacity = Number(settingSpecs.find((s) => s.key === 'defaultMentorCapacity')!.seed);

export function checkWorkbook(ctx: AppContext, workbook: WorkbookGateway = workbookOf(ctx)): WorkbookCheck {
  const timeZone = ctx.timeZone();
  const settingsSnapshot = readTable(workbook, settingsTable);
  const settingsRead = settingsFrom(settingsSnapshot, timeZone);
  const matchSettings = matchSettingsFrom(settingsRead);
  const vocabulary = vocabularyFrom(readTable(workbook, dictionariesTable), timeZone);
  const rowCtx = { timeZone, vocabulary };
  const mentors = readMentors(readTable(workbook, mentorsTable), rowCtx, {
    mentorCapacity: settingsRead.settings?.defaultMentorCapacity ?? seedCapacity,
  });
  const mentees = readMentees(readTable(workbook, menteesTable), rowCtx);
  const isSetUp = mentors.snapshot.sheet !== null && mentees.snapshot.sheet !== null;
  const problems = isSetUp
    ? [...settingsRead.problems, ...matchSettings.problems, ...mentors.problems, ...mentees.problems].sort(
        compareProblems,
      )
    : [];
  return {
    workbook,
    isSetUp,
    settings: settingsRead.settings,
    settingsRead,
    settingsSnapshot,
    matchWeights: matchSettings.weights,
    matchProblems: matchSettings.problems,
    vocabulary,
    mentors,
    mentees,
    problems,
  };
}
