// «Документы» in Chromium on the playground: the programs generated from the sidebar with the progress bar moving
// batch by batch, each document opened as a page; the order's preview with what is missing; cancel of a long run.
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { test, withPlayground } from './support';

async function openDocuments(frame: Frame, section: string): Promise<void> {
  await frame.click('button.tab[data-panel="documents"]');
  await frame.waitForSelector('[data-documents-body]');
  await frame.click(`button.documents-tab[data-section="${section}"]`);
  await frame.waitForSelector(`[data-documents-body][data-section="${section}"] [data-counts]`);
}

/** Records every value the progress bar shows, from the page itself. */
async function watchProgress(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const v = bar ? `${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}` : '';
      if (v && seen[seen.length - 1] !== v) seen.push(v);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

type Rpc = (name: string, args: unknown[]) => { ok: boolean; value?: unknown };

/** The curator's «Автоподбор», confirmed as proposed (through the bundle, as the «Подбор» panel sends it). */
function confirmAutoAssignment(rpc: Rpc): number {
  const proposal = rpc('matchingPropose', [{}]).value as {
    data: { pairs: Array<{ menteeId: string; mentorId: string }> };
  };
  const pairs = proposal.data.pairs.map((p) => ({
    form: 'individual',
    mentorIds: [p.mentorId],
    menteeIds: [p.menteeId],
  }));
  const confirmed = rpc('matchingConfirm', [{ pairs, source: 'proposal' }]).value as {
    ok: boolean;
    data: { written: unknown[] };
  };
  assert.ok(confirmed.ok, 'the proposal is confirmed');
  return confirmed.data.written.length;
}

test('the programs are generated from the sidebar, batch by batch, with the progress bar; each opens as a page', () =>
  withPlayground(async ({ page, frame, playground, screenshot }) => {
    // Pairs are formed first («Автоподбор» confirmed), as the roadmap orders it: programs come after the pairs.
    assert.ok(confirmAutoAssignment((name, args) => playground.session.rpc(name, args)) >= 10);
    await openDocuments(frame, 'programs');
    const counts = (await frame.textContent('[data-counts]')) ?? '';
    const total = Number(/Документов: (\d+)/.exec(counts)![1]);
    assert.ok(total >= 10, `the demo has pairs to generate for (${counts})`);
    await frame.waitForSelector('[data-preview-frame]');
    await screenshot('documents-programs-preview');
    await watchProgress(frame);
    await frame.click('button[data-generate="programs"]');
    await frame.waitForSelector('[data-progress-box][data-finished="true"]', { timeout: 60_000 });
    const seen = await frame.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    assert.equal(seen[0], `0/${total}`, `the bar starts empty: ${seen.join(', ')}`);
    assert.equal(seen[seen.length - 1], `${total}/${total}`, `the bar ends full: ${seen.join(', ')}`);
    assert.ok(
      seen.some((v) => Number(v.split('/')[0]) > 0 && Number(v.split('/')[0]) < total),
      `the bar moved in between: ${seen.join(', ')}`,
    );
    assert.equal(await frame.locator('[data-processed] li[data-status="done"]').count(), total);
    assert.match(
      (await frame.textContent('[data-progress-box] .notice.success')) ?? '',
      new RegExp(`Готово: ${total} из ${total}`),
    );
    await screenshot('documents-programs-generated');

    // One batch = one execution, each well inside the limit (the emulator's estimate of Apps Script time).
    const batches = playground.session.executions.filter((e) => e.functionName === 'documentsContinue');
    assert.ok(batches.length >= 2, 'more than one batch');
    for (const b of batches) assert.ok(b.ok && b.estimatedSeconds < 120, `batch ${b.id}: ${b.estimatedSeconds} s`);

    // The playground lists the documents; each opens as a page rendered from the emulated Google Doc.
    await page.click('.drawer-tab[data-pane="documents"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#pane-documents tr[data-document]').length >= n,
      total,
    );
    const href = await page.getAttribute('#pane-documents tr[data-document] a', 'href');
    const docPage = await page.context().newPage();
    await docPage.goto(new URL(href!, page.url()).toString());
    const text = (await docPage.textContent('body')) ?? '';
    assert.match(text, /Персонализированная программа наставничества/);
    assert.match(text, /План мероприятий/);
    await docPage.close();
    // A link in the sidebar's register opens the same page, not Google.
    await frame.click('button.documents-tab[data-section="register"]');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), frame.click('[data-register] li a')]);
    await popup.waitForLoadState();
    assert.match(popup.url(), /\/doc\//);
    await popup.close();
  }));

test('the order preview says who is left out and why, with a button to the cell to fix', () =>
  withPlayground(async ({ frame, screenshot }) => {
    await openDocuments(frame, 'order');
    const items = await frame.locator('[data-missing] li').allTextContents();
    assert.ok(
      items.some((t) => /не войдёт в приказ: нет письменного согласия/.test(t)),
      items.join('\n'),
    );
    await frame.locator('[data-missing] li button.link').first().click();
    await frame.waitForSelector('[data-missing] ~ div .notice');
    assert.match((await frame.textContent('[data-missing] ~ div .notice')) ?? '', /Выделена ячейка/);
    await screenshot('documents-order-preview');
  }));

test('a long run is cancelled from the sidebar: written documents stay, the rest is cancelled', () =>
  withPlayground(async ({ frame, playground }) => {
    await openDocuments(frame, 'consents');
    await frame.check('input[name="consent-mode"][value="perPerson"]');
    await frame.waitForSelector('[data-counts]');
    // The curator clicks «Отменить» the moment it appears (a batch takes a fraction of a second in the playground,
    // faster than a test can click from outside): the batch in flight ends, then the rest is cancelled.
    await frame.evaluate(() => {
      const observer = new MutationObserver(() => {
        const cancel = document.querySelector<HTMLButtonElement>('[data-cancel]');
        if (!cancel) return;
        observer.disconnect();
        cancel.click();
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
    await frame.click('button[data-generate="consents"]');
    await frame.waitForSelector('[data-progress-box][data-finished="true"]', { timeout: 60_000 });
    assert.match((await frame.textContent('[data-progress-box]')) ?? '', /Формирование отменено/);
    const overview = playground.session.rpc('documentsOverview', [{}]);
    assert.ok(overview.ok);
    const register = (overview.value as { data: { register: Array<{ status: string }>; run: unknown } }).data;
    assert.equal(register.run, null);
    assert.ok(register.register.some((r) => r.status === 'готов'));
    assert.ok(register.register.some((r) => r.status === 'отменён'));
  }));
