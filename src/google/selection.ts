// The rows a person selected on a sheet (the active range of the open spreadsheet), for "the selected pairs".
import type { AppContext } from '../app/context';

/** Sheet rows of the active range when it is on `sheetName`; null when the selection is on another sheet. */
export function selectedRows(ctx: AppContext, sheetName: string): number[] | null {
  const range = ctx.spreadsheet().getActiveRange();
  if (!range || range.getSheet().getName() !== sheetName) return null;
  const first = range.getRow();
  return Array.from({ length: range.getNumRows() }, (_, i) => first + i);
}
