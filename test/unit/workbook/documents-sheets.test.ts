// The documents' sheets read and written by header: the activity library, «План» updates that keep the curator's
// marks, the documents' settings and the register.
import type { SheetGateway } from '../../../src/google/sheet-gateway';
import { readActivities } from '../../../src/workbook/activities';
import { documentSettingsFrom } from '../../../src/workbook/document-settings';
import { readRegister } from '../../../src/workbook/documents-register';
import { planChanges } from '../../../src/workbook/plan-sheet';
import { TableSnapshot } from '../../../src/workbook/repository';
import { settingsFrom } from '../../../src/workbook/settings';
import { activitiesTable } from '../../../src/workbook/tables/activities';
import { documentsTable } from '../../../src/workbook/tables/documents';
import { planTable } from '../../../src/workbook/tables/plan';
import { settingSpecs, settingsTable } from '../../../src/workbook/tables/settings';
import type { TableSchema } from '../../../src/workbook/table-schema';
import { grid, TZ, vocabulary } from './fixtures';

/** A snapshot of a sheet that exists (readActivities tells a missing sheet from an empty one). */
function onSheet(table: TableSchema, rows: Array<Record<string, unknown>>): TableSnapshot {
  const g = grid(
    table,
    table.columns.map((c) => c.header),
    rows,
  );
  return new TableSnapshot(table, {} as SheetGateway, g.grid);
}

const competence = vocabulary.competencies[0]!;

describe('«Типовые мероприятия»', () => {
  test('every seed row is a valid activity: the seed and the reader agree', () => {
    const seed = activitiesTable.seedRows!().map((r) =>
      Object.fromEntries(activitiesTable.columns.map((c) => [c.header, r[c.field]])),
    );
    const read = readActivities(onSheet(activitiesTable, seed), TZ, vocabulary);
    expect(read.problems).toEqual([]);
    expect(read.library).toHaveLength(seed.length);
    expect(read.library.filter((a) => a.request === '*').length).toBeGreaterThan(0);
  });

  test('a request outside the list, or an unreadable month, is reported with its cell and left out', () => {
    const read = readActivities(
      onSheet(activitiesTable, [
        { 'Запрос / компетенция': competence, Мероприятие: 'Годное', 'Месяцы программы': '2–3' },
        { 'Запрос / компетенция': competence.slice(0, -1), Мероприятие: 'Опечатка', 'Месяцы программы': '1' },
        { 'Запрос / компетенция': 'Все программы', Мероприятие: 'Для всех', 'Месяцы программы': 'в течение года' },
        { 'Запрос / компетенция': '', Мероприятие: 'Без запроса' },
      ]),
      TZ,
      vocabulary,
    );
    expect(read.library.map((a) => a.activity)).toEqual(['Годное']);
    expect(read.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Запрос / компетенция'],
      [4, 'Месяцы программы'],
      [5, 'Запрос / компетенция'],
    ]);
    expect(read.problems[0]!.suggestion).toBe(competence);
  });

  test('no sheet yet: the built-in library', () => {
    const read = readActivities(new TableSnapshot(activitiesTable, null, []), TZ, vocabulary);
    expect(read.fromSheet).toBe(false);
    expect(read.library.length).toBeGreaterThan(10);
  });
});

describe('«План»', () => {
  const item = (n: number, activity: string) => ({
    pairId: 'НП-1',
    number: n,
    direction: 'Методика',
    activity,
    form: 'консультация',
    dueFrom: { year: 2026, month: 10, day: 1 },
    dueTo: { year: 2026, month: 10, day: 31 },
    onRequest: false,
    result: 'р',
    report: 'о',
  });

  test('an item already there is updated in place (the curator’s mark untouched), a new one appended, a dropped one marked «нет»', () => {
    const snapshot = grid(
      planTable,
      planTable.columns.map((c) => c.header),
      [
        {
          'ID пары/группы': 'НП-1',
          Направление: 'Методика',
          Мероприятие: 'Оставить',
          '№': 1,
          'Отметка о выполнении': 'выполнено',
        },
        { 'ID пары/группы': 'НП-1', Направление: 'Методика', Мероприятие: 'Убрать', '№': 2 },
        { 'ID пары/группы': 'НП-2', Направление: 'Методика', Мероприятие: 'Чужая', '№': 1 },
      ],
    );
    const { updates, appends } = planChanges(
      snapshot,
      [{ pairId: 'НП-1', menteeNames: 'Попова А. Д.', rows: [item(2, 'Оставить'), item(1, 'Новое')] }],
      TZ,
    );
    expect(appends.map((a) => a.activity)).toEqual(['Новое']);
    expect(updates.filter((u) => u.row === 2).map((u) => u.field)).not.toContain('done');
    expect(updates.find((u) => u.row === 2 && u.field === 'number')!.value).toBe(2);
    expect(updates.filter((u) => u.row === 3)).toEqual([
      { row: 3, field: 'inProgram', value: 'нет — исключено при обновлении ПНП' },
    ]);
    expect(updates.some((u) => u.row === 4)).toBe(false);
  });
});

describe('documents settings and the register', () => {
  const settingsGrid = (values: Record<string, string>) =>
    grid(
      settingsTable,
      ['Параметр', 'Значение', 'Пояснение'],
      settingSpecs.map((s) => ({ Параметр: s.label, Значение: values[s.key] ?? s.seed })),
    );

  test('empty values give the defaults; bad ones are reported at their row and not used', () => {
    const ok = documentSettingsFrom(settingsFrom(settingsGrid({}), TZ));
    expect(ok).toEqual({
      settings: {
        orderNumber: '',
        orderDate: null,
        regulationReference: '',
        documentsFolder: '',
        dailyDocumentLimit: 250,
      },
      problems: [],
    });
    const bad = documentSettingsFrom(
      settingsFrom(settingsGrid({ orderDate: '31.09.2026', dailyDocumentLimit: '5000', orderNumber: '7-од' }), TZ),
    );
    expect(bad.settings).toMatchObject({ orderNumber: '7-од', orderDate: null, dailyDocumentLimit: 250 });
    expect(bad.problems.map((p) => p.message)).toEqual([
      '«Приказ о закреплении пар: дата»: «31.09.2026» — не дата.',
      '«Лимит новых документов в день»: Нужно целое число от 1 до 1500, а указано «5000».',
    ]);
    expect(bad.problems[0]!.row).toBe(2 + settingSpecs.findIndex((s) => s.key === 'orderDate'));
  });

  test('a key written twice is reported and the first row wins; a broken service number reads as empty', () => {
    const headers = documentsTable.columns.map((c) => c.header);
    const read = readRegister(
      grid(documentsTable, headers, [
        { Ключ: 'order', Статус: 'готов', Версия: 2, 'ID файла': 'f1' },
        { Ключ: 'order', Статус: 'готов', Версия: 'две' },
        { Документ: 'строка, добавленная вручную' },
      ]),
      TZ,
    );
    expect(read.byKey.get('order')).toMatchObject({ row: 2, status: 'done', version: 2, fileId: 'f1' });
    expect(read.entries).toHaveLength(2);
    expect(read.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Версия'],
      [3, 'Ключ'],
    ]);
  });
});
