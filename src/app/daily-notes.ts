// What features add to the one daily digest besides the roadmap's deadline alerts (quarantine, waiting mentees, …).
// The daily check sends ONE email per recipient per day: every note for a recipient goes into that one email.
import type { CalendarDate } from '../domain/calendar/calendar-date';
import type { Email } from '../domain/model';
import { monitoringDailyNotes } from './closing/monitoring-reminders';
import type { AppContext } from './context';
import type { WorkbookGateway } from '../google/sheet-gateway';
import type { WorkbookCheck } from './check-workbook';
import { quarantineDailyNotes } from './forms/quarantine-notes';
import { matchingDailyNotes } from './matching/daily-note';

export interface DailyNote {
  recipient: Email;
  /** Idempotency key: a note whose key was already sent is not sent again (e.g. "quarantine:2026-09-14"). */
  key: string;
  /** A section heading in the digest, Russian. */
  title: string;
  /** Plain-text lines, Russian (escaped when rendered as HTML). */
  lines: string[];
  /** Optional link for the section (a sheet's URL). */
  link?: string;
}

/** What the daily check has already read in this execution: a source uses it instead of reading the sheets again. */
export interface DailyRead {
  workbook: WorkbookGateway;
  check: WorkbookCheck;
}

/** One feature's contribution: notes for today; must read in bulk and never send mail itself. */
export type DailyNoteSource = (ctx: AppContext, today: CalendarDate, read?: DailyRead) => DailyNote[];

/** The features' sources; each feature adds its function here. */
export const dailyNoteSources: ReadonlyArray<{ name: string; collect: DailyNoteSource }> = [
  { name: 'Карантин ответов форм', collect: quarantineDailyNotes },
  { name: 'Подбор наставников', collect: matchingDailyNotes },
  { name: 'Мониторинг: напоминания', collect: monitoringDailyNotes },
];

/** Every note for today; a failing source is reported as a note-less error line, never stops the others. */
export function collectDailyNotes(
  ctx: AppContext,
  today: CalendarDate,
  read?: DailyRead,
): { notes: DailyNote[]; errors: string[] } {
  const notes: DailyNote[] = [];
  const errors: string[] = [];
  for (const source of dailyNoteSources) {
    try {
      notes.push(...source.collect(ctx, today, read));
    } catch (e) {
      errors.push(`${source.name}: ${(e as Error)?.message ?? String(e)}`);
    }
  }
  return { notes, errors };
}
