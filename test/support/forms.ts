// Test helpers for the forms feature: a set-up workbook with both forms, teachers' answers, delivering submit events.
import { setupWorkbook } from '../../src/app/setup-workbook';
import { createForm } from '../../src/app/forms/create-form';
import { handleFormSubmit, type SubmitResult } from '../../src/app/forms/handle-submit';
import {
  MENTEE_PARTICIPATION_CHOICE,
  MENTOR_DUTIES_CHOICE,
  PERSONAL_DATA_CONSENT_CHOICE,
  PERSONAL_DATA_CONSENT_TITLE,
  MENTEE_PARTICIPATION_TITLE,
  MENTOR_DUTIES_TITLE,
} from '../../src/domain/forms';
import { submitForm, type Submission, type SubmitOptions } from '../../tools/emulator/forms';
import { emulatedWorkbook, type EmulatedWorkbook } from './context';

export type Answers = Record<string, string | string[]>;

/** A request a teacher might send (titles as the form asks them; no e-mail question: the form collects it). */
export function requestAnswers(overrides: Answers = {}): Answers {
  return {
    'Фамилия, имя, отчество': 'Иванова Анна Сергеевна',
    Должность: 'учитель',
    'Преподаваемые предметы и направления': ['математика'],
    'Педагогический стаж (полных лет)': '1',
    'Дата приёма на работу в школу': '2025-08-28',
    'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
    'Профессиональные запросы': ['Работа с родителями (законными представителями)'],
    'Опишите профессиональные затруднения': 'Дисциплина в 7 классе',
    'Желаемая форма наставничества': 'индивидуальная',
    [PERSONAL_DATA_CONSENT_TITLE]: [PERSONAL_DATA_CONSENT_CHOICE],
    [MENTEE_PARTICIPATION_TITLE]: [MENTEE_PARTICIPATION_CHOICE],
    ...overrides,
  };
}

export function mentorAnswers(overrides: Answers = {}): Answers {
  return {
    'Фамилия, имя, отчество': 'Петрова Мария Ивановна',
    Должность: 'учитель',
    'Преподаваемые предметы и направления': ['математика'],
    'Педагогический стаж (полных лет)': '22',
    'Стаж работы в нашей школе (полных лет)': '15',
    'Квалификационная категория': 'высшая',
    'Компетенции, которыми вы готовы делиться': ['Методика преподавания предмета', 'Работа с родителями (законными представителями)'],
    'Скольких наставляемых вы готовы сопровождать одновременно': '2',
    'Формы наставничества': ['индивидуальная'],
    [MENTOR_DUTIES_TITLE]: [MENTOR_DUTIES_CHOICE],
    [PERSONAL_DATA_CONSENT_TITLE]: [PERSONAL_DATA_CONSENT_CHOICE],
    ...overrides,
  };
}

export interface FormsWorkbook extends EmulatedWorkbook {
  formId(kind: 'requests' | 'mentors'): string;
  /** A teacher submits in the browser; the submit events are delivered to the trigger (each a separate execution). */
  submit(kind: 'requests' | 'mentors', answers: Answers, options?: SubmitOptions): { submission: Submission; results: SubmitResult[] };
  /** Runs the trigger for one delivery's event. */
  deliver(event: unknown): SubmitResult;
  logs: string[];
}

/** A set-up workbook (curator in a Workspace domain: the forms collect e-mail) with both forms created. */
export function formsWorkbook(options: { forms?: Array<'requests' | 'mentors'>; userEmail?: string } = {}): FormsWorkbook {
  const wb = emulatedWorkbook({ locale: 'ru', ...(options.userEmail ? { userEmail: options.userEmail } : {}) }, { locale: 'ru_RU' });
  wb.run((ctx) => setupWorkbook(ctx));
  const ids: Record<string, string> = {};
  for (const kind of options.forms ?? ['requests', 'mentors']) ids[kind] = wb.run((ctx) => createForm(ctx, kind)).id;
  const logs: string[] = [];
  const fw: FormsWorkbook = {
    ...wb,
    logs,
    formId: (kind) => ids[kind]!,
    deliver: (event) => wb.run((ctx) => handleFormSubmit(ctx, event, (l) => logs.push(l)), 'trigger'),
    submit(kind, answers, opts = {}) {
      const submission = submitForm(wb.world, ids[kind]!, answers, { respondentEmail: 'anna.ivanova@school.example', ...opts });
      return { submission, results: submission.deliveries.map((d) => fw.deliver(d.event)) };
    },
  };
  return fw;
}

/** A bank's rows as records by header (uncounted). */
export function bankRows(wb: EmulatedWorkbook, sheet: string): Array<Record<string, unknown>> {
  const [header, ...rows] = wb.values(sheet);
  return rows.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}
