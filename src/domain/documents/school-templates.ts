// The school's own templates («Шаблоны»): one per document kind, the built-in layout with {{placeholders}} in place
// of every value and table, the placeholders each kind fills, and the check of a template's text before it is used.
import { consentTemplateBlocks } from './consent';
import { DEFAULT_PAGE_SETUP, type Document } from './model';
import { orderTemplateBlocks } from './order';
import { programTemplateBlocks } from './program';
import { PLACEHOLDERS, placeholderKey, type PlaceholderInfo } from './templates';

export type TemplateKind = 'order' | 'program' | 'consentMentor' | 'consentMentee';

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['order', 'consentMentor', 'consentMentee', 'program'];

export const templateTitleRu: Record<TemplateKind, string> = {
  order: 'Шаблон — Приказ о закреплении наставнических пар',
  consentMentor: 'Шаблон — Согласие наставника и проект дополнительного соглашения',
  consentMentee: 'Шаблон — Согласие наставляемого',
  program: 'Шаблон — Персонализированная программа наставничества',
};

const SCHOOL = [
  'школа',
  'школа_кратко',
  'город',
  'директор',
  'директор_кратко',
  'должность_директора',
  'куратор',
  'должность_куратора',
  'учебный_год',
];

/** The placeholders each kind fills; any other {{name}} in its template is reported and removed. */
export const templatePlaceholders: Record<TemplateKind, readonly string[]> = {
  order: [
    ...SCHOOL,
    'номер_приказа',
    'дата_приказа',
    'срок_пнп',
    'дата',
    'положение',
    'таблица_пар',
    'лист_ознакомления',
  ],
  program: [
    ...SCHOOL,
    'пара',
    'наставник',
    'наставляемый',
    'форма',
    'срок',
    'цель',
    'участники',
    'задачи',
    'затруднения',
    'план',
    'ожидаемые_результаты',
    'подписи',
  ],
  consentMentor: [...SCHOOL, 'участник', 'должность', 'адресат', 'назначения', 'проект_соглашения'],
  consentMentee: [...SCHOOL, 'участник', 'должность', 'адресат', 'назначения'],
};

/** The template document a school edits: the built-in layout with placeholders (an A4 page, ГОСТ margins). */
export function schoolTemplate(kind: TemplateKind): Document {
  const blocks =
    kind === 'order'
      ? orderTemplateBlocks()
      : kind === 'program'
        ? programTemplateBlocks()
        : consentTemplateBlocks(kind === 'consentMentor' ? 'mentor' : 'mentee');
  return { title: templateTitleRu[kind], blocks, pageSetup: DEFAULT_PAGE_SETUP };
}

/** Placeholder documentation for the sidebar: what each name of this kind stands for. */
export function placeholderHelp(kind: TemplateKind): PlaceholderInfo[] {
  const wanted = new Set(templatePlaceholders[kind].map(placeholderKey));
  return PLACEHOLDERS.filter((p) => wanted.has(placeholderKey(p.name)));
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface TemplateCheck {
  /** Names the add-on does not know at all (a typo, or a field of another product). */
  unknown: string[];
  /** Known names this kind of document has no value for (e.g. {{план}} in the order). */
  notApplicable: string[];
}

/** What a template's text asks for that generation cannot fill: reported before generating, removed from the output. */
export function checkTemplateText(kind: TemplateKind, text: string): TemplateCheck {
  const known = new Set(PLACEHOLDERS.map((p) => placeholderKey(p.name)));
  const allowed = new Set(templatePlaceholders[kind].map(placeholderKey));
  const unknown: string[] = [];
  const notApplicable: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    const key = placeholderKey(name);
    if (!known.has(key)) {
      if (!unknown.includes(name)) unknown.push(name);
    } else if (!allowed.has(key) && !notApplicable.includes(name)) notApplicable.push(name);
  }
  return { unknown, notApplicable };
}

/** The Docs adapter matches a placeholder as typed in the template; this normalises a found name to the value key. */
export function canonicalPlaceholder(name: string): string | null {
  const key = placeholderKey(name);
  return PLACEHOLDERS.find((p) => placeholderKey(p.name) === key)?.name ?? null;
}
