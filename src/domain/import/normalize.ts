// Normalising values typed elsewhere: trims, lower-cases emails, maps near-miss list values; asks about the rest.
import { normalizeEmail, normalizeTerm } from '../model';
import { matchTerm, splitListValues } from '../vocabulary/vocabulary';

/** What the person decided about a value that is not in a list. */
export interface ImportAnswer {
  dictionary: string;
  value: string;
  action: 'map' | 'add' | 'keep';
  to?: string;
}

export type Normalized =
  | { ok: true; value: string; corrected: boolean }
  /** Not in the list and no unique near miss: the person must answer. */
  | { ok: false; value: string; suggestions: string[] };

/** Trimmed, inner whitespace collapsed, non-breaking spaces gone (copy-paste from Word and web pages). */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export function cleanEmail(text: string): string {
  return normalizeEmail(
    cleanText(text)
      .replace(/^mailto:/i, '')
      .replace(/\s+/g, ''),
  );
}

function answerFor(answers: readonly ImportAnswer[], dictionary: string, value: string): ImportAnswer | undefined {
  return answers.find((a) => a.dictionary === dictionary && normalizeTerm(a.value) === normalizeTerm(value));
}

/** One list value: exact (in the list's spelling), a near miss (mapped), answered, or a question. */
export function normalizeListValue(
  text: string,
  list: readonly string[],
  dictionary: string,
  answers: readonly ImportAnswer[],
): Normalized {
  const value = cleanText(text);
  const m = matchTerm(value, list);
  if (m.kind === 'exact') return { ok: true, value: m.value, corrected: m.value !== value };
  if (m.kind === 'near') return { ok: true, value: m.value, corrected: true };
  const a = answerFor(answers, dictionary, value);
  if (a?.action === 'map' && a.to) return { ok: true, value: a.to, corrected: true };
  if (a?.action === 'add' || a?.action === 'keep') return { ok: true, value, corrected: false };
  return { ok: false, value, suggestions: m.suggestions };
}

/** Splits a multi-value cell on ";" or new lines (and on "," when every piece is then a list value). */
export function splitListCell(text: string, list: readonly string[]): string[] {
  const parts = splitListValues(text, list).map(cleanText).filter(Boolean);
  // "математика, физика": commas separate only if every piece is known (competency titles contain commas).
  return parts.flatMap((p) => {
    const pieces = p.split(',').map(cleanText).filter(Boolean);
    return pieces.length > 1 &&
      matchTerm(p, list).kind === 'unknown' &&
      pieces.every((x) => matchTerm(x, list).kind !== 'unknown')
      ? pieces
      : [p];
  });
}
