// Contract tests: Sheet.getRange addressing and errors (en + ru), reading values, writing dimensions.
import { World } from '../../tools/emulator/core/world';
import { errorOf, setup } from './spreadsheet-helpers';

describe('addressing (apps-script-facts §5.1)', () => {
  test('rows and columns start at 1; getRange(row, col, numRows) is a single column', () => {
    // apps-script-facts §5.1 [G ref:spreadsheet/sheet#getRange(Integer,Integer,Integer)]
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 1]);
    expect(r.getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(r.getLastRow()).toBe(5);
    expect(r.getLastColumn()).toBe(3);
  });

  test('getRange(a1Notation) accepts cells, rectangles, reversed corners and open column/row ranges', () => {
    // apps-script-facts §5.1 [G ref:spreadsheet/sheet#getRange(String)]
    const { sheet } = setup();
    expect(sheet.getRange('B2:D4').getNumRows()).toBe(3);
    expect(sheet.getRange('D4:B2').getA1Notation()).toBe('B2:D4');
    const cols = sheet.getRange('A:C');
    expect([cols.getNumRows(), cols.getNumColumns()]).toEqual([1000, 3]);
    const rows = sheet.getRange('2:5');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns()]).toEqual([2, 4, 26]);
    expect(sheet.getRange('$A$1:$B$2').getA1Notation()).toBe('A1:B2');
  });

  test('Spreadsheet.getRange accepts "Sheet!A1:B2" and quoted names with spaces', () => {
    // apps-script-facts §5.1: "on Spreadsheet it accepts 'Sheet!A1:D4'"
    const { ss } = setup();
    ss.insertSheet('Пары наставников');
    const r = ss.getRange("'Пары наставников'!B2:C3");
    expect(r.getSheet().getName()).toBe('Пары наставников');
    expect(r.getA1Notation()).toBe('B2:C3');
    expect(ss.getRange('Лист1!A1').getSheet().getName()).toBe('Лист1');
  });

  test('A1 text that names no range throws "Range not found"', () => {
    // [R*] error text as logged by Apps Script; same key in both locales
    const { ss, sheet } = setup();
    expect(errorOf(() => sheet.getRange('not a range'))).toBe('Range not found');
    expect(errorOf(() => ss.getRange('Нет такого листа!A1'))).toBe('Range not found');
  });

  test('AA1 is column 27; the default grid is 1000 rows × 26 columns, so AA1 is outside it', () => {
    // apps-script-facts §5.1; a new sheet has 1000×26 cells [G ref:spreadsheet/sheet#getMaxColumns()]
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(errorOf(() => sheet.getRange('AA1'))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('documented range errors in English and Russian (apps-script-facts §5.1, §13)', () => {
  const cases: Array<[string, (s: GoogleAppsScript.Spreadsheet.Sheet) => unknown, string, string]> = [
    [
      'row < 1',
      (s) => s.getRange(0, 1),
      'The starting row of the range is too small.',
      'Начальная строка диапазона слишком мала.',
    ],
    [
      'column < 1',
      (s) => s.getRange(1, 0),
      'The starting column of the range is too small.',
      'Начальный столбец диапазона слишком мал.',
    ],
    [
      'zero rows',
      (s) => s.getRange(2, 1, 0, 1),
      'The number of rows in the range must be at least 1.',
      'Количество строк в диапазоне должно быть не меньше 1.',
    ],
    [
      'zero columns',
      (s) => s.getRange(2, 1, 1, 0),
      'The number of columns in the range must be at least 1.',
      'Количество столбцов в диапазоне должно быть не меньше 1.',
    ],
    [
      'past the last row',
      (s) => s.getRange(1000, 1, 2, 1),
      'The coordinates of the range are outside the dimensions of the sheet.',
      'Координаты диапазона находятся за пределами листа.',
    ],
    [
      'past the last column',
      (s) => s.getRange(1, 26, 1, 2),
      'The coordinates of the range are outside the dimensions of the sheet.',
      'Координаты диапазона находятся за пределами листа.',
    ],
  ];
  test.each(cases)('getRange with %s throws the documented text in en and ru', (_name, call, en, ru) => {
    // apps-script-facts §5.1 [R*] texts; §13 localized
    expect(errorOf(() => call(setup({ locale: 'en' }).sheet))).toBe(en);
    expect(errorOf(() => call(setup({ locale: 'ru' }).sheet))).toBe(ru);
  });

  test('the classic trigger bug: getRange(2, c, lastRow - 1, 1) with only a header row throws', () => {
    // apps-script-facts §5.1 "Classic trigger"
    const { sheet } = setup();
    sheet.appendRow(['Имя']);
    expect(errorOf(() => sheet.getRange(2, 1, sheet.getLastRow() - 1, 1))).toBe(
      'The number of rows in the range must be at least 1.',
    );
  });

  test('NaN as a row is "too small" rather than silently row 1 (gas-fakes is lenient here)', () => {
    // performance-and-style §2.8: gas-fakes uses `numRows || 1`, which hides this bug; we do not
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(NaN, 1))).toBe('The starting row of the range is too small.');
  });

  test('getRange with a non-number argument throws the signature-mismatch error', () => {
    // performance-and-style §2.8: "The parameters (<types>) don't match the method signature for <method>"
    const { sheet } = setup();
    const bad = sheet.getRange as unknown as (a: unknown, b: unknown) => unknown;
    expect(errorOf(() => bad.call(sheet, 1, null))).toBe(
      "The parameters (number,null) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });
});

describe('reading (apps-script-facts §5.2)', () => {
  test('getValues gives a 2-D array row then column with "" for empty cells', () => {
    // apps-script-facts §5.2
    const { sheet } = setup();
    sheet.getRange('B2').setValue(5);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', 5],
    ]);
    expect(sheet.getRange('C3').getValue()).toBe('');
  });

  test('values come back as Number, Boolean, Date or String; Dates are copies', () => {
    // apps-script-facts §5.2
    const { sheet } = setup();
    const when = new Date('2026-09-01T09:30:00Z');
    sheet.getRange('A1:D1').setValues([[1.5, true, when, 'текст']]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row).toEqual([1.5, true, when, 'текст']);
    expect(row![2]).toBeInstanceOf(Date);
    (row![2] as Date).setFullYear(2000);
    expect((sheet.getRange('C1').getValue() as Date).getTime()).toBe(when.getTime());
  });

  test('getLastRow/getLastColumn are 0 on an empty sheet; Range.getLastRow is the end row of the range', () => {
    // apps-script-facts §5.2 [R*]
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange('C7').setValue('x');
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getRange('A1:B2').getLastRow()).toBe(2);
  });

  test('formatting alone is not content for getLastRow', () => {
    // apps-script-facts §5.2: "position of the last row/column with content"
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x');
    sheet.getRange('A50').setBackground('#ff0000').setNote('заметка');
    expect(sheet.getLastRow()).toBe(1);
  });

  test('getDataRange is A1 on an empty sheet and getValues gives [[""]]', () => {
    // apps-script-facts §5.2 [U; gas-fakes does the same]
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    sheet.getRange('B3').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  test('getCell and offset address relative to the range and keep the documented errors', () => {
    // [G ref:spreadsheet/range#getCell(Integer,Integer)], [G ref:spreadsheet/range#offset(Integer,Integer,Integer,Integer)]
    const { sheet } = setup();
    const r = sheet.getRange('B2:D4');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(r.offset(1, 0).getA1Notation()).toBe('B3:D5');
    expect(r.offset(0, 1, 1, 1).getA1Notation()).toBe('C2');
    expect(errorOf(() => r.offset(-5, 0))).toBe('The starting row of the range is too small.');
    expect(errorOf(() => r.getCell(4, 1))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('writing dimensions (apps-script-facts §5.3)', () => {
  test('setValues with the wrong number of rows throws the documented text (en, ru)', () => {
    // apps-script-facts §5.3 [R*; same text in gas-fakes and gasmask]
    expect(
      errorOf(() =>
        setup({ locale: 'en' })
          .sheet.getRange(1, 1, 24, 2)
          .setValues([[1, 2]]),
      ),
    ).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 24.',
    );
    expect(
      errorOf(() =>
        setup({ locale: 'ru' })
          .sheet.getRange(1, 1, 24, 2)
          .setValues([[1, 2]]),
      ),
    ).toBe('Число строк в данных не соответствует числу строк в диапазоне. В данных: 1, в диапазоне: 24.');
  });

  test('setValues with the wrong number of columns throws the documented text (en, ru)', () => {
    // apps-script-facts §5.3: "The data has 5 but the range has 24."
    const row5 = [[1, 2, 3, 4, 5]];
    expect(errorOf(() => setup({ locale: 'en' }).sheet.getRange(1, 1, 1, 24).setValues(row5))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 24.',
    );
    expect(errorOf(() => setup({ locale: 'ru' }).sheet.getRange(1, 1, 1, 24).setValues(row5))).toBe(
      'Число столбцов в данных не соответствует числу столбцов в диапазоне. В данных: 5, в диапазоне: 24.',
    );
  });

  test('a jagged data array fails on the first row of the wrong width and writes nothing', () => {
    // apps-script-facts §5.3; the write is all-or-nothing
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow('The data has 1 but the range has 2.');
    expect(sheet.getLastRow()).toBe(0);
  });

  test('a range past maxRows cannot be written: the add-on must insert rows first', () => {
    // brief + apps-script-facts §5.1: outside the grid throws rangeOutside; insertRowsAfter grows the grid
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(1001, 1, 1, 2).setValues([[1, 2]]))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    sheet.getRange(1001, 1, 1, 2).setValues([[1, 2]]);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getLastRow()).toBe(1001);
  });

  test('setValue on a multi-cell range fills every cell; null and undefined write empty cells', () => {
    // apps-script-facts §5.3: null/undefined are written empty
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
  });

  test('clearContent keeps formats and notes; clearFormat keeps values', () => {
    // [G ref:spreadsheet/range#clearContent()], [G ref:spreadsheet/range#clearFormat()]
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(7).setBackground('#00ff00').setNote('n').setNumberFormat('0.00');
    r.clearContent();
    expect([r.getValue(), r.getBackground(), r.getNote(), r.getNumberFormat()]).toEqual(['', '#00ff00', 'n', '0.00']);
    r.setValue(7);
    r.clearFormat();
    expect([r.getValue(), r.getBackground(), r.getNote(), r.getNumberFormat()]).toEqual([
      7,
      '#ffffff',
      'n',
      '0.###############',
    ]);
  });
});

test('a fresh World has no bound spreadsheet: getActiveSpreadsheet returns null', () => {
  // [G ref:spreadsheet/spreadsheet-app#getActiveSpreadsheet()]: null for standalone scripts
  const world = new World();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createGlobals } = require('../../tools/emulator/globals') as typeof import('../../tools/emulator/globals');
  const app = createGlobals(world).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  expect(app.getActiveSpreadsheet()).toBeNull();
});
