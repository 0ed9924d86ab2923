// Reads «Справочники» into the domain's Vocabulary; a list not on the sheet yet falls back to its seed.
import { dictionaryKeys, type Vocabulary } from '../domain/vocabulary/vocabulary';
import { cellText } from './cells';
import type { TableSnapshot } from './repository';
import { dictionarySeeds } from './tables/dictionaries';

export function vocabularyFrom(snapshot: TableSnapshot, timeZone: string): Vocabulary {
  const out = {} as Record<keyof Vocabulary, string[]>;
  for (const key of dictionaryKeys) {
    const col = snapshot.columns.get(key);
    if (col === undefined) {
      out[key] = [...dictionarySeeds[key]];
      continue;
    }
    const values: string[] = [];
    for (let r = 1; r < snapshot.grid.length; r++) {
      const t = cellText(snapshot.grid[r]![col - 1], timeZone);
      if (t && !values.includes(t)) values.push(t);
    }
    out[key] = values;
  }
  return out;
}
