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

export function buildOrder(input: OrderInput): OrderResult {
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
  const values = {
    ...schoolValues(settings),
    номер_приказа: input.number.trim(),
    дата_приказа: toRuDate(date),
    срок_пнп: toRuDate(deadline),
    дата: toRuDate(date),
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
  const title = fill('Заголовок приказа', templates.orderTitle);
  // The preamble leads into «ПРИКАЗЫВАЮ:», so it ends with a comma unless the school ended it otherwise.
  const preamble = fill('Преамбула приказа', templates.orderPreamble)
    .replace(/\s+$/, '')
    .replace(/([^.,:;!?])$/, '$1,');
  const short = schoolShort(settings);
  const year = academicYearLabel(settings.academicYear);

  const points: string[] = [
    `Закрепить наставнические пары (группы) педагогических работников ${short} на ${year} учебный год согласно приложению к настоящему приказу.`,
    curatorPoint(settings),
    `Наставникам разработать персонализированные программы наставничества (ПНП) для закреплённых наставнических пар (групп) в срок до ${toRuDate(deadline)} и представить их куратору.`,
  ];
  if (input.agreementsPoint ?? true) {
    points.push(
      'Заключить с наставниками дополнительные соглашения к трудовым договорам, определяющие содержание, сроки, форму наставничества и размер оплаты (статья 351.8 Трудового кодекса Российской Федерации).',
    );
  }
  points.push(
    input.control === 'curator' && settings.curatorName.trim()
      ? `Контроль за исполнением настоящего приказа возложить на куратора реализации программ наставничества: ${shortPersonName(settings.curatorName)}.`
      : 'Контроль за исполнением настоящего приказа оставляю за собой.',
  );

  const blocks: Block[] = [
    {
      kind: 'requisites',
      organization: settings.schoolFullName.trim(),
      city: placeLine(settings.city),
      documentKind: 'ПРИКАЗ',
      date: toRuDate(date),
      number: input.number.trim(),
    },
    line([{ text: title, bold: true }], 'center', { spaceBefore: 12, spaceAfter: 12 }),
    para(preamble),
    line([{ text: 'ПРИКАЗЫВАЮ:', bold: true }], 'left', { spaceBefore: 6, spaceAfter: 6 }),
    list(points),
    { kind: 'signature', post: directorPost(settings), name: shortPersonName(settings.directorName) },
    ...acknowledgements(settings, included),
    pageBreak(),
    line('Приложение', 'right'),
    line(`к приказу ${short}`, 'right'),
    line(`от ${toRuDate(date)} № ${input.number.trim()}`, 'right', { spaceAfter: 12 }),
    heading(`Наставнические пары (группы) на ${year} учебный год`, 2),
    pairsTable(included),
  ];
  return {
    document: {
      title: `Приказ № ${input.number.trim()} от ${toRuDate(date)} ${title}`,
      blocks,
      pageSetup: DEFAULT_PAGE_SETUP,
    },
    included: included.map((rp) => rp.pair.id),
    excluded,
    warnings,
  };
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
    [1, 6, 6, 4, 4],
    rows,
  );
}

/** «С приказом ознакомлены»: everyone the order names, once each, by surname. */
function acknowledgements(s: SchoolSettings, pairs: readonly ResolvedPair[]): Block[] {
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
