// «Поддержка без пары» re-offered: when the mentor bank changes or a place frees up, supported mentees who can now get
// a mentor go back to «ожидает» with the mentor named in their note, the journal says so and the daily digest tells.
import { z } from 'zod';
import { proposeAssignment } from '../../domain/matching/assignment';
import { toIsoDate, toEpochDay, parseCalendarDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import { documentStore } from '../../google/document-properties';
import { withDocumentLock } from '../../google/lock';
import { menteesTable } from '../../workbook/tables/mentees';
import type { AppContext } from '../context';
import { appendJournal, describeRows } from '../journal';
import { availableMentees, matchContextOf, readMatchingState } from './state';
import { reofferNoteText } from './support-note';
import { writeMenteeChanges } from './writes';

export interface Reoffered {
  id: string;
  name: string;
  mentorName: string;
  score: number;
}

export interface ReofferResult {
  reoffered: Reoffered[];
  /** Supported mentees still without a possible mentor. */
  stillSupported: number;
  /** Russian lines for the caller's journal or message. */
  lines: string[];
}

/** Log of re-offers for the daily digest: the last REOFFER_LOG_DAYS days, newest last. */
export const REOFFER_LOG_KEY = 'matching.reoffers';
export const REOFFER_LOG_DAYS = 14;

const logSchema = z.array(
  z.object({
    date: z.string(),
    why: z.string(),
    items: z.array(z.object({ id: z.string(), name: z.string(), mentorName: z.string(), score: z.number() })),
  }),
);
export type ReofferLog = z.infer<typeof logSchema>;

export function readReofferLog(ctx: AppContext): ReofferLog {
  const text = documentStore(ctx).get(REOFFER_LOG_KEY);
  if (!text) return [];
  try {
    const parsed = logSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function appendLog(ctx: AppContext, today: CalendarDate, why: string, items: Reoffered[]): void {
  const cutoff = toEpochDay(today) - REOFFER_LOG_DAYS;
  const kept = readReofferLog(ctx).filter((e) => {
    const d = parseCalendarDate(e.date);
    return d !== null && toEpochDay(d) > cutoff;
  });
  kept.push({ date: toIsoDate(today), why, items });
  // A property value holds 9 KB: the oldest entries go first.
  let text = JSON.stringify(kept);
  while (text.length > 8000 && kept.length > 1) {
    kept.shift();
    text = JSON.stringify(kept);
  }
  if (text.length > 8000) text = JSON.stringify([{ date: toIsoDate(today), why, items: items.slice(0, 40) }]);
  documentStore(ctx).set(REOFFER_LOG_KEY, text);
}

/** The sidebar's «Проверить повторно» button. */
export function reofferSupported(ctx: AppContext): ReofferResult {
  return withDocumentLock(ctx, () => reofferLocked(ctx, 'проверка по запросу куратора'));
}

/**
 * The caller holds the document lock (afterBankChange, dissolving a pair). Only as many mentees are re-offered as
 * there are places: everyone without a pair is assigned (as many as possible first), and each supported mentee who
 * gets a place is re-offered the mentor the assignment chose.
 */
export function reofferLocked(ctx: AppContext, why: string): ReofferResult {
  const state = readMatchingState(ctx);
  const supported = state.mentees.filter((e) => e.status === 'supported' && !state.placeOf.has(e.id));
  if (supported.length === 0) return { reoffered: [], stillSupported: 0, lines: [] };
  if (!state.weights)
    return {
      reoffered: [],
      stillSupported: supported.length,
      lines: ['Повторный подбор не выполнен: в «Настройках» неверные веса подбора.'],
    };
  // Everyone without a pair shares the free places (a mentee re-offered yesterday still waits for one of them).
  const result = proposeAssignment(availableMentees(state), state.mentors, matchContextOf(state), {
    mode: 'maxCoverageThenScore',
  });
  const placed = result.pairs.filter((p) => p.mentee.status === 'supported');
  if (placed.length === 0) return { reoffered: [], stillSupported: supported.length, lines: [] };
  const today = ctx.today();
  const reoffered: Reoffered[] = placed.map((p) => ({
    id: p.mentee.id,
    name: p.mentee.fullName,
    mentorName: p.mentor.fullName,
    score: p.score,
  }));
  const rows = writeMenteeChanges(
    state,
    placed.map((p) => ({
      id: p.mentee.id,
      status: 'waiting',
      supportNote: reofferNoteText(today, p.mentor.fullName, p.score, why),
    })),
  );
  const line = `Повторный подбор (${why}): снова ожидают наставника ${reoffered.length} — ${reoffered.map((r) => `${r.name} (подходит ${r.mentorName}, ${r.score})`).join('; ')}.`;
  appendJournal(ctx, state.workbook, [
    { what: 'Повторный подбор', sheet: menteesTable.sheetName, rows: describeRows(rows), details: line },
  ]);
  appendLog(ctx, today, why, reoffered);
  return { reoffered, stillSupported: supported.length - reoffered.length, lines: [line] };
}
