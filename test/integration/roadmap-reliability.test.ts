// What can go wrong with the daily check, each ending in a clear log line and no lost or duplicated mail: the trigger
// firing twice, a run killed mid-send, the mail quota at 0, a deleted sheet, no recipients, the owner losing access,
// a second editor, a version update, another time zone.
import { setupWorkbook } from '../../src/app/setup-workbook';
import { getRoadmapOverview } from '../../src/app/roadmap/overview';
import { RoadmapState } from '../../src/app/roadmap/state';
import { documentStore } from '../../src/google/document-properties';
import { ensureTrigger } from '../../src/google/triggers';
import { allTriggers, setRemainingMailQuota } from '../../tools/emulator/services';
import { deleteSheetAsPerson } from '../../tools/emulator/spreadsheet';
import {
  CURATOR,
  fireDailyNow,
  mails,
  roadmapWorld,
  runTriggersUntil,
  setSetting,
  type MailView,
  type RoadmapWorld,
} from '../support/roadmap';

const DEPUTY = 'deputy@school.example';
const FAILURE_SUBJECT = 'Наставничество: напоминания по дорожной карте не отправлены';

/** A workbook for 2026/2027 with reminders switched on by the curator on 31.08.2026. */
function withReminders(options: { recipients?: string; curatorEmail?: string } = {}): RoadmapWorld {
  const wb = roadmapWorld('2026-08-31T12:00:00+03:00', { year: '2026/2027', ...options });
  menu(wb, 'roadmapRemindersOn');
  return wb;
}

function menu(wb: RoadmapWorld, name: string, user = CURATOR): void {
  wb.world.execute({ authMode: 'FULL', kind: 'menu', user, functionName: name }, () => wb.api[name]!.run());
}

function state(wb: RoadmapWorld): RoadmapState {
  return new RoadmapState(wb.run((ctx) => documentStore(ctx)));
}

function logLines(wb: RoadmapWorld): string[] {
  return wb.world.logs.map((l) => l.text).filter((t) => t.startsWith('Дорожная карта'));
}

function journal(wb: RoadmapWorld): string[] {
  return wb
    .values('Журнал')
    .slice(1)
    .map((r) => `${String(r[2])}: ${String(r[5])}`);
}

const digests = (wb: RoadmapWorld): MailView[] => mails(wb).filter((m) => m.subject !== FAILURE_SUBJECT);
const uid = (wb: RoadmapWorld) => allTriggers(wb.world)[0]!.id;

describe('the trigger fires twice on one day', () => {
  test('the second run mails nobody again and says why', () => {
    const wb = withReminders({ recipients: `${CURATOR}, ${DEPUTY}` });
    runTriggersUntil(wb, '2026-09-01T09:30:00+03:00');
    expect(digests(wb).map((m) => `${m.date} ${m.to} ${m.items.join(',')}`)).toEqual([
      `2026-09-01 ${CURATOR} 2.1,3.1`,
      `2026-09-01 ${DEPUTY} 2.1,3.1`,
    ]);
    fireDailyNow(wb, uid(wb));
    fireDailyNow(wb, uid(wb));
    expect(digests(wb)).toHaveLength(2);
    const runs = state(wb).runs();
    expect(runs).toHaveLength(3);
    expect(runs[0]!.message).toBe('01.09.2026: отправлено писем — 0. Уже получили письмо сегодня: 2.');
    expect(logLines(wb).at(-1)).toBe(
      'Дорожная карта, ежедневная проверка: 01.09.2026: отправлено писем — 0. Уже получили письмо сегодня: 2.',
    );
  });

  test('a run killed after its first send leaves that send recorded: the next run mails only the rest', () => {
    // Dry run in a twin workbook to find the call right after the first send was recorded.
    const twin = withReminders({ recipients: `${CURATOR}, ${DEPUTY}` });
    runTriggersUntil(twin, '2026-09-01T07:00:00+03:00');
    twin.world.calls.reset();
    fireDailyNow(twin, uid(twin));
    const calls = twin.world.calls.recentCalls().map((c) => c.name);
    const firstSend = calls.indexOf('MailApp.sendEmail');
    const recorded = calls.indexOf('Properties.setProperties', firstSend) + 1;

    const wb = withReminders({ recipients: `${CURATOR}, ${DEPUTY}` });
    runTriggersUntil(wb, '2026-09-01T07:00:00+03:00');
    // Every call after that point fails, as if Apps Script ended the execution there (its 6-minute limit).
    wb.world.faults.timeLimitAfterCalls = recorded;
    fireDailyNow(wb, uid(wb));
    wb.world.faults.timeLimitAfterCalls = undefined;
    expect(digests(wb).map((m) => m.to)).toEqual([CURATOR]);
    // The same day, an hour later (the dead run's reservation has expired): only the deputy is mailed.
    wb.world.clock.advance(3600_000);
    fireDailyNow(wb, uid(wb));
    expect(digests(wb).map((m) => `${m.to} ${m.items.join(',')}`)).toEqual([`${CURATOR} 2.1,3.1`, `${DEPUTY} 2.1,3.1`]);
  });
});

