// Cross-feature reactions in one place: what else happens after one feature changes a bank.
// Features call these after their own write (inside the same document lock); each reaction is listed here.
import type { AppContext } from './context';

export interface BankChange {
  bank: 'mentors' | 'mentees';
  kind: 'added' | 'updated';
  /** Bank ids of the rows that changed. */
  ids: string[];
  /** Where the change came from, for the journal («форма», «импорт», «панель»). */
  source: string;
}

/**
 * Called after rows of a bank were added or changed (a form answer, an import, a hand edit confirmed in the sidebar).
 * Returns Russian lines describing what the reactions did (for the caller's journal entry).
 */
export function afterBankChange(ctx: AppContext, change: BankChange): string[] {
  void ctx;
  void change;
  // Reactions are added here by the features that need them (matching: re-offer mentors to unpaired mentees).
  return [];
}
