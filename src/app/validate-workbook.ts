// Use case «Проверка данных»: checks every row, gives new rows their ids, highlights bad cells, logs the result.
import { allocateIds } from '../domain/person-ids';
import type { Problem } from '../domain/validation/problem';
import { withDocumentLock } from '../google/lock';
import type { BankRead } from '../workbook/banks';
import { encodeCell, writeCells, type CellUpdate, type TableSnapshot } from '../workbook/repository';
import { columnOf, headerKey, type TableSchema } from '../workbook/table-schema';
import { checkWorkbook, type WorkbookCheck } from './check-workbook';
import type { AppContext } from './context';
import { UserError } from './errors';
import { idsInUse } from './id-floor';
import { appendJournal, describeRows, type JournalEntry } from './journal';

/** Background of a cell with a problem; a cell of exactly this colour and no problem is cleared on the next check. */
export const PROBLEM_BACKGROUND = '#f4c7c3';
const NO_BACKGROUND = '#ffffff';

export interface ValidationResult {
  check: WorkbookCheck;
  assignedIds: Array<{ sheet: string; row: number; id: string }>;
  highlightedCells: number;
}

export function validateWorkbook(ctx: AppContext): ValidationResult {
  return withDocumentLock(ctx, () => {
    const check = checkWorkbook(ctx);
    if (!check.isSetUp) throw new UserError('Таблица ещё не настроена: выберите «Наставничество → Настроить таблицу».');
    const journal: JournalEntry[] = [];
    const assignedIds: ValidationResult['assignedIds'] = [];
    let highlightedCells = 0;
    for (const bank of [check.mentors, check.mentees] as BankRead<unknown>[]) {
      const assigned = assignIds(ctx, bank);
      assignedIds.push(...assigned);
      const sheet = bank.snapshot.table.sheetName;
      if (assigned.length)
        journal.push({
          what: 'Выданы номера',
          sheet,
          rows: describeRows(assigned.map((a) => a.row)),
          details: `${assigned[0]!.id} … ${assigned.at(-1)!.id}`,
        });
      highlightedCells += highlight(
        bank.snapshot,
        check.problems.filter((p) => p.sheet === sheet),
      );
    }
    const bySheet = new Map<string, Problem[]>();
    for (const p of check.problems) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);
    journal.push({
      what: 'Проверка данных',
      details: check.problems.length
        ? `Найдено проблем: ${check.problems.length} (${[...bySheet].map(([s, ps]) => `${s}: ${ps.length}`).join('; ')}).`
        : 'Проблем не найдено.',
    });
    for (const [sheet, ps] of bySheet)
      journal.push({ what: 'Проблемы в строках', sheet, rows: describeRows(ps.map((p) => p.row)) });
    appendJournal(ctx, check.workbook, journal);
    return { check, assignedIds, highlightedCells };
  });
}

/** Gives every row without an id the next free one and dates rows seen for the first time, in one block per column. */
function assignIds(ctx: AppContext, bank: BankRead<unknown>): ValidationResult['assignedIds'] {
  const snapshot = bank.snapshot;
  const table = snapshot.table as TableSchema<string>;
  if (!table.idField || !table.idPrefix || !snapshot.columns.has(table.idField) || !bank.rowsWithoutId.length)
    return [];
  const idCol = snapshot.columns.get(table.idField)!;
  const existing = snapshot.grid.slice(1).map((line) => String(line[idCol - 1] ?? ''));
  const ids = allocateIds(table.idPrefix, idsInUse(ctx, table.idPrefix, existing), bank.rowsWithoutId.length);
  const updates: CellUpdate[] = bank.rowsWithoutId.map((row, i) => ({ row, field: table.idField!, value: ids[i]! }));
  const addedCol = snapshot.columns.get('addedOn');
  if (addedCol !== undefined) {
    const today = encodeCell(columnOf(table, 'addedOn'), ctx.today(), ctx.timeZone());
    for (const row of bank.rowsWithoutId)
      if (String(snapshot.grid[row - 1]?.[addedCol - 1] ?? '') === '')
        updates.push({ row, field: 'addedOn', value: today });
  }
  writeCells(snapshot, updates);
  return bank.rowsWithoutId.map((row, i) => ({ sheet: table.sheetName, row, id: ids[i]! }));
}

/** Colours the cells with problems and clears the add-on's colour elsewhere: one read and at most one write per sheet. */
function highlight(snapshot: TableSnapshot, problems: readonly Problem[]): number {
  const sheet = snapshot.sheet;
  const rows = snapshot.lastRow() - 1;
  const width = snapshot.headers.length;
  if (!sheet || rows < 1 || width < 1) return 0;
  const columnByHeader = new Map(snapshot.headers.map((h, i) => [headerKey(h), i]));
  const bad = new Set<string>();
  for (const p of problems) {
    const c = columnByHeader.get(headerKey(p.column));
    if (p.row >= 2 && c !== undefined) bad.add(`${p.row}:${c}`);
  }
  const colors = sheet.readBackgrounds(2, 1, rows, width);
  let changed = false;
  colors.forEach((line, r) =>
    line.forEach((color, c) => {
      const want = bad.has(`${r + 2}:${c}`)
        ? PROBLEM_BACKGROUND
        : color.toLowerCase() === PROBLEM_BACKGROUND
          ? NO_BACKGROUND
          : color;
      if (want !== color) {
        line[c] = want;
        changed = true;
      }
    }),
  );
  if (changed) sheet.writeBackgrounds(2, 1, colors);
  return bad.size;
}
