// «Дорожная карта» in the playground: switch reminders on in the sidebar, move the emulator's clock, and watch the
// daily trigger's digest arrive in the outbox; the panel then shows the run and what it sent.
import assert from 'node:assert/strict';
import { test, withPlayground } from './support';

test('reminders switched on in the sidebar; +1 day runs the trigger and the digest is in the outbox', () =>
  withPlayground(async ({ page, frame, playground, screenshot }) => {
    await frame.click('button.tab[data-panel="roadmap"]');
    await frame.waitForSelector('[data-reminders="off"]');
    // The timeline of the year is there: stages, items with their status and deadline, what is next.
    assert.ok((await frame.locator('.roadmap-stage').count()) >= 7, 'the seven stages of the school’s roadmap');
    assert.equal(await frame.locator('[data-list="next"] [data-item]').first().getAttribute('data-item'), '2.1');
    await screenshot('roadmap-panel');

    await frame.click('[data-action="reminders-on"]');
    await frame.waitForSelector('[data-reminders="on"]');
    assert.match(
      (await frame.textContent('[data-reminders="on"]')) ?? '',
      /Каждый день около 08:00 \(Europe\/Moscow\)/,
    );
    await page.click('.drawer-tab[data-pane="triggers"]');
    await page.waitForSelector('#pane-triggers td:text-is("onDailyTrigger")');
    // One daily trigger (the demo's forms also have their form-submit trigger).
    assert.equal(await page.locator('#pane-triggers td:text-is("onDailyTrigger")').count(), 1);

    // Monday 07.09 → Tuesday 08.09: the trigger fires about 08:00; 15.09 is 7 days away.
    assert.equal(await page.textContent('#outbox-count'), '0');
    await page.click('#plus-day');
    await page.waitForFunction(() => Number(document.querySelector('#outbox-count')?.textContent ?? '0') > 0);
    await page.click('.drawer-tab[data-pane="outbox"]');
    const subjects = await page.$$eval('#pane-outbox tbody tr td:nth-child(3)', (tds) =>
      tds.map((td) => td.textContent ?? ''),
    );
    assert.ok(
      subjects.some((s) => /^Дорожная карта наставничества на 08\.09\.2026: скоро срок: \d+/.test(s)),
      `the curator's digest is in the outbox: ${subjects.join(' | ')}`,
    );
    const curatorRow = page
      .locator('#pane-outbox tbody tr')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: /^curator@school\.example$/ }) })
      .first();
    assert.match((await curatorRow.textContent()) ?? '', /Пункт 2\.1\..*до 15\.09\.2026 — через 7 дней/s);
    // Teachers of «Педагоги» without an answer got one shared reminder, in blind copy (the curator in To).
    const shared = page.locator('#pane-outbox tbody tr', { hasText: /скрытая копия: \d+/ }).first();
    assert.match(
      (await shared.textContent()) ?? '',
      /Просим вас заполнить анкету о ваших профессиональных запросах до 15\.09\.2026/,
    );
    await screenshot('roadmap-outbox');

    // Back in the panel: the run, and whom it mailed.
    await frame.click('button.tab[data-panel="roadmap"]');
    await frame.waitForSelector('.roadmap-runs [data-run="ok"]');
    assert.match(
      (await frame.textContent('.roadmap-runs li')) ?? '',
      /ежедневная проверка.*08\.09\.2026: отправлено писем — \d+/s,
    );

    // «Отправить сейчас» the same day mails nobody twice.
    const before = Number(await page.textContent('#outbox-count'));
    await frame.click('[data-action="send"]');
    await frame.waitForSelector('[data-check-result="send"]');
    assert.match(
      (await frame.textContent('[data-check-result="send"]')) ?? '',
      /отправлено писем — 0\. Уже получили письмо сегодня: \d+\./,
    );
    assert.equal(playground.session.view().outbox.length, before);
    await screenshot('roadmap-sent-today');
  }));

test('+1 месяц walks the clock day by day: every morning’s trigger runs and the due day’s digest arrives', () =>
  withPlayground(async ({ page, frame }) => {
    await frame.click('button.tab[data-panel="roadmap"]');
    await frame.click('[data-action="reminders-on"]');
    await frame.waitForSelector('[data-reminders="on"]');
    await page.click('#plus-month');
    await page.waitForFunction(() =>
      (document.querySelector('#clock-now')?.textContent ?? '').startsWith('07.10.2026'),
    );
    await page.click('.drawer-tab[data-pane="outbox"]');
    const subjects = await page.$$eval('#pane-outbox tbody tr td:nth-child(3)', (tds) =>
      tds.map((td) => td.textContent ?? ''),
    );
    for (const day of ['08.09.2026', '14.09.2026', '15.09.2026', '16.09.2026', '17.09.2026', '01.10.2026']) {
      assert.ok(
        subjects.some((s) => s.startsWith(`Дорожная карта наставничества на ${day}`)),
        `a digest on ${day}: ${subjects.join(' | ')}`,
      );
    }
    // One trigger execution per day, none failed.
    const runs = await page.$$eval(
      '#pane-executions tbody tr[data-execution="onDailyTrigger"] td:nth-child(6)',
      (tds) => tds.map((td) => td.className),
    );
    assert.equal(runs.length, 30);
    assert.ok(runs.every((c) => c === 'ok'));
  }));
