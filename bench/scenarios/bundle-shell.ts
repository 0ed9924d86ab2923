// Scenario: open the document (onOpen) and load the sidebar header (getShellInfo) through dist/Code.js.
import { performance } from 'node:perf_hooks';
import { World } from '../../tools/emulator';
import { createSpreadsheet, openSpreadsheet } from '../../tools/emulator/spreadsheet';
import { createBundleRunner } from '../../tools/harness/bundle-runner';
import type { BenchResult } from './types';

function worldWithRows(rows: number): World {
  const world = new World({ now: '2026-09-07T09:00:00+03:00', locale: 'ru' });
  createSpreadsheet(world, { name: 'Бенчмарк', sheets: ['Наставники'] });
  const sheet = openSpreadsheet(world).getSheetByName('Наставники')!;
  if (sheet.getMaxRows() < rows + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  const data = Array.from({ length: rows }, (_, i) => [`Учитель ${i + 1}`, 'учитель', 'математика', i % 30, 'первая']);
  sheet.getRange(1, 1, 1, 5).setValues([['ФИО', 'Должность', 'Предмет', 'Стаж', 'Категория']]);
  sheet.getRange(2, 1, rows, 5).setValues(data);
  return world;
}

export function runBundleShellBench(sizes: readonly number[]): BenchResult[] {
  return sizes.map((size) => {
    const world = worldWithRows(size);
    const runner = createBundleRunner(world);
    world.calls.reset();
    const started = performance.now();
    runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' });
    const shell = runner.rpc('getShellInfo', {}) as { ok?: boolean } | null;
    const nodeMs = performance.now() - started;
    return {
      scenario: 'bundle: onOpen + getShellInfo',
      size,
      calls: world.calls.byMethod(),
      totalCalls: world.calls.count(),
      estimatedSeconds: world.calls.estimatedSeconds(),
      nodeMs,
      extra: { ok: shell?.ok === true },
    };
  });
}
