// The plan of «Завершить учебный год»: what is archived, kept, carried over, and when it is refused.
import {
  archiveSheetName,
  describePlan,
  planYearClose,
  type YearCloseInput,
} from '../../../src/domain/year-close/plan';

const year = { startYear: 2026 };
const june = { year: 2027, month: 6, day: 20 };

function input(over: Partial<YearCloseInput> = {}): YearCloseInput {
  return {
    year,
    today: june,
    tables: [
      { key: 'settings', sheetName: 'Настройки', exists: true, rows: [] },
      { key: 'mentors', sheetName: 'Наставники', exists: true, rows: [] },
      { key: 'mentees', sheetName: 'Наставляемые', exists: true, rows: [2, 3, 4, 5] },
      { key: 'pairs', sheetName: 'Пары и группы', exists: true, rows: [2, 3, 4] },
      { key: 'events', sheetName: 'Мероприятия', exists: true, rows: [2, 3] },
      { key: 'practices', sheetName: 'Методическая копилка', exists: true, rows: [2] },
      { key: 'monitoring', sheetName: 'Мониторинг', exists: false, rows: [] },
      { key: 'someFeature', sheetName: 'Карантин', exists: true, rows: [2] },
    ],
    pairs: {
      valid: [
        { row: 2, id: 'НП-2026-001', status: 'finished', endDate: { year: 2027, month: 5, day: 31 } },
        { row: 3, id: 'НП-2026-002', status: 'active', endDate: { year: 2027, month: 12, day: 31 } },
      ],
      invalidRows: [4],
    },
    mentees: {
      valid: [
        { row: 2, id: 'НЯ-0001', name: 'Иванова А. С.', status: 'finished', pairId: 'НП-2026-001' },
        { row: 3, id: 'НЯ-0002', name: 'Кузнецова М. И.', status: 'paired', pairId: 'НП-2026-002' },
        { row: 4, id: 'НЯ-0003', name: 'Белова Т. А.', status: 'paired', pairId: 'НП-2026-001' },
        { row: 5, id: 'НЯ-0004', name: 'Котов И. И.', status: 'waiting', pairId: '' },
      ],
      invalidRows: [],
    },
    sheetNames: [
      'Настройки',
      'Наставники',
      'Наставляемые',
      'Пары и группы',
      'Мероприятия',
      'Методическая копилка',
      'Карантин',
      'Мероприятия (2026-2027)',
    ],
    ownArchives: {},
    ...over,
  };
}

describe('planYearClose', () => {
  const plan = planYearClose(input());

  it('archives the year’s sheets under names of the year and says which rows stay', () => {
    expect(plan.fromYear).toBe('2026/2027');
    expect(plan.toYear).toBe('2027/2028');
    expect(plan.steps).toEqual([
      {
        key: 'mentees',
        sheetName: 'Наставляемые',
        archiveName: 'Наставляемые (2026-2027)',
        rows: 4,
        carryRows: [3, 4, 5],
        reset: false,
      },
      {
        key: 'pairs',
        sheetName: 'Пары и группы',
        archiveName: 'Пары и группы (2026-2027)',
        rows: 3,
        carryRows: [3, 4],
        reset: false,
      },
      // A sheet of that name exists and is not this run's: the archive takes the next free name.
      {
        key: 'events',
        sheetName: 'Мероприятия',
        archiveName: 'Мероприятия (2026-2027, 2)',
        rows: 2,
        carryRows: [],
        reset: false,
      },
    ]);
  });

  it('keeps the mentor bank, the library and sheets it does not know', () => {
    expect(plan.keep.map((k) => k.sheetName)).toEqual(['Наставники', 'Методическая копилка', 'Карантин']);
  });

  it('carries open pairs and continuing mentees; mentees of closed pairs wait for a new mentor', () => {
    expect(plan.carriedPairs).toEqual(['НП-2026-002']);
    expect(plan.closedPairs).toEqual(['НП-2026-001']);
    expect(plan.leavingMentees).toEqual([{ id: 'НЯ-0001', name: 'Иванова А. С.' }]);
    expect(plan.continuingMentees).toEqual([
      { id: 'НЯ-0002', name: 'Кузнецова М. И.', row: 3, becomesWaiting: false },
      { id: 'НЯ-0003', name: 'Белова Т. А.', row: 4, becomesWaiting: true },
      { id: 'НЯ-0004', name: 'Котов И. И.', row: 5, becomesWaiting: false },
    ]);
    expect(plan.warnings).toEqual([
      '«Пары и группы»: строки 4 не прошли проверку и останутся на листе; в архив попадёт их копия.',
    ]);
    expect(plan.blockers).toEqual([]);
  });

  it('reuses the archive names of an interrupted run of the same close', () => {
    const resumed = planYearClose(input({ ownArchives: { events: 'Мероприятия (2026-2027)' } }));
    expect(resumed.steps.find((s) => s.key === 'events')!.archiveName).toBe('Мероприятия (2026-2027)');
  });

  it('refuses a year that has not started, or is in full swing; warns before June', () => {
    expect(planYearClose(input({ year: { startYear: 2027 } })).blockers[0]).toContain(
      '2027/2028 учебный год, а он ещё не начался',
    );
    expect(planYearClose(input({ today: { year: 2026, month: 10, day: 1 } })).blockers[0]).toContain(
      'завершить его можно с 01.04.2027',
    );
    const may = planYearClose(input({ today: { year: 2027, month: 5, day: 15 } }));
    expect(may.blockers).toEqual([]);
    expect(may.warnings[0]).toContain('обычно его завершают в июне');
    // A year forgotten and closed in September of the next one is fine.
    expect(planYearClose(input({ today: { year: 2027, month: 9, day: 3 } })).blockers).toEqual([]);
  });

  it('warns about a pair still open although its program has ended', () => {
    const p = planYearClose(
      input({
        pairs: {
          valid: [{ row: 2, id: 'НП-2026-005', status: 'active', endDate: { year: 2027, month: 5, day: 31 } }],
          invalidRows: [],
        },
      }),
    );
    expect(p.warnings[0]).toContain('Пара НП-2026-005 не завершена, хотя её программа рассчитана до 31.05.2027');
  });

  it('changes its fingerprint when what it would do changes, not otherwise', () => {
    expect(planYearClose(input()).fingerprint).toBe(plan.fingerprint);
    const changed = input();
    changed.tables = changed.tables.map((t) => (t.key === 'events' ? { ...t, rows: [2, 3, 4] } : t));
    expect(planYearClose(changed).fingerprint).not.toBe(plan.fingerprint);
  });

  it('describes itself in plain Russian', () => {
    const lines = describePlan(plan);
    expect(lines[0]).toBe('Учебный год 2026/2027 будет завершён, в «Настройках» станет 2027/2028.');
    expect(lines).toContain(
      '«Пары и группы»: 3 строки будут скопированы на лист «Пары и группы (2026-2027)»; на листе останутся строки, которые продолжают работу: 2 из 3.',
    );
    expect(lines).toContain(
      '«Мероприятия»: 2 строки будут скопированы на лист «Мероприятия (2026-2027, 2)»; лист начнёт новый год пустым.',
    );
    expect(lines).toContain('Продолжают участие и будут ждать нового наставника: Белова Т. А.');
    expect(lines.at(-1)).toBe('Ничего не удаляется: всё прежнее остаётся на листах архива.');
    expect(archiveSheetName('Мониторинг', year)).toBe('Мониторинг (2026-2027)');
  });
});
