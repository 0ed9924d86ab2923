// Cross-feature reactions in one place: what else happens after one feature changes a bank.
// Features call these after their own write (inside the same document lock); each reaction is listed here.
import type { AppContext } from './context';
import { reofferLocked } from './matching/reoffer';

export interface BankChange {
  bank: 'mentors' | 'mentees';
  kind: 'added' | 'updated';
  /** Bank ids of the rows that changed. */
  ids: string[];
  /** Where the change came from, for the journal («форма», «импорт», «панель»). */
  source: string;
}

/** A reaction must never make the caller's own operation fail: its error becomes a line of the report. */
function guarded(name: string, reaction: () => string[]): string[] {
  try {
    return reaction();
  } catch (e) {
    return [`${name}: не выполнено — ${(e as Error)?.message ?? String(e)}`];
  }
}

/**
 * Called after rows of a bank were added or changed (a form answer, an import, a hand edit confirmed in the sidebar).
 * Returns Russian lines describing what the reactions did (for the caller's journal entry).
 */
export function afterBankChange(ctx: AppContext, change: BankChange): string[] {
  const lines: string[] = [];
  // Matching: a new or changed mentor may serve mentees on «поддержка без пары» (issue 5, roadmap 5.3).
  if (change.bank === 'mentors') {
    const why =
      change.kind === 'added'
        ? `в банк добавлен наставник (${change.source})`
        : `изменены данные наставника (${change.source})`;
    lines.push(...guarded('Повторный подбор', () => reofferLocked(ctx, why).lines));
  }
  return lines;
}

export interface PairsClosed {
  /** Pairs that just finished (or were closed another way) and so gave their mentors' places back. */
  pairIds: string[];
  source: string;
}

/** Called after pairs were finished by another feature (the year's end): freed places re-offer supported mentees. */
export function afterPairsClosed(ctx: AppContext, change: PairsClosed): string[] {
  return guarded(
    'Повторный подбор',
    () =>
      reofferLocked(ctx, `завершены пары ${change.pairIds.join(', ')} (${change.source}), освободились места`).lines,
  );
}
