// A small hand-made school for the matching integration tests: every mentor and mentee chosen so results are readable.
import { readMatchingState } from '../../src/app/matching/state';
import { defaultCompetencies } from '../../src/domain/vocabulary/defaults';
import { workbookOf } from '../../src/google/sheet-gateway';
import { appendRecords, readTable } from '../../src/workbook/repository';
import { mentorsTable } from '../../src/workbook/tables/mentors';
import { seedDemoWorkbook, type DemoRow } from '../../tools/demo/school';
import { emulatedWorkbook, type EmulatedWorkbook } from './context';

export const C = Object.fromEntries(defaultCompetencies.map((c) => [c.code, c.title])) as Record<string, string>;
const d = { year: 2026, month: 9, day: 1 };

export function mentorRow(over: DemoRow): DemoRow {
  return {
    fullName: 'Семёнова Ольга Петровна',
    email: 'semenova@sosh.example',
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 20,
    schoolYears: 10,
    qualification: 'высшая',
    competencies: [C['classroom'], C['parents']],
    capacity: 2,
    forms: ['индивидуальная'],
    consentDate: d,
    trainingDate: d,
    status: 'active',
    addedOn: d,
    source: 'manual',
    notes: '',
    ...over,
  };
}

export function menteeRow(over: DemoRow): DemoRow {
  return {
    fullName: 'Попова Анна Сергеевна',
    email: 'popova@sosh.example',
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 1,
    hiredOn: d,
    category: 'молодой специалист (стаж до 3 лет)',
    requests: [C['classroom']],
    requestText: '',
    desiredForm: 'индивидуальная',
    preferredMentor: '',
    requestDate: d,
    consentDate: d,
    status: 'waiting',
    pairId: '',
    source: 'form',
    notes: '',
    ...over,
  };
}

/**
 * Н-0001 Семёнова (classroom, parents; 2 places), Н-0002 Орлова (assessment, paperwork; 1 place), Н-0003 Кузнецов (no
 * consent), Н-0004 Лебедева (on leave), Н-0005 Морозова (paperwork, digital; groups; 3 places).
 * НЯ-0001 Попова (classroom), НЯ-0002 Смирнова (assessment, paperwork), НЯ-0003 Волкова (parents, classroom),
 * НЯ-0004 Егорова (inclusion: nobody offers it), НЯ-0005/6 Павлова and Зайцева (paperwork, digital; group form).
 */
export function smallSchool(): { mentors: DemoRow[]; mentees: DemoRow[] } {
  return {
    mentors: [
      mentorRow({}),
      mentorRow({
        fullName: 'Орлова Ирина Викторовна',
        email: 'orlova@sosh.example',
        subjects: ['русский язык'],
        competencies: [C['assessment'], C['paperwork']],
        capacity: 1,
      }),
      mentorRow({
        fullName: 'Кузнецов Павел Андреевич',
        email: 'kuznetsov@sosh.example',
        competencies: [C['classroom']],
        consentDate: null,
      }),
      mentorRow({
        fullName: 'Лебедева Мария Ивановна',
        email: 'lebedeva@sosh.example',
        competencies: [C['classroom']],
        status: 'on_leave',
      }),
      mentorRow({
        fullName: 'Морозова Елена Николаевна',
        email: 'morozova@sosh.example',
        subjects: ['информатика'],
        competencies: [C['paperwork'], C['digital']],
        capacity: 3,
        forms: ['индивидуальная', 'групповая'],
        qualification: 'высшая — педагог-наставник',
      }),
    ],
    mentees: [
      menteeRow({}),
      menteeRow({
        fullName: 'Смирнова Дарья Олеговна',
        email: 'smirnova@sosh.example',
        subjects: ['русский язык'],
        requests: [C['assessment'], C['paperwork']],
      }),
      menteeRow({
        fullName: 'Волкова Юлия Андреевна',
        email: 'volkova@sosh.example',
        requests: [C['parents'], C['classroom']],
      }),
      menteeRow({
        fullName: 'Егорова Светлана Павловна',
        email: 'egorova@sosh.example',
        subjects: ['биология'],
        requests: [C['inclusion']],
      }),
      menteeRow({
        fullName: 'Павлова Ольга Игоревна',
        email: 'pavlova@sosh.example',
        subjects: ['информатика'],
        requests: [C['paperwork'], C['digital']],
        desiredForm: 'групповая',
      }),
      menteeRow({
        fullName: 'Зайцева Алла Борисовна',
        email: 'zaitseva@sosh.example',
        subjects: ['информатика'],
        requests: [C['paperwork'], C['digital']],
        desiredForm: 'групповая',
      }),
    ],
  };
}

/** The small school, set up and filled; `minScore` raises «минимальный балл пары» so weak pairs are not proposed. */
export function matchingWorkbook(
  options: { minScore?: number; school?: { mentors: DemoRow[]; mentees: DemoRow[] } } = {},
): EmulatedWorkbook {
  const wb = emulatedWorkbook();
  const school = options.school ?? smallSchool();
  wb.run((ctx) => seedDemoWorkbook(ctx, { ...school, broken: [] }));
  setSetting(wb, 'Подбор: минимальный балл пары', String(options.minScore ?? 40));
  return wb;
}

/** Types a value into «Настройки» as a person would. */
export function setSetting(wb: EmulatedWorkbook, label: string, value: string): void {
  const rows = wb.values('Настройки');
  const row = rows.findIndex((r) => r[0] === label) + 1;
  if (row < 1) throw new Error(`no setting ${label}`);
  wb.paste('Настройки', row, [[label, value]]);
}

/** Adds mentor rows as the forms feature would (ids continue the bank's numbering). */
export function addMentors(wb: EmulatedWorkbook, rows: DemoRow[]): string[] {
  return wb.run((ctx) => {
    const snapshot = readTable(workbookOf(ctx), mentorsTable);
    const first = snapshot.rows().length + 1;
    const ids = rows.map((_, k) => `Н-${String(first + k).padStart(4, '0')}`);
    appendRecords(
      snapshot,
      rows.map((r, k) => ({ ...r, id: ids[k] })),
      ctx.timeZone(),
    );
    return ids;
  });
}

/** Column values of a sheet by header. */
export function column(wb: EmulatedWorkbook, sheet: string, header: string): unknown[] {
  const rows = wb.values(sheet);
  const at = (rows[0] ?? []).indexOf(header);
  return rows.slice(1).map((r) => r[at]);
}

/** The sheet as records by header (data rows only). */
export function records(wb: EmulatedWorkbook, sheet: string): Array<Record<string, unknown>> {
  const [head = [], ...rows] = wb.values(sheet);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

/** No mentor's open pairs exceed their capacity (the property every test of writing checks). */
export function expectCapacityKept(wb: EmulatedWorkbook): void {
  const state = wb.run((ctx) => readMatchingState(ctx));
  const over = state.mentors
    .filter((m) => (state.load.get(m.id) ?? 0) > m.capacity)
    .map((m) => `${m.id}: ${state.load.get(m.id)} из ${m.capacity}`);
  expect(over).toEqual([]);
}
