// Readable pair ids «НП-2026-001»: prefix, the academic year's start year, a running number within the year.
import type { AcademicYear } from '../calendar/academic-year';

export const PAIR_ID_PREFIX = 'НП';

// Hand-typed ids vary: Latin «HП»/«NP», spaces, en/em dashes, lower case, fewer or more digits.
const PATTERN = /^\s*(?:нп|hп|np)\s*[-–—_ ]?\s*(\d{4})\s*[-–—_ /]\s*(\d{1,6})\s*$/i;

export interface ParsedPairId {
  year: number;
  number: number;
}

export function parsePairId(text: string): ParsedPairId | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), number: Number(m[2]) };
}

export function formatPairId(year: number, number: number): string {
  return `${PAIR_ID_PREFIX}-${year}-${String(number).padStart(3, '0')}`;
}

/** The next free id of the year: one more than the largest number used (gaps are not refilled, to avoid reusing a dissolved pair's number). */
export function nextPairId(existing: Iterable<string>, year: AcademicYear | number): string {
  const y = typeof year === 'number' ? year : year.startYear;
  let max = 0;
  for (const id of existing) {
    const p = parsePairId(id);
    if (p && p.year === y && p.number > max) max = p.number;
  }
  return formatPairId(y, max + 1);
}

/** `count` consecutive new ids (for a batch of proposed pairs). */
export function nextPairIds(existing: Iterable<string>, year: AcademicYear | number, count: number): string[] {
  const first = parsePairId(nextPairId(existing, year))!;
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(formatPairId(first.year, first.number + k));
  return out;
}
