// The document lock around every operation that writes the workbook: one writer at a time, flushed before release.
import type { AppContext } from '../app/context';
import { BusyError } from '../app/errors';

/** How long an operation waits for another one (a form answer being filed, say) before telling the person. */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(ctx: AppContext, fn: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = ctx.services.LockService.getDocumentLock();
  // Outside a containing document there is no document lock (apps-script-facts §8.3): run unguarded.
  if (!lock) return fn();
  try {
    lock.waitLock(waitMs);
  } catch {
    throw new BusyError();
  }
  try {
    return fn();
  } finally {
    // Pending writes must land before another execution can read (apps-script-facts §5.3, §8.3).
    ctx.services.SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
