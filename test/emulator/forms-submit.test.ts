// Contract tests of the Forms → Sheets link: response sheet layout, script vs browser submissions, submit events and faults (§4.2, §6.2–6.4).
import { createGlobals, World } from '../../tools/emulator';
import { configureForms, FormRejected, memoryHost, submitForm } from '../../tools/emulator/forms';
import { setBoundDocument } from '../../tools/emulator/services';

type Published = GoogleAppsScript.Forms.Form & { setPublished(b: boolean): GoogleAppsScript.Forms.Form };

function setup(locale = 'ru_RU') {
  const world = new World({ now: '2026-09-10T07:30:05Z' });
  const g = createGlobals(world);
  const FormApp = g.FormApp as GoogleAppsScript.Forms.FormApp;
  const ScriptApp = g.ScriptApp as GoogleAppsScript.Script.ScriptApp;
  memoryHost(world).add('ss1', { locale, timeZone: 'Europe/Moscow' });
  setBoundDocument(world, 'ss1');
  const form = FormApp.create('Запросы') as Published;
  form.setPublished(true);
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addSectionHeaderItem().setTitle('Раздел');
  form.addCheckboxItem().setTitle('Предметы').setChoiceValues(['математика', 'физика']);
  form.addTextItem().setTitle('Стаж').setValidation(FormApp.createTextValidation().requireWholeNumber().build());
  return { world, FormApp, ScriptApp, form };
}

const rows = (world: World, sheet: string) => memoryHost(world).rows('ss1', sheet);

