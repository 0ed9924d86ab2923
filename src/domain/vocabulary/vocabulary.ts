// The school's lists as the domain sees them (read from «Справочники»), and lookups by how people type values.
import { normalizeTerm } from '../model';

export type DictionaryKey = 'posts' | 'subjects' | 'qualifications' | 'menteeCategories' | 'forms' | 'competencies';

export type Vocabulary = Record<DictionaryKey, readonly string[]>;

export const dictionaryKeys: readonly DictionaryKey[] = [
  'posts',
  'subjects',
  'qualifications',
  'menteeCategories',
  'forms',
  'competencies',
];

/** Russian list names, for messages. */
export const dictionaryTitleRu: Record<DictionaryKey, string> = {
  posts: 'Должности',
  subjects: 'Предметы',
  qualifications: 'Квалификационные категории',
  menteeCategories: 'Категории наставляемых',
  forms: 'Формы наставничества',
  competencies: 'Профессиональные запросы / компетенции',
};

export type TermMatch =
  | { kind: 'exact'; value: string }
  /** A near miss (typo, missing word ending): the list value it most likely means. */
  | { kind: 'near'; value: string; distance: number }
  | { kind: 'unknown'; suggestions: string[] };

/** Levenshtein distance with an early exit once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many typos a value of this length may have and still count as a near miss. */
function tolerance(length: number): number {
  return length <= 4 ? 0 : length <= 12 ? 1 : length <= 30 ? 2 : 3;
}

const normalizedLists = new WeakMap<readonly string[], string[]>();

/** A list's values normalised once per list (a bank check looks up thousands of cells in the same lists). */
function normalizedList(list: readonly string[]): string[] {
  let n = normalizedLists.get(list);
  if (!n) normalizedLists.set(list, (n = list.map((v) => normalizeTerm(v))));
  return n;
}

/** Finds a typed value in a list: exactly (ignoring case, ё, spacing), as a unique near miss, or not at all. */
export function matchTerm(text: string, list: readonly string[]): TermMatch {
  const t = normalizeTerm(text);
  const normalized = normalizedList(list);
  const exact = normalized.indexOf(t);
  if (exact >= 0) return { kind: 'exact', value: list[exact]! };
  const limit = tolerance(t.length);
  let best: { value: string; distance: number } | null = null;
  let tie = false;
  const scored: Array<{ value: string; distance: number }> = [];
  normalized.forEach((n, i) => {
    const d = editDistance(t, n, Math.max(limit, 6));
    scored.push({ value: list[i]!, distance: d });
    if (d > limit) return;
    if (!best || d < best.distance) {
      best = { value: list[i]!, distance: d };
      tie = false;
    } else if (d === best.distance) tie = true;
  });
  if (best && !tie) return { kind: 'near', ...(best as { value: string; distance: number }) };
  // Suggestions: close values, and list values that contain the typed text (a shortened title).
  const suggestions = scored
    .filter((s) => s.distance <= Math.max(limit, 6) || (t.length >= 4 && normalizeTerm(s.value).includes(t)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((s) => s.value);
  return { kind: 'unknown', suggestions };
}

/**
 * Splits a multi-value cell on ";" and new lines, keeping together the pieces of a list value that itself
 * contains ";" (the competency «Оценивание, в т. ч. формирующее; критерии и КИМ»). Commas never separate.
 */
export function splitListValues(text: string, list: readonly string[]): string[] {
  const pieces = text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const known = new Set(normalizedList(list));
  const out: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let taken = 1;
    for (let k = Math.min(pieces.length - i, 4); k > 1; k--) {
      if (known.has(normalizeTerm(pieces.slice(i, i + k).join('; ')))) {
        taken = k;
        break;
      }
    }
    out.push(pieces.slice(i, i + taken).join('; '));
    i += taken;
  }
  return out;
}
