// Builds and updates a Google Form's questions from a FormDefinition: items found by title, so answers keep their columns.
import { choicesOf, type FormDefinition, type QuestionDef } from '../../domain/forms';
import { normalizeTerm } from '../../domain/model';
import { dictionaryTitleRu, type Vocabulary } from '../../domain/vocabulary/vocabulary';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type FormApp = GoogleAppsScript.Forms.FormApp;

/** 'full' makes every question match the definition (create, rebuild); 'choices' only refreshes choice lists. */
export type SyncMode = 'full' | 'choices';

export interface SyncReport {
  /** Question titles added to the form. */
  added: string[];
  /** Question titles whose choices changed. */
  choicesChanged: string[];
  /** Russian notes for the curator: a question not found, an empty list, a changed type. */
  notes: string[];
}

/** The Forms item type each question kind is built as. */
function itemTypeOf(q: QuestionDef): string {
  switch (q.kind) {
    case 'paragraph':
      return 'PARAGRAPH_TEXT';
    case 'date':
      return 'DATE';
    case 'choice':
      return 'MULTIPLE_CHOICE';
    case 'list':
      return 'LIST';
    case 'checkbox':
    case 'consent':
      return 'CHECKBOX';
    case 'scale':
      return 'SCALE';
    default:
      return 'TEXT';
  }
}

type ChoiceItem =
  GoogleAppsScript.Forms.CheckboxItem | GoogleAppsScript.Forms.MultipleChoiceItem | GoogleAppsScript.Forms.ListItem;

/** A question's item: a concrete one just added (TextItem, CheckboxItem…), or a generic Item from getItems(). */
type Slot = { added: object } | { existing: Item };

function addItem(form: Form, q: QuestionDef): Slot {
  switch (itemTypeOf(q)) {
    case 'PARAGRAPH_TEXT':
      return { added: form.addParagraphTextItem() };
    case 'DATE':
      return { added: form.addDateItem() };
    case 'MULTIPLE_CHOICE':
      return { added: form.addMultipleChoiceItem() };
    case 'LIST':
      return { added: form.addListItem() };
    case 'CHECKBOX':
      return { added: form.addCheckboxItem() };
    case 'SCALE':
      return { added: form.addScaleItem() };
    default:
      return { added: form.addTextItem() };
  }
}

/** The concrete item: an added one is already concrete; a generic Item is cast with as*Item() (concrete items have no casts). */
function concrete<T>(slot: Slot, cast: (item: Item) => T): T {
  return 'added' in slot ? (slot.added as T) : cast(slot.existing);
}

/** The text validation of a question: e-mail, a whole number in range, or a maximum length (one rule per question). */
function textValidation(formApp: FormApp, q: QuestionDef): GoogleAppsScript.Forms.TextValidation | null {
  if (q.kind === 'email')
    return formApp
      .createTextValidation()
      .requireTextIsEmail()
      .setHelpText('Укажите адрес электронной почты, например name@school.ru.')
      .build();
  if (q.kind === 'wholeNumber' && q.range) {
    return formApp
      .createTextValidation()
      .requireNumberBetween(q.range.min, q.range.max)
      .setHelpText(`Число от ${q.range.min} до ${q.range.max}.`)
      .build();
  }
  if (q.maxLength !== undefined && q.kind === 'text') {
    return formApp
      .createTextValidation()
      .requireTextLengthLessThanOrEqualTo(q.maxLength)
      .setHelpText(`Не длиннее ${q.maxLength} символов.`)
      .build();
  }
  return null;
}

function paragraphValidation(formApp: FormApp, q: QuestionDef): GoogleAppsScript.Forms.ParagraphTextValidation | null {
  if (q.maxLength === undefined) return null;
  return formApp
    .createParagraphTextValidation()
    .requireTextLengthLessThanOrEqualTo(q.maxLength)
    .setHelpText(`Не длиннее ${q.maxLength} символов.`)
    .build();
}

/** Choices of a question, or a note when its «Справочники» list is empty (Forms refuses an empty choice list, §6.1). */
function choicesFor(q: QuestionDef, vocabulary: Vocabulary, notes: string[]): string[] | null {
  const list = choicesOf(q, vocabulary).filter((c) => c.trim() !== '');
  if (list.length > 0) return [...new Set(list)];
  const where = q.choicesFrom
    ? `список «${dictionaryTitleRu[q.choicesFrom]}» на листе «Справочники» пуст`
    : 'у вопроса нет вариантов';
  notes.push(`Вопрос «${q.title}»: ${where} — варианты не заданы.`);
  return null;
}

