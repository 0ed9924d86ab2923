// The person's current selection in the spreadsheet: which sheet and which rows (the «Подобрать наставника» menu).
import type { AppContext } from '../app/context';

export interface SelectedRows {
  sheet: string;
  /** 1-based sheet rows covered by the selection, ascending. */
  rows: number[];
}

/** The active range of the active sheet; a menu or sidebar call sees the selection of the person who made it. */
export function selectedRows(ctx: AppContext): SelectedRows {
  const range = ctx.spreadsheet().getActiveRange();
  if (!range) return { sheet: '', rows: [] };
  const first = range.getRow();
  const count = range.getNumRows();
  return { sheet: range.getSheet().getName(), rows: Array.from({ length: count }, (_, k) => first + k) };
}

/** Sheet rows of the active range when it is on `sheetName`; null when the selection is on another sheet. */
export function selectedRowsOn(ctx: AppContext, sheetName: string): number[] | null {
  const s = selectedRows(ctx);
  return s.sheet === sheetName ? s.rows : null;
}
