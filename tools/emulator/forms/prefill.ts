// The respondent's side of a prefilled link (FormResponse.toPrefilledUrl): which answers the link fills in, by question.
// The browser reads `entry.<id>=<value>` from the query; the emulator's entry ids are its item ids.
import type { FormImpl } from './form';

/** The answers a prefilled URL of this form fills in, by question title (repeated entries: a checkbox list). */
export function prefilledAnswers(form: FormImpl, url: string): Record<string, string | string[]> {
  const q = url.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  const out: Record<string, string | string[]> = {};
  for (const item of form._items()) {
    const values = params.getAll(`entry.${item.id}`);
    if (!values.length) continue;
    out[item.getTitle()] = item.type === 'CHECKBOX' ? values : values[0]!;
  }
  return out;
}
