// «Банки» in the playground: the counts and problems of the demo school, and «Показать ячейку» selecting the bad cell.
import assert from 'node:assert/strict';
import { test, withPlayground } from './support';

test('«Банки» lists the demo school’s broken rows and «Показать ячейку» selects the cell in the workbook', () =>
  withPlayground(async ({ page, frame, screenshot }) => {
    await frame.click('button.tab[data-panel="banks"]');
    await frame.waitForSelector('[data-problems] li');
    const mentorsActive = await frame.textContent('[data-stats="mentors"] .stat b');
    assert.ok(Number(mentorsActive) > 0, 'the demo school has active mentors');

    // The first problem names its sheet, row and column; the button selects exactly that cell.
    const first = frame.locator('[data-problems] li').first();
    const where = ((await first.locator('.small.gray').textContent()) ?? '').trim();
    const m = /^(.+), строка (\d+)(?:, «(.+)»)?$/.exec(where);
    assert.ok(m, `the problem says where it is: ${where}`);
    const [, sheet, row, column] = m;
    await first.locator('button', { hasText: 'Показать ячейку' }).click();
    await frame.waitForSelector('[data-status] .notice');
    const said = (await frame.textContent('[data-status] .notice')) ?? '';
    assert.match(said, new RegExp(`Выделена ячейка ${sheet}!([A-Z]+)${row}\\.`));

    // The workbook view switches to that sheet and outlines the cell, whose header is the problem's column. (The
    // demo opens on «Наставляемые» with A1 selected, so wait for this cell, not for any selection.)
    const a1 = said.match(/!([A-Z]+\d+)\./)?.[1];
    await page.waitForSelector(`table.grid[data-sheet="${sheet}"] td.selected[data-selected="${a1}"]`);
    assert.equal(await page.getAttribute('.sheet-tab[aria-selected="true"]', 'data-sheet'), sheet);
    if (column) {
      const header = await page.$eval('table.grid td.selected', (td) => {
        const index = (td as HTMLTableCellElement).cellIndex;
        const headerRow = td.closest('tbody')!.querySelector('tr')!;
        return headerRow.children[index]?.textContent ?? '';
      });
      assert.equal(header.trim(), column);
    }
    await screenshot('banks-problem-selected');
  }));
