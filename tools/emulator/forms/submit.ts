// The respondent's side: a browser submission of a form, the spreadsheet form-submit events it causes, and faults.
import { expose } from '../core/gas-object';
import type { World } from '../core/world';
import type { CheckboxItemImpl } from './choice-items';
import { displayValue } from './destination';
import type { FormImpl, RecordedRow } from './form';
import { FormResponseImpl } from './form-response';
import { ItemResponseImpl } from './item-response';
import type { ItemImpl, ScaleItemImpl } from './items';
import { isQuestionType } from './item-type';
import { formsState, type SubmitTriggerRef } from './state';
import { checkboxPasses, textPasses, type TextValidationImpl } from './validation';

/** The spreadsheet-side form-submit event object (§6.3 [G events]). */
export interface FormSubmitEvent {
  authMode: 'FULL';
  /** Header → display strings; columns sharing a header add to the same array. */
  namedValues: Record<string, string[]>;
  /** The response row (undocumented on spurious events [U]). */
  range: unknown;
  /** The spreadsheet (not documented, often present [U]). */
  source: unknown;
  triggerUid: string;
  /** Display strings in sheet column order, Timestamp first. */
  values: string[];
}

export interface SubmitOptions {
  /** The respondent's address (required when the form collects e-mail). */
  respondentEmail?: string;
  /** Submission time; default the world clock. */
  at?: Date;
  /** Fault: each trigger receives the same event twice (duplicate delivery, §6.4). */
  duplicateEvent?: boolean;
  /**
   * Fault: after the real event, each trigger also receives a spurious one (§6.4): 'empty' = values [] and
   * namedValues {} ; 'blank' = a later timestamp and blank answers, pointing at no written row. true = 'empty'.
   */
  emptyEvent?: boolean | 'empty' | 'blank';
}

export interface Delivery {
  trigger: SubmitTriggerRef;
  event: FormSubmitEvent;
  spurious: boolean;
}

export interface Submission {
  formId: string;
  /** The stored response (exposed, as a script would see it). */
  response: FormResponseImpl;
  /** Where it landed; null when the form has no destination. */
  row: RecordedRow | null;
  /** The event as built for a trigger uid '' (for callers that fire handlers themselves). */
  event: FormSubmitEvent | null;
  /** One entry per delivery to each installed spreadsheet onFormSubmit trigger, in delivery order. */
  deliveries: Delivery[];
}

/** What the browser form refuses to send (required, validation, unknown choices): nothing is recorded. */
export class FormRejected extends Error {
  constructor(readonly problems: string[]) {
    super(`The form refused the answer: ${problems.join('; ')}`);
    this.name = 'FormRejected';
  }
}

function blank(v: string | string[] | undefined): boolean {
  return v === undefined || (Array.isArray(v) ? v.every((x) => x.trim() === '') : v.trim() === '');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseDateAnswer(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

/** Checks one answer as the browser form would; returns the ItemResponse or a problem. */
function answerFor(item: ItemImpl, value: string | string[]): ItemResponseImpl | string {
  const title = item.getTitle();
  const one = Array.isArray(value) ? value.join(', ') : value;
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT': {
      const v = (item as unknown as { validation: TextValidationImpl | null }).validation;
      if (v?.rule && !textPasses(v.rule, one)) return `${title}: ${v.helpText || 'invalid'}`;
      return new ItemResponseImpl(item, one);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const ok = (item as unknown as { _accepts(v: string): boolean })._accepts(one);
      return ok ? new ItemResponseImpl(item, one) : `${title}: "${one}" is not a choice`;
    }
    case 'CHECKBOX': {
      const cb = item as unknown as CheckboxItemImpl;
      const list = (Array.isArray(value) ? value : [value]).filter((x) => x !== '');
      const bad = list.find((x) => !cb._accepts(x));
      if (bad !== undefined) return `${title}: "${bad}" is not a choice`;
      const known = new Set(cb.getChoices().map((c) => c.value));
      if (list.filter((x) => !known.has(x)).length > 1) return `${title}: only one "other" answer`;
      if (cb.validation?.rule && !checkboxPasses(cb.validation.rule, list.length))
        return `${title}: ${cb.validation.helpText || 'selection count'}`;
      return new ItemResponseImpl(item, list);
    }
    case 'SCALE': {
      const s = item as unknown as ScaleItemImpl;
      const n = Number(one);
      if (!Number.isInteger(n) || n < s.getLowerBound() || n > s.getUpperBound())
        return `${title}: ${one} is outside the scale`;
      return new ItemResponseImpl(item, String(n));
    }
    case 'DATE': {
      const d = parseDateAnswer(one);
      return d ? new ItemResponseImpl(item, d) : `${title}: "${one}" is not a date`;
    }
    default:
      return new ItemResponseImpl(item, one);
  }
}

