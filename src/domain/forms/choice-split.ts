// Splits a checkbox answer ("a, b, c" as the sheet stores it) back into choices, even when a choice contains commas.
import { matchTerm } from '../vocabulary/vocabulary';

/** Length-preserving comparison form (normalizeTerm collapses spaces, which would shift offsets). */
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

export interface SplitChoices {
  /** Vocabulary values, in answer order, without repeats. */
  known: string[];
  /** Values recognised as near misses of a vocabulary value (typo, an edited list): [typed, value]. */
  near: Array<[string, string]>;
  /** Text that is no choice (the «Другое» answer, or an unknown value); adjacent pieces rejoined. */
  unknown: string[];
}

/**
 * Greedy longest match of the list values at each position; text between matches is one unknown piece,
 * kept exactly as typed (a «Другое» answer may contain commas and formulas: it is data).
 */
export function splitChoices(answer: string, list: readonly string[]): SplitChoices {
  const sorted = [...list]
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .sort((a, b) => b.length - a.length);
  const out: SplitChoices = { known: [], near: [], unknown: [] };
  const text = answer.trim();
  const folded = fold(text);
  let pos = 0;
  let unknownStart = -1;
  const flushUnknown = (end: number) => {
    if (unknownStart < 0) return;
    const piece = text.slice(unknownStart, end).trim().replace(/,\s*$/, '').trim();
    unknownStart = -1;
    if (piece === '') return;
    const m = matchTerm(piece, list);
    if (m.kind === 'exact' || m.kind === 'near') {
      out.near.push([piece, m.value]);
      if (!out.known.includes(m.value)) out.known.push(m.value);
    } else out.unknown.push(piece);
  };
  const atBoundary = (i: number) => i >= text.length || /^\s*,/.test(text.slice(i));
  while (pos < text.length) {
    const hit = sorted.find((v) => folded.startsWith(fold(v), pos) && atBoundary(pos + v.length));
    if (hit) {
      flushUnknown(pos);
      if (!out.known.includes(hit)) out.known.push(hit);
      pos += hit.length;
    } else {
      if (unknownStart < 0) unknownStart = pos;
      const comma = text.indexOf(',', pos);
      pos = comma < 0 ? text.length : comma;
    }
    // Skip the separator after a value or an unknown piece.
    const sep = /^\s*,\s*/.exec(text.slice(pos));
    if (sep) {
      if (unknownStart >= 0 && pos < text.length) {
        // Look ahead: an unknown piece continues unless a known value starts after the comma.
        const next = pos + sep[0].length;
        const known = sorted.some((v) => folded.startsWith(fold(v), next) && atBoundary(next + v.length));
        if (known) flushUnknown(pos);
      }
      pos += sep[0].length;
    }
  }
  flushUnknown(text.length);
  return out;
}