/** Sets a choice list only when it differs (a Forms call each way; the comparison tells the curator what changed). */
function setChoices(item: ChoiceItem, values: string[]): boolean {
  const current = item.getChoices().map((c) => c.getValue());
  if (current.length === values.length && current.every((v, i) => v === values[i])) return false;
  item.setChoiceValues(values);
  return true;
}

function asChoiceItem(item: Item, type: string): ChoiceItem {
  if (type === 'CHECKBOX') return item.asCheckboxItem();
  if (type === 'MULTIPLE_CHOICE') return item.asMultipleChoiceItem();
  return item.asListItem();
}

/** Applies one question to an item of the right type: title, help, required, validation, choices, «Другое». */
function applyQuestion(
  formApp: FormApp,
  slot: Slot,
  q: QuestionDef,
  vocabulary: Vocabulary,
  mode: SyncMode,
  report: SyncReport,
): void {
  const type = itemTypeOf(q);
  const fresh = 'added' in slot;
  if (type === 'CHECKBOX' || type === 'MULTIPLE_CHOICE' || type === 'LIST') {
    const choiceItem = concrete(slot, (item) => asChoiceItem(item, type));
    const values = choicesFor(q, vocabulary, report.notes);
    if (values && setChoices(choiceItem, values) && !fresh) report.choicesChanged.push(q.title);
    if (mode === 'choices') return;
    if (type !== 'LIST') (choiceItem as GoogleAppsScript.Forms.CheckboxItem).showOtherOption(q.other === true);
    choiceItem.setTitle(q.title).setHelpText(q.helpText).setRequired(q.required);
    return;
  }
  if (mode === 'choices') return;
  if (type === 'PARAGRAPH_TEXT') {
    const p = concrete(slot, (item) => item.asParagraphTextItem())
      .setTitle(q.title)
      .setHelpText(q.helpText)
      .setRequired(q.required);
    const v = paragraphValidation(formApp, q);
    if (v) p.setValidation(v);
  } else if (type === 'SCALE') {
    const scale = concrete(slot, (item) => item.asScaleItem())
      .setTitle(q.title)
      .setHelpText(q.helpText)
      .setRequired(q.required)
      .setBounds(q.range?.min ?? 1, q.range?.max ?? 10);
    if (q.scaleLabels) scale.setLabels(q.scaleLabels.low, q.scaleLabels.high);
  } else if (type === 'DATE') {
    concrete(slot, (item) => item.asDateItem())
      .setTitle(q.title)
      .setHelpText(q.helpText)
      .setRequired(q.required);
  } else {
    const t = concrete(slot, (item) => item.asTextItem())
      .setTitle(q.title)
      .setHelpText(q.helpText)
      .setRequired(q.required);
    const v = textValidation(formApp, q);
    if (v) t.setValidation(v);
  }
}

/**
 * Makes the form's questions follow the definition. Existing items are found by title (or an alias, ignoring case
 * and spacing), so the curator may reorder questions or add their own; those are left alone. A missing question is
 * added at the end in 'full' mode; its answers get a new column, earlier answers keep theirs.
 */
export function syncFormItems(
  formApp: FormApp,
  form: Form,
  def: FormDefinition,
  vocabulary: Vocabulary,
  mode: SyncMode,
): SyncReport {
  const report: SyncReport = { added: [], choicesChanged: [], notes: [] };
  const existing = form
    .getItems()
    .map((item) => ({ item, title: normalizeTerm(item.getTitle()), type: String(item.getType()) }));
  if (mode === 'full') {
    // An item with no title at all is left by an interrupted run between adding and titling it (the Forms editor
    // names new questions itself), so it is removed before the question is added again.
    for (const e of existing.filter((x) => x.title === '')) form.deleteItem(e.item);
  }
  for (const q of def.questions) {
    const titles = [q.title, ...(q.aliases ?? [])].map(normalizeTerm);
    const found = existing.find((e) => titles.includes(e.title));
    const type = itemTypeOf(q);
    if (found && found.type !== type) {
      report.notes.push(`Вопрос «${q.title}» в форме другого типа — оставлен как есть.`);
      continue;
    }
    if (!found && mode === 'choices') {
      if (q.choicesFrom)
        report.notes.push(`Вопрос «${q.title}» не найден в форме (переименован или удалён) — варианты не обновлены.`);
      continue;
    }
    const slot: Slot = found ? { existing: found.item } : addItem(form, q);
    if (!found) report.added.push(q.title);
    applyQuestion(formApp, slot, q, vocabulary, mode, report);
  }
  return report;
}
