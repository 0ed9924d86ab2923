// Contract tests: sheets (insert/delete/rename), appendRow and grid growth, rows/columns, named ranges, validation, protections.
import { deleteSheetAsPerson, getSpreadsheetModel, typeIntoCell } from '../../tools/emulator/spreadsheet';
import { errorOf, setup } from './spreadsheet-helpers';

describe('Spreadsheet (apps-script-facts §5.5)', () => {
  test('id, URL, name, time zone and locale of the bound spreadsheet', () => {
    // [G ref:spreadsheet/spreadsheet#getUrl()]; createSpreadsheet defaults Europe/Moscow, ru_RU
    const { ss } = setup({}, { id: 'abc123' });
    expect(ss.getId()).toBe('abc123');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc123/edit');
    expect(ss.getName()).toBe('Наставничество 2026');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    ss.rename('Новое имя');
    ss.setSpreadsheetTimeZone('Asia/Novosibirsk');
    expect([ss.getName(), ss.getSpreadsheetTimeZone()]).toEqual(['Новое имя', 'Asia/Novosibirsk']);
  });

  test('insertSheet inserts the sheet and makes it the active sheet', () => {
    // apps-script-facts §5.5
    const { ss, SpreadsheetApp } = setup();
    const s = ss.insertSheet('Пары');
    expect(ss.getActiveSheet().getName()).toBe('Пары');
    expect(SpreadsheetApp.getActiveSheet()!.getSheetId()).toBe(s.getSheetId());
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Лист1', 'Пары']);
    expect(s.getIndex()).toBe(2);
    ss.insertSheet('Первый', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Первый', 'Лист1', 'Пары']);
    expect(ss.insertSheet().getName()).toBe('Лист4');
  });

  test('insertSheet and setName with a taken name throw the documented text (en, ru), regardless of case', () => {
    // apps-script-facts §5.5 [R RomainVialard/ErrorHandler]
    const en = setup({ locale: 'en' });
    en.ss.insertSheet('Пары');
    expect(errorOf(() => en.ss.insertSheet('Пары'))).toBe(
      'A sheet with the name "Пары" already exists. Please enter another name.',
    );
    expect(errorOf(() => en.ss.insertSheet('пары'))).toBe(
      'A sheet with the name "пары" already exists. Please enter another name.',
    );
    const ru = setup({ locale: 'ru' });
    ru.ss.insertSheet('Пары');
    expect(errorOf(() => ru.ss.insertSheet('Пары'))).toBe('Лист "Пары" уже существует. Введите другое название.');
    expect(errorOf(() => ru.sheet.setName('Пары'))).toBe('Лист "Пары" уже существует. Введите другое название.');
  });

  test('getSheetByName is null when absent; getSheetById finds by id', () => {
    // [G ref:spreadsheet/spreadsheet#getSheetByName(String)]: "null if there is no sheet with the given name"
    const { ss, sheet } = setup();
    expect(ss.getSheetByName('Нет')).toBeNull();
    expect(ss.getSheetByName('Лист1')!.getSheetId()).toBe(sheet.getSheetId());
    expect(sheet.getSheetId()).toBe(0);
  });

  test('deleteSheet removes a tab; the only sheet cannot be deleted', () => {
    // [R*] "You can't remove all the sheets in a document."
    const { ss, sheet } = setup({ locale: 'en' });
    expect(errorOf(() => ss.deleteSheet(sheet))).toBe("You can't remove all the sheets in a document.");
    const extra = ss.insertSheet('Временный');
    ss.deleteSheet(extra);
    expect(ss.getSheetByName('Временный')).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('Лист1');
  });

  test('a tab deleted by a person disappears; the old Sheet handle then throws', () => {
    // brief: fault injection "delete a sheet by a person"; the handle's error text is [U]
    const { world, ss } = setup();
    const pairs = ss.insertSheet('Пары');
    deleteSheetAsPerson(world, 'Пары');
    expect(ss.getSheetByName('Пары')).toBeNull();
    expect(() => pairs.getRange('A1').getValue()).toThrow();
  });

  test('setActiveSheet and Range.activate change the active sheet and range', () => {
    // [G ref:spreadsheet/spreadsheet#setActiveSheet(Sheet)], [G ref:spreadsheet/range#activate()]
    const { ss, SpreadsheetApp, sheet } = setup();
    ss.insertSheet('Б');
    ss.setActiveSheet(sheet);
    expect(SpreadsheetApp.getActiveSheet()!.getName()).toBe('Лист1');
    expect(SpreadsheetApp.getActiveRange()!.getA1Notation()).toBe('A1');
    sheet.getRange('B2:C3').activate();
    expect(SpreadsheetApp.getActiveRange()!.getA1Notation()).toBe('B2:C3');
  });

  test('toast and flush are recorded', () => {
    // apps-script-facts §5.3 (flush), [G ref:spreadsheet/spreadsheet#toast(String,String,Number)]
    const { world, ss, SpreadsheetApp } = setup();
    ss.toast('Готово', 'Наставник', 3);
    SpreadsheetApp.flush();
    const model = getSpreadsheetModel(world);
    expect(model.toasts).toEqual([expect.objectContaining({ message: 'Готово', title: 'Наставник', seconds: 3 })]);
    expect(model.flushes).toBe(1);
  });
});

describe('appendRow and grid growth (apps-script-facts §5.3)', () => {
  test('appendRow writes below the last row with content and parses strings like typed input', () => {
    // apps-script-facts §5.3: appendRow appends below the current data; "=" cells become formulas
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['Имя', 'Код']]);
    sheet.getRange('A5').setBackground('#eeeeee');
    sheet.appendRow(['Анна', '007', '=1+1']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['Анна', 7, 2]]);
  });

  test('appendRow on a full grid grows the sheet by a row (and columns if needed)', () => {
    // apps-script-facts §5.3; the grid grows like the UI does
    const { sheet } = setup();
    sheet.getRange(1000, 1).setValue('последняя');
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1001, 30).getValue()).toBe(29);
  });

  test('insertRowsAfter/insertRowsBefore shift content down; deleteRows shifts it up', () => {
    // [G ref:spreadsheet/sheet#insertRowsAfter(Integer,Integer)], [G ref:spreadsheet/sheet#deleteRows(Integer,Integer)]
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A2').setNote('вторая');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('A4').getNote()).toBe('вторая');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getValue()).toBe(1);
    sheet.deleteRows(1, 4);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[2], [3]]);
    expect(sheet.getMaxRows()).toBe(999);
  });

  test('insertColumnsAfter and deleteColumns shift content sideways', () => {
    // [G ref:spreadsheet/sheet#insertColumnsAfter(Integer,Integer)]
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(28);
    sheet.insertColumnAfter(28);
    expect(sheet.getMaxColumns()).toBe(29);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
  });

  test('deleting rows outside the grid or every non-frozen row throws (en, ru)', () => {
    // [R*] texts seen in Apps Script logs
    const en = setup({ locale: 'en' }).sheet;
    expect(errorOf(() => en.deleteRows(999, 5))).toBe('Those rows are out of bounds.');
    en.setFrozenRows(1);
    expect(errorOf(() => en.deleteRows(2, 999))).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    const ru = setup({ locale: 'ru' }).sheet;
    expect(errorOf(() => ru.deleteRows(999, 5))).toBe('Эти строки находятся за пределами допустимого диапазона.');
  });

  test('frozen rows, column widths, hidden columns and tab colour are kept', () => {
    // [G ref:spreadsheet/sheet#setFrozenRows(Integer)], #setColumnWidth, #hideColumns, #setTabColor
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240).setColumnWidths(3, 2, 80).setTabColor('#0b8043');
    sheet.hideColumns(5);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([100, 240, 80]);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
    sheet.showColumns(5);
    expect(sheet.isColumnHiddenByUser(5)).toBe(false);
    expect(sheet.getTabColor()).toBe('#0b8043');
    sheet.getRange('A1').setValue('очень длинный заголовок столбца');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
  });
});

