// «Итоги года» in the playground: record an event and get its news draft, find a practice, see the year-close plan;
// mail the questionnaires, answer one by its personal link in the browser, see the summary change.
import assert from 'node:assert/strict';
import { createContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { formDemoPairs } from '../../tools/demo/closing';
import { createGlobals } from '../../tools/emulator';
import { localFormPath } from '../../tools/playground/forms-route';
import { sidebarFrame, test, withPlayground } from './support';

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
    assert.match(
      (await frame.textContent('[data-closing-section="events"] [data-status]')) ?? '',
      /Мероприятие МР-0001 записано\. Черновики публикаций: Семинар «Наставничество: первые шаги»/,
    );
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

test('monitoring in the playground: the curator mails the questionnaires, a mentee answers by the personal link in the browser, the summary changes', () =>
  withPlayground(async ({ page, frame, playground, screenshot }) => {
    const session = playground.session;
    // The demo school at the end of May: its pairs formed (in place of a year of matching) and the clock moved on.
    const services = {
      ...createGlobals(session.world),
      now: () => session.world.clock.date(),
    } as unknown as AppsScriptServices;
    session.world.execute({ authMode: 'FULL', kind: 'script', functionName: 'formDemoPairs' }, () =>
      formDemoPairs(createContext(services)),
    );
    session.setClock(new Date('2027-05-12T10:00:00+03:00').getTime());
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const sidebar = await sidebarFrame(page);
    void frame;
    await sidebar.click('button.tab[data-panel="closing"]');
    await sidebar.waitForSelector('[data-closing-section="monitoring"] [data-invites]');
    const answered = async () =>
      Number(await sidebar.textContent('[data-closing-section="monitoring"] [data-stat="answered"] b'));
    const before = await answered();

    await sidebar.click('[data-send-questionnaires]');
    await sidebar.waitForSelector('[data-closing-section="monitoring"] [data-status] .notice.success');
    assert.match(
      (await sidebar.textContent('[data-closing-section="monitoring"] [data-status]')) ?? '',
      /Отправлено ссылок: \d+/,
    );

    // A mentee opens her personal link in her e-mail (the playground's «Почта»): the code and her requests are filled in.
    const invites = readSheet(session, 'Рассылка анкет');
    const mentee = invites.find((r) => r['Роль'] === 'наставляемый')!;
    await page.click('.drawer-tab[data-pane="outbox"]');
    const mail = page.locator('#pane-outbox tr', { hasText: String(mentee['Email']) }).first();
    const [form] = await Promise.all([
      page.context().waitForEvent('page'),
      mail.locator('a[data-mail-link]').first().click(),
    ]);
    await form.waitForLoadState();
    assert.equal(new URL(form.url()).pathname, localFormPath(String(mentee['Личная ссылка'])));
    const code = await form.inputValue('section[data-question="Код анкеты"] input');
    assert.match(code, new RegExp(`^${String(mentee['ID пары/группы'])}/`));
    for (const section of await form.locator('section.q').all()) {
      const scale = section.locator('.scale input[value="8"]');
      if (await scale.count()) await scale.check();
      const choice = section.locator('.choices input[type="radio"]').first();
      if (await choice.count()) await choice.check();
    }
    await form.fill('section[data-question="Что было самым ценным?"] textarea', 'Разбор уроков вместе с наставником');
    const email = form.locator('input[name="emailAddress"]');
    if (await email.count()) await email.fill(String(mentee['Email']));
    await form.click('button[type="submit"]');
    await form.waitForSelector('[data-submitted="true"]');
    await form.close();

    // The form-submit trigger filed it: the summary counts one more answer.
    await sidebar.click('[data-closing-section="monitoring"] [data-reload]');
    await sidebar.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-closing-section="monitoring"] [data-stat="answered"] b')?.textContent) ===
        n + 1,
      before,
    );
    assert.equal(await answered(), before + 1);
    await screenshot('closing-monitoring-answered');

    // «Отчёт о мониторинге…» opens «Документы» at the report: preview, generation, then the Google Doc as a page.
    await sidebar.click('[data-open-report]');
    await sidebar.waitForSelector('[data-documents-body][data-section="monitoring-report"] [data-counts]');
    await sidebar.waitForSelector('[data-preview-frame]');
    await sidebar.click('button[data-generate="monitoringReport"]');
    await sidebar.waitForSelector('[data-progress-box][data-finished="true"]', { timeout: 60_000 });
    assert.match((await sidebar.textContent('[data-progress-box] .notice.success')) ?? '', /Готово: 1 из 1/);
    const [doc] = await Promise.all([page.context().waitForEvent('page'), sidebar.click('[data-processed] li a')]);
    await doc.waitForLoadState();
    const text = (await doc.textContent('body')) ?? '';
    assert.match(text, /о мониторинге реализации персонализированных программ наставничества/);
    assert.match(text, /Анализ сильных и слабых сторон \(SWOT\)/);
    // One mentee answered: her ratings and her competence before/after are charts (no mentor has answered yet).
    assert.equal(await doc.locator('img[src^="data:image/png"]').count(), 2, 'the charts are images in the document');
    await screenshot('closing-report-generated');
    await doc.close();
  }));

/** A sheet of the playground's workbook as records by header (read outside any execution). */
function readSheet(
  session: { world: Parameters<typeof createGlobals>[0] },
  name: string,
): Array<Record<string, unknown>> {
  const ss = (createGlobals(session.world).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
  const [header, ...rows] = ss.getSheetByName(name)!.getDataRange().getValues();
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}
