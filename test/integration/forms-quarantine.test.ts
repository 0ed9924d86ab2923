// «Карантин» on the emulator: «Принять» re-checks the curator's correction and files it; «Отклонить» marks the row;
// nothing is deleted; the daily digest gets one note a day about the rows that arrived the day before.
import { collectDailyNotes } from '../../src/app/daily-notes';
import { getFormsStatus } from '../../src/app/forms/forms-status';
import { acceptQuarantined, rejectQuarantined } from '../../src/app/forms/quarantine-decisions';
import { UserError } from '../../src/app/errors';
import { runDailyCheck } from '../../src/app/roadmap/daily-check';
import { outbox } from '../../tools/emulator/services';
import { addDays } from '../../src/domain/calendar/calendar-date';
import { bankRows, formsWorkbook } from '../support/forms';

const BAD_ANSWER = {
  'Адрес электронной почты': 'nova@school.example',
  'Фамилия, имя, отчество': 'Новикова Ольга Петровна',
  Должность: 'учитель',
  'Преподаваемые предметы и направления': 'математика',
  'Педагогический стаж (полных лет)': 'пять лет',
  'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
  'Профессиональные запросы': 'Работа с родителями (законными представителями)',
  'Желаемая форма наставничества': 'индивидуальная',
  'Согласие на обработку персональных данных':
    'Даю согласие на обработку моих персональных данных в целях организации наставничества в соответствии с Федеральным законом № 152-ФЗ',
  'Согласие на участие в программе наставничества':
    'Даю согласие на участие в программе наставничества в качестве наставляемого',
};

function quarantined() {
  const wb = formsWorkbook();
  wb.deliver(wb.inject('requests', BAD_ANSWER));
  const item = wb.run((ctx) => getFormsStatus(ctx)).quarantine.waiting[0]!;
  return { wb, item };
}

/** The curator corrects the «Ответ» cell of a quarantine row, as they would by hand. */
function correct(wb: ReturnType<typeof formsWorkbook>, row: number, from: string, to: string): void {
  const sheet = wb.spreadsheet().getSheetByName('Карантин')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const cell = sheet.getRange(row, header.indexOf('Ответ') + 1);
  cell.setValue(String(cell.getValue()).replace(from, to));
}

describe('«Принять»', () => {
  test('the status panel lists the waiting row; after the curator fixes «пять лет» → «5», «Принять» files it into «Наставляемые»', () => {
    const { wb, item } = quarantined();
    expect(item).toMatchObject({
      row: 2,
      form: 'Запросы педагогов',
      email: 'nova@school.example',
      fullName: 'Новикова Ольга Петровна',
    });
    expect(item.reason).toContain('пять лет');
    correct(wb, item.row, '»: пять лет', '»: 5');
    const r = wb.run((ctx) => acceptQuarantined(ctx, { row: item.row, key: item.key }));
    expect(r.accepted).toBe(true);
    expect(r.message).toMatch(/^Принят \d\d\.\d\d\.\d{4}: добавлен — «Наставляемые», строка 2 \(НЯ-0001\)\.$/);
    expect(bankRows(wb, 'Наставляемые')[0]).toMatchObject({
      Email: 'nova@school.example',
      'Педагогический стаж, лет': 5,
      Источник: 'форма',
    });
    const [row] = bankRows(wb, 'Карантин');
    expect(row).toMatchObject({ Статус: 'принят', Результат: r.message });
    expect(wb.run((ctx) => getFormsStatus(ctx)).quarantine.waiting).toEqual([]);
    expect(() => wb.run((ctx) => acceptQuarantined(ctx, { row: item.row, key: item.key }))).toThrow(UserError);
  });

  test('a correction that still fails is not filed: the new reasons come back and replace «Причина»; the row keeps waiting', () => {
    const { wb, item } = quarantined();
    correct(wb, item.row, '»: пять лет', '»: 500');
    const r = wb.run((ctx) => acceptQuarantined(ctx, item));
    expect(r.accepted).toBe(false);
    expect(r.reasons.join(' ')).toContain('вне допустимого диапазона 0–60');
    expect(bankRows(wb, 'Наставляемые')).toHaveLength(0);
    const [row] = bankRows(wb, 'Карантин');
    expect(row!['Статус']).toBe('ждёт решения');
    expect(String(row!['Причина'])).toMatch(/^После исправления \(.+\): .*вне допустимого диапазона/);
  });

  test('the row is found by its key when rows moved (a row inserted above); an unknown key is a Russian error', () => {
    const { wb, item } = quarantined();
    wb.spreadsheet().getSheetByName('Карантин')!.insertRowsBefore(2, 1);
    correct(wb, 3, '»: пять лет', '»: 5');
    expect(wb.run((ctx) => acceptQuarantined(ctx, item)).accepted).toBe(true);
    expect(() => wb.run((ctx) => acceptQuarantined(ctx, { row: 3, key: 'нет такого' }))).toThrow(
      'Эта строка карантина не найдена',
    );
  });
});

