// Use case for the «Банки» panel: counts at a glance, the problems found and a link to each sheet. Read-only.
import type { Problem } from '../domain/validation/problem';
import { mentorLoad, readPairs } from '../workbook/pairs';
import { workbookTables } from '../workbook/registry';
import { readTable } from '../workbook/repository';
import { pairsTable } from '../workbook/tables/pairs';
import { checkWorkbook } from './check-workbook';
import type { AppContext } from './context';

export interface BanksSummary {
  isSetUp: boolean;
  mentors: { rows: number; invalid: number; active: number; withConsent: number; trained: number; freePlaces: number };
  mentees: { rows: number; invalid: number; waiting: number; paired: number; supported: number };
  problemCount: number;
  /** The first problems (the panel shows at most this many; the sheet highlights all). */
  problems: Problem[];
  sheets: Array<{ name: string; url: string; exists: boolean }>;
}

export const SUMMARY_PROBLEM_LIMIT = 100;

export function getBanksSummary(ctx: AppContext): BanksSummary {
  const check = checkWorkbook(ctx);
  const mentors = check.mentors.records.map((r) => r.value);
  const mentees = check.mentees.records.map((r) => r.value);
  const active = mentors.filter((m) => m.status === 'active');
  const paired = mentees.filter((m) => m.status === 'paired').length;
  // A mentor's places are taken by the mentees of its open pairs (one bulk read of «Пары и группы»).
  const pairs = readPairs(readTable(check.workbook, pairsTable), {
    timeZone: ctx.timeZone(),
    vocabulary: check.vocabulary,
  });
  const load = mentorLoad(pairs.records.map((r) => r.value));
  return {
    isSetUp: check.isSetUp,
    mentors: {
      rows: check.mentors.rowCount,
      invalid: check.mentors.invalidRows.length,
      active: active.length,
      withConsent: active.filter((m) => m.consentDate !== null).length,
      trained: active.filter((m) => m.trainingDate !== null).length,
      freePlaces: active.reduce((sum, m) => sum + Math.max(0, m.capacity - (load.get(m.id) ?? 0)), 0),
    },
    mentees: {
      rows: check.mentees.rowCount,
      invalid: check.mentees.invalidRows.length,
      waiting: mentees.filter((m) => m.status === 'waiting').length,
      paired,
      supported: mentees.filter((m) => m.status === 'supported').length,
    },
    problemCount: check.problems.length,
    problems: check.problems.slice(0, SUMMARY_PROBLEM_LIMIT),
    sheets: workbookTables.map((t) => ({
      name: t.sheetName,
      exists: check.workbook.sheet(t.sheetName) !== null,
      url: check.workbook.sheetUrl(t.sheetName),
    })),
  };
}
