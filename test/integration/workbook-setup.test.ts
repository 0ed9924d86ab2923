// Setup on an empty and on a filled workbook: sheets, headers, formats, dropdowns, notes; people's data untouched.
import { setupWorkbook } from '../../src/app/setup-workbook';
import { SCHEMA_VERSION, SCHEMA_VERSION_KEY } from '../../src/workbook/migrations';
import { workbookTables } from '../../src/workbook/registry';
import { mentorsTable } from '../../src/workbook/tables/mentors';
import { emulatedWorkbook } from '../support/context';

const mentorHeaders = mentorsTable.columns.map((c) => c.header);

describe('setup on an empty workbook', () => {
  it('creates every sheet with its header row, formats, notes and seeds', () => {
    const wb = emulatedWorkbook();
    const result = wb.run(setupWorkbook);
    expect(result.createdSheets).toEqual(workbookTables.map((t) => t.sheetName));
    expect(result.previousVersion).toBeNull();
    const ss = wb.spreadsheet();
    for (const t of workbookTables) {
      const sheet = ss.getSheetByName(t.sheetName)!;
      expect(sheet.getRange(1, 1, 1, t.columns.length).getValues()[0]).toEqual(t.columns.map((c) => c.header));
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
      expect(sheet.getRange(1, 1).getNote()).toBe(
        t.columns[0]!.required ? `${t.columns[0]!.note}\nОбязательный столбец.` : t.columns[0]!.note,
      );
      const protections = sheet.getProtections(wb.services.SpreadsheetApp.ProtectionType.RANGE);
      expect(protections).toHaveLength(1);
      expect(protections[0]!.isWarningOnly()).toBe(true);
    }
    const mentors = ss.getSheetByName('Наставники')!;
    expect(mentors.getRange(2, 2).getNumberFormat()).toBe('@');
    expect(mentors.getRange(5, mentorHeaders.indexOf('Согласие (дата)') + 1).getNumberFormat()).toBe('dd.MM.yyyy');
    expect(mentors.getColumnWidth(2)).toBe(220);
    const postRule = mentors.getRange(2, mentorHeaders.indexOf('Должность') + 1).getDataValidation();
    expect(postRule?.getCriteriaType()).toBe(wb.services.SpreadsheetApp.DataValidationCriteria.VALUE_IN_RANGE);
    expect(postRule?.getAllowInvalid()).toBe(true);
    const statusRule = mentors.getRange(2, mentorHeaders.indexOf('Статус') + 1).getDataValidation();
    expect(statusRule?.getCriteriaValues()[0]).toEqual(['активен', 'в отпуске', 'выбыл']);
    // Lists seeded, settings form seeded with the current academic year and zone; text stays text.
    const dict = wb.values('Справочники');
    expect(dict[1]![0]).toBe('учитель');
    const settings = wb.values('Настройки');
    const row = (label: string) => settings.find((r) => r[0] === label)!;
    expect(row('Учебный год')[1]).toBe('2026/2027');
    expect(row('Часовой пояс')[1]).toBe('Europe/Moscow');
    expect(row('За сколько дней напоминать')[1]).toBe('14, 7, 1');
    // The version is kept and the journal has the operation.
    expect(wb.services.PropertiesService.getDocumentProperties().getProperty(SCHEMA_VERSION_KEY)).toBe(
      String(SCHEMA_VERSION),
    );
    const journal = wb.values('Журнал');
    expect(journal).toHaveLength(2);
    expect(journal[1]![1]).toBe('curator@school.example');
    expect(journal[1]![2]).toBe('Настройка таблицы');
    expect(journal[1]![0]).toBeInstanceOf(Date);
  });

  it('is idempotent: a second run creates nothing and adds one journal line', () => {
    const wb = emulatedWorkbook();
    wb.run(setupWorkbook);
    const before = workbookTables.filter((t) => t.key !== 'journal').map((t) => wb.values(t.sheetName));
    const second = wb.run(setupWorkbook);
    expect(second.createdSheets).toEqual([]);
    expect(second.addedColumns).toEqual([]);
    expect(second.seeded).toEqual([]);
    expect(workbookTables.filter((t) => t.key !== 'journal').map((t) => wb.values(t.sheetName))).toEqual(before);
    expect(wb.values('Журнал')).toHaveLength(3);
    for (const t of workbookTables) {
      expect(
        wb.spreadsheet().getSheetByName(t.sheetName)!.getProtections(wb.services.SpreadsheetApp.ProtectionType.RANGE),
      ).toHaveLength(1);
    }
  });
});

describe('setup on a filled workbook', () => {
  it("keeps reordered columns, a person's own columns, their data and an edited list; adds what is missing", () => {
    const wb = emulatedWorkbook();
    wb.run(setupWorkbook);
    // A person moves «Email» first, deletes «Примечания», adds their own column and some rows, edits a list.
    const headers = ['Email', 'Мой комментарий', ...mentorHeaders.filter((h) => h !== 'Email' && h !== 'Примечания')];
    const ss = wb.spreadsheet();
    const sheet = ss.getSheetByName('Наставники')!;
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearContent();
    const rows = [
      headers,
      headers.map(
        (h) =>
          ({
            Email: 'a@s.ru',
            'Мой комментарий': 'звонить после 15',
            ФИО: 'Антонова Анна',
            'Педагогический стаж, лет': 7,
          })[h] ?? '',
      ),
      headers.map((h) => ({ Email: 'b@s.ru', 'Мой комментарий': '007', ФИО: 'Борисов Борис' })[h] ?? ''),
    ];
    sheet.getRange(1, 1, rows.length, headers.length).setValues(rows);
    ss.getSheetByName('Справочники')!
      .getRange(2, 1, 2, 1)
      .setValues([['учитель истории'], ['завуч']]);
    const before = wb.values('Наставники');

    const result = wb.run(setupWorkbook);
    expect(result.addedColumns).toEqual([{ sheet: 'Наставники', columns: ['Примечания'] }]);
    const after = wb.values('Наставники');
    // Everything that was there is still there, in place; the missing column is added at the end.
    expect(after.map((r) => r.slice(0, before[0]!.length))).toEqual(before);
    expect(after[0]![before[0]!.length]).toBe('Примечания');
    expect(wb.values('Справочники')[1]![0]).toBe('учитель истории');
    expect(wb.values('Справочники')[2]![0]).toBe('завуч');
    // The add-on's formats follow the columns where they now are.
    expect(sheet.getRange(2, 1).getNumberFormat()).toBe('@');
  });
});
