// The playground's /forms/d/e/<id>/viewform pages: GET shows the form, POST submits it as a teacher's browser would —
// through the emulated Forms → Sheets link, then each installed form-submit trigger runs in dist/Code.js.
import { findFormByPublishedUrl, FormRejected, prefilledAnswers, submitForm } from '../emulator/forms';
import {
  checkPosted,
  formPage,
  prefilledValues,
  problemsByQuestion,
  readPosted,
  renderFormPage,
  renderMissing,
  renderThanks,
} from './forms-page';
import type { PlaygroundSession } from './session';

/** The local address of a form's respondent link (https://docs.google.com/forms/d/e/<id>/viewform). */
export function localFormPath(publishedUrl: string): string | null {
  const m = /\/forms\/d\/e\/([^/]+)\/viewform/.exec(publishedUrl);
  return m ? `/forms/d/e/${m[1]}/viewform` : null;
}

export const FORM_PATH = /^\/forms\/d\/e\/([^/]+)\/viewform$/;

export interface FormResponse {
  status: number;
  html: string;
}

export function handleFormPage(
  session: PlaygroundSession,
  method: string,
  publishedId: string,
  body: string,
  /** The query of a prefilled link (`?usp=pp_url&entry.<id>=…`): its answers are filled in, as a browser shows them. */
  search = '',
): FormResponse {
  const url = `https://docs.google.com/forms/d/e/${publishedId}/viewform`;
  const form = findFormByPublishedUrl(session.world, url);
  if (!form || form._gone()) return { status: 404, html: renderMissing() };
  const page = formPage(form);
  if (method !== 'POST') {
    const values = prefilledValues(page, prefilledAnswers(form, `${url}${search}`));
    return { status: 200, html: renderFormPage(page, { values, email: '', errors: {} }) };
  }
  const { answers, state } = readPosted(page, new URLSearchParams(body));
  state.errors = checkPosted(page, answers, state.email);
  if (Object.keys(state.errors).length)
    return { status: 200, html: renderFormPage(page, state, 'Ответ не отправлен: исправьте отмеченные вопросы.') };
  try {
    const submission = submitForm(session.world, form.getId(), answers, { respondentEmail: state.email });
    session.deliverFormEvents(submission.deliveries);
  } catch (e) {
    if (e instanceof FormRejected) {
      state.errors = problemsByQuestion(page, e.problems);
      return { status: 200, html: renderFormPage(page, state, 'Ответ не отправлен: исправьте отмеченные вопросы.') };
    }
    return { status: 200, html: renderFormPage(page, state, `Форма не приняла ответ: ${(e as Error).message}`) };
  } finally {
    session.save();
  }
  return { status: 200, html: renderThanks(page, `/forms/d/e/${publishedId}/viewform`) };
}
