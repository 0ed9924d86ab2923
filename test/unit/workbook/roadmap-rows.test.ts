// Reading «Дорожная карта»: the seeded rows read back as the school's roadmap; bad rules and emails are reported, never
// guessed; the add-on plans writes of its own columns only, and only where they change.
import { defaultRoadmapItems } from '../../../src/domain/roadmap/default-roadmap';
import { emptyRoadmapFacts, withStatuses } from '../../../src/domain/roadmap/status';
import { defaultRoadmapRecords, readRoadmap, roadmapStatusUpdates, ruleCellText } from '../../../src/workbook/roadmap';
import { encodeCell } from '../../../src/workbook/repository';
import { roadmapTable } from '../../../src/workbook/tables/roadmap';
import { readStaff } from '../../../src/workbook/staff';
import { staffTable } from '../../../src/workbook/tables/staff';
import { grid, rowCtx, TZ } from './fixtures';

const headers = roadmapTable.columns.map((c) => c.header);
const header = (field: string) => roadmapTable.columns.find((c) => c.field === field)!.header;

/** The seeded sheet as a grid: each record encoded as setup writes it. */
function seededRows(): Array<Record<string, unknown>> {
  return defaultRoadmapRecords().map((rec) => {
    const row: Record<string, unknown> = {};
    for (const col of roadmapTable.columns)
      if (rec[col.field] !== undefined) row[col.header] = encodeCell(col, rec[col.field], TZ);
    return row;
  });
}

describe('«Дорожная карта» rows', () => {
  test('the seeded sheet reads back as the school’s roadmap, item for item', () => {
    const r = readRoadmap(grid(roadmapTable, headers, seededRows()), rowCtx);
    expect(r.problems).toEqual([]);
    const expected = defaultRoadmapItems();
    expect(r.rows.map((x) => x.item)).toEqual(expected);
    expect(r.rows.map((x) => x.row)).toEqual(expected.map((_, i) => i + 2));
  });

  test('rule cells: 15.09, «ежегодно», «постоянно», the school’s wording, a date cell; anything else is a problem', () => {
    expect(ruleCellText({ kind: 'date', month: 9, day: 1 })).toBe('01.09');
    const rows = seededRows();
    rows[0]![header('rule')] = 'Ежегодно, до 1 октября';
    rows[1]![header('rule')] = new Date('2026-10-31T21:00:00Z'); // typed 01.11 into a cell that became a date
    rows[2]![header('rule')] = 'до середины сентября';
    rows[3]![header('rule')] = '';
    rows[4]![header('rule')] = '29.02';
    const r = readRoadmap(grid(roadmapTable, headers, rows), rowCtx);
    expect(r.rows.slice(0, 2).map((x) => x.item.rule)).toEqual([
      { kind: 'date', month: 10, day: 1 },
      { kind: 'date', month: 11, day: 1 },
    ]);
    expect(r.invalidRows).toEqual([4, 5, 6]);
    expect(r.problems.map((p) => `${p.row} «${p.column}»: ${p.message}`)).toEqual([
      '4 «Правило срока»: Не удалось разобрать срок «до середины сентября»: ожидается дата вида 15.09, «ежегодно» или «постоянно»',
      '5 «Правило срока»: Обязательная ячейка не заполнена.',
      '6 «Правило срока»: Срок «29.02» бывает не каждый год: укажите 28.02 или 01.03',
    ]);
  });

  test('responsible, email, manual status and the fact column as people type them', () => {
    const rows = seededRows();
    rows[0]![header('responsible')] = 'Петрова О. В.';
    rows[0]![header('email')] = 'Director@School.RU';
    rows[1]![header('manualStatus')] = 'Выполнено';
    rows[2]![header('autoKey')] = '';
    rows[3]![header('email')] = 'не почта';
    rows[4]![header('manualStatus')] = 'почти готово';
    const r = readRoadmap(grid(roadmapTable, headers, rows), rowCtx);
    expect(r.rows[0]!.item).toMatchObject({ role: null, responsibleEmail: 'director@school.ru' });
    expect(r.rows[0]!.responsible).toBe('Петрова О. В.');
    expect(r.rows[1]!.item.manualStatus).toBe('done');
    expect(r.rows[2]!.item.autoStatusKey).toBeNull();
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [5, 'Email ответственного'],
      [6, 'Статус (вручную)'],
    ]);
  });

  test('a missing required column is reported at the header', () => {
    const r = readRoadmap(
      grid(
        roadmapTable,
        headers.filter((h) => h !== 'Правило срока'),
        seededRows(),
      ),
      rowCtx,
    );
    expect(r.problems[0]).toMatchObject({ row: 1, message: 'На листе нет обязательного столбца «Правило срока».' });
  });

  test('status writes: the add-on’s columns only, only where they change, the completion date once', () => {
    const rows = seededRows();
    rows[1]![header('manualStatus')] = 'выполнено';
    const snapshot = grid(roadmapTable, headers, rows);
    const r = readRoadmap(snapshot, rowCtx);
    const statuses = new Map(
      withStatuses(
        r.rows.map((x) => x.item),
        emptyRoadmapFacts,
      ).map((s, i) => [r.rows[i]!.row, s]),
    );
    const updates = roadmapStatusUpdates(r, statuses, { year: 2026, month: 9, day: 10 }, TZ);
    expect(new Set(updates.map((u) => u.field))).toEqual(new Set(['autoStatus', 'basis', 'completedOn']));
    expect(updates.filter((u) => u.field === 'completedOn').map((u) => u.row)).toEqual([3]);
    // Once written (the cells now hold what the data says), nothing changes on the next run.
    for (const u of updates)
      snapshot.grid[u.row - 1]![headers.indexOf(roadmapTable.columns.find((c) => c.field === u.field)!.header)] =
        u.value;
    const again = readRoadmap(snapshot, rowCtx);
    expect(roadmapStatusUpdates(again, statuses, { year: 2026, month: 9, day: 11 }, TZ)).toEqual([]);
  });
});

describe('«Педагоги» rows', () => {
  test('emails lower-cased, a repeated email kept once, a row without one reported', () => {
    const h = staffTable.columns.map((c) => c.header);
    const r = readStaff(
      grid(staffTable, h, [
        { ФИО: 'Иванова О. П.', Email: 'Ivanova@S.ru' },
        { ФИО: 'Иванова О. П. (дубль)', Email: 'ivanova@s.ru' },
        { ФИО: 'Без почты', Email: '' },
      ]),
      rowCtx,
    );
    expect(r.members.map((m) => [m.row, m.email])).toEqual([[2, 'ivanova@s.ru']]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([[4, 'Email']]);
  });
});