describe('formats and notes (apps-script-facts §5.2)', () => {
  test('backgrounds, font weights, notes: single and 2-D setters, null resets', () => {
    // [G ref:spreadsheet/range#setBackground(String)]: null resets; §5.2 Apps Script does not validate colours
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['#ff0000', null]])
      .setFontWeights([['bold', null]])
      .setNotes([['первая', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getNotes()).toEqual([['первая', '']]);
    r.setBackground(null)
      .setFontWeight('bold')
      .setFontColor('#333333')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setVerticalAlignment('middle');
    expect([
      r.getBackground(),
      r.getFontWeight(),
      r.getFontColor(),
      r.getWrap(),
      r.getHorizontalAlignment(),
      r.getVerticalAlignment(),
    ]).toEqual(['#ffffff', 'bold', '#333333', true, 'center', 'middle']);
    expect(() => r.setBackground('foo')).not.toThrow();
    expect(errorOf(() => r.setBackgrounds([['#fff']]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('named ranges (apps-script-facts §5.1)', () => {
  test('getRangeByName returns null when absent; setNamedRange / getNamedRanges / removeNamedRange', () => {
    // apps-script-facts §5.1: getRangeByName returns null if absent
    const { ss, sheet } = setup();
    expect(ss.getRangeByName('Наставники')).toBeNull();
    ss.setNamedRange('Наставники', sheet.getRange('A2:A20'));
    expect(ss.getRangeByName('Наставники')!.getA1Notation()).toBe('A2:A20');
    const [nr] = ss.getNamedRanges();
    expect(nr!.getName()).toBe('Наставники');
    nr!.setRange(sheet.getRange('B2:B5'));
    expect(ss.getRangeByName('Наставники')!.getA1Notation()).toBe('B2:B5');
    ss.removeNamedRange('Наставники');
    expect(ss.getRangeByName('Наставники')).toBeNull();
  });

  test('named ranges follow inserted rows; names that look like cells are rejected', () => {
    // Sheets keeps references pointing at the same cells when rows move; A1-like names are invalid in the UI
    const { ss, sheet } = setup({ locale: 'en' });
    ss.setNamedRange('Mentors', sheet.getRange('A2:A3'));
    sheet.insertRowsBefore(1, 2);
    expect(ss.getRangeByName('Mentors')!.getA1Notation()).toBe('A4:A5');
    expect(errorOf(() => ss.setNamedRange('A1', sheet.getRange('A1')))).toBe('Named range name is not valid: A1');
  });
});

describe('data validation (apps-script-facts §5.7)', () => {
  test('requireValueInList builds a rule with criteria type, values, allowInvalid and help text', () => {
    // apps-script-facts §5.7; [G ref:spreadsheet/data-validation-builder]
    const { SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['да', 'нет'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите')
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    const got = sheet.getRange('B3').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Выберите');
    expect(sheet.getRange('B1:B2').getDataValidations()).toEqual([[null], [expect.anything()]]);
    const copy = got.copy().setAllowInvalid(true).build();
    expect([copy.getAllowInvalid(), got.getAllowInvalid()]).toEqual([true, false]);
  });

  test('requireValueInRange keeps the source range; requireNumberBetween keeps its bounds', () => {
    // [G ref:spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)]
    const { SpreadsheetApp, ss, sheet } = setup();
    const list = ss.insertSheet('Списки').getRange('A1:A10');
    const rule = SpreadsheetApp.newDataValidation().requireValueInRange(list, false).build();
    sheet.getRange('C2').setDataValidation(rule);
    const [range, dropdown] = sheet.getRange('C2').getDataValidation()!.getCriteriaValues() as [
      GoogleAppsScript.Spreadsheet.Range,
      boolean,
    ];
    expect([range.getSheet().getName(), range.getA1Notation(), dropdown]).toEqual(['Списки', 'A1:A10', false]);
    const num = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build();
    expect([num.getCriteriaType(), num.getCriteriaValues()]).toEqual(['NUMBER_BETWEEN', [1, 5]]);
  });

  test('script writes bypass a strict rule; setDataValidation(null) and clearDataValidations remove rules', () => {
    // apps-script-facts §5.7: only the UI enforces allowInvalid=false; scripts can write any value
    const { SpreadsheetApp, sheet } = setup();
    const r = sheet.getRange('A1:A2');
    r.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['да']).setAllowInvalid(false).build());
    r.setValues([['нет'], ['что угодно']]);
    expect(r.getValues()).toEqual([['нет'], ['что угодно']]);
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    r.clearDataValidations();
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });
});

describe('protections (apps-script-facts §5.7)', () => {
  test('Range.protect: description, warning-only, editors, range, canEdit, remove', () => {
    // apps-script-facts §5.7; [G ref:spreadsheet/protection]
    const { SpreadsheetApp, ss, sheet } = setup({}, { editors: ['teacher@school.example'] });
    const p = sheet.getRange('A1:C1').protect().setDescription('Заголовки');
    expect(p.getDescription()).toBe('Заголовки');
    expect(p.getRange().getA1Notation()).toBe('A1:C1');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['curator@school.example', 'teacher@school.example']);
    p.removeEditors(['teacher@school.example', 'curator@school.example']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['curator@school.example']);
    expect(p.canEdit()).toBe(true);
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    p.setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    p.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });

  test('a user who is not an editor cannot write a protected cell (en, ru); the owner and warning-only protections can', () => {
    // apps-script-facts §5.7 [R RomainVialard/ErrorHandler] text; the world's user is the owner by default
    for (const [locale, text] of [
      [
        'en',
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      ],
      [
        'ru',
        'Вы пытаетесь изменить защищенную ячейку или объект. Если вам нужно внести изменения, обратитесь к владельцу таблицы.',
      ],
    ] as const) {
      const { world, sheet } = setup({ locale }, { editors: ['teacher@school.example'] });
      const p = sheet.getRange('A1:B2').protect();
      p.removeEditors(['teacher@school.example']);
      sheet.getRange('A1').setValue('владелец может');
      const asTeacher = (fn: () => unknown) => world.execute({ user: 'teacher@school.example' }, fn);
      expect(
        errorOf(() =>
          asTeacher(() =>
            sheet.getRange('B2:C3').setValues([
              [1, 2],
              [3, 4],
            ]),
          ),
        ),
      ).toBe(text);
      expect(asTeacher(() => sheet.getRange('C3').setValue('можно'))).toBeTruthy();
      p.setWarningOnly(true);
      expect(asTeacher(() => sheet.getRange('A1').setValue('с предупреждением'))).toBeTruthy();
      expect(typeIntoCell(world, 'A1', 'x', { user: 'teacher@school.example' })).toEqual({ accepted: true });
    }
  });

  test('Sheet.protect covers the whole sheet except unprotected ranges', () => {
    // [G ref:spreadsheet/protection#setUnprotectedRanges(Range)]
    const { world, sheet } = setup({}, { editors: ['teacher@school.example'] });
    const p = sheet.protect();
    p.removeEditors(['teacher@school.example']);
    p.setUnprotectedRanges([sheet.getRange('D2:D100')]);
    const asTeacher = (fn: () => unknown) => world.execute({ user: 'teacher@school.example' }, fn);
    expect(() => asTeacher(() => sheet.appendRow(['x']))).toThrow('protected cell');
    expect(asTeacher(() => sheet.getRange('D5').setValue('ответ'))).toBeTruthy();
    expect(sheet.protect().getProtectionType()).toBe('SHEET');
    expect(sheet.getProtections(GoogleAppsScriptEnum.SHEET)).toHaveLength(1);
  });
});

const GoogleAppsScriptEnum = { SHEET: 'SHEET' } as unknown as { SHEET: GoogleAppsScript.Spreadsheet.ProtectionType };
