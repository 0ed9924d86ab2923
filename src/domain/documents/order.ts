// The order «О закреплении наставнических пар (групп)»: pairs with every participant's consent, appendix, acknowledgements.
import { academicYearLabel } from '../calendar/academic-year';
import { calendarDate, toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { formRu, type SchoolSettings } from '../model';
import { cell, heading, line, list, pageBreak, para, table } from './blocks';
import { DEFAULT_PAGE_SETUP, type Block, type Document, type TableBlock, type TableCell } from './model';
import { consentProblems, participantsOf, personKey, type ResolvedPair } from './participants';
import { compareRuNames, personWithPost, placeLine, postWithSubjects, shortPersonName } from './people';
import { directorPost, schoolShort, schoolValues } from './school-values';
import { DEFAULT_TEMPLATES, fillPlaceholders, type DocumentTemplates } from './templates';

export interface OrderInput {
  settings: SchoolSettings;
  number: string;
  date: CalendarDate;
  pairs: readonly ResolvedPair[];
  /** Deadline for the programs; by default 1 November of the academic year (roadmap 1.2). */
  programDeadline?: CalendarDate;
  /** Who controls the order's execution; the director by default. */
  control?: 'director' | 'curator';
  /** Point on additional agreements to the labour contracts (ст. 351.8 ТК РФ); on by default. */
  agreementsPoint?: boolean;
  /** How the school's Положение was approved, e.g. "от 30.08.2026 № 95-од"; cited in the preamble when given. */
  regulationReference?: string;
  templates?: Partial<Pick<DocumentTemplates, 'orderTitle' | 'orderPreamble'>>;
}

export interface ExcludedPair {
  pairId: string;
  /** Russian, for the curator: why the pair is not in the order. */
  reason: string;
}

export interface OrderResult {
  document: Document;
  /** Pair ids in the appendix, in its order. */
  included: string[];
  excluded: ExcludedPair[];
  /** Template problems (unknown or unfilled placeholders), in Russian. */
  warnings: string[];
}

/** The order's wording with every value in place; a school template gets the same texts as placeholders. */
export interface OrderTexts {
  organization: string;
  city: string;
  date: string;
  number: string;
  title: string;
  preamble: string;
  points: string[];
  directorPost: string;
  directorShort: string;
  schoolShort: string;
  year: string;
}

/** The parts of the order: who is in, who is out and why, the texts, the placeholder values and the two tables. */
export interface OrderParts {
  included: ResolvedPair[];
  excluded: ExcludedPair[];
  warnings: string[];
  texts: OrderTexts;
  /** Every text placeholder of the order with its value (for a school template). */
  values: Record<string, string>;
  /** Block placeholders: {{таблица_пар}} and {{лист_ознакомления}}. */
  blocks: { таблица_пар: Block[]; лист_ознакомления: Block[] };
}

export function orderParts(input: OrderInput): OrderParts {
  const { settings, date } = input;
  const included: ResolvedPair[] = [];
  const excluded: ExcludedPair[] = [];
  const seen = new Set<string>();
  for (const rp of input.pairs) {
    // A pair listed twice would appear twice in the appendix; the first listing wins.
    if (seen.has(rp.pair.id)) {
      excluded.push({ pairId: rp.pair.id, reason: 'пара указана повторно' });
      continue;
    }
    seen.add(rp.pair.id);
    const problems = consentProblems(rp, date);
    if (problems.length) excluded.push({ pairId: rp.pair.id, reason: problems.join('; ') });
    else included.push(rp);
  }

  const deadline = input.programDeadline ?? calendarDate(settings.academicYear.startYear, 11, 1);
  const values: Record<string, string> = {
    ...schoolValues(settings),
    номер_приказа: input.number.trim(),
    дата_приказа: toRuDate(date),
    срок_пнп: toRuDate(deadline),
    дата: toRuDate(date),
    положение: regulationPhrase(settings, input.regulationReference ?? ''),
  };
  const warnings: string[] = [];
  const fill = (what: string, text: string) => {
    const r = fillPlaceholders(text, values);
    if (r.unknown.length)
      warnings.push(`${what}: неизвестные поля ${r.unknown.map((u) => `{{${u}}}`).join(', ')} удалены`);
    if (r.missing.length) warnings.push(`${what}: не заполнены поля ${r.missing.map((u) => `{{${u}}}`).join(', ')}`);
    return r.text;
  };
  const templates = { ...DEFAULT_TEMPLATES, ...input.templates };
  const short = schoolShort(settings);
  const year = academicYearLabel(settings.academicYear);
  const texts: OrderTexts = {
    organization: settings.schoolFullName.trim(),
    city: placeLine(settings.city),
    date: toRuDate(date),
    number: input.number.trim(),
    title: fill('Заголовок приказа', templates.orderTitle),
    // The preamble leads into «ПРИКАЗЫВАЮ:», so it ends with a comma unless the school ended it otherwise.
    preamble: withLeadComma(fill('Преамбула приказа', templates.orderPreamble)),
    points: orderPoints({
      school: short,
      year,
      curator: curatorPoint(settings),
      deadline: toRuDate(deadline),
      agreements: input.agreementsPoint ?? true,
      control:
        input.control === 'curator' && settings.curatorName.trim()
          ? `Контроль за исполнением настоящего приказа возложить на куратора реализации программ наставничества: ${shortPersonName(settings.curatorName)}.`
          : DIRECTOR_CONTROL,
    }),
    directorPost: directorPost(settings),
    directorShort: shortPersonName(settings.directorName),
    schoolShort: short,
    year,
  };
  return {
    included,
    excluded,
    warnings,
    texts,
    values,
    blocks: { таблица_пар: [pairsTable(included)], лист_ознакомления: acknowledgements(settings, included) },
  };
}

export function buildOrder(input: OrderInput): OrderResult {
  const parts = orderParts(input);
  const { texts } = parts;
  return {
    document: {
      title: `Приказ № ${texts.number} от ${texts.date} ${texts.title}`,
      blocks: orderBlocks(texts, parts.blocks),
      pageSetup: DEFAULT_PAGE_SETUP,
    },
    included: parts.included.map((rp) => rp.pair.id),
    excluded: parts.excluded,
    warnings: parts.warnings,
  };
}

const DIRECTOR_CONTROL = 'Контроль за исполнением настоящего приказа оставляю за собой.';

function withLeadComma(text: string): string {
  return text.replace(/\s+$/, '').replace(/([^.,:;!?])$/, '$1,');
}

/** «ПРИКАЗЫВАЮ:» points: assign the pairs, appoint the curator, programs by the deadline, agreements, control. */
function orderPoints(p: {
  school: string;
  year: string;
  curator: string;
  deadline: string;
  agreements: boolean;
  control: string;
}): string[] {
  return [
    `Закрепить наставнические пары (группы) педагогических работников ${p.school} на ${p.year} учебный год согласно приложению к настоящему приказу.`,
    p.curator,
    `Наставникам разработать персонализированные программы наставничества (ПНП) для закреплённых наставнических пар (групп) в срок до ${p.deadline} и представить их куратору.`,
    ...(p.agreements
      ? [
          'Заключить с наставниками дополнительные соглашения к трудовым договорам, определяющие содержание, сроки, форму наставничества и размер оплаты (статья 351.8 Трудового кодекса Российской Федерации).',
        ]
      : []),
    p.control,
  ];
}

/** The order's blocks from its texts and tables: the built-in document, and (with placeholders) the school template. */
export function orderBlocks(t: OrderTexts, tables: { таблица_пар: Block[]; лист_ознакомления: Block[] }): Block[] {
  return [
    {
      kind: 'requisites',
      organization: t.organization,
      city: t.city,
      documentKind: 'ПРИКАЗ',
      date: t.date,
      number: t.number,
    },
    line([{ text: t.title, bold: true }], 'center', { spaceBefore: 12, spaceAfter: 12 }),
    para(t.preamble),
    line([{ text: 'ПРИКАЗЫВАЮ:', bold: true }], 'left', { spaceBefore: 6, spaceAfter: 6 }),
    list(t.points),
    { kind: 'signature', post: t.directorPost, name: t.directorShort },
    ...tables.лист_ознакомления,
    pageBreak(),
    line('Приложение', 'right'),
    line(`к приказу ${t.schoolShort}`, 'right'),
    line(`от ${t.date} № ${t.number}`, 'right', { spaceAfter: 12 }),
    heading(`Наставнические пары (группы) на ${t.year} учебный год`, 2),
    ...tables.таблица_пар,
  ];
}

/** The order as a school template: the same structure with {{placeholders}} for every value and table. */
export function orderTemplateBlocks(): Block[] {
  const ph = (name: string) => `{{${name}}}`;
  const texts: OrderTexts = {
    organization: ph('школа'),
    city: ph('город'),
    date: ph('дата_приказа'),
    number: ph('номер_приказа'),
    title: DEFAULT_TEMPLATES.orderTitle,
    preamble: withLeadComma(DEFAULT_TEMPLATES.orderPreamble),
    points: orderPoints({
      school: ph('школа_кратко'),
      year: ph('учебный_год'),
      curator: `Назначить куратором реализации программ наставничества педагогических работников: ${ph('куратор')}, ${ph('должность_куратора')}.`,
      deadline: ph('срок_пнп'),
      agreements: true,
      control: DIRECTOR_CONTROL,
    }),
    directorPost: ph('должность_директора'),
    directorShort: ph('директор_кратко'),
    schoolShort: ph('школа_кратко'),
    year: ph('учебный_год'),
  };
  return orderBlocks(texts, {
    таблица_пар: [line(ph('таблица_пар'))],
    лист_ознакомления: [line(ph('лист_ознакомления'))],
  });
}

/** The Положение in the instrumental case, as the preamble cites it, with its approval when known. */
export function regulationPhrase(s: SchoolSettings, reference: string): string {
  const ref = reference.trim().replace(/^утвержд\S*\s+(приказом\s+)?/i, '');
  const base = `Положением о системе наставничества педагогических работников ${schoolShort(s)}`;
  return ref ? `${base}, утверждённым приказом ${ref}` : base;
}

function curatorPoint(s: SchoolSettings): string {
  const name = s.curatorName.trim();
  const post = s.curatorPost.trim();
  if (!name)
    return 'Назначить куратором реализации программ наставничества педагогических работников ____________________.';
  // A colon keeps the name in the nominative: the add-on does not decline Russian names.
  return `Назначить куратором реализации программ наставничества педагогических работников: ${name}${post ? `, ${post}` : ''}.`;
}

/** The appendix table; also what a school template's {{таблица_пар}} stands for. */
export function pairsTable(pairs: readonly ResolvedPair[]): TableBlock {
  const rows: TableCell[][] = pairs.map((rp, i) => [
    cell(String(i + 1)),
    cell(...rp.mentors.map(personWithPost)),
    cell(...rp.mentees.map(personWithPost)),
    cell(formRu[rp.pair.form]),
    cell(`${toRuDate(rp.pair.startDate)}–${toRuDate(rp.pair.endDate)}`),
  ]);
  return table(
    ['№', 'Наставник (ФИО, должность)', 'Наставляемый(-ые) (ФИО, должность)', 'Форма', 'Срок'],
    [1, 6, 6, 5, 4],
    rows,
  );
}

/** «С приказом ознакомлены»: everyone the order names, once each, by surname. */
export function acknowledgements(s: SchoolSettings, pairs: readonly ResolvedPair[]): Block[] {
  const people = new Map<string, { name: string; post: string }>();
  for (const p of participantsOf(pairs)) {
    const key = personKey(p.person);
    if (!people.has(key)) people.set(key, { name: p.person.fullName.trim(), post: postWithSubjects(p.person) });
  }
  const curator = s.curatorName.trim();
  if (curator) {
    const key = personKey({ email: s.curatorEmail, fullName: curator, id: 'curator' });
    const byName = personKey({ email: '', fullName: curator, id: 'curator' });
    const already =
      people.has(key) ||
      [...people.values()].some((p) => personKey({ email: '', fullName: p.name, id: '' }) === byName);
    if (!already) people.set(key, { name: curator, post: s.curatorPost.trim() });
  }
  const sorted = [...people.values()].sort((a, b) => compareRuNames(a.name, b.name));
  if (sorted.length === 0) return [];
  return [
    line([{ text: 'С приказом ознакомлены:', bold: false }], 'left', { spaceBefore: 18, spaceAfter: 6 }),
    table(
      ['№', 'ФИО', 'Должность', 'Подпись', 'Дата'],
      [1, 6, 5, 3, 3],
      sorted.map((p, i) => [cell(String(i + 1)), cell(p.name), cell(p.post), cell(''), cell('')]),
    ),
  ];
}
