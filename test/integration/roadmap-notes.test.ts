// What the daily email says besides deadlines: teachers of «Педагоги» who have not answered the request form, new
// mentees waiting for a pair, the other features' notes (one email per recipient per day), problems in the sheet.
import { dailyNoteSources, type DailyNoteSource } from '../../src/app/daily-notes';
import { createForm } from '../../src/app/forms/create-form';
import { getRoadmapOverview } from '../../src/app/roadmap/overview';
import { RoadmapState } from '../../src/app/roadmap/state';
import { documentStore } from '../../src/google/document-properties';
import { menteesTable } from '../../src/workbook/tables/mentees';
import { allTriggers, outbox, setRemainingMailQuota } from '../../tools/emulator/services';
import { staffTable } from '../../src/workbook/tables/staff';
import {
  addRows,
  CURATOR,
  mails,
  menteeRecord,
  roadmapWorld,
  runTriggersUntil,
  setRoadmap,
  setSetting,
  type RoadmapWorld,
} from '../support/roadmap';

function withReminders(): RoadmapWorld {
  const wb = roadmapWorld('2026-08-31T12:00:00+03:00', { year: '2026/2027' });
  setSetting(wb, 'Куратор наставничества: ФИО', 'Кузнецова Марина Сергеевна');
  wb.world.execute({ authMode: 'FULL', kind: 'menu', functionName: 'roadmapRemindersOn' }, () =>
    wb.api.roadmapRemindersOn!.run(),
  );
  return wb;
}

const line = (m: { date: string; to: string; subject: string }) => `${m.date} ${m.to}: ${m.subject}`;

describe('teachers who have not answered the request form (staff list «Педагоги»)', () => {
  function school() {
    const wb = withReminders();
    addRows(wb, staffTable, [
      { fullName: 'Иванова Ольга Петровна', email: 'ivanova@school.example' },
      { fullName: 'Петрова Анна Ивановна', email: 'Petrova@School.example' },
      { fullName: 'Сидоров Павел Андреевич', email: 'sidorov@school.example' },
      { fullName: 'Строка без почты', email: '' },
    ]);
    // Ivanova's answer came through the form; Petrova's request was taken down by hand with its date.
    addRows(wb, menteesTable, [
      menteeRecord(1, { email: 'ivanova@school.example', source: 'form' }),
      menteeRecord(2, {
        email: 'petrova@school.example',
        source: 'manual',
        requestDate: { year: 2026, month: 8, day: 31 },
      }),
    ]);
    return wb;
  }

  test('on the request item’s lead days and due day, each teacher without an answer gets one reminder', () => {
    const wb = school();
    runTriggersUntil(wb, '2026-09-17T12:00:00+03:00');
    const toSidorov = mails(wb).filter((m) => m.to === 'sidorov@school.example');
    expect(toSidorov.map((m) => m.date)).toEqual(['2026-09-01', '2026-09-08', '2026-09-14', '2026-09-15']);
    expect(toSidorov[0]!.subject).toBe('Наставничество на 01.09.2026: Анкета «Профессиональные запросы педагогов»');
    expect(toSidorov[0]!.body).toContain(
      'Просим вас заполнить анкету о ваших профессиональных запросах до 15.09.2026 (через 14 дней).',
    );
    expect(toSidorov[0]!.body).toContain(
      'Ссылку на анкету можно получить у куратора наставничества: Кузнецова Марина Сергеевна, curator@school.example.',
    );
    expect(toSidorov[3]!.body).toContain('до 15.09.2026 (срок сегодня)');
    // A teacher's email never links the spreadsheet: teachers only fill in forms.
    expect(toSidorov.every((m) => !m.body.includes('Открыть таблицу') && !m.html.includes('docs.google.com'))).toBe(
      true,
    );
    // Nobody who answered is reminded; the row without an email is reported, not guessed.
    expect(mails(wb).filter((m) => /ivanova|petrova/.test(m.to))).toEqual([]);
    const curator = mails(wb).find((m) => m.to === CURATOR && m.date === '2026-09-01')!;
    expect(curator.body).toContain(
      'Не заполнили анкету 1 из 3 педагогов по листу «Педагоги» (срок до 15.09.2026 (через 14 дней)).',
    );
    expect(curator.body).toContain('Не ответили: Сидоров Павел Андреевич.');
    expect(curator.body).toContain('Педагоги, строка 5, «Email»: Обязательная ячейка не заполнена.');
    // «Анкета запросов» shows each teacher's state; the add-on wrote nothing else on the sheet.
    expect(
      wb
        .values('Педагоги')
        .slice(1)
        .map((r) => [r[1], r[3]]),
    ).toEqual([
      ['ivanova@school.example', 'ответ получен'],
      ['Petrova@School.example', 'ответ получен'],
      ['sidorov@school.example', 'нет ответа; напоминание 15.09.2026'],
      ['', ''],
    ]);
  });

  test('no reminders once the item is marked done, or past its deadline', () => {
    const wb = school();
    setRoadmap(wb, '2.1', 'Статус (вручную)', 'выполнено');
    runTriggersUntil(wb, '2026-09-20T12:00:00+03:00');
    expect(mails(wb).filter((m) => m.to === 'sidorov@school.example')).toEqual([]);
  });
});

