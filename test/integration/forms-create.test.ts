// «Создать форму запросов» / «Создать анкету наставника» / «Обновить формы» on the emulator: created, published, linked,
// recorded in «Настройки»; never a second form; deleted forms recreated; interrupted runs resumed; choices updated.
import { createForm } from '../../src/app/forms/create-form';
import { updateForms } from '../../src/app/forms/update-forms';
import { formsHandlers } from '../../src/server/handlers/forms';
import { triggerStatus } from '../../src/google/triggers';
import { readTable } from '../../src/workbook/repository';
import { settingsFrom } from '../../src/workbook/settings';
import { settingsTable } from '../../src/workbook/tables/settings';
import { workbookOf } from '../../src/google/sheet-gateway';
import { deleteFilePermanently, trashFile } from '../../tools/emulator/drive';
import { FormRejected, formsState, submitForm } from '../../tools/emulator/forms';
import { allTriggers } from '../../tools/emulator/services';
import { bankRows, formsWorkbook, requestAnswers } from '../support/forms';

type Publishable = GoogleAppsScript.Forms.Form & { isPublished(): boolean };

function settingsRaw(wb: ReturnType<typeof formsWorkbook>) {
  return wb.run((ctx) => settingsFrom(readTable(workbookOf(ctx), settingsTable), ctx.timeZone()).raw);
}

function openForm(wb: ReturnType<typeof formsWorkbook>, id: string): Publishable {
  const FormApp = wb.services.FormApp!;
  return FormApp.openById(id) as Publishable;
}

