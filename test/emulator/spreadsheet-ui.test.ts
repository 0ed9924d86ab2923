// Contract tests: Ui menus, sidebars, dialogs, alerts/prompts; AuthMode gates; call counting; snapshot/restore; speed.
import { World } from '../../tools/emulator/core/world';
import { createGlobals } from '../../tools/emulator/globals';
import {
  getSpreadsheetModel,
  pushUiAnswer,
  restoreSpreadsheets,
  snapshotSpreadsheets,
  uiState,
} from '../../tools/emulator/spreadsheet';
import { errorOf, setup, type SS } from './spreadsheet-helpers';

describe('menus (apps-script-facts §1.5)', () => {
  test('createAddonMenu/createMenu record the built tree with captions, function names, separators and submenus', () => {
    // apps-script-facts §1.5: addItem's second argument is the name of a top-level function
    const { world, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    const sub = ui.createMenu('Отчёты').addItem('Приказ', 'menuOrder');
    ui.createAddonMenu().addItem('Открыть панель', 'menuOpenSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(uiState(world).menus).toEqual([
      {
        caption: 'Nastavnik',
        addon: true,
        items: [
          { type: 'item', caption: 'Открыть панель', functionName: 'menuOpenSidebar' },
          { type: 'separator' },
          {
            type: 'submenu',
            menu: {
              caption: 'Отчёты',
              addon: false,
              items: [{ type: 'item', caption: 'Приказ', functionName: 'menuOrder' }],
            },
          },
        ],
      },
    ]);
    ui.createAddonMenu().addItem('Только одно', 'menuOne').addToUi();
    expect(uiState(world).menus).toHaveLength(1);
    expect(uiState(world).menus[0]!.items).toHaveLength(1);
  });

  test('in AuthMode.NONE the menu can be built but getActiveSpreadsheet throws', () => {
    // apps-script-facts §1.2–1.3, §14.2
    const { world, SpreadsheetApp } = setup({ locale: 'en' });
    world.execute({ authMode: 'NONE', kind: 'simple' }, () => {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Начать', 'menuStart').addToUi();
      expect(errorOf(() => SpreadsheetApp.getActiveSpreadsheet())).toBe(
        'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet in this context (AuthMode.NONE).',
      );
    });
    expect(uiState(world).menus[0]!.items).toEqual([{ type: 'item', caption: 'Начать', functionName: 'menuStart' }]);
  });

  test('time-driven triggers have no UI: getUi throws (en, ru)', () => {
    // [R*] "Cannot call SpreadsheetApp.getUi() from this context."
    const en = setup({ locale: 'en' });
    expect(errorOf(() => en.world.execute({ kind: 'trigger' }, () => en.SpreadsheetApp.getUi()))).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    const ru = setup({ locale: 'ru' });
    expect(errorOf(() => ru.world.execute({ kind: 'trigger' }, () => ru.SpreadsheetApp.getUi()))).toBe(
      'Невозможно вызвать SpreadsheetApp.getUi() из этого контекста.',
    );
  });
});

