// The registry of form kinds the one form-submit trigger serves: how each kind's response sheet is recognised and
// what is done with its answers.
//
// Extending it (a later form, e.g. the monitoring questionnaires of issue 8): append one FormKindEntry to `formKinds`
//   - key: a stable English key; label: the Russian name shown in «Карантин» and the sidebar;
//   - settings: the four «Настройки» rows where the add-on records the form (add them to settingSpecs);
//   - build(ctx): the form as a FormDefinition (questions, choices from «Справочники»), used to create and update it;
//   - signature: question titles that identify its response sheet when the sheet was renamed;
//   - handle(ctx, workbook, answers, mode): files answers not handled yet, oldest first, inside the document lock,
//     and returns one AnswerOutcome per answer. 'event' mode puts invalid answers in «Карантин» (see fileAnswers and
//     appendToQuarantine); 'accept' mode re-checks an answer the curator corrected there and writes nothing if invalid.
// Nothing else changes: the trigger (handleFormSubmit), duplicate/spurious filtering, the lock, «Обработать ответы»,
// «Карантин» and the sidebar all go through this list.
import type { FormContext, FormDefinition } from '../../domain/forms';
import {
  buildMentorForm,
  buildRequestForm,
  mentorQuestions,
  parseMentorAnswer,
  parseRequestAnswer,
  requestQuestions,
  type MenteeFromForm,
  type MentorFromForm,
} from '../../domain/forms';
import { formRu, normalizeTerm } from '../../domain/model';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import { menteesTable } from '../../workbook/tables/mentees';
import { mentorsTable } from '../../workbook/tables/mentors';
import type { SettingKey } from '../../workbook/tables/settings';
import { monitoringFormKinds } from '../closing/monitoring-forms';
import type { AppContext } from '../context';
import { fileAnswers, type AnswerOutcome, type BankFormSpec } from './bank-answers';
import type { FormSettingKeys } from './form-records';
import type { FormAnswer } from './response-sheet';

export interface FormKindEntry {
  key: string;
  label: string;
  settings: FormSettingKeys;
  build(ctx: FormContext): FormDefinition;
  /**
   * For a form whose questions live in the workbook (the monitoring questionnaires, issue 8): builds the definition
   * from the workbook instead of `build`, inside the caller's lock.
   */
  define?(ctx: AppContext, workbook: WorkbookGateway, base: FormContext): FormDefinition;
  signature: readonly string[];
  handle(
    ctx: AppContext,
    workbook: WorkbookGateway,
    answers: readonly FormAnswer[],
    mode: 'event' | 'accept',
  ): AnswerOutcome[];
}

const requestsSpec: BankFormSpec<MenteeFromForm> = {
  bank: 'mentees',
  table: menteesTable,
  parse: parseRequestAnswer,
  toRecord: (p) => ({ ...p, desiredForm: formRu[p.desiredForm] }),
  newRow: () => ({ source: 'form', status: 'waiting' }),
};

const mentorsSpec: BankFormSpec<MentorFromForm> = {
  bank: 'mentors',
  table: mentorsTable,
  parse: parseMentorAnswer,
  toRecord: (p) => ({ ...p, forms: p.forms.map((f) => formRu[f]) }),
  newRow: (ctx) => ({ source: 'form', status: 'active', addedOn: ctx.today() }),
};

export const formKinds: readonly FormKindEntry[] = [
  {
    key: 'requests',
    label: 'Запросы педагогов',
    settings: { id: 'requestFormId', editUrl: 'requestFormEditUrl', url: 'requestFormUrl', sheet: 'requestFormSheet' },
    build: buildRequestForm,
    signature: [requestQuestions.requests.title, requestQuestions.category.title, requestQuestions.desiredForm.title],
    handle: (ctx, workbook, answers, mode) =>
      fileAnswers(ctx, workbook, requestsSpec, 'Запросы педагогов', answers, mode),
  },
  {
    key: 'mentors',
    label: 'Анкета наставника',
    settings: { id: 'mentorFormId', editUrl: 'mentorFormEditUrl', url: 'mentorFormUrl', sheet: 'mentorFormSheet' },
    build: buildMentorForm,
    signature: [
      mentorQuestions.competencies.title,
      mentorQuestions.capacity.title,
      mentorQuestions.qualification.title,
    ],
    handle: (ctx, workbook, answers, mode) =>
      fileAnswers(ctx, workbook, mentorsSpec, 'Анкета наставника', answers, mode),
  },
  ...monitoringFormKinds,
];

/** The kind's definition for this workbook: `define` when the kind has one, else `build`. */
export function definitionOf(
  kind: FormKindEntry,
  ctx: AppContext,
  workbook: WorkbookGateway,
  base: FormContext,
): FormDefinition {
  return kind.define ? kind.define(ctx, workbook, base) : kind.build(base);
}

export function formKind(key: string): FormKindEntry | undefined {
  return formKinds.find((k) => k.key === key);
}

/**
 * Which kind a response sheet belongs to: the sheet recorded in «Настройки» for it, else the kind whose signature
 * questions all appear in the sheet's header (the curator renamed the sheet).
 */
export function kindOfSheet(
  name: string,
  header: readonly string[],
  raw: Partial<Record<SettingKey, string>>,
): FormKindEntry | null {
  const byName = formKinds.find((k) => (raw[k.settings.sheet] ?? '') !== '' && raw[k.settings.sheet] === name);
  if (byName) return byName;
  const titles = new Set(header.map((h) => normalizeTerm(h)));
  return formKinds.find((k) => k.signature.every((t) => titles.has(normalizeTerm(t)))) ?? null;
}
