// Curator-adjustable matching weights and thresholds («Настройки» → «Подбор наставников»), with defaults.
import { z } from 'zod';

/** The weighted criteria of a pair score, in display order. */
export type CriterionKey =
  'coverage' | 'subject' | 'experience' | 'qualification' | 'training' | 'preferred' | 'freeCapacity';

export const criterionKeys: readonly CriterionKey[] = [
  'coverage',
  'subject',
  'experience',
  'qualification',
  'training',
  'preferred',
  'freeCapacity',
];

const weight = (d: number) => z.number().min(0).max(100).default(d);

export const matchWeightsSchema = z.object({
  // Coverage dominates: a mentor who answers the mentee's requests matters more than anything else.
  coverage: weight(40),
  subject: weight(15),
  experience: weight(12),
  qualification: weight(8),
  training: weight(6),
  preferred: weight(15),
  // Light: only breaks near-ties in favour of mentors who are not yet loaded.
  freeCapacity: weight(4),
  /** Hard rule «работает в школе не меньше N лет»; null = off. */
  minSchoolYears: z.number().int().min(0).max(60).nullable().default(null),
  /** A pair below this score is not proposed (0–100; 1 = any pair with a positive score). */
  minScore: z.number().int().min(1).max(100).default(1),
});

export type MatchWeights = z.infer<typeof matchWeightsSchema>;

export const defaultMatchWeights: MatchWeights = matchWeightsSchema.parse({});

/** Parses what the settings form sent; missing fields take the defaults. */
export function parseMatchWeights(input: unknown): MatchWeights {
  return matchWeightsSchema.parse(input ?? {});
}

export interface WeightField {
  key: keyof MatchWeights;
  labelRu: string;
  default: number | null;
  help: string;
}

/** What «Настройки» shows, in this order. */
export const matchWeightFields: readonly WeightField[] = [
  {
    key: 'coverage',
    labelRu: 'Закрывает запросы наставляемого',
    default: defaultMatchWeights.coverage,
    help: 'Главный критерий: какую долю запросов наставляемого закрывают компетенции наставника. Лишние компетенции наставника почти не добавляют баллов.',
  },
  {
    key: 'subject',
    labelRu: 'Тот же предмет или методическое объединение',
    default: defaultMatchWeights.subject,
    help: 'Полный вес — тот же предмет, половина — предмет того же методического объединения.',
  },
  {
    key: 'experience',
    labelRu: 'Наставник опытнее',
    default: defaultMatchWeights.experience,
    help: 'Чем больше разница в стаже, тем выше балл, но каждый следующий год добавляет меньше. Наставник с меньшим стажем, чем у наставляемого, получает штраф.',
  },
  {
    key: 'qualification',
    labelRu: 'Квалификационная категория наставника',
    default: defaultMatchWeights.qualification,
    help: 'Выше всего — «высшая — педагог-наставник» и «высшая — педагог-методист», затем «высшая», «первая».',
  },
  {
    key: 'training',
    labelRu: 'Наставник прошёл обучение',
    default: defaultMatchWeights.training,
    help: 'Указана дата обучения наставников.',
  },
  {
    key: 'preferred',
    labelRu: 'Наставляемый сам назвал наставника',
    default: defaultMatchWeights.preferred,
    help: 'Совпадение по ФИО или почте (регистр и ё не важны). Учитывается только у тех, кто назвал наставника.',
  },
  {
    key: 'freeCapacity',
    labelRu: 'У наставника больше свободных мест',
    default: defaultMatchWeights.freeCapacity,
    help: 'Небольшой вес: при прочих равных предпочитает менее загруженных наставников.',
  },
  {
    key: 'minScore',
    labelRu: 'Минимальный балл пары',
    default: defaultMatchWeights.minScore,
    help: 'Пары с баллом ниже (из 100) не предлагаются.',
  },
  {
    key: 'minSchoolYears',
    labelRu: 'Наставник работает в школе не меньше (лет)',
    default: defaultMatchWeights.minSchoolYears,
    help: 'Обязательное правило. Пусто — правило выключено.',
  },
];
