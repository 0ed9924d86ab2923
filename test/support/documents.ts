// The demo school with pairs, and helpers to drive the documents use cases as the sidebar does (start, then
// continue batch by batch), for the documents integration tests and the benchmark.
import type { AppContext } from '../../src/app/context';
import { previewDocuments } from '../../src/app/documents/preview';
import { continueRun, startRun, type RunProgress } from '../../src/app/documents/run';
import type { GenerationRequest } from '../../src/app/documents/items';
import type { WorldOptions } from '../../tools/emulator';
import { seedDemoPairs } from '../../tools/demo/documents';
import { generateSchool, seedDemoWorkbook } from '../../tools/demo/school';
import { emulatedWorkbook, type EmulatedWorkbook } from './context';

export interface DocumentsSchool extends EmulatedWorkbook {
  pairIds: string[];
  /** Every batch of a run until it ends or stops; each batch one execution, as the sidebar calls it. */
  generate(
    request: Partial<GenerationRequest> & Pick<GenerationRequest, 'kind'>,
    options?: { overwrite?: string[]; client?: string },
  ): RunProgress[];
  preview(
    request: Partial<GenerationRequest> & Pick<GenerationRequest, 'kind'>,
    previewKey?: string,
  ): ReturnType<typeof previewDocuments>;
  /** One cell of «Настройки» by its label, as a person types it. */
  setSetting(label: string, value: string): void;
}

export const fullRequest = (r: Partial<GenerationRequest> & Pick<GenerationRequest, 'kind'>): GenerationRequest => ({
  pairIds: null,
  consentMode: 'pagePerPerson',
  ...r,
});

/** Drives a started run to its end (or stop) one batch per execution. */
export function driveRun(wb: EmulatedWorkbook, first: RunProgress, client = 'test-client'): RunProgress[] {
  const out = [first];
  let p = first;
  // A stopped run (quota, another window) is continued once more on purpose: that is what «Продолжить» does.
  for (let guard = 0; !p.finished && (p === first || p.stopped === null) && guard < 1000; guard++) {
    p = wb.run((ctx) => continueRun(ctx, { runId: p.runId, client }), 'rpc');
    out.push(p);
  }
  return out;
}

export function documentsSchool(
  options: { pairs?: number; mentors?: number; mentees?: number; world?: WorldOptions } = {},
): DocumentsSchool {
  const wb = emulatedWorkbook(options.world);
  const size =
    options.mentors || options.mentees ? { mentors: options.mentors ?? 24, mentees: options.mentees ?? 36 } : {};
  wb.run((ctx) => seedDemoWorkbook(ctx, generateSchool(2026, size)), 'script');
  const pairIds = wb.run((ctx) => seedDemoPairs(ctx, { count: options.pairs ?? 8 }), 'script');
  const school: DocumentsSchool = {
    ...wb,
    pairIds,
    generate(request, o = {}) {
      const first = wb.run(
        (ctx: AppContext) => startRun(ctx, { request: fullRequest(request), overwrite: o.overwrite ?? [] }),
        'rpc',
      );
      return driveRun(wb, first, o.client);
    },
    preview: (request, previewKey) =>
      wb.run((ctx) => previewDocuments(ctx, { request: fullRequest(request), previewKey }), 'rpc'),
    setSetting(label, value) {
      const rows = wb.values('Настройки');
      const row = rows.findIndex((r) => r[0] === label);
      if (row < 0) throw new Error(`no setting ${label}`);
      wb.paste('Настройки', row + 1, [[label, value]]);
    },
  };
  return school;
}
