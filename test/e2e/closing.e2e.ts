// «Итоги года» in the playground: record an event and get its news draft, find a practice, see the year-close plan.
import assert from 'node:assert/strict';
import { test, withPlayground } from './support';

test('«Итоги года»: an event recorded in the panel gets its news draft; the library search finds a practice; the year-close plan is shown first', () =>
  withPlayground(async ({ page, frame, screenshot }) => {
    await frame.click('button.tab[data-panel="closing"]');
    await frame.waitForSelector('[data-closing-section="monitoring"] [data-stat="answered"]');

    // Events: the form writes a row on «Мероприятия» and a draft on «Публикации».
    await frame.click('[data-closing-section="events"] > summary');
    await frame.waitForSelector('[data-event-form]', { state: 'attached' });
    await frame.click('[data-closing-section="events"] details > summary');
    await frame.fill('[data-event-form] input[name="date"]', '2026-09-07');
    await frame.selectOption('[data-event-form] select[name="kind"]', 'seminar');
    await frame.fill('[data-event-form] input[name="title"]', 'Наставничество: первые шаги');
    await frame.fill('[data-event-form] input[name="participantCount"]', '11');
    await frame.fill('[data-event-form] textarea[name="outcome"]', 'составлен план встреч');
    await frame.click('[data-event-form] button[type="submit"]');
    await frame.waitForSelector('[data-closing-section="events"] [data-status] .notice.success');
    assert.match((await frame.textContent('[data-closing-section="events"] [data-status]')) ?? '', /Мероприятие МР-0001 записано\. Черновики публикаций: Семинар «Наставничество: первые шаги»/);
    await frame.waitForSelector('[data-event="МР-0001"] .badge.warn');
    assert.equal(await frame.textContent('[data-event="МР-0001"] .badge.warn'), 'черновик');
    await page.waitForSelector('.sheet-tab[data-sheet="Публикации"]');

    // The draft is published with its link.
    const pub = frame.locator('[data-publications] li').first();
    await pub.locator('input').fill('https://school.example/news/seminar');
    await pub.locator('button', { hasText: 'Опубликовано' }).click();
    await frame.waitForSelector('[data-event="МР-0001"] .badge.ok >> text=опубликовано');

    // The library: a practice added from the panel is found by a word of its description.
    await frame.click('[data-closing-section="library"] > summary');
    await frame.waitForSelector('[data-library-results] p');
    const add = frame.locator('[data-closing-section="library"] details').last();
    await add.locator('summary').click();
    await add.locator('input[type="text"]').nth(0).fill('Лист наблюдения урока');
    await add.locator('input[type="text"]').nth(1).fill('Петрова О. В.');
    await add.locator('textarea').fill('Наставник и наставляемый вместе разбирают урок по листу наблюдения');
    await add.locator('button[type="submit"]').click();
    await frame.waitForSelector('[data-closing-section="library"] [data-status] .notice.success');
    await frame.fill('[data-library-query]', 'разбирают');
    await frame.press('[data-library-query]', 'Enter');
    await frame.waitForSelector('[data-practice="МК-0001"]');

    // Closing the year shows the plan first; in September it is refused with the reason.
    await frame.click('[data-closing-section="year"] > summary');
    await frame.click('[data-year-preview]');
    await frame.waitForSelector('[data-year-plan] ul');
    const plan = (await frame.textContent('[data-year-plan]')) ?? '';
    assert.match(plan, /Учебный год 2026\/2027 будет завершён/);
    assert.match(plan, /завершить его можно с 01\.04\.2027/);
    assert.equal(await frame.locator('[data-year-run]').count(), 0);
    await screenshot('closing-panel');
  }));
