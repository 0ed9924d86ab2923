// A form's response sheet read in one call: each row as an answer (question title → text), its timestamp and key.
import { toRuDate } from '../../domain/calendar/calendar-date';
import { toCalendarDate } from '../../domain/calendar/zoned';
import { answerKey, TIMESTAMP_TITLES } from '../../domain/forms';
import { normalizeTerm } from '../../domain/model';
import type { SheetGateway, WorkbookGateway } from '../../google/sheet-gateway';

/** One answer as a row of the response sheet shows it. */
export interface FormAnswer {
  sheetName: string;
  /** 1-based sheet row. */
  row: number;
  /** The «Отметка времени» cell (null when the row has no timestamp: typed by a person, not an answer). */
  answeredAt: Date | null;
  /** Identity of the answer: the same row read twice gives the same key; a new answer has a new timestamp. */
  key: string;
  /** Question title → answer texts (columns sharing a title add to the same list), as in `e.namedValues`. */
  namedValues: Record<string, string[]>;
  /** A link that opens the response row. */
  link: string;
}

export interface ResponseSheet {
  name: string;
  sheetId: number;
  headers: string[];
  /** Rows with content (with `since`: only those answered at or after it), in sheet order. */
  answers: FormAnswer[];
  /** Rows that carry a timestamp: the answers the form received. */
  answered: number;
}

const timestampTitles = new Set(TIMESTAMP_TITLES.map(normalizeTerm));

/** The text of a response cell: dates as ДД.ММ.ГГГГ in the workbook's zone (date questions), numbers as typed. */
function answerText(v: unknown, timeZone: string): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : toRuDate(toCalendarDate(v, timeZone));
  return String(v);
}

/** Whether a header row is a form's: «Отметка времени» / Timestamp first (§6.2). */
export function isResponseHeader(header: readonly unknown[]): boolean {
  return timestampTitles.has(normalizeTerm(String(header[0] ?? '')));
}

/** A long answer enters the key by its length and ends: the timestamp already tells answers apart, and hashing 50,000 characters per cell on every run would not. */
const keyPart = (t: string) => (t.length > 2000 ? `${t.length}:${t.slice(0, 1000)}${t.slice(-1000)}` : t);

const stampOf = (line: readonly unknown[]): Date | null => {
  const stamp = line[0];
  return stamp instanceof Date && !Number.isNaN(stamp.getTime()) ? stamp : null;
};

/**
 * Turns a grid (header + rows, as getValues returns it) into answers: every row with content, or with `since` only
 * the answers timestamped at or after it (earlier ones are handled: their texts and keys are not worth computing).
 */
export function answersFromGrid(
  grid: readonly unknown[][],
  sheetName: string,
  rowLink: (row: number) => string,
  timeZone: string,
  since = -Infinity,
): FormAnswer[] {
  const headers = (grid[0] ?? []).map((h) => String(h ?? '').trim());
  const answers: FormAnswer[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r]!;
    const answeredAt = stampOf(line);
    if (since > -Infinity && (!answeredAt || answeredAt.getTime() < since)) continue;
    const texts = headers.map((_, c) => answerText(line[c], timeZone));
    if (texts.every((t) => t.trim() === '')) continue;
    const namedValues: Record<string, string[]> = {};
    headers.forEach((h, c) => (namedValues[h] ??= []).push(texts[c]!));
    answers.push({
      sheetName,
      row: r + 1,
      answeredAt,
      key: answerKey(answeredAt ? String(answeredAt.getTime()) : '', '', texts.slice(1).map(keyPart)),
      namedValues,
      link: rowLink(r + 1),
    });
  }
  return answers;
}

/**
 * Reads a response sheet whole (one bulk read); `since(sheetId)` limits the answers built to the recent ones. A sheet
 * whose header is not a response header gets no answers.
 */
export function readResponseSheet(
  workbook: WorkbookGateway,
  sheet: SheetGateway,
  timeZone: string,
  since?: (sheetId: number) => number,
): ResponseSheet {
  const grid = sheet.readAll();
  const name = sheet.name();
  const sheetId = sheet.sheetId();
  const base = workbook.sheetUrl(name);
  const headers = (grid[0] ?? []).map((h) => String(h ?? '').trim());
  return {
    name,
    sheetId,
    headers,
    // Not a response sheet (an archive, a school's own sheet): no answers are built and no state is read for it.
    answers: isResponseHeader(headers)
      ? answersFromGrid(grid, name, (row) => `${base}&range=A${row}`, timeZone, since ? since(sheetId) : -Infinity)
      : [],
    answered: grid.slice(1).filter((line) => stampOf(line) !== null).length,
  };
}
