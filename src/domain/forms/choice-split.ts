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

/** Greedy longest match of the list values at each position; the rest up to the next ", " is unknown. */
export function splitChoices(answer: string, list: readonly string[]): SplitChoices {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const out: SplitChoices = { known: [], near: [], unknown: [] };
  let rest = answer.trim();
  let pendingUnknown: string[] = [];
  const flushUnknown = () => {
    if (pendingUnknown.length === 0) return;
    const text = pendingUnknown.join(', ');
    pendingUnknown = [];
    const m = matchTerm(text, list);
    if (m.kind === 'exact' || m.kind === 'near') {
      out.near.push([text, m.value]);
      if (!out.known.includes(m.value)) out.known.push(m.value);
    } else out.unknown.push(text);
  };
  while (rest !== '') {
    const f = fold(rest);
    const hit = sorted.find((v) => {
      const fv = fold(v.trim());
      return fv !== '' && f.startsWith(fv) && (f.length === fv.length || /^\s*,/.test(rest.slice(fv.length)));
    });
    if (hit) {
      flushUnknown();
      if (!out.known.includes(hit)) out.known.push(hit);
      rest = rest.slice(hit.trim().length).replace(/^\s*,\s*/, '');
      continue;
    }
    const comma = rest.indexOf(',');
    const piece = (comma < 0 ? rest : rest.slice(0, comma)).trim();
    if (piece !== '') pendingUnknown.push(piece);
    rest = comma < 0 ? '' : rest.slice(comma + 1).trim();
  }
  flushUnknown();
  return out;
}
