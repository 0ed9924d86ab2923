// School-editable template texts with {{placeholders}}: the supported names, filling, and unknown-name reports.
import { normalizeTerm } from '../model';

/** Block placeholders stand for a table the Docs adapter inserts; in plain text they get a text rendering. */
export type PlaceholderKind = 'text' | 'block';

export interface PlaceholderInfo {
  name: string;
  description: string;
  kind: PlaceholderKind;
}

export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: 'школа', description: 'Полное наименование образовательной организации', kind: 'text' },
  { name: 'школа_кратко', description: 'Краткое наименование организации (МБОУ «СОШ №2»)', kind: 'text' },
  { name: 'город', description: 'Населённый пункт («г. Сосногорск»)', kind: 'text' },
  { name: 'директор', description: 'ФИО директора', kind: 'text' },
  { name: 'директор_кратко', description: 'Инициалы и фамилия директора («О.В. Петрова»)', kind: 'text' },
  { name: 'должность_директора', description: 'Должность руководителя («Директор»)', kind: 'text' },
  { name: 'куратор', description: 'ФИО куратора наставничества', kind: 'text' },
  { name: 'должность_куратора', description: 'Должность куратора', kind: 'text' },
  { name: 'учебный_год', description: 'Учебный год («2026/2027»)', kind: 'text' },
  { name: 'номер_приказа', description: 'Номер приказа о закреплении пар', kind: 'text' },
  { name: 'дата_приказа', description: 'Дата приказа («01.09.2026»)', kind: 'text' },
  { name: 'срок_пнп', description: 'Срок разработки ПНП («01.11.2026»)', kind: 'text' },
  {
    name: 'положение',
    description:
      'Ссылка на Положение о системе наставничества с реквизитами приказа об утверждении («Положением … МБОУ «СОШ №2», утверждённым приказом от 30.08.2026 № 95-од»)',
    kind: 'text',
  },
  { name: 'наставник', description: 'ФИО наставника (наставников) пары', kind: 'text' },
  { name: 'наставляемый', description: 'ФИО наставляемого (наставляемых) пары', kind: 'text' },
  { name: 'участник', description: 'ФИО участника, от имени которого составлен документ', kind: 'text' },
  { name: 'должность', description: 'Должность участника', kind: 'text' },
  { name: 'форма', description: 'Форма наставничества («индивидуальная», «групповая»)', kind: 'text' },
  { name: 'срок', description: 'Срок программы пары («с 01.10.2026 по 30.06.2027»)', kind: 'text' },
  { name: 'пара', description: 'ID пары (группы), например НП-2026-001', kind: 'text' },
  { name: 'цель', description: 'Цель программы, составленная по запросам наставляемого', kind: 'text' },
  { name: 'адресат', description: 'Кому адресовано согласие («Директору МБОУ «СОШ №2»»)', kind: 'text' },
  { name: 'дата', description: 'Дата документа', kind: 'text' },
  { name: 'таблица_пар', description: 'Таблица наставнических пар (групп) — приложение к приказу', kind: 'block' },
  {
    name: 'лист_ознакомления',
    description: '«С приказом ознакомлены»: таблица для подписей участников',
    kind: 'block',
  },
  { name: 'участники', description: 'Таблица участников программы: ФИО, должность, стаж, категория', kind: 'block' },
  { name: 'задачи', description: 'Нумерованный список задач программы', kind: 'block' },
  { name: 'затруднения', description: 'Профессиональные затруднения и сильные стороны наставляемых', kind: 'block' },
  { name: 'план', description: 'План мероприятий ПНП (таблица)', kind: 'block' },
  { name: 'ожидаемые_результаты', description: 'Нумерованный список ожидаемых результатов', kind: 'block' },
  { name: 'подписи', description: 'Строки подписей наставника, наставляемых и куратора', kind: 'block' },
  { name: 'назначения', description: 'Список пар, к которым относится согласие (с кем, форма, срок)', kind: 'block' },
  {
    name: 'проект_соглашения',
    description: 'Проект дополнительного соглашения к трудовому договору (только для наставника)',
    kind: 'block',
  },
];

export type PlaceholderValues = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const known = new Map(PLACEHOLDERS.map((p) => [placeholderKey(p.name), p]));

/** Names compare as people type them: case, ё and spaces vs underscores do not matter. */
export function placeholderKey(name: string): string {
  return normalizeTerm(name).replace(/[\s_]+/g, '_');
}

export function isKnownPlaceholder(name: string): boolean {
  return known.has(placeholderKey(name));
}

/** Every {{name}} in the text that is not a supported placeholder, each once, in order of appearance. */
export function findUnknownPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!isKnownPlaceholder(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

export interface FillResult {
  text: string;
  /** Placeholders the school wrote that the add-on does not know; removed from the text. */
  unknown: string[];
  /** Known placeholders with no value; replaced by a blank to fill in by hand. */
  missing: string[];
}

/** The blank a missing value leaves: a signature-style line the reader fills by hand. */
export const BLANK = '____________';

/** Replaces every {{name}}; nothing in {{…}} survives, unknown and unfilled names are reported instead. */
export function fillPlaceholders(text: string, values: PlaceholderValues): FillResult {
  const byKey = new Map(Object.entries(values).map(([k, v]) => [placeholderKey(k), v]));
  const unknown: string[] = [];
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER, (_whole, raw: string) => {
    const key = placeholderKey(raw);
    if (!known.has(key)) {
      if (!unknown.includes(raw)) unknown.push(raw);
      return '';
    }
    const v = byKey.get(key);
    if (v === undefined || v.trim() === '') {
      const name = known.get(key)!.name;
      if (!missing.includes(name)) missing.push(name);
      return BLANK;
    }
    return v;
  });
  // Removing an unknown placeholder may leave doubled spaces; tidy them without touching line breaks.
  return {
    text: unknown.length ? filled.replace(/[ \t]{2,}/g, ' ').replace(/ +([,.;:])/g, '$1') : filled,
    unknown,
    missing,
  };
}

/** Default wording of the parts a school may rewrite. */
export interface DocumentTemplates {
  orderTitle: string;
  orderPreamble: string;
  consentMentor: string;
  consentMentee: string;
  consentAcknowledgement: string;
}

export const DEFAULT_TEMPLATES: DocumentTemplates = {
  orderTitle: 'О закреплении наставнических пар (групп) на {{учебный_год}} учебный год',
  orderPreamble:
    'В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, {{положение}}, дорожной картой (планом мероприятий) по реализации Положения о системе ' +
    'наставничества педагогических работников на {{учебный_год}} учебный год, на основании письменного согласия ' +
    'участников наставнических пар (групп) на возложение на них дополнительных обязанностей',
  consentMentor:
    'Я, {{участник}}, {{должность}}, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю ' +
    'согласие на выполнение дополнительной работы наставника в {{школа_кратко}} в {{учебный_год}} учебном году ' +
    'без освобождения от основной работы в отношении следующих наставляемых:',
  consentMentee:
    'Я, {{участник}}, {{должность}}, даю согласие на участие в программе наставничества педагогических работников ' +
    '{{школа_кратко}} в {{учебный_год}} учебном году в качестве наставляемого и на выполнение мероприятий ' +
    'персонализированной программы наставничества. Наставничество осуществляют:',
  consentAcknowledgement:
    'С Положением о системе наставничества педагогических работников {{школа_кратко}} ознакомлен(а). Мне разъяснено, ' +
    'что наставничество может быть прекращено досрочно по инициативе любой из сторон с предупреждением не менее чем ' +
    'за три рабочих дня (статья 351.8 Трудового кодекса Российской Федерации).',
};
