// Documents benchmark: DocumentApp/Drive calls and estimated Apps Script seconds for the order and the programs.
import { performance } from 'node:perf_hooks';
import { buildOrder } from '../../src/domain/documents/order';
import { buildProgram } from '../../src/domain/documents/program';
import type { ResolvedPair } from '../../src/domain/documents/participants';
import { renderToGoogleDoc } from '../../src/google/docs';
import { emulatedWorkbook } from '../../test/support/context';
import { d, mentee, mentor, pair, settings } from '../../test/unit/documents/fixtures';
import { costOf, type WorldOptions } from '../../tools/emulator';

const SURNAMES = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Попова', 'Соколова', 'Лебедева', 'Козлова'];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Ирина'];

/** `n` distinct individual pairs, every participant with consent (names are unique by a numeric suffix). */
export function manyPairs(n: number): ResolvedPair[] {
  const person = (i: number, salt: number) =>
    `${SURNAMES[(i + salt) % SURNAMES.length]}-${i + salt * 7919} ${NAMES[i % NAMES.length]} Сергеевна`;
  return Array.from({ length: n }, (_, i) =>
    pair(`НП-2026-${String(i + 1).padStart(4, '0')}`, [mentor(`m${i}`, person(i, 1))], [mentee(`e${i}`, person(i, 2))]),
  );
}

export interface DocumentsBenchRow {
  scenario: string;
  size: number | string;
  calls: Record<string, number>;
  totalCalls: number;
  estimatedSeconds: number;
  nodeMs: number;
}

function diff(after: Record<string, number>, before: Record<string, number>, divisor = 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) {
    const n = (v - (before[k] ?? 0)) / divisor;
    if (n > 0) out[k] = Math.round(n * 100) / 100;
  }
  return out;
}

function row(
  scenario: string,
  size: number | string,
  calls: Record<string, number>,
  nodeMs: number,
): DocumentsBenchRow {
  const totalCalls = Object.values(calls).reduce((a, b) => a + b, 0);
  const estimatedMs = Object.entries(calls).reduce((s, [k, n]) => s + costOf(k) * n, 0);
  return {
    scenario,
    size,
    calls,
    totalCalls: Math.round(totalCalls * 100) / 100,
    estimatedSeconds: Math.round(estimatedMs) / 1000,
    nodeMs: Math.round(nodeMs * 10) / 10,
  };
}

/** Renders `docs` one execution each in one world; returns the calls of all of them and the Node time. */
function renderAll(docs: Array<() => import('../../src/domain/documents/model').Document>, world: WorldOptions = {}) {
  const wb = emulatedWorkbook(world);
  const before = wb.world.calls.byMethod();
  const t0 = performance.now();
  for (const make of docs) wb.run((ctx) => renderToGoogleDoc(ctx, make()), 'rpc');
  const nodeMs = performance.now() - t0;
  return { after: wb.world.calls.byMethod(), before, nodeMs };
}

export function runDocumentsBench(): DocumentsBenchRow[] {
  const rows: DocumentsBenchRow[] = [];
  for (const n of [30, 2500]) {
    const ps = manyPairs(n);
    const r = renderAll([() => buildOrder({ settings, number: '112-од', date: d('2026-09-25'), pairs: ps }).document]);
    rows.push(row('order (one appendTable per table)', n, diff(r.after, r.before), r.nodeMs));
  }
  const one = manyPairs(1)[0]!;
  const p1 = renderAll([() => buildProgram({ settings, pair: one, approvalDate: d('2026-10-15') }).document]);
  rows.push(row('program (ПНП)', 1, diff(p1.after, p1.before), p1.nodeMs));

  // 300 programs exceed the consumer quota (250 documents a day): the run is a Workspace account, one execution each.
  const ps = manyPairs(300);
  const all = renderAll(
    ps.map((rp) => () => buildProgram({ settings, pair: rp, approvalDate: d('2026-10-15') }).document),
    { accountType: 'workspace' },
  );
  rows.push(row('programs, per document', '300 (average)', diff(all.after, all.before, 300), all.nodeMs / 300));
  rows.push(row('programs, total', 300, diff(all.after, all.before), all.nodeMs));
  return rows;
}
