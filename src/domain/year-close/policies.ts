// What «Завершить учебный год» does with each sheet: archive it, archive it but carry some rows over, or keep it.

export type YearEndPolicy =
  /** Every row goes to the year's archive sheet; the working sheet starts the new year empty. */
  | { kind: 'archive' }
  /** Every row is archived; the rows that continue stay on the working sheet. */
  | { kind: 'archive-carry'; carry: 'open-pairs' | 'continuing-mentees' | 'rows-of-carried-pairs' }
  /** Untouched: the mentor bank, the practice library, the lists, the journal. */
  | { kind: 'keep'; whyRu: string }
  /** Archived as the year's record; every row stays, with these fields cleared for the new year (the roadmap). */
  | { kind: 'archive-reset'; clearFields: readonly string[] }
  /** «Настройки»: the academic year moves on; nothing else changes. */
  | { kind: 'move-year' };

/** By table key (src/workbook/registry.ts). A table not listed is kept and the plan says so. */
export const yearEndPolicies: Readonly<Record<string, YearEndPolicy>> = {
  settings: { kind: 'move-year' },
  dictionaries: { kind: 'keep', whyRu: 'списки школы' },
  monitoringQuestions: { kind: 'keep', whyRu: 'вопросы анкет школы' },
  mentors: { kind: 'keep', whyRu: 'банк наставников сохраняется' },
  mentees: { kind: 'archive-carry', carry: 'continuing-mentees' },
  pairs: { kind: 'archive-carry', carry: 'open-pairs' },
  events: { kind: 'archive' },
  publications: { kind: 'archive' },
  monitoring: { kind: 'archive' },
  monitoringInvites: { kind: 'archive' },
  /** The year's roadmap with its marks is the evidence of the year; the new year starts with no marks. */
  roadmap: { kind: 'archive-reset', clearFields: ['manualStatus', 'autoStatus', 'basis', 'evidence', 'completedOn'] },
  staff: { kind: 'keep', whyRu: 'список педагогов школы' },
  practices: { kind: 'keep', whyRu: 'методическая копилка сохраняется' },
  import: { kind: 'keep', whyRu: 'лист для вставки данных' },
  journal: { kind: 'keep', whyRu: 'журнал только дополняется' },
};

export function policyOf(key: string): YearEndPolicy {
  return yearEndPolicies[key] ?? { kind: 'keep', whyRu: 'лист не относится к итогам года' };
}
