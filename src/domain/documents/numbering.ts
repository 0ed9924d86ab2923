// Hierarchical list numbers ("1.", "2.", "2.1."): computed once so HTML, text and Docs number alike.
import type { ListItem } from './model';

export function listNumbers(items: readonly ListItem[]): string[] {
  const counters: number[] = [];
  return items.map((item) => {
    // A nested item may not skip a level: "1." then a level-3 item becomes "1.1.".
    const level = Math.max(0, Math.min(item.level ?? 0, counters.length));
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    return `${counters.join('.')}.`;
  });
}