/** Builds the spreadsheet-side event for one recorded row (§6.3). */
export function formSubmitEvent(world: World, row: RecordedRow, triggerUid: string): FormSubmitEvent {
  const host = formsState(world).host;
  const namedValues: Record<string, string[]> = {};
  row.headers.forEach((h, i) => (namedValues[h] ??= []).push(row.display[i] ?? ''));
  return {
    authMode: 'FULL',
    namedValues,
    range: host.range(row.spreadsheetId, row.sheetName, row.row, row.headers.length),
    source: host.spreadsheet(row.spreadsheetId),
    triggerUid,
    values: [...row.display],
  };
}

/** A spurious event as Apps Script has been seen to send (§6.4). */
export function spuriousSubmitEvent(
  world: World,
  row: RecordedRow,
  triggerUid: string,
  kind: 'empty' | 'blank',
): FormSubmitEvent {
  const host = formsState(world).host;
  const base = { authMode: 'FULL' as const, source: host.spreadsheet(row.spreadsheetId), triggerUid };
  if (kind === 'empty') return { ...base, namedValues: {}, range: null, values: [] };
  // A few seconds later, with a different timestamp and no row of its own.
  const locale = host.locale(row.spreadsheetId);
  const later = new Date((row.stored[0] instanceof Date ? row.stored[0].getTime() : world.clock.now()) + 3000);
  const values = row.headers.map((_, i) =>
    i === 0 ? displayValue(later, locale, host.timeZone(row.spreadsheetId), true) : '',
  );
  const namedValues: Record<string, string[]> = {};
  row.headers.forEach((h, i) => (namedValues[h] ??= []).push(values[i]!));
  return {
    ...base,
    namedValues,
    range: host.range(row.spreadsheetId, row.sheetName, row.row + 1, row.headers.length),
    values,
  };
}

/**
 * A respondent fills the form in a browser and presses «Отправить»: the browser checks required questions,
 * validation and choices (throws FormRejected, nothing stored), the response is stored, its row appended
 * to the destination, and each installed spreadsheet onFormSubmit trigger gets the event.
 * `answers` is keyed by question title; a checkbox answer is a string[].
 */
export function submitForm(
  world: World,
  formId: string,
  answers: Record<string, string | string[]>,
  options: SubmitOptions = {},
): Submission {
  const state = formsState(world);
  const form: FormImpl | undefined = state.forms.get(formId);
  if (!form || form._gone()) throw world.error('formNotFound');
  if (!form.isAcceptingResponses() || form._trashed()) throw world.error('formNotAccepting');
  const problems: string[] = [];
  const questions = form._items().filter((i) => isQuestionType(i.type));
  const byTitle = new Map(questions.map((q) => [q.getTitle(), q]));
  for (const key of Object.keys(answers)) if (!byTitle.has(key)) problems.push(`${key}: no such question`);
  const response = new FormResponseImpl(form);
  for (const q of questions) {
    const value = answers[q.getTitle()];
    if (blank(value)) {
      if (q._required()) problems.push(`${q.getTitle()}: required`);
      // Unanswered text/paragraph/date items still give '' (§6.3); other kinds are omitted.
      if (q.type === 'TEXT' || q.type === 'PARAGRAPH_TEXT' || q.type === 'DATE')
        response.withItemResponse(new ItemResponseImpl(q, ''));
      continue;
    }
    const r = answerFor(q, value!);
    if (typeof r === 'string') problems.push(r);
    else response.withItemResponse(r);
  }
  if (form.collectsEmail()) {
    const email = options.respondentEmail?.trim() ?? '';
    if (!EMAIL.test(email)) problems.push('Email: a valid address is required');
    else if (
      form.hasLimitOneResponsePerUser() &&
      form.responses.some((r) => r.respondentEmail.toLowerCase() === email.toLowerCase())
    ) {
      problems.push('Email: this respondent has already answered');
    }
    response.respondentEmail = email;
  }
  if (problems.length > 0) throw new FormRejected(problems);

  const row = form._record(response, options.at ?? new Date(world.clock.now()));
  const deliveries: Delivery[] = [];
  if (row) {
    const spurious = options.emptyEvent === true ? 'empty' : options.emptyEvent || null;
    for (const trigger of state.triggerLookup(world, row.spreadsheetId)) {
      const event = formSubmitEvent(world, row, trigger.uniqueId);
      deliveries.push({ trigger, event, spurious: false });
      if (options.duplicateEvent)
        deliveries.push({ trigger, event: formSubmitEvent(world, row, trigger.uniqueId), spurious: false });
      if (spurious)
        deliveries.push({
          trigger,
          event: spuriousSubmitEvent(world, row, trigger.uniqueId, spurious),
          spurious: true,
        });
    }
  }
  return {
    formId,
    response: expose(world, response),
    row,
    event: row ? formSubmitEvent(world, row, '') : null,
    deliveries,
  };
}
