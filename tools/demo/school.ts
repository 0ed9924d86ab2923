// A seeded demo school: realistic rows for both banks (Russian names, posts, subjects, experience), a few broken on purpose.
//
// API
//   generateSchool(seed, { mentors?, mentees? }) → { mentors, mentees, broken }
//     rows are records by table field (the shape appendRecords writes), deterministic for a seed;
//     default size: about 60 staff (24 mentors, 36 mentees). `broken` lists the rows made invalid on purpose.
//   seedDemoWorkbook(ctx, school) → runs setup, then appends both banks through the repository layer
//     (the same path the add-on writes with), in one block per bank.
import type { AppContext } from '../../src/app/context';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { addDays, type CalendarDate } from '../../src/domain/calendar/calendar-date';
import type { MenteeStatus, MentorStatus } from '../../src/domain/model';
import { allocateIds } from '../../src/domain/person-ids';
import { workbookOf } from '../../src/google/sheet-gateway';
import { appendRecords, encodeCell, readTable, writeCells } from '../../src/workbook/repository';
import { settingsFrom } from '../../src/workbook/settings';
import { settingsTable, type SettingKey } from '../../src/workbook/tables/settings';
import { dictionarySeeds } from '../../src/workbook/tables/dictionaries';
import { menteesTable } from '../../src/workbook/tables/mentees';
import { mentorsTable } from '../../src/workbook/tables/mentors';

export type DemoRow = Record<string, unknown>;

export interface DemoSchool {
  mentors: DemoRow[];
  mentees: DemoRow[];
  /** What was broken on purpose: the bank, the index in its array, and the check that must catch it. */
  broken: Array<{ bank: 'mentors' | 'mentees'; index: number; what: string }>;
}

const MALE = [
  'Александр',
  'Сергей',
  'Андрей',
  'Дмитрий',
  'Алексей',
  'Михаил',
  'Иван',
  'Николай',
  'Павел',
  'Виктор',
  'Олег',
  'Юрий',
];
const FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Мария',
  'Анна',
  'Екатерина',
  'Галина',
  'Людмила',
  'Валентина',
  'Юлия',
  'Дарья',
];
const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Канев',
  'Попов',
  'Терентьев',
  'Уляшев',
  'Истомин',
];
const PATRONYMIC_BASE = [
  'Александров',
  'Сергеев',
  'Андреев',
  'Дмитриев',
  'Алексеев',
  'Михайлов',
  'Иванов',
  'Николаев',
  'Петров',
  'Викторов',
];
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ь: '',
  ъ: '',
};