describe('many teachers: one text, sent in blind copy', () => {
  function staffSchool(teachers: number, curatorEmail = CURATOR): RoadmapWorld {
    const wb = roadmapWorld('2026-08-31T12:00:00+03:00', { year: '2026/2027', curatorEmail });
    wb.world.execute({ authMode: 'FULL', kind: 'menu', functionName: 'roadmapRemindersOn' }, () =>
      wb.api.roadmapRemindersOn!.run(),
    );
    addRows(
      wb,
      staffTable,
      Array.from({ length: teachers }, (_, i) => ({
        fullName: `Учителева Анна ${i + 1}`,
        email: `teacher${i + 1}@school.example`,
      })),
    );
    return wb;
  }

  test('120 reminders are 3 messages (curator in To, ≤ 49 teachers in BCC), each teacher gets exactly one', () => {
    const wb = staffSchool(120);
    setRemainingMailQuota(wb.world, 1000, CURATOR); // a Workspace school's day, not the consumer 100
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    const shared = outbox(wb.world).filter((m) => m.bcc.length > 0);
    expect(shared.map((m) => m.bcc.length)).toEqual([49, 49, 22]);
    expect(shared.every((m) => m.to.join() === CURATOR && m.replyTo === CURATOR)).toBe(true);
    expect(new Set(shared.map((m) => m.body)).size).toBe(1);
    const perTeacher = new Map<string, number>();
    for (const m of mails(wb)) if (m.to.startsWith('teacher')) perTeacher.set(m.to, (perTeacher.get(m.to) ?? 0) + 1);
    expect(perTeacher.size).toBe(120);
    expect([...perTeacher.values()].every((n) => n === 1)).toBe(true);
    // «Педагоги» records the reminder for every one of them.
    expect(
      wb
        .values('Педагоги')
        .slice(1)
        .every((r) => r[3] === 'нет ответа; напоминание 01.09.2026'),
    ).toBe(true);
  });

  test('when the quota cannot take a whole message, its teachers are not mailed and the journal says so', () => {
    const wb = staffSchool(120);
    // The curator's digest (1) and the first 49 + 1 fit; the next 50 and 23 do not.
    setRemainingMailQuota(wb.world, 60, CURATOR);
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    expect(
      outbox(wb.world)
        .filter((m) => m.bcc.length > 0)
        .map((m) => m.bcc.length),
    ).toEqual([49]);
    const journal = wb
      .values('Журнал')
      .map((r) => r.join(' '))
      .join('\n');
    expect(journal).toContain('Не отправлено из-за дневной квоты писем: 71');
    expect(journal).toContain('Исчерпана дневная квота писем; письмо для teacher50@school.example не отправлено.');
  });

  test('an address the mail service refuses fails only its teacher: the shared message is retried one by one', () => {
    const wb = staffSchool(4);
    // Passes the sheet's email check, but MailApp refuses the brackets ("Invalid email").
    addRows(wb, staffTable, [{ fullName: 'Скобкина Ольга', email: 'olga(work)@school.example' }]);
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    const toTeachers = outbox(wb.world).filter((m) => m.to.some((a) => a.startsWith('teacher')));
    expect(toTeachers.map((m) => m.to.join())).toEqual([1, 2, 3, 4].map((n) => `teacher${n}@school.example`));
    expect(outbox(wb.world).filter((m) => m.bcc.length > 0)).toEqual([]);
    const journal = wb
      .values('Журнал')
      .map((r) => r.join(' '))
      .join('\n');
    expect(journal).toContain('Письмо для olga(work)@school.example не отправлено');
    expect(
      wb
        .values('Педагоги')
        .slice(1)
        .map((r) => r[3]),
    ).toEqual([...[1, 2, 3, 4].map(() => 'нет ответа; напоминание 01.09.2026'), 'нет ответа']);
  });

  test('without a curator’s address each teacher’s reminder goes alone', () => {
    const wb = staffSchool(3, '');
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    const sent = outbox(wb.world).filter((m) => m.to.some((a) => a.startsWith('teacher')));
    expect(sent.map((m) => [m.to.join(), m.bcc.length])).toEqual([
      ['teacher1@school.example', 0],
      ['teacher2@school.example', 0],
      ['teacher3@school.example', 0],
    ]);
  });
});

