// Documents benchmark: service calls and estimated Apps Script seconds per document — the order with 30 and 2,500
// pairs, one program, 300 programs in batches — for the Docs renderer alone and for the whole use case (sheet reads,
// Drive, register and pair links), against the floor of performance-and-style.md §1.6.
import { performance } from 'node:perf_hooks';
import { buildOrder } from '../../src/domain/documents/order';
import type { ResolvedPair } from '../../src/domain/documents/participants';
import { buildProgram } from '../../src/domain/documents/program';
import type { Document } from '../../src/domain/documents/model';
import { renderToGoogleDoc } from '../../src/google/docs';
import { continueRun, startRun } from '../../src/app/documents/run';
import { documentsSchool, fullRequest, type DocumentsSchool } from '../../test/support/documents';
import { emulatedWorkbook } from '../../test/support/context';
import { d, mentee, mentor, pair, settings } from '../../test/unit/documents/fixtures';
import { costOf, type Execution, type WorldOptions } from '../../tools/emulator';
import type { BenchResult } from './types';

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

/** The floor per document from performance-and-style.md §1.6 (DocumentApp path). */
const FLOOR = {
  order: 'create + openById + getBody + 1 appendTable + saveAndClose = 5 calls (cell styling adds calls)',
  program:
    'copy + openById + getBody + K replaceText + saveAndClose = K + 4 calls; P programs ≥ P/60 min (Docs writes)',
};

function diff(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
  return out;
}

function result(
  scenario: string,
  size: number,
  calls: Record<string, number>,
  nodeMs: number,
  extra: Record<string, unknown>,
): BenchResult {
  const totalCalls = Object.values(calls).reduce((a, b) => a + b, 0);
  const estimatedMs = Object.entries(calls).reduce((s, [k, n]) => s + costOf(k) * n, 0);
  return {
    scenario,
    size,
    calls,
    totalCalls,
    estimatedSeconds: Math.round(estimatedMs) / 1000,
    nodeMs: Math.round(nodeMs * 10) / 10,
    extra,
  };
}

/** The Docs renderer alone: one execution per document, the model built outside the count. */
function renderOnly(
  scenario: string,
  size: number,
  models: Array<() => Document>,
  world: WorldOptions = {},
): BenchResult {
  const wb = emulatedWorkbook(world);
  const built = models.map((m) => m());
  const before = wb.world.calls.byMethod();
  const t0 = performance.now();
  for (const doc of built) wb.run((ctx) => renderToGoogleDoc(ctx, doc), 'rpc');
  const nodeMs = performance.now() - t0;
  const calls = diff(wb.world.calls.byMethod(), before);
  const per = Object.fromEntries(
    Object.entries(calls).map(([k, v]) => [k, Math.round((v / built.length) * 100) / 100]),
  );
  return result(scenario, size, per, nodeMs / built.length, {
    documents: built.length,
    appendTablePerDocument: per['Body.appendTable'] ?? 0,
    floor: scenario.includes('order') ? FLOOR.order : FLOOR.program,
  });
}

/** The whole use case as the sidebar drives it: start, then one execution per batch; per-batch figures kept. */
function throughUseCase(scenario: string, school: DocumentsSchool, kind: 'order' | 'programs'): BenchResult {
  const executions: Execution[] = [];
  school.world.onExecutionEnd((e) => executions.push({ ...e }));
  const before = school.world.calls.byMethod();
  const t0 = performance.now();
  let p = school.run((ctx) => startRun(ctx, { request: fullRequest({ kind }), overwrite: [] }), 'rpc');
  const started = executions.length;
  while (!p.finished && p.stopped === null)
    p = school.run((ctx) => continueRun(ctx, { runId: p.runId, client: 'bench' }), 'rpc');
  const nodeMs = performance.now() - t0;
  const batches = executions.slice(started);
  const calls = diff(school.world.calls.byMethod(), before);
  return result(scenario, kind === 'order' ? school.pairIds.length : p.total, calls, nodeMs, {
    documents: p.done,
    stopped: p.stopped ?? '',
    batches: batches.length,
    maxBatchEstimatedSeconds: Math.round(Math.max(...batches.map((b) => b.estimatedMs))) / 1000,
    startEstimatedSeconds: Math.round(executions[started - 1]!.estimatedMs) / 1000,
    perDocumentEstimatedSeconds:
      Math.round(batches.reduce((s, b) => s + b.estimatedMs, 0) / Math.max(1, p.done)) / 1000,
    sheetReads: calls['Range.getValues'] ?? 0,
    floor: kind === 'order' ? FLOOR.order : FLOOR.program,
  });
}

export function runDocumentsBench(): BenchResult[] {
  const rows: BenchResult[] = [];
  for (const n of [30, 2500]) {
    const ps = manyPairs(n);
    rows.push(
      renderOnly('documents: order, Docs render', n, [
        () => buildOrder({ settings, number: '112-од', date: d('2026-09-25'), pairs: ps }).document,
      ]),
    );
  }
  rows.push(
    renderOnly('documents: one program, Docs render', 1, [
      () => buildProgram({ settings, pair: manyPairs(1)[0]! }).document,
    ]),
  );
  // Banks a little larger than the pairs: the demo school has a few inactive, already supported or broken rows.
  const staff = (n: number) => ({ mentors: Math.ceil(n * 1.2) + 40, mentees: Math.ceil(n * 1.2) + 60 });
  for (const n of [30, 2500]) {
    const school = documentsSchool({ pairs: n, ...staff(n), world: { accountType: 'workspace' } });
    rows.push(throughUseCase('documents: order, use case (sheets + Drive + Docs)', school, 'order'));
  }
  rows.push(throughUseCase('documents: one program, use case', documentsSchool({ pairs: 1 }), 'programs'));
  // 300 programs exceed the consumer quota (250 a day): a Workspace account, its limit set in «Настройки».
  const many = documentsSchool({ pairs: 300, ...staff(300), world: { accountType: 'workspace' } });
  many.setSetting('Лимит новых документов в день', '1500');
  rows.push(throughUseCase('documents: 300 programs in batches, use case', many, 'programs'));
  return rows;
}
