// Smoke test: the SpreadsheetApp global works end to end.
import { setup } from './spreadsheet-helpers';
import { unwrap } from '../../tools/emulator/core/gas-object';
import type { RangeImpl } from '../../tools/emulator/spreadsheet/range';

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

test('emulator classes are assignable to the @types/google-apps-script shapes the add-on is typed with', () => {
  // brief: type the emulator against @types/google-apps-script; this is a compile-time check (tsc), trivially true at run time
  const { sheet } = setup();
  const range = unwrap(sheet.getRange('A1')) as unknown as RangeImpl;
  const typed: Pick<
    GoogleAppsScript.Spreadsheet.Range,
    | 'getValues'
    | 'getValue'
    | 'getDisplayValues'
    | 'getA1Notation'
    | 'getRow'
    | 'getNumRows'
    | 'getNote'
    | 'getNumberFormat'
    | 'getFormulas'
    | 'getBackground'
  > = range;
  expect(typed.getA1Notation()).toBe('A1');
});
