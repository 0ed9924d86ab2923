// Reading a bank from a grid: zod row checks become a Russian report; invalid rows are reported, never dropped.
import { readMentees, readMentors } from '../../../src/workbook/banks';
import { settingsFrom } from '../../../src/workbook/settings';
import { menteesTable } from '../../../src/workbook/tables/mentees';
import { mentorsTable } from '../../../src/workbook/tables/mentors';
import { settingSpecs, settingsTable } from '../../../src/workbook/tables/settings';
import { fromCalendarDate } from '../../../src/domain/calendar/zoned';
import { goodMentor, grid, mentorHeaders, rowCtx, TZ } from './fixtures';

const headers = mentorHeaders(mentorsTable);
const read = (rows: Array<Record<string, unknown>>, h = headers) =>
  readMentors(grid(mentorsTable, h, rows), rowCtx, { mentorCapacity: 3 });

describe('mentor rows', () => {
  it('two addresses typed into one email cell are named as such; one address with a comma is not an address', () => {
    const r = read([
      { ...goodMentor, Email: 'ivanova@school.ru, m.ivanova@gmail.com' },
      { ...goodMentor, Email: 'ivanova,school.ru@x.ru' },
    ]);
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.message])).toEqual([
      [2, 'В ячейке несколько адресов: «ivanova@school.ru, m.ivanova@gmail.com».'],
      [3, '«ivanova,school.ru@x.ru» не похоже на адрес электронной почты.'],
    ]);
    expect(r.problems[0]!.fix).toContain('Оставьте в ячейке один адрес');
  });

  it('reads a status by its label in any case, or by its code; a word that is neither is a problem', () => {
    const r = read([
      { ...goodMentor, Статус: 'В ОТПУСКЕ' },
      { ...goodMentor, Email: 'b@school.ru', Статус: 'left' },
      { ...goodMentor, Email: 'c@school.ru', Статус: 'constructor' },
    ]);
    expect(r.records.map((x) => x.value.status)).toEqual(['on_leave', 'left']);
    expect(r.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [4, 'Статус', '«constructor» — неизвестное значение.'],
    ]);
  });

  it('accepts a hand-typed row: numbers and dates as text, emails in any case, empty defaults', () => {
    const r = read([
      {
        ...goodMentor,
        'Педагогический стаж, лет': '12',
        'Вместимость, наставляемых': '',
        'Согласие (дата)': '01.09.2026',
        Статус: '',
      },
    ]);
    expect(r.problems).toEqual([]);
    const m = r.records[0]!.value;
    expect(m).toMatchObject({
      email: 'm.ivanova@school.ru',
      experienceYears: 12,
      capacity: 3,
      status: 'active',
      source: 'manual',
      forms: ['individual', 'group'],
    });
    expect(m.consentDate).toEqual({ year: 2026, month: 9, day: 1 });
    expect(m.competencies).toEqual([
      'Методика преподавания предмета',
      'Оценивание, в т. ч. формирующее; критерии и КИМ',
    ]);
  });

  it('reads a date cell through the workbook zone', () => {
    const r = read([
      { ...goodMentor, 'Обучение пройдено (дата)': fromCalendarDate({ year: 2026, month: 3, day: 15 }, TZ) },
    ]);
    expect(r.records[0]!.value.trainingDate).toEqual({ year: 2026, month: 3, day: 15 });
  });

  it('reports impossible numbers, bad emails, unknown values and missing cells at their cells', () => {
    const r = read([
      { ...goodMentor, Email: 'a@s.ru', 'Педагогический стаж, лет': -2 },
      { ...goodMentor, Email: 'b@s.ru', 'Вместимость, наставляемых': 0 },
      { ...goodMentor, Email: 'c@s.ru', 'Вместимость, наставляемых': 11 },
      { ...goodMentor, Email: 'not an email' },
      { ...goodMentor, Email: 'e@s.ru', Должность: 'космонавт' },
      { ...goodMentor, Email: 'f@s.ru', ФИО: '' },
      { ...goodMentor, Email: 'g@s.ru', Предметы: 'матиматика' },
    ]);
    const where = r.problems.map((p) => [p.row, p.column]);
    expect(where).toEqual([
      [2, 'Педагогический стаж, лет'],
      [3, 'Вместимость, наставляемых'],
      [4, 'Вместимость, наставляемых'],
      [5, 'Email'],
      [6, 'Должность'],
      [7, 'ФИО'],
      [8, 'Предметы'],
    ]);
    expect(r.records).toEqual([]);
    expect(r.invalidRows).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(r.problems[0]!.message).toContain('меньше допустимого');
    expect(r.problems[6]!.suggestion).toBe('математика');
    expect(r.problems[5]!.message).toBe('Обязательная ячейка не заполнена.');
    for (const p of r.problems) expect(p.fix.length).toBeGreaterThan(5);
  });

  it('finds duplicate emails regardless of case', () => {
    const r = read([goodMentor, { ...goodMentor, Email: 'm.ivanova@SCHOOL.RU' }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 3, column: 'Email' });
    expect(r.records.map((x) => x.row)).toEqual([2]);
  });

  it("finds columns by header wherever they stand, ignores the person's own columns and blank rows", () => {
    const h = ['Мой столбец', ...[...headers].reverse()];
    const r = read([{ ...goodMentor, 'Мой столбец': 'что-то' }, {}, { ...goodMentor, Email: 'x@s.ru' }], h);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.row)).toEqual([2, 4]);
    expect(r.rowsWithoutId).toEqual([2, 4]);
  });

  it('reports a missing required column once', () => {
    const r = read(
      [goodMentor],
      headers.filter((x) => x !== 'Должность'),
    );
    expect(r.problems.some((p) => p.message.includes('нет обязательного столбца «Должность»'))).toBe(true);
  });
});