describe('sidebars and dialogs (apps-script-facts §1.5)', () => {
  const html = (title: string, content: string) => ({ getTitle: () => title, getContent: () => content });

  test('showSidebar records the HtmlOutput; only one sidebar is shown at a time', () => {
    // apps-script-facts §1.5: "only one is shown at a time"
    const { world, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(html('Наставник', '<p>1</p>') as unknown as GoogleAppsScript.HTML.HtmlOutput);
    ui.showSidebar(html('Наставник', '<p>2</p>') as unknown as GoogleAppsScript.HTML.HtmlOutput);
    expect(uiState(world).sidebar).toEqual(
      expect.objectContaining({ kind: 'sidebar', title: 'Наставник', content: '<p>2</p>' }),
    );
    ui.showModalDialog(html('', '<b>d</b>') as unknown as GoogleAppsScript.HTML.HtmlOutput, 'Импорт');
    expect(uiState(world).dialogs).toEqual([
      expect.objectContaining({ kind: 'modal', title: 'Импорт', content: '<b>d</b>' }),
    ]);
  });

  test('sidebars cannot be opened in AuthMode.LIMITED and need the container.ui scope', () => {
    // apps-script-facts §1.1 (no sidebars in LIMITED), §1.5 (scope), §14.11
    const { world, SpreadsheetApp } = setup({ locale: 'en' });
    const out = html('t', 'c') as unknown as GoogleAppsScript.HTML.HtmlOutput;
    expect(() => world.execute({ authMode: 'LIMITED' }, () => SpreadsheetApp.getUi().showSidebar(out))).toThrow(
      'AuthMode.LIMITED',
    );
    world.oauthScopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    expect(errorOf(() => world.execute({}, () => SpreadsheetApp.getUi().showSidebar(out)))).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });
});

describe('alerts and prompts', () => {
  test('alert returns the scripted button (default OK) and every alert is recorded', () => {
    // [G ref:base/ui#alert(String,String,ButtonSet)]
    const { world, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    pushUiAnswer(world, { button: 'NO' });
    expect(ui.alert('Удалить пары?', 'Это нельзя отменить', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Продолжить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(uiState(world).alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ['', 'Готово', 'OK', 'OK'],
      ['Удалить пары?', 'Это нельзя отменить', 'YES_NO', 'NO'],
      ['', 'Продолжить?', 'YES_NO', 'YES'],
    ]);
  });

  test('prompt returns a PromptResponse with the scripted text and button (default OK, empty text)', () => {
    // [G ref:base/prompt-response]
    const { world, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    pushUiAnswer(world, { text: 'Иванова', button: 'OK' });
    const r = ui.prompt('Фамилия наставника', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['Иванова', ui.Button.OK]);
    const empty = ui.prompt('Ещё?');
    expect([empty.getResponseText(), empty.getSelectedButton()]).toEqual(['', 'OK']);
  });
});

describe('counting and gating (apps-script-facts §14.1, performance-and-style §1.4, §1.6)', () => {
  test('reading a 5,000-row sheet costs one Range.getValues', () => {
    // performance-and-style §1.6: read with one getValues + a few handle calls
    const { world, sheet } = setup();
    sheet.insertRowsAfter(1000, 4000);
    const rows = Array.from({ length: 5000 }, (_, i) => [
      `Учитель ${i}`,
      i,
      new Date(Date.UTC(2026, 8, 1 + (i % 30))),
      i % 2 === 0,
      '',
    ]);
    sheet.getRange(1, 1, 5000, 5).setValues(rows);
    const values = world.execute({}, () => {
      const app = createGlobals(world).SpreadsheetApp as SS;
      return app.getActiveSpreadsheet().getSheetByName('Лист1')!.getDataRange().getValues();
    });
    expect(values).toHaveLength(5000);
    expect(world.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
  });

  test('calls outside an execution (test setup) are not counted; internal emulator calls never are', () => {
    // apps-script-facts §14.1; core contract
    const { world, sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(world.calls.total).toBe(0);
    world.execute({}, () => sheet.getRange('A1').getFormula());
    expect(world.calls.byMethod()).toEqual({ 'Sheet.getRange': 1, 'Range.getFormula': 1 });
  });

  test('openById needs the spreadsheets scope; currentonly is not enough', () => {
    // apps-script-facts §14.11
    const { world, SpreadsheetApp, ss } = setup({
      locale: 'en',
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    const id = ss.getId();
    expect(errorOf(() => world.execute({}, () => SpreadsheetApp.openById(id)))).toBe(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    world.oauthScopes = undefined;
    expect(world.execute({}, () => SpreadsheetApp.openById(id).getName())).toBe('Наставничество 2026');
    expect(errorOf(() => SpreadsheetApp.openById('missing'))).toBe(
      "Document missing is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });
});

describe('snapshot and restore (brief: playground saves state to a file)', () => {
  test('a snapshot is JSON-able and restores values, dates, formulas, formats, validations, protections and named ranges', () => {
    const { world, SpreadsheetApp, ss, sheet } = setup();
    sheet.getRange('A1:C1').setValues([['Анна', '01.09.2026', '=1+2']]);
    sheet.getRange('A1').setBackground('#ff0000').setNote('заметка');
    sheet
      .getRange('B2')
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireDateBetween(new Date('2026-01-01'), new Date('2026-12-31')).build(),
      );
    sheet.getRange('A1:C1').protect().setDescription('шапка');
    ss.setNamedRange('Шапка', sheet.getRange('A1:C1'));
    sheet.setFrozenRows(1);
    const json = JSON.stringify(snapshotSpreadsheets(world));

    const other = new World();
    restoreSpreadsheets(other, JSON.parse(json));
    const app = createGlobals(other).SpreadsheetApp as SS;
    const s2 = app.getActiveSpreadsheet().getSheetByName('Лист1')!;
    expect(s2.getRange('A1:C1').getValues()).toEqual(sheet.getRange('A1:C1').getValues());
    expect(s2.getRange('C1').getFormula()).toBe('=1+2');
    expect(s2.getRange('B1').getDisplayValue()).toBe('01.09.2026');
    expect([s2.getRange('A1').getBackground(), s2.getRange('A1').getNote(), s2.getFrozenRows()]).toEqual([
      '#ff0000',
      'заметка',
      1,
    ]);
    expect((s2.getRange('B2').getDataValidation()!.getCriteriaValues()[0] as Date).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(app.getActiveSpreadsheet().getRangeByName('Шапка')!.getA1Notation()).toBe('A1:C1');
    expect(app.getActiveSpreadsheet().getProtections(app.ProtectionType.RANGE)[0]!.getDescription()).toBe('шапка');
    expect(getSpreadsheetModel(other).id).toBe(ss.getId());
  });
});
