// Use case «Обработать ответы»: files every answer the trigger has not filed (no trigger yet, a busy workbook, a failed
// execution), and installs the trigger if a form exists but the trigger is gone.
import { withDocumentLock } from '../../google/lock';
import { workbookOf } from '../../google/sheet-gateway';
import { ensureTrigger } from '../../google/triggers';
import type { AppContext } from '../context';
import { fileResponseSheets, FORM_SUBMIT_HANDLER } from './handle-submit';

export interface ProcessAnswersResult {
  added: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  remaining: number;
  lines: string[];
}

export function processPendingAnswers(ctx: AppContext): ProcessAnswersResult {
  return withDocumentLock(ctx, () => {
    const lines: string[] = [];
    const runs = fileResponseSheets(ctx, workbookOf(ctx), null, (l) => lines.push(l));
    const count = (k: string) => runs.reduce((n, r) => n + r.outcomes.filter((o) => o.kind === k).length, 0);
    if (runs.length > 0) ensureTrigger(ctx, 'formSubmit', FORM_SUBMIT_HANDLER);
    return {
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      quarantined: count('quarantined'),
      remaining: runs.reduce((n, r) => n + r.remaining, 0),
      lines,
    };
  });
}