describe('new mentees waiting for a pair', () => {
  test('the curator is told once about each new mentee, in the day’s one digest', () => {
    const wb = withReminders();
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    addRows(wb, menteesTable, [menteeRecord(1), menteeRecord(2, { status: 'supported' }), menteeRecord(3)]);
    runTriggersUntil(wb, '2026-09-03T12:00:00+03:00');
    addRows(wb, menteesTable, [menteeRecord(4)]);
    runTriggersUntil(wb, '2026-09-05T12:00:00+03:00');
    expect(mails(wb).map(line)).toEqual([
      `2026-09-01 ${CURATOR}: Дорожная карта наставничества на 01.09.2026: скоро срок: 2`,
      `2026-09-02 ${CURATOR}: Наставничество на 02.09.2026: Новые наставляемые ждут пары`,
      `2026-09-04 ${CURATOR}: Наставничество на 04.09.2026: Новые наставляемые ждут пары`,
    ]);
    const [, first, second] = mails(wb);
    expect(first!.body).toContain('Добавлено в банк и ждут наставника: 2 — Молодова Анна 1, Молодова Анна 3.');
    expect(second!.body).toContain('Добавлено в банк и ждут наставника: 1 — Молодова Анна 4.');
    expect(second!.body).toContain('Всего ждут пары: 3.');
  });
});

describe('the other features’ notes go into the same one email', () => {
  const notes: Record<string, Array<{ key: string; lines: string[] }>> = {};
  const source: DailyNoteSource = (_ctx, today) => {
    const day = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
    return (notes[day] ?? []).map((n) => ({ recipient: CURATOR, key: n.key, title: 'Карантин анкет', lines: n.lines }));
  };
  const failing: DailyNoteSource = () => {
    throw new Error('лист «Карантин» не читается');
  };
  beforeAll(() =>
    (dailyNoteSources as Array<{ name: string; collect: DailyNoteSource }>).push(
      { name: 'карантин', collect: source },
      { name: 'сломанный', collect: failing },
    ),
  );
  afterAll(() => (dailyNoteSources as unknown[]).splice(-2, 2));

  test('merged with the alerts; a key sent once is never sent again; a note after the day’s email waits for tomorrow', () => {
    const wb = withReminders();
    notes['2026-09-01'] = [{ key: 'quarantine:2026-09-01', lines: ['Новых строк в карантине: 2'] }];
    notes['2026-09-02'] = [{ key: 'quarantine:2026-09-01', lines: ['Новых строк в карантине: 2'] }];
    runTriggersUntil(wb, '2026-09-02T12:00:00+03:00');
    expect(mails(wb).map(line)).toEqual([
      `2026-09-01 ${CURATOR}: Дорожная карта наставничества на 01.09.2026: скоро срок: 2; сообщений: 1`,
    ]);
    expect(mails(wb)[0]!.body).toContain('Карантин анкет\n— Новых строк в карантине: 2');
    const state = new RoadmapState(wb.run((ctx) => documentStore(ctx)));
    expect(state.runs()[1]!.errors).toEqual(['сломанный: лист «Карантин» не читается']);
    // 08.09: the curator is mailed in the morning (a lead day); at noon a new note appears and the trigger fires
    // again: the curator gets no second email that day, the note comes on 09.09.
    runTriggersUntil(wb, '2026-09-08T12:00:00+03:00');
    notes['2026-09-08'] = [{ key: 'quarantine:2026-09-08', lines: ['Новых строк в карантине: 1'] }];
    wb.world.execute({ authMode: 'FULL', kind: 'trigger', user: CURATOR }, () =>
      wb.api.onDailyTrigger!.run({ triggerUid: allTriggers(wb.world)[0]!.id }),
    );
    runTriggersUntil(wb, '2026-09-10T12:00:00+03:00');
    expect(mails(wb).map(line)).toEqual([
      `2026-09-01 ${CURATOR}: Дорожная карта наставничества на 01.09.2026: скоро срок: 2; сообщений: 1`,
      `2026-09-08 ${CURATOR}: Дорожная карта наставничества на 08.09.2026: скоро срок: 2`,
      `2026-09-09 ${CURATOR}: Наставничество на 09.09.2026: Карантин анкет`,
    ]);
    expect(mails(wb)[2]!.body).toContain('— Новых строк в карантине: 1');
  });
});