describe('the mail quota is at 0', () => {
  test('nothing is sent, «Журнал» says what was not sent, and it goes out with the next check', () => {
    const wb = withReminders();
    runTriggersUntil(wb, '2026-09-01T07:00:00+03:00');
    setRemainingMailQuota(wb.world, 0, CURATOR);
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    expect(digests(wb)).toEqual([]);
    expect(state(wb).runs()[0]!.message).toBe(
      '01.09.2026: отправлено писем — 0. Не отправлено из-за дневной квоты писем: 1 — уйдут при следующей проверке.',
    );
    expect(journal(wb).at(-1)).toContain(
      `Не отправлено: ${CURATOR} — Исчерпана дневная квота писем; письмо для ${CURATOR} не отправлено.`,
    );
    expect(logLines(wb).at(-1)).toContain('Не отправлено из-за дневной квоты писем: 1');
    // 02.09 is not a reminder day, but the 01.09 digest is still owed: it comes, as of 02.09, and only once.
    runTriggersUntil(wb, '2026-09-04T12:00:00+03:00');
    const sent = digests(wb);
    expect(sent.map((m) => `${m.date} ${m.to} ${m.items.join(',')}`)).toEqual([`2026-09-02 ${CURATOR} 2.1,3.1`]);
    expect(sent[0]!.body).toContain('Срок: до 15.09.2026 — через 13 дней');
  });
});

describe('a sheet is missing', () => {
  test('the check stops without mailing a guess, records why, tells the owner once, and catches up after setup', () => {
    const wb = withReminders();
    deleteSheetAsPerson(wb.world, 'Дорожная карта');
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    fireDailyNow(wb, uid(wb)); // fires again the same day
    expect(digests(wb)).toEqual([]);
    const failures = mails(wb).filter((m) => m.subject === FAILURE_SUBJECT);
    expect(failures.map((m) => m.to)).toEqual([CURATOR]);
    expect(failures[0]!.body).toContain('нет листа «Дорожная карта»');
    const run = state(wb).runs()[0]!;
    expect(run.ok).toBe(false);
    expect(run.message).toMatch(
      /^Проверка не выполнена, письма не отправлялись\. Проверка не выполнена: нет листа «Дорожная карта»\./,
    );
    expect(journal(wb).at(-1)).toMatch(
      /^Напоминания дорожной карты: проверка не выполнена: .*нет листа «Дорожная карта»/,
    );
    expect(logLines(wb).at(-1)).toMatch(/^Дорожная карта: Проверка не выполнена, письма не отправлялись\./);
    // The sidebar shows it.
    const overview = wb.run((ctx) => getRoadmapOverview(ctx));
    expect(overview.missingSheets).toEqual(['Дорожная карта']);
    expect(overview.reminders.warning).toMatch(/^Последняя проверка не выполнена: /);
    // The curator runs «Настроить таблицу» on 02.09: the sheet comes back, and the missed 01.09 reminder arrives on 03.09.
    wb.world.clock.set('2026-09-02T12:00:00+03:00');
    wb.run((ctx) => setupWorkbook(ctx));
    runTriggersUntil(wb, '2026-09-03T12:00:00+03:00');
    const sent = digests(wb);
    expect(sent.map((m) => `${m.date} ${m.to} ${m.items.join(',')}`)).toEqual([`2026-09-03 ${CURATOR} 2.1,3.1`]);
    expect(sent[0]!.body).toContain('через 12 дней');
  });
});

