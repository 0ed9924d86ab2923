// Which answers of a response sheet were already handled, kept in the workbook's document properties.
//
// Why document properties and not a column: Forms owns the response sheet's columns (a question added later takes
// the next free column, §6.2), so a column of ours there could be overwritten; the banks cannot hold it either (a
// teacher answering twice, a curator deleting or correcting a row). The record is small and bounded: answers are
// handled in timestamp order, so a watermark (the latest timestamp handled) plus the keys of answers handled AT that
// timestamp say exactly which rows are done; it is read and written under the document lock, so two executions
// handling the same delivery twice cannot both see an answer as new. Worst case (the property lost), answers are
// handled again: upserts by email change nothing and quarantine rows are de-duplicated by their key.
import type { DocumentStore } from '../../google/document-properties';
import type { FormAnswer } from './response-sheet';

export interface ProcessedAnswers {
  /** Watermark: every answer with an earlier timestamp was handled (ms; -Infinity: none yet). */
  w: number;
  /** Keys of handled answers whose timestamp equals the watermark. */
  k: string[];
}

/** Keys kept at the watermark (answers sharing one millisecond); far below the 9 KB per value limit (§8.1). */
const MAX_KEYS = 200;

const propertyKey = (sheetId: number) => `forms.processed:${sheetId}`;

export function readProcessed(store: DocumentStore, sheetId: number): ProcessedAnswers {
  const text = store.get(propertyKey(sheetId));
  if (!text) return { w: -Infinity, k: [] };
  try {
    const p = JSON.parse(text) as { w?: unknown; k?: unknown };
    const w = typeof p.w === 'number' ? p.w : -Infinity;
    const k = Array.isArray(p.k) ? p.k.filter((x): x is string => typeof x === 'string') : [];
    return { w, k };
  } catch {
    return { w: -Infinity, k: [] };
  }
}

export function writeProcessed(store: DocumentStore, sheetId: number, p: ProcessedAnswers): void {
  store.set(propertyKey(sheetId), JSON.stringify({ w: Number.isFinite(p.w) ? p.w : null, k: p.k }));
}

/** Rows without a timestamp are not answers (typed by a person): never pending. */
export function isHandled(p: ProcessedAnswers, a: FormAnswer): boolean {
  if (!a.answeredAt) return true;
  const t = a.answeredAt.getTime();
  return t < p.w || (t === p.w && p.k.includes(a.key));
}

/** The answers not handled yet, oldest first (an answer of a teacher is applied before their later one). */
export function pendingAnswers(p: ProcessedAnswers, answers: readonly FormAnswer[]): FormAnswer[] {
  return answers
    .filter((a) => !isHandled(p, a))
    .sort((a, b) => a.answeredAt!.getTime() - b.answeredAt!.getTime() || a.row - b.row);
}

/** The record after handling `done` (a prefix of pendingAnswers, oldest first). */
export function markHandled(p: ProcessedAnswers, done: readonly FormAnswer[]): ProcessedAnswers {
  let { w, k } = p;
  for (const a of done) {
    const t = a.answeredAt!.getTime();
    if (t > w) {
      w = t;
      k = [];
    }
    if (t === w && !k.includes(a.key)) k = [...k, a.key];
  }
  return { w, k: k.slice(-MAX_KEYS) };
}
