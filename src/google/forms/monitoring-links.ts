// Forms calls of the monitoring questionnaires: the prefilled link template of a form (Form.createResponse() +
// ItemResponse + FormResponse.toPrefilledUrl(), §6) and removing questions the school switched off.
import { normalizeTerm } from '../../domain/model';
import { placeholder } from '../../domain/monitoring/prefill-url';

type Form = GoogleAppsScript.Forms.Form;

export interface PrefillTemplate {
  /** The prefilled URL with a placeholder answer in each prefilled question. */
  url: string;
  /** Question title → the placeholder standing for its value in `url`. */
  placeholders: Map<string, string>;
}

/**
 * One prefilled URL per form, whatever the number of participants: each listed short-text question gets a
 * placeholder answer (a response is built, never submitted). Titles not in the form are skipped.
 */
export function prefillTemplate(form: Form, titles: readonly string[]): PrefillTemplate {
  const items = form.getItems().map((item) => ({ item, title: normalizeTerm(item.getTitle()) }));
  const response = form.createResponse();
  const placeholders = new Map<string, string>();
  titles.forEach((title, n) => {
    const found = items.find((i) => i.title === normalizeTerm(title));
    if (!found) return;
    const value = placeholder(n);
    response.withItemResponse(found.item.asTextItem().createResponse(value));
    placeholders.set(title, value);
  });
  return { url: response.toPrefilledUrl(), placeholders };
}

/** Deletes the questions whose titles the definition no longer has (a question switched off or reworded). */
export function pruneQuestions(form: Form, keep: readonly string[]): string[] {
  const wanted = new Set(keep.map(normalizeTerm));
  const removed: string[] = [];
  for (const item of form.getItems()) {
    const title = item.getTitle();
    if (wanted.has(normalizeTerm(title))) continue;
    form.deleteItem(item);
    removed.push(title);
  }
  return removed;
}
