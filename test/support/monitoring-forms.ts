// Answering a monitoring questionnaire on the emulator as a participant would: open the personal link from
// «Рассылка анкет», keep what it pre-fills, answer the rest, submit; the form-submit trigger files the answer.
import { handleFormSubmit } from '../../src/app/forms/handle-submit';
import { findFormByPublishedUrl, prefilledAnswers, submitForm } from '../../tools/emulator/forms';
import type { EmulatedWorkbook } from './context';

export interface InviteRow {
  pairId: string;
  role: string;
  personId: string;
  personName: string;
  email: string;
  link: string;
  sentOn: unknown;
}

export function inviteRows(wb: EmulatedWorkbook): InviteRow[] {
  const [header, ...rows] = wb.values('Рассылка анкет');
  const at = (name: string) => header!.indexOf(name);
  return rows.map((r) => ({
    pairId: String(r[at('ID пары/группы')]),
    role: String(r[at('Роль')]),
    personId: String(r[at('ID участника')]),
    personName: String(r[at('Участник')]),
    email: String(r[at('Email')]),
    link: String(r[at('Личная ссылка')]),
    sentOn: r[at('Отправлено')],
  }));
}

/** Opens `link`, fills `answers` (by question title) over what it pre-fills, submits, runs the trigger for each delivery. */
export function answerByLink(
  wb: EmulatedWorkbook,
  link: string,
  answers: Record<string, string | string[]>,
  respondentEmail: string,
) {
  const form = findFormByPublishedUrl(wb.world, link);
  if (!form) throw new Error(`no form behind ${link}`);
  const values = { ...prefilledAnswers(form, link), ...answers };
  const submission = submitForm(wb.world, form.getId(), values, { respondentEmail });
  const logs: string[] = [];
  const results = submission.deliveries.map((d) =>
    wb.run((ctx) => handleFormSubmit(ctx, d.event, (l) => logs.push(l)), 'trigger'),
  );
  return { submission, results, logs };
}