describe('«Настройки» have no recipients', () => {
  test('nothing can go: the run says so, and the alerts reach the curator once an email is filled in', () => {
    const wb = withReminders({ curatorEmail: '' });
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    expect(mails(wb)).toEqual([]);
    const run = state(wb).runs()[0]!;
    expect(run.message).toBe(
      '01.09.2026: отправлено писем — 0. Без получателя: 2 (укажите получателей в «Настройки»).',
    );
    expect(run.withoutRecipient).toBe(2);
    expect(journal(wb).at(-1)).toContain('Без получателя: 2.1 — до 15.09.2026 — через 14 дней (не начато); 3.1');
    expect(logLines(wb).at(-1)).toContain('Без получателя: 2');
    const overview = wb.run((ctx) => getRoadmapOverview(ctx));
    expect(overview.warnings).toContain(
      'Напоминания некому отправлять: заполните «Куратор наставничества: email» или «Получатели напоминаний» в «Настройки».',
    );
    setSetting(wb, 'Куратор наставничества: email', CURATOR);
    runTriggersUntil(wb, '2026-09-03T12:00:00+03:00');
    expect(digests(wb).map((m) => `${m.date} ${m.to} ${m.items.join(',')}`)).toEqual([`2026-09-02 ${CURATOR} 2.1,3.1`]);
  });
});

describe('the trigger owner loses access to the workbook', () => {
  const noAccess = 'You do not have permission to access the requested document.';

  test('the run fails safely, records why, mails the owner once a day; another editor sees it and takes over', () => {
    const wb = withReminders();
    wb.world.faults.failAlways = new Map([
      ['SpreadsheetApp.getActiveSpreadsheet', { message: noAccess, user: CURATOR }],
    ]);
    runTriggersUntil(wb, '2026-09-01T12:00:00+03:00');
    fireDailyNow(wb, uid(wb));
    expect(digests(wb)).toEqual([]);
    expect(
      mails(wb)
        .filter((m) => m.subject === FAILURE_SUBJECT)
        .map((m) => `${m.date} ${m.to}`),
    ).toEqual([`2026-09-01 ${CURATOR}`]);
    const run = state(wb).runs()[0]!;
    expect(run.ok).toBe(false);
    expect(run.message).toContain(`У ${CURATOR} нет доступа к таблице (${noAccess})`);
    expect(logLines(wb).at(-1)).toContain('нет доступа к таблице');
    // The deputy, an editor, opens the sidebar: the failure is shown.
    const seen = wb.world.execute({ authMode: 'FULL', kind: 'rpc', user: DEPUTY }, () =>
      wb.api.getRoadmap!.run({}),
    ) as {
      ok: boolean;
      data: { reminders: { on: boolean; owner: string; warning: string } };
    };
    expect(seen.data.reminders.owner).toBe(CURATOR);
    expect(seen.data.reminders.warning).toContain('Последняя проверка не выполнена');
    // The deputy switches reminders on as herself: from then on she mails, and the curator's trigger removes itself.
    setSetting(wb, 'Куратор наставничества: email', DEPUTY);
    menu(wb, 'roadmapRemindersOn', DEPUTY);
    runTriggersUntil(wb, '2026-09-09T12:00:00+03:00');
    expect(allTriggers(wb.world).map((t) => t.user)).toEqual([DEPUTY]);
    // 01.09's reminder, never delivered, arrives with the first run of the deputy's trigger; then the next lead day.
    expect(digests(wb).map((m) => `${m.date} ${m.to} ${m.items.join(',')}`)).toEqual([
      `2026-09-02 ${DEPUTY} 2.1,3.1`,
      `2026-09-08 ${DEPUTY} 2.1,3.1`,
    ]);
    expect(logLines(wb)).toContain(
      `Дорожная карта: Лишний ежедневный триггер ${CURATOR} удалён: напоминания теперь отправляет ${DEPUTY}.`,
    );
  });

  test('a trigger that cannot even record its failure is noticed: the sidebar says the check has not run for a day', () => {
    const wb = withReminders();
    wb.world.faults.failAlways = new Map([
      ['SpreadsheetApp.getActiveSpreadsheet', { message: noAccess, user: CURATOR }],
      ['PropertiesService.getDocumentProperties', { message: noAccess, user: CURATOR }],
    ]);
    runTriggersUntil(wb, '2026-09-02T12:00:00+03:00');
    const seen = wb.world.execute({ authMode: 'FULL', kind: 'rpc', user: DEPUTY }, () =>
      wb.api.getRoadmap!.run({}),
    ) as {
      data: { reminders: { warning: string } };
    };
    expect(seen.data.reminders.warning).toBe(
      `Ежедневная проверка не запускалась больше суток (запусков ещё не было). Возможно, у ${CURATOR} больше нет доступа к таблице или дополнение отключено. Включите напоминания заново от своего имени.`,
    );
  });
});