describe('problems in «Дорожная карта» are reported, never guessed', () => {
  test('an unreadable deadline rule leaves its item out, is shown in the sidebar and told to the curator once', () => {
    const wb = withReminders();
    setRoadmap(wb, '2.1', 'Правило срока', 'до середины сентября');
    setRoadmap(wb, '3.1', 'Правило срока', new Date('2026-09-14T21:00:00Z')); // typed 15.09 into a date cell
    runTriggersUntil(wb, '2026-09-02T12:00:00+03:00');
    const [first, ...rest] = mails(wb);
    expect(rest).toEqual([]);
    expect(first!.items).toEqual(['3.1']);
    expect(first!.body).toContain('Ошибки в таблице, из-за которых напоминания неполны');
    expect(first!.body).toContain(
      'Дорожная карта, строка 4, «Правило срока»: Не удалось разобрать срок «до середины сентября»: ожидается дата вида 15.09, «ежегодно» или «постоянно»',
    );
    const overview = wb.run((ctx) => getRoadmapOverview(ctx));
    expect(overview.problems.map((p) => [p.row, p.column])).toEqual([[4, 'Правило срока']]);
    expect(overview.stages.flatMap((s) => s.items).map((i) => i.number)).not.toContain('2.1');
    // Nothing on the sheet was rewritten: the rule stays as the person typed it.
    expect(wb.values('Дорожная карта')[3]![4]).toBe('до середины сентября');
  });
});

describe('the request form created by the add-on (item 2.1)', () => {
  test('an open form makes 2.1 «в работе» and its link goes to teachers; a closed one stops the link', () => {
    const wb = withReminders();
    addRows(wb, staffTable, [{ fullName: 'Сидоров Павел Андреевич', email: 'sidorov@school.example' }]);
    wb.run((ctx) => createForm(ctx, 'requests'));
    const setting = (label: string) => String(wb.values('Настройки').find((r) => r[0] === label)?.[1] ?? '');
    const url = setting('Форма запросов: ссылка для педагогов');
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/forms\//);

    const basis = () =>
      wb
        .run(getRoadmapOverview, 'rpc')
        .stages.flatMap((st) => st.items)
        .find((i) => i.number === '2.1')!;
    expect(basis()).toMatchObject({ state: 'in_progress', basis: 'Анкета запросов открыта, ответов пока нет' });
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    const first = mails(wb).filter((m) => m.to === 'sidorov@school.example');
    expect(first).toHaveLength(1);
    expect(first[0]!.body).toContain(url);

    // The curator closes the form in Google Forms.
    wb.world.execute({ authMode: 'FULL' }, () =>
      wb.services.FormApp!.openById(setting('Форма запросов: ID')).setAcceptingResponses(false),
    );
    expect(basis()).toMatchObject({ state: 'not_started', basis: 'Анкета запросов не открыта, ответов нет' });
    runTriggersUntil(wb, '2026-09-08T12:00:00+03:00');
    const second = mails(wb).filter((m) => m.to === 'sidorov@school.example')[1]!;
    expect(second.body).not.toContain(url);
    expect(second.body).toContain('Ссылку на анкету можно получить у куратора наставничества');
  });
});
