// The ПНП of a pair/group: approval, participants, goal, tasks per request, plan table from the activity library, signatures.
import { academicYearLabel } from '../calendar/academic-year';
import { compareDates, daysBetween, toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { formRu, normalizeTerm, type Mentee, type Mentor, type SchoolSettings } from '../model';
import { defaultActivityLibrary, defaultCompetencies } from '../vocabulary/defaults';
import { cell, heading, line, list, para, table } from './blocks';
import { competencePhrases, fallbackPhrases, resolveRequest, type ResolvedRequest } from './competence-phrases';
import { DEFAULT_PAGE_SETUP, type Block, type Document, type TableBlock } from './model';
import type { ResolvedPair } from './participants';
import { postWithSubjects, shortPersonName, yearsRu } from './people';
import { parseMonthOffsets, programMonths, scheduleSpan, spanRu, type ScheduledSpan } from './plan-schedule';
import { capitalize, ensureDot, lowerFirst } from './ru-text';
import { directorPost, schoolShort, schoolValues } from './school-values';

/** An item of the activity library («Справочники»), shaped like the seed list; request '*' = every program. */
export type LibraryActivity = (typeof defaultActivityLibrary)[number];

export interface ProgramInput {
  settings: SchoolSettings;
  pair: ResolvedPair;
  library?: ReadonlyArray<LibraryActivity>;
  competencies?: ReadonlyArray<{ code: string; title: string }>;
  /** The approval date; a blank date line when omitted. */
  approvalDate?: CalendarDate | null;
}

/** One plan item as the «План» sheet keeps it, so the curator can mark it done. */
export interface PlanRow {
  pairId: string;
  number: number;
  direction: string;
  activity: string;
  form: string;
  dueFrom: CalendarDate;
  dueTo: CalendarDate;
  /** "по запросу" items span the whole period. */
  onRequest: boolean;
  result: string;
  report: string;
}

export interface ProgramResult {
  document: Document;
  plan: PlanRow[];
  tasks: string[];
  /** The pair's requests outside the vocabulary (they get generic tasks and consultations). */
  unknownRequests: string[];
  /** Russian notes for the curator (e.g. a period outside 3–12 months). */
  warnings: string[];
}

const GENERAL_DIRECTION = 'Общие мероприятия';

/** The program's wording with every value in place; a school template gets the same texts as placeholders. */
export interface ProgramTexts {
  approval: { post: string; organization: string; name: string; date: string | null };
  year: string;
  pairId: string;
  form: string;
  period: string;
  goal: string;
  /** «наставляемого» or «наставляемых». */
  menteeWord: string;
}

export interface ProgramSections {
  участники: Block[];
  задачи: Block[];
  затруднения: Block[];
  план: Block[];
  ожидаемые_результаты: Block[];
  подписи: Block[];
}

export interface ProgramParts extends Omit<ProgramResult, 'document'> {
  texts: ProgramTexts;
  sections: ProgramSections;
  /** Every text placeholder of the program with its value (for a school template). */
  values: Record<string, string>;
  title: string;
}

export function programParts(input: ProgramInput): ProgramParts {
  const { settings } = input;
  const { pair, mentors, mentees } = input.pair;
  const library = input.library ?? defaultActivityLibrary;
  const competencies = input.competencies ?? defaultCompetencies;
  const requests = pairRequests(input.pair, competencies);
  const unknownRequests = requests.filter((r) => r.code === null).map((r) => r.text);
  const tasks = requests.map((r) =>
    r.code && competencePhrases[r.code] ? competencePhrases[r.code]!.task : fallbackPhrases(r.title).task,
  );
  const outcomes = requests.map((r) =>
    r.code && competencePhrases[r.code] ? competencePhrases[r.code]!.outcome : fallbackPhrases(r.title).outcome,
  );
  const plan = buildPlan(pair.id, requests, library, pair.startDate, pair.endDate, competencies);
  const warnings = periodWarnings(pair.startDate, pair.endDate);
  const group = mentees.length > 1;
  const menteeWord = group ? 'наставляемых' : 'наставляемого';

  const directions = requests.map((r) => lowerFirst(r.title));
  const goal = directions.length
    ? `Создание условий для профессионального развития ${menteeWord} и преодоления выявленных профессиональных затруднений по направлениям: ${directions.join('; ')}.`
    : `Создание условий для профессионального развития и адаптации ${menteeWord} в ${schoolShort(settings)}.`;

  const texts: ProgramTexts = {
    approval: {
      post: directorPost(settings),
      organization: schoolShort(settings),
      name: shortPersonName(settings.directorName),
      date: input.approvalDate ? toRuDate(input.approvalDate) : null,
    },
    year: academicYearLabel(settings.academicYear),
    pairId: pair.id,
    form: formRu[pair.form],
    period: `с ${toRuDate(pair.startDate)} по ${toRuDate(pair.endDate)}`,
    goal,
    menteeWord,
  };
  const sections: ProgramSections = {
    участники: [participantsTable(mentors, mentees)],
    задачи: [
      list(
        enumerationItems(
          tasks.length
            ? tasks
            : ['оказать наставляемому методическую и психологическую поддержку в профессиональной деятельности'],
        ),
      ),
    ],
    затруднения: mentees.flatMap((m) => menteeProfile(m, requests, group, competencies)),
    план: [planTable(plan)],
    ожидаемые_результаты: [
      list(
        enumerationItems([...outcomes, 'подготовлен отчёт о реализации персонализированной программы наставничества']),
      ),
    ],
    подписи: [
      ...mentors.map((m) => sig('Наставник', m.fullName)),
      ...mentees.map((m) => sig('Наставляемый', m.fullName)),
      sig('Куратор', settings.curatorName),
    ],
  };
  const names = mentees.map((m) => shortPersonName(m.fullName)).join(', ');
  return {
    title: `ПНП ${pair.id}${names ? ` — ${names}` : ''}`,
    texts,
    sections,
    values: {
      ...schoolValues(settings),
      пара: pair.id,
      наставник: mentors.map((m) => m.fullName.trim()).join(', '),
      наставляемый: mentees.map((m) => m.fullName.trim()).join(', '),
      форма: texts.form,
      срок: texts.period,
      цель: goal,
    },
    plan,
    tasks,
    unknownRequests,
    warnings,
  };
}

export function buildProgram(input: ProgramInput): ProgramResult {
  const { title, texts, sections, plan, tasks, unknownRequests, warnings } = programParts(input);
  return {
    document: { title, blocks: programBlocks(texts, sections), pageSetup: DEFAULT_PAGE_SETUP },
    plan,
    tasks,
    unknownRequests,
    warnings,
  };
}

/** The program's blocks from its texts and sections: the built-in document, and (with placeholders) the template. */
export function programBlocks(t: ProgramTexts, s: ProgramSections): Block[] {
  return [
    { kind: 'approval', ...t.approval },
    heading('Персонализированная программа наставничества', 1),
    line(`на ${t.year} учебный год (${t.pairId})`, 'center', { spaceAfter: 12 }),
    heading('1. Общие сведения', 2, 'left'),
    ...s.участники,
    para([{ text: 'Форма наставничества: ', bold: true }, t.form]),
    para([{ text: 'Срок реализации программы: ', bold: true }, t.period]),
    heading('2. Цель и задачи программы', 2, 'left'),
    para([{ text: 'Цель: ', bold: true }, t.goal]),
    line([{ text: 'Задачи:', bold: true }]),
    ...s.задачи,
    heading(`3. Профессиональные затруднения и сильные стороны ${t.menteeWord}`, 2, 'left'),
    ...s.затруднения,
    heading('4. План мероприятий', 2, 'left'),
    ...s.план,
    heading('5. Ожидаемые результаты', 2, 'left'),
    ...s.ожидаемые_результаты,
    heading('6. Подписи участников', 2, 'left'),
    ...s.подписи,
  ];
}

/** The program as a school template: the same structure with {{placeholders}} for every value and section. */
export function programTemplateBlocks(): Block[] {
  const ph = (name: string) => `{{${name}}}`;
  const section = (name: string): Block[] => [line(ph(name))];
  return programBlocks(
    {
      approval: {
        post: ph('должность_директора'),
        organization: ph('школа_кратко'),
        name: ph('директор_кратко'),
        date: null,
      },
      year: ph('учебный_год'),
      pairId: ph('пара'),
      form: ph('форма'),
      period: ph('срок'),
      goal: ph('цель'),
      menteeWord: 'наставляемого (наставляемых)',
    },
    {
      участники: section('участники'),
      задачи: section('задачи'),
      затруднения: section('затруднения'),
      план: section('план'),
      ожидаемые_результаты: section('ожидаемые_результаты'),
      подписи: section('подписи'),
    },
  );
}

/** The pair's own requests, or its mentees' when the pair has none; each competence once. */
function pairRequests(
  rp: ResolvedPair,
  competencies: ReadonlyArray<{ code: string; title: string }>,
): ResolvedRequest[] {
  const source = rp.pair.requests.some((r) => r.trim()) ? rp.pair.requests : rp.mentees.flatMap((m) => m.requests);
  const out: ResolvedRequest[] = [];
  for (const text of source) {
    if (!text.trim()) continue;
    const r = resolveRequest(text, competencies);
    const dup = out.some((o) =>
      r.code ? o.code === r.code : o.code === null && normalizeTerm(o.title) === normalizeTerm(r.title),
    );
    if (!dup) out.push(r);
  }
  return out;
}

interface DraftRow extends Omit<PlanRow, 'number' | 'pairId' | 'dueFrom' | 'dueTo' | 'onRequest'> {
  span: ScheduledSpan;
  order: number;
}

/** Library activities of the pair's competences plus the '*' items, dated inside the period and sorted by date. */
export function buildPlan(
  pairId: string,
  requests: readonly ResolvedRequest[],
  library: ReadonlyArray<LibraryActivity>,
  start: CalendarDate,
  end: CalendarDate,
  competencies: ReadonlyArray<{ code: string; title: string }> = defaultCompetencies,
): PlanRow[] {
  const drafts: DraftRow[] = [];
  const draft = (a: Omit<LibraryActivity, 'request'>, direction: string) =>
    drafts.push({
      direction,
      activity: a.activity,
      form: a.form,
      result: a.result,
      report: a.report,
      span: scheduleSpan(parseMonthOffsets(a.months), start, end),
      order: drafts.length,
    });

  for (const r of requests) {
    const matches = library.filter((a) => a.request.trim() !== '*' && matchesRequest(a.request, r, competencies));
    if (matches.length) for (const a of matches) draft(a, r.title);
    else
      // Nothing in the library for this request: the mentor still owes consultations on it.
      draft(
        {
          activity: `Индивидуальные консультации наставника по затруднению «${r.title}»`,
          form: 'консультация',
          months: 'по запросу',
          result: 'затруднение преодолено',
          report: 'записи консультаций',
        },
        r.title,
      );
  }
  for (const a of library) if (a.request.trim() === '*') draft(a, GENERAL_DIRECTION);

  drafts.sort(
    (a, b) => compareDates(a.span.from, b.span.from) || compareDates(a.span.to, b.span.to) || a.order - b.order,
  );
  return drafts.map((d, i) => ({
    pairId,
    number: i + 1,
    direction: d.direction,
    activity: d.activity,
    form: d.form,
    dueFrom: d.span.from,
    dueTo: d.span.to,
    onRequest: d.span.onRequest,
    result: d.result,
    report: d.report,
  }));
}

function matchesRequest(
  libraryRequest: string,
  r: ResolvedRequest,
  competencies: ReadonlyArray<{ code: string; title: string }>,
): boolean {
  const key = resolveRequest(libraryRequest, competencies).code ?? normalizeTerm(libraryRequest);
  return r.code ? key === r.code : key === normalizeTerm(r.title);
}

function periodWarnings(start: CalendarDate, end: CalendarDate): string[] {
  if (compareDates(end, start) < 0)
    return [`Срок программы указан неверно: окончание ${toRuDate(end)} раньше начала ${toRuDate(start)}.`];
  const months = programMonths(start, end);
  const days = daysBetween(start, end) + 1;
  // Ministry definition of the ПНП: a short-term program of 3 months to 1 year.
  if (days < 85)
    return [`Срок программы меньше 3 месяцев (${days} дн.): ПНП рассчитывается на срок от 3 месяцев до 1 года.`];
  if (months > 12) return [`Срок программы больше 1 года: ПНП рассчитывается на срок от 3 месяцев до 1 года.`];
  return [];
}

function participantsTable(mentors: readonly Mentor[], mentees: readonly Mentee[]): Block {
  return table(
    ['Участник', 'ФИО', 'Должность, предмет', 'Педагогический стаж', 'Категория'],
    [3, 5, 5, 3, 4],
    [
      ...mentors.map((m) => [
        cell('Наставник'),
        cell(m.fullName),
        cell(postWithSubjects(m)),
        cell(yearsRu(m.experienceYears)),
        cell(m.qualification || '—'),
      ]),
      ...mentees.map((m) => [
        cell('Наставляемый'),
        cell(m.fullName),
        cell(postWithSubjects(m)),
        cell(yearsRu(m.experienceYears)),
        cell(m.category || '—'),
      ]),
    ],
  );
}

function menteeProfile(
  m: Mentee,
  requests: readonly ResolvedRequest[],
  group: boolean,
  competencies: ReadonlyArray<{ code: string; title: string }>,
): Block[] {
  const own = m.requests.length
    ? m.requests.map((r) => resolveRequest(r, competencies).title)
    : requests.map((r) => r.title);
  const difficulties = [own.join('; '), m.requestText.trim()].filter(Boolean).join('. ');
  const out: Block[] = [];
  if (group) out.push(line([{ text: m.fullName, bold: true }]));
  out.push(
    para([
      { text: 'Профессиональные затруднения (по запросу наставляемого): ', bold: true },
      ensureDot(difficulties || 'по результатам собеседования с наставником'),
    ]),
  );
  out.push(para([{ text: 'Сильные стороны: ', bold: true }, strengths(m)]));
  return out;
}

/** A short, factual text from the bank: subjects, experience, category. */
export function strengths(m: Mentee): string {
  const parts: string[] = [];
  const subjects = m.subjects.map((s) => s.trim()).filter(Boolean);
  if (subjects.length)
    parts.push(`знание содержания ${subjects.length > 1 ? 'предметов' : 'предмета'} (${subjects.join(', ')})`);
  if (m.experienceYears >= 3) parts.push(`педагогический опыт (${yearsRu(m.experienceYears)})`);
  else parts.push('мотивация к профессиональному становлению, открытость новому опыту');
  if (/перешедш|нов(ую|ый) должност/i.test(m.category)) parts.push('опыт работы в прежней должности');
  if (/перерыв/i.test(m.category)) parts.push('имеющийся опыт педагогической работы');
  if (m.requests.length || m.requestText.trim())
    parts.push('готовность к самоанализу (затруднения сформулированы самостоятельно)');
  return capitalize(parts.join('; ')) + '.';
}

/** List items as Russian enumerations punctuate them: capitalised, «;» between, «.» at the end. */
function enumerationItems(items: readonly string[]): string[] {
  return items.map((t, i) => `${capitalize(t.replace(/[.;]+$/, ''))}${i === items.length - 1 ? '.' : ';'}`);
}

/** The plan table; also what a school template's {{план}} stands for. */
export function planTable(plan: readonly PlanRow[]): TableBlock {
  // Seven columns on a portrait page: 10 pt keeps words whole in the narrow columns.
  return withFontSize(
    10,
    table(
      [
        '№',
        'Направление',
        'Мероприятие',
        'Форма работы',
        'Срок',
        'Ожидаемый результат',
        'Форма отчётности / отметка о выполнении',
      ],
      [1, 4, 5, 4, 3, 4, 4],
      plan.map((r) => [
        cell(String(r.number)),
        cell(r.direction),
        cell(r.activity),
        cell(r.form),
        cell(spanRu({ from: r.dueFrom, to: r.dueTo, onRequest: r.onRequest })),
        cell(r.result),
        cell(r.report),
      ]),
    ),
  );
}

function withFontSize(fontSize: number, t: TableBlock): TableBlock {
  return { ...t, fontSize };
}

function sig(post: string, fullName: string): Block {
  return { kind: 'signature', post, name: fullName.trim() ? shortPersonName(fullName) : '', date: null };
}
