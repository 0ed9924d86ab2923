// RoadmapFacts from what the workbook already holds (banks, pairs), counted for the academic year; facts whose sheet
// does not exist yet stay null, so each status says what it is based on instead of guessing.
import { academicYearEnd, type AcademicYear } from '../../domain/calendar/academic-year';
import { calendarDate, compareDates, type CalendarDate } from '../../domain/calendar/calendar-date';
import { normalizeTerm, sourceRu, type Mentee, type Mentor, type PairStatus } from '../../domain/model';
import type { RoadmapFacts } from '../../domain/roadmap/status';
import type { BankRead } from '../../workbook/banks';
import type { PairsRead } from '../../workbook/pairs';
import { cellDate, cellText } from '../../workbook/cells';

export interface FactSources {
  mentors: BankRead<Mentor>;
  mentees: BankRead<Mentee>;
  pairs: PairsRead;
  /** requestAnsweredEmails(...) of the academic year. */
  requestAnswered: ReadonlySet<string>;
  /** Whether the add-on's request form accepts answers; null when the add-on has no request form. */
  requestFormOpen: boolean | null;
}

const IN_ORDER: ReadonlySet<PairStatus> = new Set(['in_order', 'active', 'finished']);
const WITH_PROGRAM: ReadonlySet<PairStatus> = new Set(['program_ready', 'active', 'finished']);

/** A raw cell of a bank row by field ('' when the column is missing). */
function rawCell<T>(bank: BankRead<T>, row: number, field: string): unknown {
  const at = bank.snapshot.columns.get(field);
  return at === undefined ? '' : (bank.snapshot.grid[row - 1]?.[at - 1] ?? '');
}

/** Rows of a bank with content (valid or not), by sheet row. */
function allRows<T>(bank: BankRead<T>): number[] {
  return bank.snapshot.rows().map((r) => r.row);
}

/**
 * Emails of the teachers whose request reached the mentee bank for this academic year: rows filed by the request form,
 * or rows with a request date (a request the curator took down by hand). Both count as «answered». A date counts from
 * 1 June before the year starts: by then last year's programs are closing and new staff are hired for the next one.
 */
export function requestAnsweredEmails(mentees: BankRead<Mentee>, year: AcademicYear, timeZone: string): Set<string> {
  const formLabel = normalizeTerm(sourceRu.form);
  const out = new Set<string>();
  for (const row of allRows(mentees)) {
    const fromForm = normalizeTerm(cellText(rawCell(mentees, row, 'source'), timeZone)) === formLabel;
    const date = cellDate(rawCell(mentees, row, 'requestDate'), timeZone);
    const dated = date !== null && date !== 'invalid';
    if (!fromForm && !dated) continue;
    // A request dated before that summer, or after the year, is another year's answer.
    if (dated && !forYear(year, date as CalendarDate)) continue;
    const email = cellText(rawCell(mentees, row, 'email'), timeZone).toLowerCase();
    if (email) out.add(email);
  }
  return out;
}

function forYear(year: AcademicYear, date: CalendarDate): boolean {
  return compareDates(date, calendarDate(year.startYear, 6, 1)) >= 0 && compareDates(date, academicYearEnd(year)) <= 0;
}

export function roadmapFacts(src: FactSources): RoadmapFacts {
  const { mentors, mentees, pairs } = src;
  // Invalid rows are people too: they count in the bank, never as complete.
  const mentorRecords = mentors.records.map((r) => r.value).filter((m) => m.status !== 'left');
  const menteeRecords = mentees.records.map((r) => r.value).filter((m) => m.status !== 'finished');
  const openPairs = pairs.records.map((r) => r.value).filter((p) => p.status !== 'dissolved');
  const pairedIds = new Set(openPairs.flatMap((p) => p.menteeIds));
  const paired = menteeRecords.filter((m) => m.status === 'paired' || (m.id !== '' && pairedIds.has(m.id)));
  const pairedSet = new Set(paired);
  const supported = menteeRecords.filter((m) => m.status === 'supported' && !pairedSet.has(m));

  const consentById = new Map<string, boolean>();
  for (const m of mentors.records) consentById.set(`m:${m.value.id}`, m.value.consentDate !== null);
  for (const m of mentees.records) consentById.set(`e:${m.value.id}`, m.value.consentDate !== null);
  const participants = new Set<string>();
  for (const p of openPairs) {
    for (const id of p.mentorIds) participants.add(`m:${id}`);
    for (const id of p.menteeIds) participants.add(`e:${id}`);
  }

  return {
    requestFormOpen: src.requestFormOpen,
    requestAnswers: src.requestAnswered.size,
    mentors: mentorRecords.length + mentors.invalidRows.length,
    validMentors: mentorRecords.filter((m) => m.consentDate !== null).length,
    totalMentees: menteeRecords.length + mentees.invalidRows.length,
    validMentees: menteeRecords.length,
    menteesPaired: paired.length,
    menteesSupported: supported.length,
    pairs: openPairs.length,
    pairsInOrder: openPairs.filter((p) => p.orderLink.trim() !== '' || IN_ORDER.has(p.status)).length,
    pairsWithProgram: openPairs.filter((p) => p.programLink.trim() !== '' || WITH_PROGRAM.has(p.status)).length,
    participants: participants.size,
    participantsWithConsent: [...participants].filter((k) => consentById.get(k) === true).length,
    mentorsTrained: mentorRecords.filter((m) => m.status === 'active' && m.trainingDate !== null).length,
    // Read from the closing feature's sheets by closingFacts (src/app/closing/roadmap-facts.ts), merged by the caller.
    monitoringExpected: null,
    monitoringAnswers: null,
    events: null,
    methodMaterials: null,
    practicesAdded: null,
    publishedEvents: null,
  };
}
