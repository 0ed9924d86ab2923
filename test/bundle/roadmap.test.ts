// The roadmap through dist/Code.js as Apps Script runs it: the «Дорожная карта» submenu, reminders switched on from the
// menu, the daily trigger fired by the emulator's clock (one fresh script scope per execution), the sidebar's calls.
import { World } from '../../tools/emulator';
import { advanceClock, allTriggers, outbox } from '../../tools/emulator/services';
import { createSpreadsheet, openSpreadsheet, uiState, type MenuEntry } from '../../tools/emulator/spreadsheet';
import { createBundleRunner } from '../../tools/harness/bundle-runner';

const CURATOR = 'curator@school.example';

function setting(world: World, label: string, value: string): void {
  const sheet = openSpreadsheet(world).getSheetByName('Настройки')!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === label) + 1;
  sheet.getRange(row, 2).setValue(value);
}

function setup() {
  const world = new World({ now: '2026-08-31T12:00:00+03:00', locale: 'ru', userEmail: CURATOR });
  createSpreadsheet(world, { name: 'Наставничество СОШ № 2' });
  const runner = createBundleRunner(world);
  runner.run('setupWorkbook', [], { kind: 'menu' });
  setting(world, 'Куратор наставничества: email', CURATOR);
  setting(world, 'Учебный год', '2026/2027');
  return { world, runner };
}

describe('roadmap through the bundle', () => {
  const { world, runner } = setup();
  runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' });
  runner.run('roadmapRemindersOn', [], { kind: 'menu' });
  const fired = advanceClock(world, '2026-09-16T12:00:00+03:00', (_t, event, record) => {
    runner.run(record.handler, [event], { kind: 'trigger', user: record.user });
  });

  test('the add-on menu has «Дорожная карта» with the three items, named as users rely on', () => {
    const sub = uiState(world).menus[0]!.items.find(
      (e): e is Extract<MenuEntry, { type: 'submenu' }> => e.type === 'submenu' && e.menu.caption === 'Дорожная карта',
    );
    expect(sub!.menu.items.map((i) => (i.type === 'item' ? [i.caption, i.functionName] : i.type))).toEqual([
      ['Включить напоминания', 'roadmapRemindersOn'],
      ['Выключить напоминания', 'roadmapRemindersOff'],
      ['Проверить сейчас', 'roadmapCheckNow'],
    ]);
    expect(runner.publicFunctions.find((f) => f.name === 'onDailyTrigger')!.kind).toBe('trigger');
  });

  test('the menu switched reminders on (its dialog says so) and the trigger mailed on the lead days and the due day', () => {
    expect(uiState(world).alerts.at(-1)!.prompt).toBe(
      'Напоминания включены: ежедневная проверка около 08:00 (Europe/Moscow), письма от имени curator@school.example.',
    );
    expect(fired).toBe(16);
    expect(allTriggers(world)).toHaveLength(1);
    expect(outbox(world).map((m) => m.subject)).toEqual([
      'Дорожная карта наставничества на 01.09.2026: скоро срок: 2',
      'Дорожная карта наставничества на 08.09.2026: скоро срок: 2',
      'Дорожная карта наставничества на 14.09.2026: скоро срок: 2',
      'Дорожная карта наставничества на 15.09.2026: срок сегодня: 2',
      'Дорожная карта наставничества на 16.09.2026: просрочено: 2',
    ]);
  });

  test('the sidebar’s calls cross the wire: the overview and the check now (shown, then sent: nobody mailed twice)', () => {
    const overview = runner.rpc('getRoadmap', {}) as {
      ok: true;
      data: {
        today: string;
        reminders: { on: boolean; runs: Array<{ ok: boolean; sent: number }> };
        overdue: number[];
      };
    };
    expect(overview.ok).toBe(true);
    expect(overview.data.today).toBe('2026-09-16');
    expect(overview.data.reminders.on).toBe(true);
    expect(overview.data.reminders.runs[0]).toMatchObject({ ok: true, sent: 1 });
    expect(overview.data.overdue).toHaveLength(2);
    const preview = runner.rpc('roadmapCheck', { send: false }) as { ok: true; data: { message: string } };
    expect(preview.data.message).toBe('На 16.09.2026 отправлять нечего. Уже получили письмо сегодня: 1.');
    const send = runner.rpc('roadmapCheck', { send: true }) as { ok: true; data: { sent: number } };
    expect(send.data.sent).toBe(0);
    expect(outbox(world)).toHaveLength(5);
  });

  test('«Проверить сейчас» from the menu shows the day’s check in a dialog, without sending', () => {
    // 17.09, before the morning run: the 1 October items are 14 days away.
    world.clock.set('2026-09-17T06:00:00+03:00');
    runner.run('roadmapCheckNow', [], { kind: 'menu' });
    const shown = uiState(world).alerts.at(-1)!;
    expect(shown.title).toBe('Проверка дорожной карты');
    expect(shown.prompt).toBe(
      [
        'К отправке на 17.09.2026: писем — 1.',
        `• ${CURATOR}: 1.1, 2.2, 4.1, 5.1`,
        'Отправить сейчас можно в панели: «Дорожная карта» → «Отправить сейчас». Дважды за день одно письмо не уйдёт.',
      ].join('\n'),
    );
    expect(outbox(world)).toHaveLength(5);
  });

  test('«Выключить напоминания» removes the trigger', () => {
    runner.run('roadmapRemindersOff', [], { kind: 'menu' });
    expect(allTriggers(world)).toEqual([]);
    expect(uiState(world).alerts.at(-1)!.prompt).toBe('Напоминания выключены: ежедневная проверка не запускается.');
  });
});
