// Saves the Forms emulator's state as plain JSON and back (the playground keeps its world across restarts).
// Forms, items and responses are class instances with private fields; this file is the one place that reads them.
import type { World } from '../core/world';
import { ChoiceImpl } from './choice-items';
import type { Destination } from './destination';
import { FormImpl } from './form';
import { FormResponseImpl } from './form-response';
import { ItemResponseImpl, type ResponseValue } from './item-response';
import type { ItemImpl } from './items';
import type { ItemTypeName } from './item-type';
import { formsState } from './state';
import { CheckboxValidationImpl, TextValidationImpl, type CheckboxRule, type TextRule } from './validation';

export interface ItemDump {
  type: ItemTypeName;
  id: number;
  fields: Record<string, unknown>;
}

export interface FormDump {
  id: string;
  publishedId: string;
  deleted: boolean;
  settings: Record<string, unknown>;
  itemSeq: number;
  items: ItemDump[];
  destination: Destination | null;
  responses: Array<{
    id: string | null;
    timestamp: number | null;
    respondentEmail: string;
    answers: Array<[number, ResponseValue]>;
  }>;
}

export interface FormsSnapshot {
  version: 1;
  publishedByDefault: boolean;
  workspace: boolean;
  forms: FormDump[];
}

/** Private form fields that are plain settings. */
const FORM_FIELDS = [
  'title',
  'description',
  'collectEmail',
  'requireLogin',
  'accepting',
  'published',
  'confirmation',
  'allowEdits',
  'limitOne',
];
/** Private item fields that are plain values (choices and validation are converted separately). */
const ITEM_FIELDS = ['title', 'helpText', 'required', 'other', 'lower', 'upper', 'leftLabel', 'rightLabel', 'withYear'];

type Bag = Record<string, unknown>;

function dumpItem(item: ItemImpl): ItemDump {
  const raw = item as unknown as Bag;
  const fields: Bag = {};
  for (const f of ITEM_FIELDS) if (f in raw) fields[f] = raw[f];
  if (Array.isArray(raw.choices)) fields.choices = (raw.choices as ChoiceImpl[]).map((c) => c.value);
  const v = raw.validation as TextValidationImpl | CheckboxValidationImpl | null | undefined;
  if (v)
    fields.validation = {
      kind: v instanceof CheckboxValidationImpl ? 'checkbox' : 'text',
      rule: v.rule,
      helpText: v.helpText,
    };
  return { type: item.type, id: item.id, fields };
}

export function snapshotForms(world: World): FormsSnapshot {
  const s = formsState(world);
  return {
    version: 1,
    publishedByDefault: s.publishedByDefault,
    workspace: s.workspace,
    forms: [...s.forms.values()].map((form) => {
      const raw = form as unknown as Bag;
      const settings: Bag = {};
      for (const f of FORM_FIELDS) settings[f] = raw[f];
      const dest = form._destination();
      return {
        id: form.id,
        publishedId: form.publishedId,
        deleted: form.deleted,
        settings,
        itemSeq: raw.itemSeq as number,
        items: form._items().map(dumpItem),
        destination: dest ? (JSON.parse(JSON.stringify(dest)) as Destination) : null,
        responses: form.responses.map((r) => ({
          id: r.id,
          timestamp: r.timestamp ? r.timestamp.getTime() : null,
          respondentEmail: r.respondentEmail,
          answers: r.getItemResponses().map((a): [number, ResponseValue] => [a.item.id, a.getResponse()]),
        })),
      };
    }),
  };
}

const ADD: Partial<Record<ItemTypeName, string>> = {
  TEXT: 'addTextItem',
  PARAGRAPH_TEXT: 'addParagraphTextItem',
  MULTIPLE_CHOICE: 'addMultipleChoiceItem',
  CHECKBOX: 'addCheckboxItem',
  LIST: 'addListItem',
  SCALE: 'addScaleItem',
  DATE: 'addDateItem',
  SECTION_HEADER: 'addSectionHeaderItem',
};

/** Replaces the world's forms by the snapshot's (the response sheet host and trigger lookup stay as configured). */
export function restoreForms(world: World, snap: FormsSnapshot): void {
  const s = formsState(world);
  s.publishedByDefault = snap.publishedByDefault;
  s.workspace = snap.workspace;
  s.forms.clear();
  s.published.clear();
  for (const d of snap.forms) {
    const form = new FormImpl(world, d.id, String(d.settings.title ?? ''), d.publishedId);
    const raw = form as unknown as Bag;
    Object.assign(raw, d.settings);
    form.deleted = d.deleted;
    for (const it of d.items) {
      const method = ADD[it.type];
      if (!method) throw new Error(`emulator: cannot restore a form item of type ${it.type}`);
      const item = (form as unknown as Record<string, () => ItemImpl>)[method]!.call(form);
      const itemRaw = item as unknown as Bag;
      (itemRaw as { id: number }).id = it.id;
      const { choices, validation, ...plain } = it.fields as Bag & {
        choices?: string[];
        validation?: { kind: string; rule: unknown; helpText: string };
      };
      Object.assign(itemRaw, plain);
      if (choices) itemRaw.choices = choices.map((c) => new ChoiceImpl(c));
      if (validation) {
        itemRaw.validation =
          validation.kind === 'checkbox'
            ? new CheckboxValidationImpl(validation.rule as CheckboxRule | null, validation.helpText)
            : new TextValidationImpl(validation.rule as TextRule | null, validation.helpText);
      }
    }
    raw.itemSeq = d.itemSeq;
    raw.destination = d.destination;
    const byId = new Map(form._items().map((i) => [i.id, i]));
    for (const r of d.responses) {
      const response = new FormResponseImpl(form);
      response.id = r.id;
      response.timestamp = r.timestamp === null ? null : new Date(r.timestamp);
      response.respondentEmail = r.respondentEmail;
      for (const [itemId, value] of r.answers) {
        const item = byId.get(itemId);
        if (item) response.withItemResponse(new ItemResponseImpl(item, value));
      }
      form.responses.push(response);
    }
    s.forms.set(form.id, form);
    s.published.set(form.publishedId, form.id);
  }
}
