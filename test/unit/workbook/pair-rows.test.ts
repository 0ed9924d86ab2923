// Reading «Пары и группы»: rows validated with zod, links to both banks checked, invalid rows reported and kept.
import { consentSummary, mentorLoad, pairToRecord, readPairs, splitIds } from '../../../src/workbook/pairs';
import { encodeCell } from '../../../src/workbook/repository';
import { pairsTable } from '../../../src/workbook/tables/pairs';
import type { Mentee, Mentor, Pair } from '../../../src/domain/model';
import { grid, rowCtx, TZ } from './fixtures';

const headers = pairsTable.columns.map((c) => c.header);
const good: Record<string, unknown> = {
  'ID пары/группы': 'НП-2026-001',
  Форма: 'индивидуальная',
  'ID наставников': 'Н-0001',
  'ID наставляемых': 'НЯ-0001',
  Запросы: 'Методика преподавания предмета',
  Начало: '01.10.2026',
  'Окончание (план)': '31.05.2027',
  Статус: 'сформирована',
};
const links = { mentorIds: new Set(['Н-0001', 'Н-0002']), menteeIds: new Set(['НЯ-0001', 'НЯ-0002', 'НЯ-0003']) };
const read = (rows: Array<Record<string, unknown>>) => readPairs(grid(pairsTable, headers, rows), rowCtx, links);

describe('pair rows', () => {
  it('reads a hand-typed group: ids separated by «;» or «,», empty status is «сформирована», lock «да»', () => {
    const r = read([
      {
        ...good,
        Форма: 'групповая',
        'ID наставников': 'Н-0001; Н-0002',
        'ID наставляемых': 'НЯ-0001, НЯ-0002;НЯ-0003',
        Статус: '',
        Закреплена: 'да',
      },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.records[0]!.value).toMatchObject({
      id: 'НП-2026-001',
      form: 'group',
      mentorIds: ['Н-0001', 'Н-0002'],
      menteeIds: ['НЯ-0001', 'НЯ-0002', 'НЯ-0003'],
      status: 'formed',
      locked: true,
      startDate: { year: 2026, month: 10, day: 1 },
    });
  });

  it('reports ids missing from the banks, an individual pair with two mentees, an end before the start, duplicate ids', () => {
    const r = read([
      { ...good, 'ID наставников': 'Н-0099' },
      { ...good, 'ID пары/группы': 'НП-2026-002', 'ID наставляемых': 'НЯ-0001; НЯ-0002' },
      { ...good, 'ID пары/группы': 'НП-2026-003', 'Окончание (план)': '15.10.2026' },
      { ...good, 'ID пары/группы': 'НП-2026-004' },
      { ...good, 'ID пары/группы': 'НП-2026-004' },
      { ...good, 'ID пары/группы': 'НП-2026-005', Начало: 'вчера' },
    ]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'ID наставников'],
      [3, 'Форма'],
      [4, 'Окончание (план)'],
      [7, 'Начало'],
      [5, 'ID пары/группы'],
      [6, 'ID пары/группы'],
    ]);
    expect(r.records).toEqual([]);
    expect(r.invalidRows).toEqual([2, 3, 4, 5, 6, 7]);
    for (const p of r.problems) expect(p.fix.length).toBeGreaterThan(5);
  });

  it('counts the load of open pairs only, each mentee taking one place', () => {
    const pair = (id: string, status: Pair['status'], mentees: string[]): Pair => ({
      id,
      form: 'group',
      mentorIds: ['Н-0001'],
      menteeIds: mentees,
      requests: [],
      startDate: { year: 2026, month: 10, day: 1 },
      endDate: { year: 2027, month: 5, day: 31 },
      status,
      locked: false,
      orderLink: '',
      programLink: '',
      notes: '',
    });
    const load = mentorLoad([
      pair('a', 'active', ['x', 'y']),
      pair('b', 'dissolved', ['z']),
      pair('c', 'finished', ['w']),
      pair('d', 'formed', ['v']),
    ]);
    expect(load.get('Н-0001')).toBe(3);
  });

  it('writes a pair as cells that cannot become formulas', () => {
    const mentor = { fullName: '=HYPERLINK("x")', consentDate: null } as unknown as Mentor;
    const mentee = { fullName: 'Петрова Анна', consentDate: { year: 2026, month: 9, day: 1 } } as unknown as Mentee;
    const rec = pairToRecord(
      {
        id: 'НП-2026-001',
        form: 'individual',
        mentorIds: ['Н-0001'],
        menteeIds: ['НЯ-0001'],
        requests: ['a', 'b'],
        startDate: { year: 2026, month: 10, day: 1 },
        endDate: { year: 2027, month: 5, day: 31 },
        status: 'formed',
        locked: false,
        orderLink: '',
        programLink: '',
        notes: '',
      },
      { mentors: [mentor], mentees: [mentee] },
    );
    const col = (f: string) => pairsTable.columns.find((c) => c.field === f)!;
    expect(encodeCell(col('mentorNames'), rec.mentorNames, TZ)).toBe('\'=HYPERLINK("x")');
    expect(encodeCell(col('form'), rec.form, TZ)).toBe('индивидуальная');
    expect(encodeCell(col('requests'), rec.requests, TZ)).toBe('a; b');
    expect(rec.consents).toBe('нет согласия: =HYPERLINK("x")');
    expect(consentSummary([], [mentee])).toBe('все согласия есть');
    expect(splitIds(' Н-1 ;Н-2,, Н-1 ')).toEqual(['Н-1', 'Н-2']);
  });
});
