// A whole school year through dist/Code.js on the emulator, as Apps Script would run it: every step is a menu item,
// a sidebar call (google.script.run under the wire rules), a form submission delivered to the installed trigger, or
// the daily trigger fired by the clock. September's intake forms fill the banks; matching forms the pairs; the
// order and the programs are generated; the roadmap's reminders go out on their days; in May the monitoring
// questionnaires are mailed and answered by personal links; the report is written; the round table fills the
// practice library; in June the year is archived and in September the next year starts on the same workbook.
import { World } from '../../tools/emulator';
import { documentToHtml, documentToText, listDocuments } from '../../tools/emulator/documents';
import { findFormByPublishedUrl, prefilledAnswers, submitForm } from '../../tools/emulator/forms';
import { advanceClock, allTriggers, outbox } from '../../tools/emulator/services';
import { createSpreadsheet, openSpreadsheet, pushUiAnswer, uiState } from '../../tools/emulator/spreadsheet';
import { createBundleRunner } from '../../tools/harness/bundle-runner';
import { generateThroughBundle, wireData, type BundleRunProgress } from '../support/bundle-documents';
import { mentorAnswers, requestAnswers } from '../support/forms';

jest.setTimeout(300_000);

const CURATOR = 'curator@school.example';

const world = new World({ now: '2026-08-31T12:00:00+03:00', locale: 'ru', userEmail: CURATOR });
createSpreadsheet(world, { name: 'Наставничество — МБОУ «СОШ № 2»', timeZone: 'Europe/Moscow', locale: 'ru_RU' });
const runner = createBundleRunner(world);

