// Use cases «Отчёт о мониторинге» and «Итоговые отчёты пар»: a documents run of that kind (register, Drive folder,
// hand-edit protection, daily quota, resume), taken batch by batch within this execution while time allows.
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { continueRun, currentRun, startRun, type RunProgress } from '../documents/run';

/** Batches one call may take (≈1 min each): a run of many pair reports continues on the next call. */
export const BATCHES_PER_CALL = 3;

export interface ClosingDocumentsInput {
  kind: 'monitoringReport' | 'pairReports';
  /** Pairs for final reports; null: every pair that finished its program. */
  pairIds: string[] | null;
  /** Register keys of documents edited by hand that may be overwritten. */
  overwrite: string[];
}

export function generateClosingDocuments(ctx: AppContext, input: ClosingDocumentsInput): RunProgress {
  const client = `closing-${ctx.now().getTime().toString(36)}`;
  const running = currentRun(ctx);
  let progress: RunProgress;
  if (running && !running.finished) {
    if (running.kind !== input.kind)
      throw new UserError(
        `Сейчас формируются другие документы (${running.done} из ${running.total}). Дождитесь окончания или отмените их в панели «Документы».`,
      );
    progress = running;
  } else
    progress = startRun(ctx, {
      request: { kind: input.kind, pairIds: input.pairIds, consentMode: 'pagePerPerson' },
      overwrite: input.overwrite,
    });
  const processed = [...progress.processed];
  for (let i = 0; i < BATCHES_PER_CALL && !progress.finished && !progress.stopped; i++) {
    progress = continueRun(ctx, { runId: progress.runId, client });
    processed.push(...progress.processed);
  }
  return { ...progress, processed };
}
