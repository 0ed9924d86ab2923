// Contract tests of the FormApp emulator: building forms, items, choices, validation, settings, publishing (apps-script-facts §6).
import { createGlobals, GasError, World } from '../../tools/emulator';
import { memoryHost } from '../../tools/emulator/forms';

type FormAppT = GoogleAppsScript.Forms.FormApp;

function setup(locale: 'en' | 'ru' = 'en') {
  const world = new World({ locale });
  const FormApp = createGlobals(world).FormApp as FormAppT;
  return { world, FormApp };
}

describe('creating forms (§6.1 [G ref:forms/form-app])', () => {
  test('FormApp.create(title) makes a form with that title, an edit URL and a /forms/d/e/…/viewform published URL', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    expect(form.getTitle()).toBe('Анкета');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Анкета');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
  });

  test('FormApp.create throws if the title is empty or null (§6.1), with the message in the user locale (§13)', () => {
    const en = setup('en');
    expect(() => en.FormApp.create('')).toThrow('Invalid argument: title');
    const ru = setup('ru');
    expect(() => ru.FormApp.create(null as unknown as string)).toThrow('Недопустимый аргумент: title');
  });

  test('openById of an unknown id throws; getActiveForm is null in a Sheets add-on (no containing form)', () => {
    const { FormApp } = setup();
    expect(() => FormApp.openById('nope')).toThrow(GasError);
    expect(FormApp.getActiveForm()).toBeNull();
  });

  test('FormApp calls are counted by Class.method inside an execution and need the forms scope (§10)', () => {
    const world = new World({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    const FormApp = createGlobals(world).FormApp as FormAppT;
    expect(() => world.execute({}, () => FormApp.create('x'))).toThrow(
      'Required permissions: https://www.googleapis.com/auth/forms',
    );
    const ok = new World();
    const F2 = createGlobals(ok).FormApp as FormAppT;
    ok.execute({}, () => F2.create('x').addTextItem().setTitle('a'));
    expect(ok.calls.byMethod()).toEqual({ 'FormApp.create': 1, 'Form.addTextItem': 1, 'TextItem.setTitle': 1 });
  });
});

describe('items (§6.1 [G ref:forms/form, ref:forms/item])', () => {
  test('items keep order, ids, indexes and types; getItems(type) filters; as*Item casts or throws on the wrong type', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f');
    const t = form.addTextItem().setTitle('ФИО').setHelpText('полностью').setRequired(true);
    form.addSectionHeaderItem().setTitle('Раздел');
    const c = form.addCheckboxItem().setTitle('Предметы');
    const items = form.getItems();
    expect(items.map((i) => i.getTitle())).toEqual(['ФИО', 'Раздел', 'Предметы']);
    expect(items.map((i) => String(i.getType()))).toEqual(['TEXT', 'SECTION_HEADER', 'CHECKBOX']);
    expect(items[2]!.getIndex()).toBe(2);
    expect(form.getItems(FormApp.ItemType.CHECKBOX).map((i) => i.getId())).toEqual([c.getId()]);
    expect(form.getItemById(t.getId())!.asTextItem().isRequired()).toBe(true);
    expect(form.getItemById(t.getId())!.asTextItem().getHelpText()).toBe('полностью');
    expect(() => items[0]!.asCheckboxItem()).toThrow(GasError);
  });

  test('moveItem and deleteItem change the order; required defaults to false', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f');
    const a = form.addTextItem().setTitle('a');
    form.addTextItem().setTitle('b');
    form.addTextItem().setTitle('c');
    expect(a.isRequired()).toBe(false);
    form.moveItem(0, 2);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['b', 'c', 'a']);
    form.deleteItem(form.getItems()[0]!);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['c', 'a']);
  });

  test('setChoiceValues/setChoices throw on an empty array, setChoices on a null element; showOtherOption defaults to false (§6.1)', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f');
    const mc = form.addMultipleChoiceItem();
    expect(mc.hasOtherOption()).toBe(false);
    expect(() => mc.setChoiceValues([])).toThrow(GasError);
    expect(() => mc.setChoices([])).toThrow(GasError);
    expect(() => mc.setChoices([mc.createChoice('a'), null as unknown as GoogleAppsScript.Forms.Choice])).toThrow(
      GasError,
    );
    mc.setChoiceValues(['индивидуальная', 'групповая']).showOtherOption(true);
    expect(mc.getChoices().map((c) => c.getValue())).toEqual(['индивидуальная', 'групповая']);
    expect(mc.hasOtherOption()).toBe(true);
    const list = form.addListItem().setChoices([form.addListItem().createChoice('x')]);
    expect(list.getChoices()[0]!.getValue()).toBe('x');
  });

  test('createResponse of a choice item throws unless the value is a choice or "other" is on [G ref:forms/multiple-choice-item]', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f');
    const cb = form.addCheckboxItem().setChoiceValues(['a', 'b']);
    expect(() => cb.createResponse(['z'])).toThrow(GasError);
    expect(cb.createResponse(['a', 'b']).getResponse()).toEqual(['a', 'b']);
    cb.showOtherOption(true);
    expect(cb.createResponse(['a', 'своё']).getResponse()).toEqual(['a', 'своё']);
    const list = form.addListItem().setChoiceValues(['x']);
    expect(() => list.createResponse('y')).toThrow(GasError);
  });

  test('ScaleItem.setBounds: lower 0 or 1, upper 3–10, decimals truncated, default 1..5, out of range throws (§6.1)', () => {
    const { FormApp } = setup();
    const s = FormApp.create('f').addScaleItem();
    expect([s.getLowerBound(), s.getUpperBound()]).toEqual([1, 5]);
    s.setBounds(0.9, 10.7);
    expect([s.getLowerBound(), s.getUpperBound()]).toEqual([0, 10]);
    expect(() => s.setBounds(2, 5)).toThrow(GasError);
    expect(() => s.setBounds(1, 2)).toThrow(GasError);
    expect(() => s.setBounds(1, 11)).toThrow(GasError);
    s.setLabels('плохо', 'отлично');
    expect(s.getLeftLabel()).toBe('плохо');
    expect(() => s.createResponse(11)).toThrow(GasError);
  });

  test('DateItem includes the year by default (§6.1); its response is "YYYY-MM-DD" (§6.3)', () => {
    const { FormApp } = setup();
    const d = FormApp.create('f').addDateItem();
    expect(d.includesYear()).toBe(true);
    expect(d.createResponse(new Date('2026-09-01T10:00:00Z')).getResponse()).toBe('2026-09-01');
  });
});