describe('response destination (§6.2)', () => {
  test('setDestination(SPREADSHEET, id) creates «Ответы на форму (1)» in a Russian spreadsheet: «Отметка времени» first, then questions in form order (layout items get no column)', () => {
    const { world, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(form.getDestinationId()).toBe('ss1');
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
    expect(memoryHost(world).sheetNames('ss1')[0]).toBe('Ответы на форму (1)');
    expect(rows(world, 'Ответы на форму (1)')[0]).toEqual(['Отметка времени', 'ФИО', 'Предметы', 'Стаж']);
  });

  test('an English spreadsheet gets "Form Responses 1" with "Timestamp"; a second linked form gets "Form Responses 2"; collecting e-mail adds "Email Address" after the timestamp', () => {
    const { world, FormApp, form } = setup('en_US');
    form.setCollectEmail(true).setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(rows(world, 'Form Responses 1')[0]).toEqual(['Timestamp', 'Email Address', 'ФИО', 'Предметы', 'Стаж']);
    FormApp.create('второй').setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(memoryHost(world).sheetNames('ss1').slice(0, 2)).toEqual(['Form Responses 2', 'Form Responses 1']);
  });

  test('removeDestination unlinks (no-op without one); questions added later get new columns at the end [U]', () => {
    const { world, FormApp, form } = setup();
    form.removeDestination();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    form.addParagraphTextItem().setTitle('Затруднения');
    submitForm(world, form.getId(), { ФИО: 'Иванова Анна' });
    expect(rows(world, 'Ответы на форму (1)')[0]).toEqual([
      'Отметка времени',
      'ФИО',
      'Предметы',
      'Стаж',
      'Затруднения',
    ]);
    form.removeDestination();
    expect(form.getDestinationId()).toBeNull();
  });
});

describe('script submissions (§4.2)', () => {
  test('FormResponse.submit() stores the response and appends its row, but fires no submit trigger', () => {
    const { world, ScriptApp, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('ss1').onFormSubmit().create();
    const name = form.getItems()[0]!.asTextItem();
    const subjects = form.getItems()[2]!.asCheckboxItem();
    const r = form
      .createResponse()
      .withItemResponse(name.createResponse('Петров Пётр'))
      .withItemResponse(subjects.createResponse(['математика', 'физика']))
      .submit();
    expect(r.getItemResponses().map((x) => x.getResponse())).toEqual(['Петров Пётр', ['математика', 'физика']]);
    expect(form.getResponses()).toHaveLength(1);
    const sheet = rows(world, 'Ответы на форму (1)');
    expect(sheet[1]!.slice(1)).toEqual(['Петров Пётр', 'математика, физика', '']);
    expect(sheet[1]![0]).toBeInstanceOf(Date);
    // Nothing to deliver: scripts never fire triggers; only submitForm (a browser) returns deliveries.
  });

  test('a script cannot submit to a form limited to one response per user (§6.1)', () => {
    const { form } = setup();
    form.setLimitOneResponsePerUser(true);
    expect(() => form.createResponse().submit()).toThrow();
  });
});

describe('browser submissions and the spreadsheet form-submit event (§6.3)', () => {
  test('submitForm appends a row (Timestamp a Date, checkboxes joined with ", ", "05" typed as the number 5) and builds the documented event', () => {
    const { world, ScriptApp, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const trigger = ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('ss1').onFormSubmit().create();
    const s = submitForm(world, form.getId(), { ФИО: 'Иванова Анна', Предметы: ['математика', 'физика'], Стаж: '05' });
    expect(s.row!.row).toBe(2);
    const stored = rows(world, 'Ответы на форму (1)')[1]!;
    expect(stored[0]).toEqual(new Date('2026-09-10T07:30:05Z'));
    expect(stored.slice(1)).toEqual(['Иванова Анна', 'математика, физика', 5]);
    expect(s.deliveries).toHaveLength(1);
    const e = s.deliveries[0]!.event;
    expect(e.authMode).toBe('FULL');
    expect(e.triggerUid).toBe(trigger.getUniqueId());
    expect(e.values).toEqual(['10.09.2026 10:30:05', 'Иванова Анна', 'математика, физика', '5']);
    expect(e.namedValues).toEqual({
      'Отметка времени': ['10.09.2026 10:30:05'],
      ФИО: ['Иванова Анна'],
      Предметы: ['математика, физика'],
      Стаж: ['5'],
    });
    expect((e.range as { getRow(): number }).getRow()).toBe(2);
    expect((e.source as { getId(): string }).getId()).toBe('ss1');
  });

  test('en_US spreadsheets show the timestamp as M/d/yyyy H:mm:ss in e.values ([G events] example 6/7/2015 20:54:13)', () => {
    const { world, FormApp, form } = setup('en_US');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const s = submitForm(world, form.getId(), { ФИО: 'Anna Ivanova' });
    expect(s.event!.values[0]).toBe('9/10/2026 10:30:05');
  });

  test('formula and markup text is written as text by Forms, never as a formula [U]', () => {
    const { world, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const payload = '=IMPORTXML("http://evil.example","//a")';
    const s = submitForm(world, form.getId(), { ФИО: payload });
    expect(rows(world, 'Ответы на форму (1)')[1]![1]).toBe(payload);
    expect(s.event!.namedValues['ФИО']).toEqual([payload]);
  });

  test('the browser refuses missing required answers, failed validation and unknown choices; nothing is stored', () => {
    const { world, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(() => submitForm(world, form.getId(), { Стаж: 'пять лет', Предметы: ['химия'] })).toThrow(FormRejected);
    expect(form.getResponses()).toHaveLength(0);
    expect(rows(world, 'Ответы на форму (1)')).toHaveLength(1);
  });

  test('an unpublished form accepts no responses (§6.5)', () => {
    const { world, form } = setup();
    form.setPublished(false);
    expect(() => submitForm(world, form.getId(), { ФИО: 'А Б' })).toThrow();
  });

  test('with e-mail collection the respondent e-mail goes to «Адрес электронной почты» and getRespondentEmail()', () => {
    const { world, FormApp, form } = setup();
    form.setCollectEmail(true).setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(() => submitForm(world, form.getId(), { ФИО: 'А Б' })).toThrow(FormRejected);
    const s = submitForm(world, form.getId(), { ФИО: 'А Б' }, { respondentEmail: 'a@school.example' });
    expect(s.response.getRespondentEmail()).toBe('a@school.example');
    expect(s.event!.namedValues['Адрес электронной почты']).toEqual(['a@school.example']);
  });
});

describe('spurious and duplicate events (§6.4)', () => {
  test('duplicateEvent delivers the same event twice to each trigger', () => {
    const { world, ScriptApp, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('ss1').onFormSubmit().create();
    const s = submitForm(world, form.getId(), { ФИО: 'А Б' }, { duplicateEvent: true });
    expect(s.deliveries).toHaveLength(2);
    const [a, b] = [s.deliveries[0]!.event, s.deliveries[1]!.event];
    expect([b.values, b.namedValues, b.triggerUid]).toEqual([a.values, a.namedValues, a.triggerUid]);
    expect(rows(world, 'Ответы на форму (1)')).toHaveLength(2);
  });

  test('emptyEvent adds a spurious event with empty values and namedValues; "blank" a later timestamp and blank answers', () => {
    const { world, ScriptApp, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('ss1').onFormSubmit().create();
    const empty = submitForm(world, form.getId(), { ФИО: 'А Б' }, { emptyEvent: true });
    expect(empty.deliveries.map((d) => d.spurious)).toEqual([false, true]);
    expect(empty.deliveries[1]!.event.values).toEqual([]);
    expect(empty.deliveries[1]!.event.namedValues).toEqual({});
    const blank = submitForm(world, form.getId(), { ФИО: 'В Г' }, { emptyEvent: 'blank' });
    const ev = blank.deliveries[1]!.event;
    expect(ev.values).toEqual(['10.09.2026 10:30:08', '', '', '']);
    expect(rows(world, 'Ответы на форму (1)')).toHaveLength(3); // spurious events add no row
  });

  test('no installed trigger: the row is written, nothing is delivered, the event is still built for callers', () => {
    const { world, FormApp, form } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    const s = submitForm(world, form.getId(), { ФИО: 'А Б' });
    expect(s.deliveries).toEqual([]);
    expect(s.event!.triggerUid).toBe('');
  });

  test('the trigger lookup is configurable (e.g. for a playground without ScriptApp)', () => {
    const { world, FormApp, form } = setup();
    configureForms(world, { triggerLookup: () => [{ uniqueId: 't1', handlerFunction: 'h' }] });
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'ss1');
    expect(submitForm(world, form.getId(), { ФИО: 'А Б' }).deliveries[0]!.event.triggerUid).toBe('t1');
  });
});
