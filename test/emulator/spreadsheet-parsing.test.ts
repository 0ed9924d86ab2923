// Contract tests: USER_ENTERED parsing of written strings, display values, number formats, formulas, time zones.
import { setTextFormatKeepsFormulasAsText, toSerial, fromSerial, typeIntoCell } from '../../tools/emulator/spreadsheet';
import { setup } from './spreadsheet-helpers';

const MSK_MIDNIGHT_2026_09_01 = new Date('2026-08-31T21:00:00Z');

describe('USER_ENTERED parsing of script writes (apps-script-facts §5.3–5.4)', () => {
  test('a string starting with "=" becomes a formula; getValue returns the computed value', () => {
    // apps-script-facts §5.3: "a string starting with = is a formula"; §5.2 formula cells return computed values
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[2, 3, '=A1*B1+1']]);
    expect(sheet.getRange('C1').getValue()).toBe(7);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1*B1+1');
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '=A1*B1+1']]);
  });

  test('"01524" becomes the number 1524 (leading zeros lost)', () => {
    // apps-script-facts §5.4 [R*]: "01524" became the number 1524
    const { sheet } = setup();
    sheet.getRange('A1').setValue('01524');
    expect(sheet.getRange('A1').getValue()).toBe(1524);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1524');
  });

  test('a leading apostrophe keeps text as text and is not part of the value or display', () => {
    // apps-script-facts §5.4 [R*] UI convention
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'01524", "'=ФОРМУЛА()", "'TRUE"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['01524', '=ФОРМУЛА()', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['01524', '=ФОРМУЛА()', 'TRUE']]);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  test("an '@' (plain text) cell keeps numeric and date-like strings as text", () => {
    // apps-script-facts §5.4 [R*]: set the number format to '@' before writing
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1').setNumberFormat('@');
    r.setValues([['01524', '01.09.2026', '2026-09']]);
    expect(r.getValues()).toEqual([['01524', '01.09.2026', '2026-09']]);
    expect(r.getNumberFormats()).toEqual([['@', '@', '@']]);
  });

  test("an '=' string written into an '@' cell still becomes a formula by default; the world flag keeps it text", () => {
    // apps-script-facts §5.4 and §15: undocumented [U]; treated conservatively, so the add-on must sanitize with "'"
    const { world, sheet } = setup();
    const cell = sheet.getRange('A1').setNumberFormat('@');
    cell.setValue('=1+1');
    expect(cell.getValue()).toBe(2);
    setTextFormatKeepsFormulasAsText(world, true);
    cell.setValue('=1+1');
    expect(cell.getValue()).toBe('=1+1');
    expect(cell.getFormula()).toBe('');
  });

  test('ru_RU: "01.09.2026" and ISO "2026-09-01" become Dates at midnight in the spreadsheet time zone', () => {
    // apps-script-facts §5.4 ("Mar 1 2016" becomes a date), §5.6 (spreadsheet zone)
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['01.09.2026', '2026-09-01']]);
    const [[a, b]] = sheet.getRange('A1:B1').getValues() as [[Date, Date]];
    expect(a).toEqual(MSK_MIDNIGHT_2026_09_01);
    expect(b).toEqual(MSK_MIDNIGHT_2026_09_01);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['01.09.2026', '2026-09-01']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
  });

  test('a "YYYY-MM" month id turns into a date (the first of the month)', () => {
    // apps-script-facts §0.1 and §5.4 [R*]: 'YYYY-MM' month IDs turned into dates
    const { sheet } = setup();
    sheet.getRange('A1').setValue('2026-09');
    expect(sheet.getRange('A1').getValue()).toEqual(MSK_MIDNIGHT_2026_09_01);
  });

  test('the same date string follows the spreadsheet zone, not the script zone', () => {
    // apps-script-facts §5.6: three clocks; dates are stored as instants
    const { sheet } = setup({}, { timeZone: 'Asia/Yekaterinburg' });
    sheet.getRange('A1').setValue('01.09.2026');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-08-31T19:00:00Z'));
  });

  test('en_US reads M/D/Y: "9/1/2026" is 1 September; ru_RU reads D.M.Y', () => {
    // [G value-input] USER_ENTERED follows the spreadsheet locale
    const en = setup({}, { locale: 'en_US', timeZone: 'Europe/Moscow' }).sheet;
    en.getRange('A1').setValue('9/1/2026');
    expect(en.getRange('A1').getValue()).toEqual(MSK_MIDNIGHT_2026_09_01);
    expect(en.getRange('A1').getDisplayValue()).toBe('9/1/2026');
  });

  test('an impossible date such as "31.02.2026" stays text', () => {
    // [U] the UI does not roll invalid dates over
    const { sheet } = setup();
    sheet.getRange('A1').setValue('31.02.2026');
    expect(sheet.getRange('A1').getValue()).toBe('31.02.2026');
  });

  test('"TRUE"/"FALSE" and, in ru_RU, "ИСТИНА"/"ЛОЖЬ" become booleans; display uses the locale word', () => {
    // [U] boolean words follow the spreadsheet locale
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['TRUE', 'false', 'ИСТИНА', 'ложь']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[true, false, true, false]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['ИСТИНА', 'ЛОЖЬ']]);
  });

  test('ru_RU: "2,5" is 2.5 and displays as "2,5"; "1 000" with a space separator is 1000; "50%" is 0.5', () => {
    // decision documented in user-entered.ts: ru_RU uses "," as decimal separator and spaces for thousands
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['2,5', '1 000', '50%']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[2.5, 1000, 0.5]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2,5', '1000', '50%']]);
  });

  test('en_US: "1,000,000" and "2.5" are numbers', () => {
    // apps-script-facts §5.3: Google's sample writes "1,000,000" as a string that is parsed as user input
    const { sheet } = setup({}, { locale: 'en_US' });
    sheet.getRange('A1:B1').setValues([['1,000,000', '2.5']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1000000, 2.5]]);
  });

  test('a leading "+" or "-" starts a formula: "+7 (999) 123-45-67" and "- пункт" become error cells', () => {
    // apps-script-facts §5.4: sanitize user text starting with =, +, -, @
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['+7 (999) 123-45-67', '- пункт', '-5']]);
    const [a, b, c] = sheet.getRange('A1:C1').getValues()[0]!;
    expect(String(a)).toMatch(/^#/);
    expect(String(b)).toMatch(/^#/);
    expect(c).toBe(-5);
    expect(sheet.getRange('A1').getFormula()).toBe('=+7 (999) 123-45-67');
  });

  test('numbers, booleans and Date objects are stored as they are; strings without a pattern stay text', () => {
    // apps-script-facts §5.3
    const { sheet } = setup();
    const d = new Date('2026-10-15T12:34:56Z');
    sheet.getRange('A1:D1').setValues([[42, false, d, 'Иванова А.А.']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[42, false, d, 'Иванова А.А.']]);
  });

  test('hand-typed input (setup API) parses like the UI and a strict list rule rejects other text', () => {
    // brief: "write a cell as a person would type it"; the UI enforces allowInvalid=false, scripts do not (§5.7)
    const { world, SpreadsheetApp, sheet } = setup();
    expect(typeIntoCell(world, 'A2', '01.09.2026')).toEqual({ accepted: true });
    expect(sheet.getRange('A2').getValue()).toEqual(MSK_MIDNIGHT_2026_09_01);
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build();
    sheet.getRange('B2').setDataValidation(rule);
    expect(typeIntoCell(world, 'Лист1!B2', 'может быть')).toEqual({ accepted: false, reason: 'validation' });
    expect(sheet.getRange('B2').getValue()).toBe('');
    expect(typeIntoCell(world, 'B2', 'да')).toEqual({ accepted: true });
  });
});

