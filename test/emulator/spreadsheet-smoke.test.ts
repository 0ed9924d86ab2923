// Smoke test: the SpreadsheetApp global works end to end.
import { setup } from './spreadsheet-helpers';

test('a bound spreadsheet reads back what a script wrote (apps-script-facts §5.2–5.3)', () => {
  const { sheet } = setup();
  sheet.getRange(1, 1, 2, 3).setValues([
    ['Имя', 'Дата', 'Код'],
    ['Анна', '01.09.2026', '01524'],
  ]);
  const v = sheet.getRange('A1:C2').getValues();
  expect(v[1]![0]).toBe('Анна');
  expect(v[1]![1]).toEqual(new Date('2026-08-31T21:00:00Z'));
  expect(v[1]![2]).toBe(1524);
  expect(sheet.getRange('B2').getDisplayValue()).toBe('01.09.2026');
  expect(sheet.getLastRow()).toBe(2);
});
