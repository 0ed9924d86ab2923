// «Главная» in the playground: the roadmap's next deadlines, the first steps still to take and the counts, each
// leading to the panel that deals with it.
import assert from 'node:assert/strict';
import { test, withPlayground } from './support';

test('«Главная» shows the next deadlines and the first steps; a step opens its panel, the counts match «Банки»', () =>
  withPlayground(async ({ frame, playground, screenshot }) => {
    await frame.waitForSelector('[data-home="next"] [data-home-item]');
    // 07.09.2026 in the demo: requests (2.1) and the mentor bank (3.1) are due on 15.09.
    const next = await frame.$$eval('[data-home="next"] [data-home-item]', (els) =>
      els.map((e) => e.getAttribute('data-home-item')),
    );
    assert.deepEqual(next.slice(0, 2), ['2.1', '3.1']);
    assert.match((await frame.textContent('[data-home-item="2.1"]')) ?? '', /до 15\.09\.2026 · через 8 дн\./);

    const called = playground.session.rpc('getHome', [{}]);
    if (!called.ok) throw new Error(called.error.message);
    const home = called.value as { data: { counts: { menteesWaiting: number } } };
    const waiting = await frame.textContent('[data-home="counts"] button:nth-child(2) b');
    assert.equal(Number(waiting), home.data.counts.menteesWaiting);

    // Reminders are off in a new workbook: the step says so and leads to «Дорожная карта».
    await frame.waitForSelector('[data-step="reminders"]');
    await screenshot('home');
    await frame.click('[data-step="reminders"] button');
    await frame.waitForSelector('button.tab[data-panel="roadmap"][aria-selected="true"]');
  }));
