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
import {
  displayValue,
  formSubmitEvent,
  formsState,
  submitForm,
  type FormSubmitEvent,
  type Submission,
  type SubmitOptions,
} from '../../tools/emulator/forms';
import { allTriggers } from '../../tools/emulator/services';
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
    'Компетенции, которыми вы готовы делиться': [
      'Методика преподавания предмета',
      'Работа с родителями (законными представителями)',
    ],
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
  submit(
    kind: 'requests' | 'mentors',
    answers: Answers,
    options?: SubmitOptions,
  ): { submission: Submission; results: SubmitResult[] };
  /** Runs the trigger for one delivery's event. */
  deliver(event: unknown): SubmitResult;
  /**
   * An answer that bypassed the browser's checks (the curator removed a validation, an older version of the form,
   * a value typed into the response sheet): its row is written by the Forms → Sheets link and the event built as
   * Apps Script builds it. Values are keyed by column header; missing ones are blank. Nothing is delivered.
   */
  inject(kind: 'requests' | 'mentors', values: Record<string, unknown>, at?: Date): FormSubmitEvent;
  logs: string[];
}

/** A set-up workbook (curator in a Workspace domain: the forms collect e-mail) with both forms created. */
export function formsWorkbook(
  options: { forms?: Array<'requests' | 'mentors'>; userEmail?: string } = {},
): FormsWorkbook {
  const wb = emulatedWorkbook(
    { locale: 'ru', ...(options.userEmail ? { userEmail: options.userEmail } : {}) },
    { locale: 'ru_RU' },
  );
  wb.run((ctx) => setupWorkbook(ctx));
  const ids: Record<string, string> = {};
  const sheets: Record<string, string> = {};
  for (const kind of options.forms ?? ['requests', 'mentors']) {
    const r = wb.run((ctx) => createForm(ctx, kind));
    ids[kind] = r.id;
    sheets[kind] = r.sheet;
  }
  const logs: string[] = [];
  const fw: FormsWorkbook = {
    ...wb,
    logs,
    formId: (kind) => ids[kind]!,
    deliver: (event) => wb.run((ctx) => handleFormSubmit(ctx, event, (l) => logs.push(l)), 'trigger'),
    inject(kind, values, at) {
      const sheetName = kind === 'requests' ? sheets.requests! : sheets.mentors!;
      const host = formsState(wb.world).host;
      const ssId = wb.spreadsheet().getId();
      const headers = wb.values(sheetName)[0]!.map(String);
      const stamp = at ?? wb.world.clock.date();
      const stored = headers.map((h, i) => (i === 0 ? stamp : (values[h] ?? '')));
      const row = host.appendRow(ssId, sheetName, stored);
      const display = stored.map((v, i) => displayValue(v, 'ru_RU', 'Europe/Moscow', i === 0));
      const trigger = allTriggers(wb.world).find((t) => t.eventType === 'ON_FORM_SUBMIT');
      return formSubmitEvent(
        wb.world,
        { spreadsheetId: ssId, sheetName, row, headers, stored, display },
        trigger?.id ?? '',
      );
    },
    submit(kind, answers, opts = {}) {
      const submission = submitForm(wb.world, ids[kind]!, answers, {
        respondentEmail: 'anna.ivanova@school.example',
        ...opts,
      });
      return { submission, results: submission.deliveries.map((d) => fw.deliver(d.event)) };
    },
  };
  return fw;
}

/** A bank's rows as records by header (uncounted). */
export function bankRows(wb: EmulatedWorkbook, sheet: string): Array<Record<string, unknown>> {
  const [header, ...rows] = wb.values(sheet);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}

/** Every cell of every sheet that holds a formula, as "Sheet!RrCc: formula" (uncounted). */
export function formulaCells(wb: EmulatedWorkbook): string[] {
  const out: string[] = [];
  for (const sheet of wb.spreadsheet().getSheets()) {
    sheet
      .getDataRange()
      .getFormulas()
      .forEach((row, i) => row.forEach((f, j) => f && out.push(`${sheet.getName()}!R${i + 1}C${j + 1}: ${f}`)));
  }
  return out;
}