describe('validation builders [G ref:forms/text-validation-builder]', () => {
  test('createTextValidation().requireTextIsEmail()/requireWholeNumber()/requireNumberBetween() build rules set on text items', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f');
    const email = form
      .addTextItem()
      .setValidation(FormApp.createTextValidation().requireTextIsEmail().setHelpText('адрес').build());
    const years = form.addTextItem().setValidation(FormApp.createTextValidation().requireWholeNumber().build());
    const between = form
      .addTextItem()
      .setValidation(FormApp.createTextValidation().requireNumberBetween(0, 60).build());
    expect(email.getType()).toBe(FormApp.ItemType.TEXT);
    expect([years.getId(), between.getId()]).toHaveLength(2);
    const cv = FormApp.createCheckboxValidation().requireSelectAtLeast(1).build();
    form.addCheckboxItem().setChoiceValues(['a']).setValidation(cv);
  });
});

describe('form settings and publishing (§6.1, §6.5)', () => {
  test('defaults: collectsEmail false, accepting responses only when published; programmatic forms start unpublished by default (configurable)', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f');
    expect(form.collectsEmail()).toBe(false);
    expect(form.hasLimitOneResponsePerUser()).toBe(false);
    expect((form as unknown as { isPublished(): boolean }).isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
  });

  test('setPublished(true) publishes and makes the form accept responses; setAcceptingResponses(false) closes it again', () => {
    const { FormApp } = setup();
    const form = FormApp.create('f') as GoogleAppsScript.Forms.Form & {
      setPublished(b: boolean): unknown;
      isPublished(): boolean;
    };
    form.setPublished(true);
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    form.setAcceptingResponses(false);
    expect(form.isAcceptingResponses()).toBe(false);
    form.setCollectEmail(true).setConfirmationMessage('Спасибо').setAllowResponseEdits(true).setDescription('d');
    expect(form.collectsEmail()).toBe(true);
    expect(form.getConfirmationMessage()).toBe('Спасибо');
    expect(form.canEditResponse()).toBe(true);
  });

  test('setRequireLogin works only for forms of a Workspace domain (§6.1)', () => {
    const { FormApp } = setup();
    expect(() => FormApp.create('f').setRequireLogin(true)).toThrow(GasError);
    const ws = new World({ accountType: 'workspace' });
    const F = createGlobals(ws).FormApp as FormAppT;
    expect(F.create('f').setRequireLogin(true).requiresLogin()).toBe(true);
  });

  test('the memory host is available for setup without SpreadsheetApp', () => {
    const { world } = setup();
    expect(memoryHost(world).add('ss', { locale: 'en_US' }).id).toBe('ss');
  });
});
