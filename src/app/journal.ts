// Appends what an operation did to «Журнал»: one block per operation, never a change to earlier rows.
import type { AppContext } from './context';
import type { WorkbookGateway } from '../google/sheet-gateway';
import { appendRecords, readTableHeader } from '../workbook/repository';
import { journalTable } from '../workbook/tables/journal';

export interface JournalEntry {
  what: string;
  sheet?: string;
  rows?: string;
  details?: string;
}

/** "2–5, 9": sheet rows as people read them. */
export function describeRows(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return parts.join(', ');
}

/** Skipped quietly when the journal sheet does not exist yet (before the first setup). */
export function appendJournal(ctx: AppContext, workbook: WorkbookGateway, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  const snapshot = readTableHeader(workbook, journalTable);
  if (!snapshot.sheet) return;
  const at = ctx.now();
  const who = ctx.userEmail();
  appendRecords(
    snapshot,
    entries.map((e) => ({
      at,
      who,
      what: e.what,
      sheet: e.sheet ?? '',
      rows: e.rows ?? '',
      details: (e.details ?? '').slice(0, 45_000),
    })),
    ctx.timeZone(),
  );
}