/** mulberry32: a small deterministic generator, so a seed always gives the same school. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function translit(text: string): string {
  return [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
}

export function generateSchool(seed = 2026, size: { mentors?: number; mentees?: number } = {}): DemoSchool {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const usedEmails = new Set<string>();
  const person = () => {
    const female = rnd() < 0.75; // most Russian school staff are women
    const surname = pick(SURNAMES);
    const first = female ? pick(FEMALE) : pick(MALE);
    const patronymic = pick(PATRONYMIC_BASE) + (female ? 'на' : 'ич');
    const fullName = `${female ? surname + 'а' : surname} ${first} ${patronymic.replace(/ов(на|ич)$/, (_, e: string) => (e === 'на' ? 'овна' : 'ович')).replace(/ев(на|ич)$/, (_, e: string) => (e === 'на' ? 'евна' : 'евич'))}`;
    let email = `${translit(first)[0]}.${translit(female ? surname + 'а' : surname)}@sosh2.example`;
    for (let i = 2; usedEmails.has(email); i++) email = email.replace(/(\d*)@/, `${i}@`);
    usedEmails.add(email);
    return { fullName, email };
  };
  const start: CalendarDate = { year: 2026, month: 9, day: 1 };
  const subjectsFor = (post: string) =>
    post === 'учитель начальных классов'
      ? ['начальные классы']
      : post === 'учитель'
        ? some(dictionarySeeds.subjects.slice(0, 21), 1, 2)
        : [];
  const teachingPosts = [
    'учитель',
    'учитель',
    'учитель',
    'учитель начальных классов',
    'педагог-психолог',
    'учитель-логопед',
    'педагог дополнительного образования',
    'социальный педагог',
  ];

  const mentors: DemoRow[] = Array.from({ length: size.mentors ?? 24 }, () => {
    const p = person();
    const post = pick(teachingPosts);
    const experience = 8 + Math.floor(rnd() * 28);
    const consent = rnd() < 0.8 ? addDays(start, Math.floor(rnd() * 12)) : null;
    return {
      ...p,
      post,
      subjects: subjectsFor(post),
      experienceYears: experience,
      schoolYears: Math.min(experience, 2 + Math.floor(rnd() * 20)),
      qualification: pick(['первая', 'высшая', 'высшая', 'высшая — педагог-наставник', 'высшая — педагог-методист']),
      competencies: some(dictionarySeeds.competencies, 2, 4),
      capacity: pick([1, 2, 2, 3]),
      forms: rnd() < 0.3 ? ['индивидуальная', 'групповая'] : ['индивидуальная'],
      consentDate: consent,
      trainingDate:
        rnd() < 0.6 ? { year: 2025, month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28) } : null,
      status: (rnd() < 0.9 ? 'active' : pick(['on_leave', 'left'])) as MentorStatus,
      addedOn: start,
      source: 'manual',
      notes: '',
    };
  });
  const mentees: DemoRow[] = Array.from({ length: size.mentees ?? 36 }, () => {
    const p = person();
    const post = pick(teachingPosts);
    const experience = Math.floor(rnd() * 4);
    return {
      ...p,
      post,
      subjects: subjectsFor(post),
      experienceYears: experience,
      hiredOn: { year: 2026 - experience, month: 8, day: 25 + Math.floor(rnd() * 5) },
      category: experience < 3 ? dictionarySeeds.menteeCategories[0] : pick(dictionarySeeds.menteeCategories),
      requests: some(dictionarySeeds.competencies, 1, 3),
      requestText: rnd() < 0.3 ? 'Сложно выстроить дисциплину в 7 классе' : '',
      desiredForm: rnd() < 0.8 ? 'индивидуальная' : 'групповая',
      preferredMentor: '',
      requestDate: addDays(start, Math.floor(rnd() * 14)),
      consentDate: rnd() < 0.7 ? addDays(start, 3 + Math.floor(rnd() * 10)) : null,
      status: (rnd() < 0.9 ? 'waiting' : 'supported') as MenteeStatus,
      pairId: '',
      source: rnd() < 0.5 ? 'form' : 'manual',
      notes: '',
    };
  });

  const broken: DemoSchool['broken'] = [];
  const breakRow = (bank: 'mentors' | 'mentees', index: number, patch: DemoRow, what: string) => {
    const rows = bank === 'mentors' ? mentors : mentees;
    if (index >= rows.length) return;
    Object.assign(rows[index]!, patch);
    broken.push({ bank, index, what });
  };
  breakRow('mentors', 3, { experienceYears: -3 }, 'negative experience');
  breakRow('mentors', 7, { email: 'petrova.sosh2.example' }, 'malformed email');
  breakRow('mentors', 11, { capacity: 0 }, 'capacity 0');
  if (mentors.length > 15)
    breakRow('mentors', 15, { email: String(mentors[1]!.email).toUpperCase() }, 'duplicate email (other case)');
  breakRow('mentees', 4, { post: 'учитель физкультуры' }, 'unknown post');
  breakRow('mentees', 9, { fullName: '' }, 'missing full name');
  breakRow('mentees', 13, { requests: ['Методика преподования предмета'] }, 'near-miss request (typo)');
  // Not broken: text that looks like a formula must be stored as text and read back unchanged.
  if (mentees.length > 20) mentees[20]!.notes = '=IMPORTXML("http://example.com","//a")';
  return { mentors, mentees, broken };
}

/** Sets the workbook up and fills both banks through the repository (ids assigned like the add-on does). */
export function seedDemoWorkbook(
  ctx: AppContext,
  school: DemoSchool = generateSchool(),
): { mentorRows: number[]; menteeRows: number[] } {
  setupWorkbook(ctx);
  const workbook = workbookOf(ctx);
  fillDemoSettings(ctx, workbook);
  const write = (table: typeof mentorsTable | typeof menteesTable, rows: DemoRow[]) => {
    const snapshot = readTable(workbook, table);
    const ids = allocateIds(table.idPrefix!, [], rows.length);
    return appendRecords(
      snapshot,
      rows.map((r, i) => ({ id: ids[i], ...r })),
      ctx.timeZone(),
    );
  };
  return { mentorRows: write(mentorsTable, school.mentors), menteeRows: write(menteesTable, school.mentees) };
}

/** The demo school's requisites, so documents and the sidebar header have real names to show. */
export const demoSettings: Partial<Record<SettingKey, string>> = {
  schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
  schoolShortName: 'МБОУ «СОШ № 7»',
  city: 'Сосногорск',
  directorName: 'Петрова Ольга Викторовна',
  curatorName: 'Кузнецова Марина Сергеевна',
  curatorPost: 'заместитель директора по учебно-воспитательной работе',
  curatorEmail: 'curator@school.example',
  orderNumber: '112-од',
  orderDate: '25.09.2026',
  regulationReference: 'от 28.08.2026 № 95-од',
};

/** Fills only the empty settings: a person's values are never overwritten, even in the demo. */
function fillDemoSettings(ctx: AppContext, workbook: ReturnType<typeof workbookOf>): void {
  const snapshot = readTable(workbook, settingsTable);
  const read = settingsFrom(snapshot, ctx.timeZone());
  const valueColumn = settingsTable.columns.find((c) => c.field === 'value')!;
  const updates = Object.entries(demoSettings)
    .filter(([key]) => read.rows[key as SettingKey] !== undefined && !read.raw[key as SettingKey])
    .map(([key, value]) => ({
      row: read.rows[key as SettingKey]!,
      field: 'value',
      value: encodeCell(valueColumn, value, ctx.timeZone()),
    }));
  writeCells(snapshot, updates);
}
