// dist/Code.js driven as Apps Script drives it: onOpen in AuthMode.NONE, the menu's functions, the sidebar, an RPC.
import fs from 'node:fs';
import path from 'node:path';
import { World } from '../../tools/emulator';
import { createSpreadsheet, uiState, type MenuEntry, type MenuModel } from '../../tools/emulator/spreadsheet';
import { createBundleRunner, defaultDistDir } from '../../tools/harness/bundle-runner';

function setup() {
  const world = new World({ now: '2026-09-07T09:00:00+03:00', locale: 'ru' });
  createSpreadsheet(world, { name: 'Наставничество СОШ № 7' });
  return { world, runner: createBundleRunner(world) };
}

function menuFunctions(entries: MenuEntry[]): string[] {
  return entries.flatMap((e) =>
    e.type === 'item' ? [e.functionName] : e.type === 'submenu' ? menuFunctions(e.menu.items) : [],
  );
}

describe('onOpen in AuthMode.NONE (apps-script-facts §1.1–1.3, §1.5)', () => {
  const { world, runner } = setup();
  runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' });
  const menus: MenuModel[] = uiState(world).menus;

  test('builds exactly one add-on menu, «Наставничество» items under Extensions', () => {
    expect(menus).toHaveLength(1);
    expect(menus[0]!.addon).toBe(true);
    expect(menuFunctions(menus[0]!.items).length).toBeGreaterThan(0);
  });

  test('every menu item names a top-level function of kind "menu" (§12)', () => {
    const kinds = new Map(runner.publicFunctions.map((f) => [f.name, f.kind]));
    for (const name of menuFunctions(menus[0]!.items)) {
      expect(runner.topLevelFunctions).toContain(name);
      expect([name, kinds.get(name)]).toEqual([name, 'menu']);
    }
  });

  test('onInstall builds the same menu', () => {
    const other = setup();
    other.runner.run('onInstall', [{ authMode: 'FULL' }], { authMode: 'FULL', kind: 'simple' });
    expect(uiState(other.world).menus).toEqual(menus);
  });
});

describe('menu functions', () => {
  test('showSidebar opens the sidebar with the content of dist/Sidebar.html (§1.5)', () => {
    const { world, runner } = setup();
    runner.run('showSidebar', [], { authMode: 'FULL', kind: 'menu' });
    const sidebar = uiState(world).sidebar;
    expect(sidebar).not.toBeNull();
    expect(sidebar!.kind).toBe('sidebar');
    expect(sidebar!.title).toBe('Наставничество');
    expect(sidebar!.content).toBe(fs.readFileSync(path.join(defaultDistDir, 'Sidebar.html'), 'utf8'));
  });

  test('showSidebar in AuthMode.LIMITED is refused, as a sidebar needs FULL (§1.2)', () => {
    const { world, runner } = setup();
    expect(() => runner.run('showSidebar', [], { authMode: 'LIMITED', kind: 'menu' })).toThrow();
    expect(uiState(world).sidebar).toBeNull();
  });
});

describe('RPC through the wire rules (§2)', () => {
  test('getShellInfo round-trips: argument checked and copied, result serialized, data from the workbook', () => {
    const { runner } = setup();
    const result = runner.rpc('getShellInfo', {}) as {
      ok: boolean;
      data: { spreadsheetName: string; userEmail: string };
    };
    expect(result.ok).toBe(true);
    expect(result.data.spreadsheetName).toBe('Наставничество СОШ № 7');
    expect(result.data.userEmail).toBe('curator@school.example');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('a Date argument never reaches the server', () => {
    const { world, runner } = setup();
    const before = world.calls.count();
    expect(() => runner.rpc('getShellInfo', { at: new Date() })).toThrow('Failed due to illegal value in property: at');
    expect(world.calls.count()).toBe(before);
  });

  test('an invalid input comes back as a Russian message, not an exception', () => {
    const { runner } = setup();
    const result = runner.rpc('getShellInfo', 'не объект') as { ok: boolean; error?: { message: string } };
    expect(result.ok).toBe(false);
    expect(result.error!.message).toMatch(/[А-Яа-я]/);
  });

  test('private and unknown names are not callable', () => {
    const { runner } = setup();
    expect(() => runner.rpc('Nastavnik_')).toThrow(/not found|не найдена/);
    expect(() => runner.rpc('doesNotExist')).toThrow(/not found|не найдена/);
  });
});
