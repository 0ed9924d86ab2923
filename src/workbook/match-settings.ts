// Parses the «Подбор» rows of «Настройки» into MatchWeights with zod; a bad value is a settings Problem, never a guess.
import { z } from 'zod';
import { defaultMatchWeights, matchWeightsSchema, type MatchWeights } from '../domain/matching/weights';
import type { Problem } from '../domain/validation/problem';
import { matchSettingFields, matchSettingSpecs } from './match-setting-specs';
import type { SettingsRead } from './settings';
import { settingsTable } from './tables/settings';

export interface MatchSettingsRead {
  /** Null when a value is bad: matching then refuses to run rather than score with weights nobody chose. */
  weights: MatchWeights | null;
  problems: Problem[];
}

/** '' → undefined (the default); «12» or «12,5» → a number; anything else stays text for the schema to refuse. */
const cellNumber = z.string().transform((t) => {
  const s = t.trim().replace(/\s+/g, '').replace(',', '.');
  if (s === '') return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : t;
});

/** What was wrong, quoting the value as the person typed it. */
function issueText(field: keyof MatchWeights, value: unknown, typed: string): string {
  const shown = `«${typed.trim()}»`;
  if (typeof value === 'string') return `нужно число, а указано ${shown}.`;
  if (field === 'minSchoolYears') return `нужно целое число лет от 0 до 60, а указано ${shown}.`;
  if (field === 'minScore') return `нужно целое число от 1 до 100, а указано ${shown}.`;
  return `нужно число от 0 до 100, а указано ${shown}.`;
}

export function matchSettingsFrom(read: Pick<SettingsRead, 'raw' | 'rows'>): MatchSettingsRead {
  const input: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const { key, field } of matchSettingFields) {
    const parsed = cellNumber.parse(read.raw[key] ?? '');
    if (parsed !== undefined) input[field] = parsed;
  }
  const result = matchWeightsSchema.safeParse(input);
  if (!result.success) {
    const reported = new Set<string>();
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof MatchWeights;
      const at = matchSettingFields.find((f) => f.field === field);
      if (!at || reported.has(at.key)) continue;
      reported.add(at.key);
      const spec = matchSettingSpecs.find((s) => s.key === at.key)!;
      problems.push({
        sheet: settingsTable.sheetName,
        row: read.rows[at.key] ?? 0,
        column: 'Значение',
        message: `«${spec.label}»: ${issueText(field, input[field], read.raw[at.key] ?? '')}`,
        fix: spec.hint,
        value: read.raw[at.key],
      });
    }
    return { weights: null, problems };
  }
  const weights = result.data;
  const total = matchSettingFields
    .filter((f) => f.field !== 'minScore' && f.field !== 'minSchoolYears')
    .reduce((s, f) => s + Number(weights[f.field]), 0);
  if (total <= 0) {
    const first = matchSettingFields[0]!;
    problems.push({
      sheet: settingsTable.sheetName,
      row: read.rows[first.key] ?? 0,
      column: 'Значение',
      message: 'Все веса подбора равны нулю: сравнивать наставников не по чему.',
      fix: `Укажите хотя бы один положительный вес, например «${matchSettingSpecs[0]!.label}» — ${defaultMatchWeights.coverage}.`,
    });
    return { weights: null, problems };
  }
  return { weights, problems };
}