const menu = (name: string) => runner.run(name, [], { authMode: 'FULL', kind: 'menu' });
const lastAlert = () => uiState(world).alerts.at(-1)!.prompt;
const rpc = <T>(name: string, input: unknown = {}): T => wireData<T>(runner.rpc(name, input));
const sheet = (name: string) => openSpreadsheet(world).getSheetByName(name);
function records(name: string): Array<Record<string, unknown>> {
  const [header, ...rows] = sheet(name)!.getDataRange().getValues();
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}
/** What the curator types into «Настройки» (outside any execution, as a person edits the sheet). */
function setting(label: string, value: string): void {
  const s = sheet('Настройки')!;
  const row =
    s
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === label) + 1;
  if (row < 1) throw new Error(`no setting ${label}`);
  s.getRange(row, 2).setValue(value);
}
/** The clock moves on; the daily trigger runs every morning in between, each run one execution of the bundle. */
function liveUntil(iso: string): number {
  return advanceClock(world, iso, (_t, event, record) => {
    runner.run(record.handler, [event], { kind: 'trigger', user: record.user });
  });
}
/** A teacher submits a form in the browser; Apps Script delivers the submit event to the installed trigger. */
function submit(formUrl: string, answers: Record<string, string | string[]>, email: string): unknown[] {
  const form = findFormByPublishedUrl(world, formUrl);
  if (!form) throw new Error(`no form behind ${formUrl}`);
  const values = { ...prefilledAnswers(form, formUrl), ...answers };
  const s = submitForm(world, form.getId(), values, { respondentEmail: email });
  return s.deliveries.map((d) =>
    runner.run(d.trigger.handlerFunction, [d.event], { authMode: 'FULL', kind: 'trigger' }),
  );
}
const mailsOn = (ruDate: string) => outbox(world).filter((m) => m.subject.includes(`на ${ruDate}`));
const linkIn = (text: string) => /https:\/\/docs\.google\.com\/forms\/d\/e\/[^\s"<]+/.exec(text)?.[0] ?? '';

/** What the «Документы» panel does: preview, start, then continue batch by batch. */
function generate(request: Record<string, unknown>): BundleRunProgress {
  const { preview, progress } = generateThroughBundle(runner, request, 'full-year');
  expect(preview.canGenerate).toBe(true);
  return progress;
}

const MENTORS = [
  [
    'Петрова Мария Ивановна',
    'petrova',
    ['Работа с родителями (законными представителями)', 'Методика преподавания предмета'],
  ],
  [
    'Соколов Андрей Викторович',
    'sokolov',
    ['Организация учебной дисциплины, управление классом', 'Оценивание, в т. ч. формирующее; критерии и КИМ'],
  ],
  [
    'Орлова Елена Николаевна',
    'orlova',
    ['Проектирование урока по ФГОС и ФОП, технологическая карта урока', 'Методика преподавания предмета'],
  ],
  [
    'Волкова Ирина Павловна',
    'volkova',
    [
      'Классное руководство и воспитательная работа, «Разговоры о важном»',
      'Работа с родителями (законными представителями)',
    ],
  ],
] as const;
const MENTEES = [
  ['Иванова Анна Сергеевна', 'ivanova', 'Работа с родителями (законными представителями)'],
  ['Кузнецов Олег Игоревич', 'kuznetsov', 'Организация учебной дисциплины, управление классом'],
  ['Белова Татьяна Андреевна', 'belova', 'Проектирование урока по ФГОС и ФОП, технологическая карта урока'],
  ['Котов Илья Ильич', 'kotov', 'Оценивание, в т. ч. формирующее; критерии и КИМ'],
  ['Зайцева Дарья Денисовна', 'zaitseva', 'Классное руководство и воспитательная работа, «Разговоры о важном»'],
] as const;

describe('a whole school year through the built bundle', () => {
  const forms: { requests: string; mentors: string } = { requests: '', mentors: '' };
  let pairIds: string[] = [];

  test('August: the curator sets up the workbook, fills «Настройки», switches the reminders on', () => {
    runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' });
    menu('setupWorkbook');
    setting(
      'Полное название школы',
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»',
    );
    setting('Краткое название школы', 'МБОУ «СОШ № 2»');
    setting('Город', 'Сосногорск');
    setting('ФИО директора', 'Смирнова Ольга Петровна');
    setting('Куратор наставничества: ФИО', 'Кузнецова Марина Сергеевна');
    setting('Куратор наставничества: должность', 'заместитель директора по УВР');
    setting('Куратор наставничества: email', CURATOR);
    setting('Учебный год', '2026/2027');
    setting('Приказ о закреплении пар: номер', '112-од');
    setting('Положение о наставничестве: чем утверждено', 'от 30.08.2026 № 95-од');
    menu('roadmapRemindersOn');
    expect(lastAlert()).toMatch(/^Напоминания включены/);
  });

  test('September: the intake forms fill the banks through the one form-submit trigger', () => {
    liveUntil('2026-09-02T09:00:00+03:00');
    menu('createRequestForm');
    forms.requests = /Ссылка для педагогов: (\S+)/.exec(lastAlert())![1]!;
    menu('createMentorForm');
    forms.mentors = /https:\/\/docs\.google\.com\/forms\/d\/e\/\S+\/viewform/.exec(lastAlert())![0];
    expect(allTriggers(world).filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    for (const [name, login, competencies] of MENTORS)
      expect(
        submit(
          forms.mentors,
          mentorAnswers({
            'Фамилия, имя, отчество': name,
            'Компетенции, которыми вы готовы делиться': [...competencies],
          }),
          `${login}@school.example`,
        ),
      ).toEqual(['filed']);
    for (const [name, login, request] of MENTEES)
      expect(
        submit(
          forms.requests,
          requestAnswers({ 'Фамилия, имя, отчество': name, 'Профессиональные запросы': [request] }),
          `${login}@school.example`,
        ),
      ).toEqual(['filed']);
    expect(records('Наставники').map((r) => r['ФИО'])).toEqual(MENTORS.map((m) => m[0]));
    expect(records('Наставляемые').map((r) => [r['ID'], r['ФИО'], r['Статус']])).toEqual(
      MENTEES.map((m, i) => [`НЯ-000${i + 1}`, m[0], 'ожидает']),
    );
  });

  test('the roadmap reminders go out on their days (14, 7, 1 days before 15 September, the day, overdue); the waiting mentees are noted', () => {
    liveUntil('2026-09-16T12:00:00+03:00');
    const roadmapDays = outbox(world)
      .filter((m) => m.subject.startsWith('Дорожная карта наставничества'))
      .map((m) => /на (\d\d\.\d\d\.\d{4})/.exec(m.subject)![1]);
    expect(roadmapDays).toEqual(['01.09.2026', '08.09.2026', '14.09.2026', '15.09.2026', '16.09.2026']);
    expect(mailsOn('01.09.2026')[0]!.body).toContain('Пункт 3.1'); // the mentor bank, filled on 2 September
    expect(mailsOn('08.09.2026')[0]!.body).not.toContain('Пункт 3.1');
    expect(outbox(world).some((m) => m.body.includes('Подбор: долго без наставника'))).toBe(true);
  });

  test('matching: the proposal is confirmed from the sidebar; the participants’ written consents are typed in', () => {
    world.clock.set('2026-09-18T10:00:00+03:00');
    const proposal = rpc<{ pairs: Array<{ menteeId: string; mentorId: string; pinned: boolean }> }>('matchingPropose', {
      mode: 'maxScore',
    });
    expect(proposal.pairs.length).toBe(MENTEES.length);
    const confirmed = rpc<{ written: Array<{ pairId: string }> }>('matchingConfirm', {
      source: 'proposal',
      pairs: proposal.pairs.map((p) => ({
        form: 'individual',
        mentorIds: [p.mentorId],
        menteeIds: [p.menteeId],
        locked: p.pinned,
      })),
    });
    pairIds = confirmed.written.map((w) => w.pairId);
    expect(pairIds).toEqual(['НП-2026-001', 'НП-2026-002', 'НП-2026-003', 'НП-2026-004', 'НП-2026-005']);
    for (const bank of ['Наставники', 'Наставляемые']) {
      const s = sheet(bank)!;
      const header = s.getDataRange().getValues()[0]!;
      const col = header.indexOf('Согласие (дата)') + 1;
      for (let row = 2; row <= s.getLastRow(); row++) s.getRange(row, col).setValue('15.09.2026');
    }
  });

  test('the reminders mention the order on 24 September; once the order is generated they stop mentioning it', () => {
    liveUntil('2026-09-24T12:00:00+03:00');
    const before = mailsOn('24.09.2026');
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((m) => m.body).join('\n')).toContain('Пункт 1.1. Приказ(ы) о закреплении');
    world.clock.set('2026-09-25T10:00:00+03:00');
    const order = generate({ kind: 'order', pairIds: null, consentMode: 'pagePerPerson' });
    expect(order).toMatchObject({ finished: true, total: 1, done: 1, errors: 0 });
    const programs = generate({ kind: 'programs', pairIds: null, consentMode: 'pagePerPerson' });
    expect(programs).toMatchObject({ finished: true, total: pairIds.length, done: pairIds.length, errors: 0 });
    expect(records('План').length).toBeGreaterThan(pairIds.length);
    liveUntil('2026-09-30T12:00:00+03:00');
    const after = mailsOn('30.09.2026');
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((m) => m.body).join('\n')).not.toContain('Пункт 1.1');
  });

  test('the year goes on: a seminar in November, the daily trigger runs every day without failing', () => {
    world.clock.set('2026-11-12T15:00:00+03:00');
    const seminar = rpc<{ id: string; drafted: Array<{ title: string }> }>('closingRecordEvent', {
      date: '2026-11-12',
      kind: 'seminar',
      title: 'Наставничество: первые итоги',
      participantCount: 14,
      outcome: 'обсудили планы пар',
      status: 'held',
    });
    expect(seminar.id).toBe('МР-0001');
    expect(seminar.drafted.map((d) => d.title)).toContain('Семинар «Наставничество: первые итоги»');
    liveUntil('2027-05-10T12:00:00+03:00');
    const runs = rpc<{ reminders: { runs: Array<{ ok: boolean }> } }>('getRoadmap', {});
    expect(runs.reminders.runs.every((r) => r.ok)).toBe(true);
  });

  test('May: the questionnaires are mailed with personal links and answered by them; reminders before 1 June', () => {
    world.clock.set('2027-05-12T10:00:00+03:00');
    const sentBefore = outbox(world).length;
    menu('sendQuestionnairesMenu');
    expect(lastAlert()).toMatch(/Отправлено личных ссылок: \d+/);
    const invitations = outbox(world).slice(sentBefore);
    // Each mentor and mentee of the five pairs, and the curator: one e-mail each.
    expect(invitations).toHaveLength(MENTORS.length + MENTEES.length + 1);
    // Everyone but one mentee answers by the link in their e-mail.
    const silent = `${MENTEES[4][1]}@school.example`;
    for (const mail of invitations) {
      const email = mail.to[0]!;
      if (email === silent) continue;
      for (const link of new Set(
        String(mail.body).match(/https:\/\/docs\.google\.com\/forms\/d\/e\/[^\s"<]+/g) ?? [],
      )) {
        const form = findFormByPublishedUrl(world, link)!;
        const prefilled = prefilledAnswers(form, link);
        const answers: Record<string, string> = {};
        for (const item of form.getItems()) {
          const title = item.getTitle();
          if (title in prefilled) continue;
          const type = String(item.getType());
          if (type === 'SCALE')
            answers[title] = /до программы/.test(title) ? '4' : email.startsWith('kotov') ? '3' : '8';
          else if (type === 'MULTIPLE_CHOICE')
            answers[title] = (item.asMultipleChoiceItem() as unknown as GoogleAppsScript.Forms.MultipleChoiceItem)
              .getChoices()[0]!
              .getValue();
        }
        for (const [title, value] of Object.entries(prefilled))
          if (/: запрос \d+$/.test(title) && value) {
            answers[`${title} — уровень до программы`] = '4';
            answers[`${title} — уровень сейчас`] = '8';
          }
        if (email.startsWith('petrova'))
          answers['Лучшая практика этого года'] = 'Родительское собрание, подготовленное вместе с наставляемым';
        if (email === CURATOR)
          answers['Сильные стороны системы наставничества'] = 'Опытные наставники\nПоддержка администрации';
        expect(submit(link, answers, email)).toEqual(['filed']);
      }
    }
    const monitoring = rpc<{
      school: { answered: number; expected: number };
      attention: Array<{ pairId: string }>;
      curatorAnswered: boolean;
      proposals: Array<{ key: string; text: string }>;
    }>('closingMonitoring');
    // Asked per pair: five mentees and the mentors of five pairs (one mentor leads two); all but one answered.
    expect(monitoring.school).toMatchObject({ answered: 2 * pairIds.length - 1, expected: 2 * pairIds.length });
    expect(monitoring.curatorAnswered).toBe(true);
    // Котов rated everything 3: his pair needs attention; so does the pair of the mentee who did not answer.
    expect(monitoring.attention.length).toBe(2);
    // 25 May, seven days before the deadline: the silent mentee is reminded with her link; the curator is told.
    liveUntil('2027-05-25T12:00:00+03:00');
    const reminder = outbox(world).find((m) => m.to.includes(silent) && m.subject.includes('на 25.05.2027'));
    expect(reminder).toBeDefined();
    expect(linkIn(String(reminder!.body))).not.toBe('');
    expect(
      outbox(world).some(
        (m) =>
          m.to.includes(CURATOR) &&
          m.subject.includes('на 25.05.2027') &&
          String(m.body).includes('Мониторинг: кто ещё не ответил'),
      ),
    ).toBe(true);
  });

  test('the round table picks the best practice into the library; its news is drafted and published', () => {
    world.clock.set('2027-05-27T15:00:00+03:00');
    const monitoring = rpc<{ proposals: Array<{ key: string; text: string }> }>('closingMonitoring');
    const proposal = monitoring.proposals.find((p) => p.text.startsWith('Родительское собрание'))!;
    const practice = rpc<{ id: string }>('closingAcceptProposal', { key: proposal.key });
    rpc('closingMarkBest', { ids: [practice.id], best: true });
    const table = rpc<{ id: string; drafted: Array<{ id: string }> }>('closingRecordEvent', {
      date: '2027-05-27',
      kind: 'round_table',
      title: 'Итоговый круглый стол: лучшие практики наставничества',
      participantCount: 12,
      outcome: 'выбраны лучшие практики года',
      status: 'held',
    });
    rpc('closingMarkPublished', { id: table.drafted[0]!.id, link: 'https://school.example/news/round-table' });
    const library = rpc<{ hits: Array<{ title: string; best: boolean }> }>('closingLibrary', { bestOnly: true });
    expect(library.hits.map((h) => h.title)).toEqual([expect.stringContaining('Родительское собрание')]);
    const roadmap = rpc<{ stages: Array<{ items: Array<{ number: string; state: string; basis: string }> }> }>(
      'getRoadmap',
    );
    const item = (n: string) => roadmap.stages.flatMap((st) => st.items).find((i) => i.number === n)!;
    expect(item('6.3').state).toBe('done');
    expect(item('6.1').state).not.toBe('not_started');
  });

  test('June: «Отчёт о мониторинге» writes the Google Doc with tables, chart images and the SWOT; programs complete', () => {
    world.clock.set('2027-06-15T10:00:00+03:00');
    menu('monitoringReportMenu');
    expect(lastAlert()).toMatch(
      /Отчёт «Отчёт о мониторинге реализации ПНП 2026\/2027» готов\.\nhttps:\/\/docs\.google\.com\/document\/d\//,
    );
    const report = listDocuments(world).find((d) => d.name === 'Отчёт о мониторинге реализации ПНП 2026/2027')!;
    const text = documentToText(world, report.id);
    expect(text).toContain('Итоговый круглый стол: лучшие практики наставничества');
    expect(text).toContain('Родительское собрание');
    expect(text).toContain('Опытные наставники');
    expect((documentToHtml(world, report.id).match(/<img src="data:image\/png;base64,/g) ?? []).length).toBe(3);
    // Four pairs finish; the fifth continues into the next year. Their final reports come from plan and monitoring.
    const finished = rpc<{ finished: string[] }>('closingCompletePrograms', { pairIds: pairIds.slice(0, 4) });
    expect(finished.finished).toEqual(pairIds.slice(0, 4));
    const reports = generate({ kind: 'pairReports', pairIds: null, consentMode: 'pagePerPerson' });
    expect(reports).toMatchObject({ finished: true, total: 4, done: 4, errors: 0 });
  });

  test('«Завершить учебный год»: the plan first, then the archive; the bank, the library and the continuing pair stay', () => {
    world.clock.set('2027-06-25T10:00:00+03:00');
    pushUiAnswer(world, { button: 'YES' });
    menu('closeYearMenu');
    const asked = uiState(world).alerts.at(-2)!;
    expect(asked.prompt).toContain('Учебный год 2026/2027 будет завершён, в «Настройках» станет 2027/2028.');
    expect(lastAlert()).toContain('Учебный год 2026/2027 завершён, начат 2027/2028.');
    const names = openSpreadsheet(world)
      .getSheets()
      .map((s) => s.getName());
    for (const archived of [
      'Пары и группы',
      'Наставляемые',
      'Мониторинг',
      'Мероприятия',
      'Публикации',
      'Дорожная карта',
      'План',
      'Документы',
    ])
      expect(names).toContain(`${archived} (2026-2027)`);
    expect(records('Наставники')).toHaveLength(MENTORS.length);
    expect(records('Методическая копилка')).toHaveLength(1);
    expect(records('Пары и группы').map((r) => r['ID пары/группы'])).toEqual([pairIds[4]]);
    expect(records('Мониторинг')).toEqual([]);
    const settings = sheet('Настройки')!.getDataRange().getValues();
    expect(settings.find((r) => r[0] === 'Учебный год')![1]).toBe('2027/2028');
    // A second click does nothing: the new year has just begun.
    menu('closeYearMenu');
    expect(lastAlert()).toMatch(/^Завершить учебный год сейчас нельзя\./);
  });

  test('September 2027: the same forms take the new requests, the reminders count the new year, new pairs are numbered for it', () => {
    liveUntil('2027-09-01T12:00:00+03:00');
    expect(mailsOn('01.09.2027').length).toBeGreaterThan(0);
    world.clock.set('2027-09-03T10:00:00+03:00');
    expect(
      submit(
        forms.requests,
        requestAnswers({
          'Фамилия, имя, отчество': 'Новикова Вера Олеговна',
          'Профессиональные запросы': ['Работа с родителями (законными представителями)'],
        }),
        'novikova@school.example',
      ),
    ).toEqual(['filed']);
    const mentees = records('Наставляемые');
    const newcomer = mentees.find((r) => r['ФИО'] === 'Новикова Вера Олеговна')!;
    // The id continues after last year's (archived) ones: never reused.
    expect(newcomer['ID']).toBe('НЯ-0006');
    const proposal = rpc<{ pairs: Array<{ menteeId: string; mentorId: string; pinned: boolean }> }>('matchingPropose', {
      mode: 'maxScore',
    });
    const mine = proposal.pairs.filter((p) => p.menteeId === 'НЯ-0006');
    expect(mine).toHaveLength(1);
    const confirmed = rpc<{ written: Array<{ pairId: string }> }>('matchingConfirm', {
      source: 'proposal',
      pairs: mine.map((p) => ({
        form: 'individual',
        mentorIds: [p.mentorId],
        menteeIds: [p.menteeId],
        locked: p.pinned,
      })),
    });
    expect(confirmed.written.map((w) => w.pairId)).toEqual(['НП-2027-001']);
    // The roadmap is the new year's: last year's round table and monitoring count for last year only.
    const roadmap = rpc<{ academicYear: string; stages: Array<{ items: Array<{ number: string; state: string }> }> }>(
      'getRoadmap',
    );
    expect(roadmap.academicYear).toBe('2027/2028');
    const item = (n: string) => roadmap.stages.flatMap((st) => st.items).find((i) => i.number === n)!;
    expect(item('6.3').state).not.toBe('done');
    expect(item('6.1').state).toBe('not_started');
  });
});
