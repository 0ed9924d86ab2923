// The playground in Chromium: the sidebar loads and calls the server, the add-on menu runs, the emulator state changes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { deleteSheetAsPerson } from '../../tools/emulator/spreadsheet';
import { clickMenuItem, menuItems, test, withPlayground } from './support';

test('the sidebar loads in its 300 px frame and its first call fills the header from the workbook', () =>
  withPlayground(async ({ page, frame, playground, screenshot }) => {
    const width = await page.$eval('#sidebar-frame', (f) => f.getBoundingClientRect().width);
    assert.equal(Math.round(width), 300);
    const name = (await page.textContent('#doc-title'))?.trim() ?? '';
    assert.ok(name.length > 0);
    // What getShellInfo returns for this workbook; the header line shows school and year, else the spreadsheet name.
    const shell = playground.session.rpc('getShellInfo', [{}]);
    assert.ok(shell.ok);
    const info = (shell.value as { data: { spreadsheetName: string; schoolShortName: string; academicYear: string } })
      .data;
    assert.equal(info.spreadsheetName, name);
    const expected = [info.schoolShortName, info.academicYear].filter(Boolean).join(' · ') || info.spreadsheetName;
    await frame.waitForFunction((text) => document.querySelector('#app .small')?.textContent === text, expected);
    assert.equal(await frame.locator('.notice.error, .notice-error').count(), 0, 'the sidebar shows no error');
    await screenshot('sidebar-shell');
  }));

test('google.script.run in the frame follows the wire rules (Date refused synchronously, "_" names absent, 11 calls all answered)', () =>
  withPlayground(async ({ frame }) => {
    const result = await frame.evaluate(async () => {
      const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } })
        .google.script.run;
      let thrown = '';
      try {
        (run.getShellInfo as (a: unknown) => void)({ when: new Date() });
      } catch (e) {
        thrown = (e as Error).message;
      }
      const names = Object.keys(run);
      const answers = await Promise.all(
        Array.from(
          { length: 11 },
          (_, i) =>
            new Promise<unknown>((resolve, reject) => {
              const r = (run.withSuccessHandler as (f: unknown) => Record<string, unknown>)(
                (v: unknown, user: unknown) => resolve(user),
              );
              const r2 = (r.withFailureHandler as (f: unknown) => Record<string, unknown>)(reject);
              const r3 = (r2.withUserObject as (u: unknown) => Record<string, (a: unknown) => void>)(i);
              r3.getShellInfo!({});
            }),
        ),
      );
      return { thrown, privateNames: names.filter((n) => n.endsWith('_')), answers };
    });
    assert.equal(result.thrown, 'Failed due to illegal value in property: when');
    assert.deepEqual(result.privateNames, []);
    assert.deepEqual(result.answers, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }));

test('every add-on menu item runs through the bundle and the emulator state follows', () =>
  withPlayground(async ({ page, playground, screenshot }) => {
    const items = await menuItems(page);
    assert.ok(items.length > 0, 'onOpen built the add-on menu');
    for (const item of items) {
      const setup = /Настроить таблицу/.test(item.caption);
      let removed = '';
      if (setup) {
        // The demo workbook is already set up: a person deletes one of its sheets, setup must bring it back.
        const tabs = await page.$$eval('#tabs .sheet-tab', (t) => t.map((x) => x.textContent ?? ''));
        removed = tabs[tabs.length - 1]!;
        deleteSheetAsPerson(playground.session.world, removed);
        await page.reload();
        await page.waitForSelector('body[data-ready="true"]');
        assert.equal(await page.locator(`#tabs .sheet-tab[data-sheet="${removed}"]`).count(), 0);
      }
      const outcome = await clickMenuItem(page, item.caption);
      assert.ok(outcome.ok, `«${item.caption}» (${item.functionName}) ran without error: ${outcome.text}`);
      // Each alert is answered with OK, as a person would (a command may ask first, then report).
      for (let n = 0; await page.isVisible('#modal'); n++) {
        assert.ok(((await page.textContent('#modal-text')) ?? '').length > 0);
        await screenshot(`menu-${item.functionName}-alert${n ? `-${n + 1}` : ''}`);
        const text = await page.textContent('#modal-text');
        await page.click('#modal-ok');
        await page.waitForFunction(
          (prev) =>
            document.getElementById('modal')!.hidden || document.getElementById('modal-text')!.textContent !== prev,
          text,
        );
      }
      if (setup) await page.waitForSelector(`#tabs .sheet-tab[data-sheet="${removed}"]`);
      await screenshot(`menu-${item.functionName}`);
    }
  }));

test('the clock moves forward and the state survives a restart of the playground', () =>
  withPlayground(async ({ page, stateFile, playground }) => {
    const before = (await page.textContent('#clock-now')) ?? '';
    await page.click('#plus-day');
    await page.waitForFunction((prev) => document.getElementById('clock-now')?.textContent !== prev, before);
    const after = (await page.textContent('#clock-now')) ?? '';
    const executions = playground.session.executions.length;
    assert.ok(fs.existsSync(stateFile));
    await withPlayground(
      async ({ page: again }) => {
        assert.equal((await again.textContent('#clock-now')) ?? '', after);
        // onOpen runs again on page load, so the log only grows.
        const rows = await again.$$eval('#pane-executions tbody tr', (r) => r.length);
        assert.ok(rows >= executions);
      },
      { stateFile },
    );
  }));
