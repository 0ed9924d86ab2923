// The «Подбор» rows of «Настройки»: one parameter per matching weight plus the minimum score and the school-years rule.
import { defaultMatchWeights, matchWeightFields, type MatchWeights } from '../domain/matching/weights';
import type { SettingKey, SettingSpec } from './tables/settings';

/** Which MatchWeights field each settings row holds. */
export const matchSettingFields: ReadonlyArray<{ key: SettingKey; field: keyof MatchWeights }> = [
  { key: 'matchCoverage', field: 'coverage' },
  { key: 'matchSubject', field: 'subject' },
  { key: 'matchExperience', field: 'experience' },
  { key: 'matchQualification', field: 'qualification' },
  { key: 'matchTraining', field: 'training' },
  { key: 'matchPreferred', field: 'preferred' },
  { key: 'matchFreeCapacity', field: 'freeCapacity' },
  { key: 'matchMinScore', field: 'minScore' },
  { key: 'matchMinSchoolYears', field: 'minSchoolYears' },
];

function labelOf(field: keyof MatchWeights): string {
  const f = matchWeightFields.find((w) => w.key === field)!;
  if (field === 'minScore' || field === 'minSchoolYears')
    return `Подбор: ${f.labelRu.charAt(0).toLowerCase()}${f.labelRu.slice(1)}`;
  return `Подбор: вес «${f.labelRu.charAt(0).toLowerCase()}${f.labelRu.slice(1)}»`;
}

function hintOf(field: keyof MatchWeights): string {
  const f = matchWeightFields.find((w) => w.key === field)!;
  if (field === 'minSchoolYears') return `${f.help} Целое число лет от 0 до 60.`;
  if (field === 'minScore') return `${f.help} Целое число от 1 до 100; пусто — ${defaultMatchWeights.minScore}.`;
  return `${f.help} Число от 0 до 100: важность критерия относительно других; пусто — ${String(f.default)}.`;
}

/** Not required: an empty value means the default, so a workbook made before these rows existed keeps working. */
export const matchSettingSpecs: readonly SettingSpec[] = matchSettingFields.map(({ key, field }) => ({
  key,
  label: labelOf(field),
  hint: hintOf(field),
  required: false,
  seed: defaultMatchWeights[field] === null ? '' : String(defaultMatchWeights[field]),
}));