describe('mentee rows', () => {
  it('reads a mentee with requests from the shared list and a default form', () => {
    const h = menteesTable.columns.map((c) => c.header);
    const r = readMentees(
      grid(menteesTable, h, [
        {
          ФИО: 'Петров Иван',
          Email: 'p@s.ru',
          Должность: 'учитель',
          'Педагогический стаж, лет': 0,
          'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
          'Профессиональные запросы': 'Работа с родителями (законными представителями)',
        },
      ]),
      rowCtx,
    );
    expect(r.problems).toEqual([]);
    expect(r.records[0]!.value).toMatchObject({
      desiredForm: 'individual',
      status: 'waiting',
      requests: ['Работа с родителями (законными представителями)'],
    });
  });
});

describe('settings', () => {
  const rows = (values: Record<string, string>) =>
    settingSpecs.map((s) => ({ Параметр: s.label, Значение: values[s.key] ?? s.seed, Пояснение: s.hint }));
  it('parses a filled form into SchoolSettings', () => {
    const r = settingsFrom(
      grid(
        settingsTable,
        ['Параметр', 'Значение', 'Пояснение'],
        rows({
          schoolFullName: 'МБОУ СОШ № 2',
          schoolShortName: 'СОШ № 2',
          academicYear: '2026/2027',
          alertRecipients: 'A@s.ru; b@s.ru',
        }),
      ),
      TZ,
    );
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({
      academicYear: { startYear: 2026 },
      timeZone: TZ,
      alertLeadDays: [14, 7, 1],
      defaultMentorCapacity: 2,
      alertRecipients: ['a@s.ru', 'b@s.ru'],
    });
  });

  it('reports missing and bad parameters in Russian', () => {
    const r = settingsFrom(
      grid(
        settingsTable,
        ['Параметр', 'Значение', 'Пояснение'],
        rows({ schoolShortName: 'СОШ', academicYear: '2026', defaultMentorCapacity: '0' }),
      ),
      TZ,
    );
    expect(r.settings).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([
      'Не заполнен параметр «Полное название школы».',
      expect.stringContaining('«Учебный год»'),
      expect.stringContaining('от 1 до 10'),
    ]);
  });
});
