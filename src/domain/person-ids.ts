// Bank ids: prefix + four digits (Н-0001 mentors, НЯ-0001 mentees); new ids continue after the largest one in use.
// An id once written never changes, so pairs, documents and the journal can refer to it.

export function formatPersonId(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(4, '0')}`;
}

/** The next `count` ids after the highest number already used with this prefix (gaps are never refilled). */
export function allocateIds(prefix: string, existing: readonly string[], count: number): string[] {
  let max = 0;
  for (const id of existing) {
    const t = id.trim();
    if (!t.startsWith(prefix)) continue;
    const n = Number(t.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return Array.from({ length: count }, (_, i) => formatPersonId(prefix, max + 1 + i));
}