describe('creating the forms', () => {
  test('the request form: titled with the school and year, every question of the issue, published, accepting, linked to this spreadsheet', () => {
    const wb = formsWorkbook({ forms: ['requests'] });
    const form = openForm(wb, wb.formId('requests'));
    expect(form.getTitle()).toMatch(/^Профессиональные запросы педагогов — .+, 2026\/2027 учебный год$/);
    expect(form.getItems().map((i) => i.getTitle())).toEqual([
      'Фамилия, имя, отчество',
      'Должность',
      'Преподаваемые предметы и направления',
      'Педагогический стаж (полных лет)',
      'Дата приёма на работу в школу',
      'Категория наставляемого',
      'Профессиональные запросы',
      'Опишите профессиональные затруднения',
      'Желаемая форма наставничества',
      'Предпочитаемый наставник',
      'Согласие на обработку персональных данных',
      'Согласие на участие в программе наставничества',
    ]);
    expect(form.collectsEmail()).toBe(true);
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    const requests = form.getItems()[6]!.asCheckboxItem();
    expect(requests.hasOtherOption()).toBe(true);
    expect(requests.getChoices().length).toBeGreaterThan(10);
    expect(form.getItems()[10]!.getHelpText()).toContain('152-ФЗ');
    expect(form.getItems()[10]!.asCheckboxItem().isRequired()).toBe(true);
    expect(form.getDestinationId()).toBe(wb.spreadsheet().getId());
    const raw = settingsRaw(wb);
    expect(raw.requestFormId).toBe(form.getId());
    expect(raw.requestFormUrl).toBe(form.getPublishedUrl());
    expect(raw.requestFormEditUrl).toBe(form.getEditUrl());
    expect(raw.requestFormSheet).toBe('Ответы на форму (1)');
    expect(wb.values('Ответы на форму (1)')[0]![0]).toBe('Отметка времени');
  });

  test('the mentor profile: competencies, capacity, forms of mentoring, consent to the duties (ст. 351.8 ТК РФ) and to data processing', () => {
    const wb = formsWorkbook({ forms: ['mentors'] });
    const form = openForm(wb, wb.formId('mentors'));
    expect(form.getTitle()).toMatch(/^Анкета наставника — /);
    const titles = form.getItems().map((i) => i.getTitle());
    expect(titles).toEqual(
      expect.arrayContaining([
        'Компетенции, которыми вы готовы делиться',
        'Скольких наставляемых вы готовы сопровождать одновременно',
        'Формы наставничества',
      ]),
    );
    expect(titles.some((t) => t.includes('351.8'))).toBe(true);
    expect(settingsRaw(wb).mentorFormSheet).toBe('Ответы на форму (1)');
  });

  test('a consumer (gmail.com) curator gets an e-mail question validated as an address instead of e-mail collection', () => {
    const wb = formsWorkbook({ forms: ['requests'], userEmail: 'curator.school7@gmail.com' });
    const form = openForm(wb, wb.formId('requests'));
    expect(form.collectsEmail()).toBe(false);
    expect(form.getItems()[1]!.getTitle()).toBe('Адрес электронной почты');
    expect(() => submitForm(wb.world, form.getId(), requestAnswers({ 'Адрес электронной почты': 'не адрес' }))).toThrow(
      FormRejected,
    );
    const ok = submitForm(wb.world, form.getId(), requestAnswers({ 'Адрес электронной почты': 'Anna@Mail.example' }));
    wb.deliver(ok.deliveries[0]!.event);
    expect(bankRows(wb, 'Наставляемые').find((r) => r.Email === 'anna@mail.example')).toBeDefined();
  });

  test('running the command again makes no second form: it reports the existing one; one trigger serves both forms', () => {
    const wb = formsWorkbook();
    const before = formsState(wb.world).forms.size;
    const again = wb.run((ctx) => createForm(ctx, 'requests'));
    expect(again.outcome).toBe('exists');
    expect(again.id).toBe(wb.formId('requests'));
    expect(formsState(wb.world).forms.size).toBe(before);
    expect(allTriggers(wb.world).filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    expect(wb.run((ctx) => triggerStatus(ctx, 'formSubmit', 'handleFormSubmit')).installed).toBe(true);
  });

  test('installing the trigger is idempotent; a leftover form-submit trigger of an older handler gives way to the one', () => {
    const wb = formsWorkbook({ forms: [] });
    wb.services.ScriptApp.newTrigger('onFormSubmitOld').forSpreadsheet(wb.spreadsheet()).onFormSubmit().create();
    const first = wb.run((ctx) => formsHandlers.formsInstallTrigger(ctx, {}));
    const second = wb.run((ctx) => formsHandlers.formsInstallTrigger(ctx, {}));
    expect(second.uniqueId).toBe(first.uniqueId);
    const mine = allTriggers(wb.world).filter((t) => t.eventType === 'ON_FORM_SUBMIT');
    expect(mine.map((t) => [t.handler, t.sourceId])).toEqual([['handleFormSubmit', wb.spreadsheet().getId()]]);
    expect(wb.run((ctx) => triggerStatus(ctx, 'formSubmit', 'handleFormSubmit'))).toMatchObject({
      installed: true,
      count: 1,
    });
  });

  test('rebuild keeps the form, its links, its response sheet and earlier answers; a question the curator deleted comes back at the end', () => {
    const wb = formsWorkbook({ forms: ['requests'] });
    wb.submit('requests', requestAnswers());
    const form = openForm(wb, wb.formId('requests'));
    form.deleteItem(form.getItems()[9]!); // «Предпочитаемый наставник»
    const r = wb.run((ctx) => createForm(ctx, 'requests', { rebuild: true }));
    expect(r.outcome).toBe('rebuilt');
    expect(r.id).toBe(wb.formId('requests'));
    expect(r.notes.join(' ')).toContain('Предпочитаемый наставник');
    expect(form.getItems().at(-1)!.getTitle()).toBe('Предпочитаемый наставник');
    expect(wb.values('Ответы на форму (1)')).toHaveLength(2);
    expect(
      wb
        .spreadsheet()
        .getSheets()
        .filter((s) => s.getName().startsWith('Ответы на форму')),
    ).toHaveLength(1);
  });

  test('a form deleted in Drive is recreated (new links, new response sheet); a trashed one too; old answers stay', () => {
    const wb = formsWorkbook({ forms: ['requests'] });
    wb.submit('requests', requestAnswers());
    const first = wb.formId('requests');
    trashFile(wb.world, first);
    const r = wb.run((ctx) => createForm(ctx, 'requests'));
    expect(r.outcome).toBe('recreated');
    expect(r.id).not.toBe(first);
    expect(r.notes.join(' ')).toContain('в корзине');
    expect(r.sheet).toBe('Ответы на форму (2)');
    expect(wb.values('Ответы на форму (1)')).toHaveLength(2);
    deleteFilePermanently(wb.world, r.id);
    const again = wb.run((ctx) => createForm(ctx, 'requests'));
    expect(again.outcome).toBe('recreated');
    expect(again.notes.join(' ')).toContain('удалена');
    expect(settingsRaw(wb).requestFormId).toBe(again.id);
  });

  test('a run interrupted at any point (time limit after N calls) is resumed by the next run: one form, every question, recorded', () => {
    // From the first call after the new form's id is in «Настройки» to the last one of the run. (Cut between
    // FormApp.create and that write — two calls — the next run cannot know the form: one empty orphan stays in Drive.)
    // Where that write falls depends on how many sheets the workbook has, so it is found from one full run.
    const probe = formsWorkbook({ forms: [] });
    probe.world.calls.reset();
    const total = probe.run((ctx) => createForm(ctx, 'requests')) && probe.world.calls.count();
    const calls = probe.world.calls.recentCalls().map((c) => c.name);
    const recorded = calls.indexOf('Range.setValues', calls.indexOf('FormApp.create')) + 1;
    const limits = [
      recorded,
      recorded + 3,
      recorded + 7,
      ...[0.4, 0.6, 0.8, 0.9, 0.95, 0.99].map((f) => Math.floor(total * f)),
    ];
    for (const limit of limits.filter((l) => l >= recorded && l < total)) {
      const wb = formsWorkbook({ forms: [] });
      wb.world.faults.timeLimitAfterCalls = limit;
      expect(() => wb.run((ctx) => createForm(ctx, 'requests'))).toThrow();
      wb.world.faults.timeLimitAfterCalls = undefined;
      const r = wb.run((ctx) => createForm(ctx, 'requests'));
      expect([limit, formsState(wb.world).forms.size]).toEqual([limit, 1]);
      expect(['resumed', 'created', 'exists']).toContain(r.outcome);
      expect(openForm(wb, r.id).getItems()).toHaveLength(12);
      expect(r.sheet).toBe('Ответы на форму (1)');
      expect(
        wb
          .spreadsheet()
          .getSheets()
          .filter((s) => s.getName().startsWith('Ответы на форму')),
      ).toHaveLength(1);
      expect(settingsRaw(wb).requestFormUrl).toBe(openForm(wb, r.id).getPublishedUrl());
    }
  });

  test('empty lists in «Справочники» stop creation with a Russian message and make no form', () => {
    const wb = formsWorkbook({ forms: [] });
    const sheet = wb.spreadsheet().getSheetByName('Справочники')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const col = header.findIndex((h) => String(h).startsWith('Категории наставляемых')) + 1;
    sheet.getRange(2, col, sheet.getMaxRows() - 1, 1).clearContent();
    expect(() => wb.run((ctx) => createForm(ctx, 'requests'))).toThrow(
      /Справочники.*пусты списки «Категории наставляемых»/,
    );
    expect(formsState(wb.world).forms.size).toBe(0);
  });
});

describe('«Обновить формы»', () => {
  test('a value added to «Справочники» becomes a choice; items keep their ids, earlier answers keep their columns, new answers may use it', () => {
    const wb = formsWorkbook({ forms: ['requests'] });
    wb.submit('requests', requestAnswers());
    const form = openForm(wb, wb.formId('requests'));
    const ids = form.getItems().map((i) => i.getId());
    const header = wb.values('Ответы на форму (1)')[0];
    const dict = wb.spreadsheet().getSheetByName('Справочники')!;
    const titles = dict.getRange(1, 1, 1, dict.getLastColumn()).getValues()[0]!.map(String);
    const col = titles.findIndex((h) => h.startsWith('Предметы')) + 1;
    const last = dict
      .getRange(1, col, dict.getMaxRows(), 1)
      .getValues()
      .filter((r) => r[0] !== '').length;
    dict.getRange(last + 1, col).setValue('робототехника');
    const r = wb.run((ctx) => updateForms(ctx));
    expect(r.lines[0]).toContain('«Преподаваемые предметы и направления»');
    expect(r.lines[1]).toContain('ещё не создана');
    expect(form.getItems().map((i) => i.getId())).toEqual(ids);
    expect(
      form
        .getItems()[2]!
        .asCheckboxItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toContain('робототехника');
    wb.submit('requests', requestAnswers({ 'Преподаваемые предметы и направления': ['робототехника'] }), {
      respondentEmail: 'b@school.example',
    });
    expect(wb.values('Ответы на форму (1)')[0]).toEqual(header);
    expect(bankRows(wb, 'Наставляемые').find((r) => r.Email === 'b@school.example')?.Предметы).toBe('робототехника');
    expect(wb.run((ctx) => updateForms(ctx)).lines[0]).toContain('уже совпадают');
  });

  test('a closed form stays closed; a deleted form is reported, not recreated', () => {
    const wb = formsWorkbook();
    const form = openForm(wb, wb.formId('mentors'));
    form.setAcceptingResponses(false);
    deleteFilePermanently(wb.world, wb.formId('requests'));
    const r = wb.run((ctx) => updateForms(ctx));
    expect(r.lines[0]).toContain('удалена');
    expect(form.isAcceptingResponses()).toBe(false);
  });
});