describe('display values and number formats (apps-script-facts §5.2, §5.4)', () => {
  test('getDisplayValues always returns strings: "" for empty, dates in the ru_RU pattern', () => {
    // apps-script-facts §5.2 getDisplayValues ≈ FORMATTED_VALUE
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['01.09.2026', 12, '']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['01.09.2026', '12', '']]);
  });

  test('a Date object written by a script gets the locale date-time format', () => {
    // [U] Sheets applies an automatic date-time format to a date written without one
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2026-09-01T07:05:09Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2026 10:05:09');
    sheet.getRange('A1').setNumberFormat('dd.mm.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2026');
    sheet.getRange('A1').setNumberFormat('d mmmm yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1 сентября 2026');
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-09-01 10:05');
  });

  test('numeric formats: 0.00, #,##0, 0% with the locale separators', () => {
    // apps-script-facts §5.4: setNumberFormat patterns as in the Sheets number-format docs
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1');
    r.setValues([[1234.5, 1234567, 0.256]]);
    r.setNumberFormats([['0.00', '#,##0', '0.0%']]);
    expect(r.getDisplayValues()).toEqual([['1234,50', '1\u00a0234\u00a0567', '25,6%']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '#,##0', '0.0%']]);
    const en = setup({}, { locale: 'en_US' }).sheet.getRange('A1');
    en.setValue(1234.5).setNumberFormat('#,##0.00');
    expect(en.getDisplayValue()).toBe('1,234.50');
  });

  test('an unformatted cell reports the general number format', () => {
    // [R*] getNumberFormat() of a fresh cell
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  test('a number shown with a date format displays as that day', () => {
    // apps-script-facts §5.6: serial days from 1899-12-30 in the spreadsheet zone
    const { sheet } = setup();
    const serial = toSerial(MSK_MIDNIGHT_2026_09_01.getTime(), 'Europe/Moscow');
    expect(serial).toBe(46266);
    expect(fromSerial(serial, 'Europe/Moscow')).toBe(MSK_MIDNIGHT_2026_09_01.getTime());
    sheet.getRange('A1').setValue(serial).setNumberFormat('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2026');
  });
});