describe('trigger management is idempotent', () => {
  test('switching on twice, after a version update with an old handler, leaves exactly one; off removes it', () => {
    const wb = roadmapWorld('2026-08-31T12:00:00+03:00', { year: '2026/2027' });
    // An older version installed its clock trigger under another handler name.
    wb.run((ctx) => ensureTrigger(ctx, 'daily', 'oldDailyHandler', { hour: 7 }));
    menu(wb, 'roadmapRemindersOn');
    menu(wb, 'roadmapRemindersOn');
    expect(allTriggers(wb.world).map((t) => [t.handler, t.clock?.hour, t.clock?.timeZone])).toEqual([
      ['onDailyTrigger', 8, 'Europe/Moscow'],
    ]);
    expect(state(wb).trigger()).toMatchObject({ enabled: true, uid: uid(wb), owner: CURATOR, hour: 8 });
    menu(wb, 'roadmapRemindersOff');
    menu(wb, 'roadmapRemindersOff');
    expect(allTriggers(wb.world)).toEqual([]);
    expect(state(wb).trigger()).toMatchObject({ enabled: false, disabledBy: CURATOR });
    runTriggersUntil(wb, '2026-09-02T12:00:00+03:00');
    expect(mails(wb)).toEqual([]);
  });

  test('switched off by another editor, the owner’s trigger removes itself at its next firing and mails nobody', () => {
    const wb = withReminders();
    menu(wb, 'roadmapRemindersOff', DEPUTY);
    expect(allTriggers(wb.world)).toHaveLength(1); // the deputy cannot see or delete the curator's trigger
    runTriggersUntil(wb, '2026-09-02T12:00:00+03:00');
    expect(allTriggers(wb.world)).toEqual([]);
    expect(mails(wb)).toEqual([]);
    expect(logLines(wb)).toContain(
      'Дорожная карта: Напоминания выключены: оставшийся ежедневный триггер удалён, письма не отправлялись.',
    );
  });
});

describe('dates belong to the workbook’s time zone', () => {
  test('with «Часовой пояс» Asia/Vladivostok the trigger fires at 08:00 there and the digest is for that day', () => {
    const wb = roadmapWorld('2026-08-31T12:00:00+03:00', { year: '2026/2027' });
    setSetting(wb, 'Часовой пояс', 'Asia/Vladivostok');
    menu(wb, 'roadmapRemindersOn');
    expect(allTriggers(wb.world)[0]!.clock).toMatchObject({ hour: 8, timeZone: 'Asia/Vladivostok' });
    // 08:xx in Vladivostok on 01.09 is 01:xx in Moscow on 01.09 and 22:xx UTC on 31.08.
    runTriggersUntil(wb, '2026-09-01T04:00:00+03:00');
    const sent = digests(wb);
    expect(sent.map((m) => m.subject)).toEqual(['Дорожная карта наставничества на 01.09.2026: скоро срок: 2']);
    expect(new Date(sent[0]!.at).toISOString().slice(0, 10)).toBe('2026-08-31');
  });
});
