// «Подбор» through dist/Code.js in node:vm: the menu, the sidebar opened on its panel, and the sidebar calls of a whole
// «Автоподбор» (overview → proposal → confirm) under the wire rules.
import { uiState, type MenuEntry } from '../../tools/emulator/spreadsheet';
import { createBundleRunner } from '../../tools/harness/bundle-runner';
import { matchingWorkbook, records } from '../support/matching-school';

type Ok<T> = { ok: true; data: T };
type Result = Ok<Record<string, unknown>> | { ok: false; error: { code: string; message: string; details?: string[] } };

function setup() {
  const wb = matchingWorkbook();
  const runner = createBundleRunner(wb.world);
  const rpc = (name: string, input: unknown) => runner.rpc(name, input) as Result;
  const data = <T>(name: string, input: unknown): T => {
    const r = rpc(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message} ${(r.error.details ?? []).join('; ')}`);
    return r.data as T;
  };
  return { wb, runner, rpc, data };
}

describe('the «Подбор» menu', () => {
  const { wb, runner } = setup();
  runner.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simple' });
  const sub = uiState(wb.world).menus[0]!.items.find(
    (e): e is Extract<MenuEntry, { type: 'submenu' }> => e.type === 'submenu' && e.menu.caption === 'Подбор',
  );

  test('has «Подобрать наставника», «Автоподбор» and «Анализ банка», each a menu function of the bundle', () => {
    expect(sub!.menu.items.map((i) => (i.type === 'item' ? [i.caption, i.functionName] : null))).toEqual([
      ['Подобрать наставника', 'matchingSuggestSelected'],
      ['Автоподбор', 'matchingAutoAssign'],
      ['Анализ банка', 'matchingBankAnalysis'],
    ]);
    const kinds = new Map(runner.publicFunctions.map((f) => [f.name, f.kind]));
    for (const name of ['matchingSuggestSelected', 'matchingAutoAssign', 'matchingBankAnalysis'])
      expect(kinds.get(name)).toBe('menu');
  });

  test('«Автоподбор» opens the sidebar on the «Подбор» panel, ready to compute the proposal', () => {
    runner.run('matchingAutoAssign', [], { authMode: 'FULL', kind: 'menu' });
    const sidebar = uiState(wb.world).sidebar!;
    expect(sidebar.title).toBe('Наставничество');
    expect(sidebar.content).toContain('<body data-start-panel="matching" data-start-section="propose">');
  });

  test('«Подобрать наставника» needs rows of «Наставляемые» selected, and says so in a dialog otherwise', () => {
    wb.spreadsheet().getSheetByName('Наставники')!.getRange('A2').activate();
    runner.run('matchingSuggestSelected', [], { authMode: 'FULL', kind: 'menu' });
    expect(uiState(wb.world).alerts.at(-1)!.prompt).toMatch(/^Выделите на листе «Наставляемые» строки педагогов/);
    wb.spreadsheet().getSheetByName('Наставляемые')!.getRange('C2:C3').activate();
    runner.run('matchingSuggestSelected', [], { authMode: 'FULL', kind: 'menu' });
    expect(uiState(wb.world).sidebar!.content).toContain('data-start-section="selection"');
    const view = runner.rpc('matchingSuggest', { selection: true }) as Ok<{
      mentees: Array<{ mentee: { id: string }; suggestions: unknown[] }>;
    }>;
    expect(view.data.mentees.map((m) => m.mentee.id)).toEqual(['НЯ-0001', 'НЯ-0002']);
    expect(view.data.mentees[0]!.suggestions.length).toBeGreaterThan(0);
  });

  test('«Анализ банка» writes its sheet, shows it and summarises the shortfalls', () => {
    runner.run('matchingBankAnalysis', [], { authMode: 'FULL', kind: 'menu' });
    expect(uiState(wb.world).alerts.at(-1)!.prompt).toContain(
      'Не хватает наставников по запросам: Работа с обучающимися с ОВЗ',
    );
    expect(wb.spreadsheet().getActiveSheet().getName()).toBe('Анализ банка');
    expect(records(wb, 'Анализ банка').length).toBeGreaterThan(10);
  });
});

describe('a whole «Автоподбор» through google.script.run', () => {
  test('overview → proposal → confirm; the results cross the wire intact and the sheets change', () => {
    const { wb, data, rpc } = setup();
    const overview = data<{ counts: { waiting: number }; waiting: Array<{ requestDate: string }> }>(
      'matchingOverview',
      {},
    );
    expect(overview.counts.waiting).toBe(6);
    expect(overview.waiting[0]!.requestDate).toBe('2026-09-01');
    const proposal = data<{
      pairs: Array<{ menteeId: string; mentorId: string; pinned: boolean }>;
      totals: { totalScore: number; greedyTotal: number };
    }>('matchingPropose', { mode: 'maxScore' });
    expect(proposal.pairs).toHaveLength(5);
    expect(proposal.totals.totalScore).toBeGreaterThanOrEqual(proposal.totals.greedyTotal);
    const confirm = data<{ written: Array<{ pairId: string }>; supported: Array<{ name: string }> }>(
      'matchingConfirm',
      {
        source: 'proposal',
        markUnservable: true,
        pairs: proposal.pairs.map((p) => ({
          form: 'individual',
          mentorIds: [p.mentorId],
          menteeIds: [p.menteeId],
          locked: p.pinned,
        })),
      },
    );
    expect(confirm.written).toHaveLength(5);
    expect(confirm.supported.map((s) => s.name)).toEqual(['Егорова Светлана Павловна']);
    expect(records(wb, 'Пары и группы').map((p) => p['ID пары/группы'])).toEqual([
      'НП-2026-001',
      'НП-2026-002',
      'НП-2026-003',
      'НП-2026-004',
      'НП-2026-005',
    ]);
    // A malformed request is refused by the contract in Russian, before any use case runs.
    const bad = rpc('matchingConfirm', { source: 'proposal', pairs: [] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toBe('Панель отправила неверный запрос. Обновите панель и повторите.');
    // A use-case refusal comes back as a user error, not an exception.
    const gone = rpc('matchingDissolve', { pairId: 'НП-2026-099', reason: '' });
    expect(gone).toEqual({
      ok: false,
      error: { code: 'user_error', message: 'Пары НП-2026-099 нет на листе «Пары и группы».' },
    });
  });
});