describe('«Отклонить»', () => {
  test('marks the row «отклонён» with who and when, deletes nothing; an accepted row cannot be rejected', () => {
    const { wb, item } = quarantined();
    const r = wb.run((ctx) => rejectQuarantined(ctx, item));
    expect(r.message).toContain('отклонённая');
    const [row] = bankRows(wb, 'Карантин');
    expect(row!['Статус']).toBe('отклонён');
    expect(String(row!['Результат'])).toContain('curator@school.example');
    expect(String(row!['Ответ'])).toContain('пять лет');
    expect(wb.values('Ответы на форму (1)')).toHaveLength(2);
    correct(wb, item.row, '»: пять лет', '»: 5');
    expect(wb.run((ctx) => acceptQuarantined(ctx, item)).accepted).toBe(true);
    expect(() => wb.run((ctx) => rejectQuarantined(ctx, item))).toThrow('уже принят');
  });
});

describe('the daily quarantine note', () => {
  test('one note for the curator the day after, listing the new rows; none the same day, none when nothing is new', () => {
    const { wb } = quarantined();
    const today = wb.run((ctx) => ctx.today());
    expect(wb.run((ctx) => collectDailyNotes(ctx, today)).notes).toEqual([]);
    const tomorrow = addDays(today, 1);
    const { notes, errors } = wb.run((ctx) => collectDailyNotes(ctx, tomorrow));
    expect(errors).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      key: `quarantine:${tomorrow.year}-${String(tomorrow.month).padStart(2, '0')}-${String(tomorrow.day).padStart(2, '0')}`,
    });
    expect(notes[0]!.title).toContain('новых за');
    expect(notes[0]!.lines[0]).toContain('Новикова Ольга Петровна, nova@school.example');
    expect(notes[0]!.lines.at(-1)).toContain('Всего ждут решения: 1');
    expect(notes[0]!.link).toMatch(/#gid=\d+$/);
    expect(wb.run((ctx) => collectDailyNotes(ctx, addDays(today, 2))).notes).toEqual([]);
  });

  test('the next morning’s daily check mails it inside the curator’s one digest (roadmap), once', () => {
    const { wb } = quarantined();
    wb.world.clock.advance(86_400_000);
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'manual' }));
    const mails = outbox(wb.world).filter((m) => m.to.includes('curator@school.example'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('Карантин ответов форм: новых за');
    expect(mails[0]!.body).toContain('Новикова Ольга Петровна');
    wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'manual' }));
    expect(outbox(wb.world).filter((m) => m.to.includes('curator@school.example'))).toHaveLength(1);
  });

  test('the note goes to the curator from «Настройки», else to the alert recipients', () => {
    const { wb } = quarantined();
    const settings = wb.spreadsheet().getSheetByName('Настройки')!;
    const rows = settings.getDataRange().getValues();
    const at = (label: string) => rows.findIndex((r) => r[0] === label) + 1;
    settings.getRange(at('Куратор наставничества: email'), 2).setValue('Curator@School.example');
    const tomorrow = addDays(
      wb.run((ctx) => ctx.today()),
      1,
    );
    expect(wb.run((ctx) => collectDailyNotes(ctx, tomorrow)).notes.map((n) => n.recipient)).toEqual([
      'curator@school.example',
    ]);
    settings.getRange(at('Куратор наставничества: email'), 2).setValue('');
    settings.getRange(at('Получатели напоминаний'), 2).setValue('a@school.example; b@school.example');
    expect(wb.run((ctx) => collectDailyNotes(ctx, tomorrow)).notes.map((n) => n.recipient)).toEqual([
      'a@school.example',
      'b@school.example',
    ]);
  });
});
