// The three documents generated through dist/Code.js for the demo school: the «Документы» submenu, the sidebar
// opened at its section, and the sidebar's calls (preview, start, continue) through the wire rules.
import { createContext } from '../../src/app/context';
import type { AppsScriptServices } from '../../src/google/services';
import { createGlobals, World } from '../../tools/emulator';
import { documentToText, listDocuments } from '../../tools/emulator/documents';
import { createSpreadsheet, uiState, type MenuEntry } from '../../tools/emulator/spreadsheet';
import { seedDemoPairs } from '../../tools/demo/documents';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { createBundleRunner } from '../../tools/harness/bundle-runner';
import {
  generateThroughBundle,
  wireData as data,
  type BundleRunProgress,
  type Wire,
} from '../support/bundle-documents';

function demo() {
  const world = new World({ now: '2026-09-28T10:00:00+03:00', locale: 'ru' });
  createSpreadsheet(world, { name: 'Наставничество — МБОУ «СОШ № 7»', timeZone: 'Europe/Moscow' });
  const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
  world.execute({ kind: 'script' }, () => seedDemoWorkbook(createContext(services), generateSchool()));
  const pairIds = world.execute({ kind: 'script' }, () => seedDemoPairs(createContext(services), { count: 9 }));
  return { world, runner: createBundleRunner(world), pairIds };
}

describe('documents through the built bundle', () => {
  const { world, runner, pairIds } = demo();

  /** What the sidebar does: preview, start, then continue batch by batch (each call one execution). */
  function generate(request: Record<string, unknown>): BundleRunProgress {
    const { preview, progress } = generateThroughBundle(runner, request);
    expect(preview.canGenerate).toBe(true);
    expect(preview.html).toMatch(/^<!DOCTYPE html>/);
    return progress;
  }

  test('onOpen builds «Документы» with its four items; each opens the sidebar at its section', () => {
    runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' });
    const sub = uiState(world).menus[0]!.items.find(
      (e): e is Extract<MenuEntry, { type: 'submenu' }> => e.type === 'submenu' && e.menu.caption === 'Документы',
    )!;
    expect(sub.menu.items.map((i) => (i.type === 'item' ? i.caption : ''))).toEqual([
      'Сформировать приказ',
      'Сформировать согласия',
      'Сформировать программы',
      'Шаблоны',
    ]);
    for (const [fn, section] of [
      ['documentsMenuOrder', 'order'],
      ['documentsMenuConsents', 'consents'],
      ['documentsMenuPrograms', 'programs'],
    ]) {
      runner.run(fn!, [], { authMode: 'FULL', kind: 'menu' });
      expect(uiState(world).sidebar!.content).toContain(`data-start-panel="documents" data-start-section="${section}"`);
    }
    expect(listDocuments(world)).toHaveLength(0); // opening the panel generates nothing
  });

  test('the order', () => {
    const p = generate({ kind: 'order', pairIds: null, consentMode: 'pagePerPerson' });
    expect(p).toMatchObject({ finished: true, total: 1, done: 1, errors: 0 });
    const order = listDocuments(world).find((d) => d.name.startsWith('Приказ № 112-од'))!;
    const text = documentToText(world, order.id);
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    expect(text).toContain('от 25.09.2026 № 112-од');
    const appendix = text.split('\f')[1]!;
    expect(appendix.split('\n').filter((l) => /^\d+ \| /.test(l)).length).toBeGreaterThan(0);
  });

  test('the consents, one document with a page each', () => {
    const p = generate({ kind: 'consents', pairIds: null, consentMode: 'pagePerPerson' });
    expect(p).toMatchObject({ finished: true, total: 1, done: 1 });
    const doc = listDocuments(world).find((d) => d.name.startsWith('Согласия участников'))!;
    expect(documentToText(world, doc.id).split('\f').length).toBeGreaterThan(pairIds.length);
  });

  test('the programs of every pair, in several batches', () => {
    const p = generate({ kind: 'programs', pairIds: null, consentMode: 'pagePerPerson' });
    expect(p).toMatchObject({ finished: true, total: pairIds.length, done: pairIds.length, errors: 0 });
    for (const id of pairIds)
      expect(listDocuments(world).filter((d) => d.name.startsWith(`ПНП ${id} `))).toHaveLength(1);
    const overview = data<{ register: Array<{ status: string }>; run: unknown }>(runner.rpc('documentsOverview', {}));
    expect(overview.run).toBeNull();
    expect(overview.register.filter((r) => r.status === 'готов')).toHaveLength(pairIds.length + 2);
  });

  test('«Шаблоны» creates the four template documents and opens the sidebar at them', () => {
    const before = listDocuments(world).length;
    runner.run('documentsMenuTemplates', [], { authMode: 'FULL', kind: 'menu' });
    expect(uiState(world).sidebar!.content).toContain('data-start-panel="documents" data-start-section="templates"');
    expect(listDocuments(world).filter((d) => d.name.startsWith('Шаблон — '))).toHaveLength(4);
    runner.run('documentsMenuTemplates', [], { authMode: 'FULL', kind: 'menu' });
    expect(listDocuments(world)).toHaveLength(before + 4);
  });

  test('an invalid request is refused with a Russian message, nothing generated', () => {
    const before = listDocuments(world).length;
    const r = runner.rpc('documentsStart', {
      request: { kind: 'диплом', pairIds: null },
      overwrite: [],
    }) as Wire<unknown>;
    expect(r.ok).toBe(false);
    expect(listDocuments(world)).toHaveLength(before);
  });
});
