// Use case behind a problem's «Показать» button: selects the cell (sheet, row, column header) for the person.
import { workbookOf } from '../google/sheet-gateway';
import { headerKey } from '../workbook/table-schema';
import type { AppContext } from './context';
import { UserError } from './errors';

export interface CellAddress {
  sheet: string;
  row: number;
  /** Column header; '' selects the row's first cell. */
  column: string;
}

export function selectCell(ctx: AppContext, address: CellAddress): { a1: string } {
  const sheet = workbookOf(ctx).sheet(address.sheet);
  if (!sheet) throw new UserError(`Лист «${address.sheet}» не найден: возможно, его переименовали или удалили.`);
  // The column is looked up now, by its header: the person may have moved it since the check.
  const header = sheet.readHeaderAndLastRow().header.map((h) => headerKey(String(h)));
  const index = address.column ? header.indexOf(headerKey(address.column)) : 0;
  if (index < 0) throw new UserError(`На листе «${address.sheet}» нет столбца «${address.column}».`);
  const row = Math.max(1, address.row);
  sheet.activateCell(row, index + 1);
  return { a1: `${columnLetters(index + 1)}${row}` };
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