describe('formulas (apps-script-facts §5.2)', () => {
  test('the tiny evaluator: references, ranges, SUM/COUNTA/IF, concatenation, other sheets', () => {
    // apps-script-facts §5.2: "formula cells return their computed value"
    const { ss, sheet } = setup();
    ss.insertSheet('Данные')
      .getRange('A1:A3')
      .setValues([[1], [2], [3]]);
    sheet
      .getRange('A1:E1')
      .setValues([['=SUM(Данные!A1:A3)', '=COUNTA(Данные!A:A)', '=IF(A1>5,"много","мало")', '="Итого: "&A1', '=A1/0']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[6, 3, 'много', 'Итого: 6', '#DIV/0!']]);
  });

  test('unknown functions give #NAME?; unparseable text gives #ERROR!; a reference cycle gives #REF!', () => {
    // documented emulator limit (formula.ts): unsupported functions evaluate to #NAME?
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['=VLOOKUP(1,B:C,2,FALSE)', '=1+', '=C1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#NAME?', '#ERROR!']]);
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
  });

  test('TODAY() follows the world clock in the spreadsheet zone', () => {
    // apps-script-facts §5.6; the emulator clock drives every "now"
    const { world, sheet } = setup({ now: '2026-09-01T22:30:00Z' });
    sheet.getRange('A1').setValue('=TODAY()');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-09-01T21:00:00Z'));
    world.clock.set('2026-09-03T10:00:00Z');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-09-02T21:00:00.000Z');
  });
});

test('ru_RU: a dotted "2.5" reads as a day.month date (2 May of the current year), not 2.5', () => {
  // decision documented in user-entered.ts [U]: ru_RU dates are D.M(.Y); the clock supplies the year
  const { sheet } = setup({ now: '2026-09-01T08:00:00+03:00' });
  sheet.getRange('A1').setValue('2.5');
  expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-05-01T21:00:00Z'));
});
