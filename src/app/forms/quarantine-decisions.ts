// «Принять» / «Отклонить» of a «Карантин» row: accepting re-checks the curator's correction and files it into the bank;
// rejecting only marks the row. Nothing is deleted; the original answer stays in the form's response sheet.
import { toRuDate } from '../../domain/calendar/calendar-date';
import { toCalendarDate } from '../../domain/calendar/zoned';
import { withDocumentLock } from '../../google/lock';
import { workbookOf } from '../../google/sheet-gateway';
import { cellText } from '../../workbook/cells';
import { encodeCell, writeCells, type TableRow, type TableSnapshot } from '../../workbook/repository';
import { columnOf } from '../../workbook/table-schema';
import { quarantineStatusRu, quarantineTable } from '../../workbook/tables/quarantine';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal } from '../journal';
import { parseAnswerText } from './answer-text';
import { formKinds } from './form-kinds';
import { readQuarantine } from './quarantine';
import type { FormAnswer } from './response-sheet';

export interface QuarantineRef {
  /** Sheet row shown in the sidebar. */
  row: number;
  /** «Ключ ответа» of that row: the row is found by it if rows moved since. */
  key: string;
}

export interface AcceptResult {
  accepted: boolean;
  message: string;
  /** Why the corrected answer still fails (accepted = false). */
  reasons: string[];
}

function findRow(snapshot: TableSnapshot, ref: QuarantineRef, timeZone: string): TableRow {
  const rows = snapshot.rows();
  const row =
    rows.find((r) => r.row === ref.row && cellText(r.cells.key, timeZone) === ref.key) ??
    rows.find((r) => cellText(r.cells.key, timeZone) === ref.key);
  if (!row)
    throw new UserError('Эта строка карантина не найдена (её удалили или изменили ключ). Обновите панель «Формы».');
  return row;
}

const cell = (field: string, value: unknown, row: number, timeZone: string) => ({
  row,
  field,
  value: encodeCell(columnOf(quarantineTable, field as never), value, timeZone),
});

/** The row's answer as the bank handler reads answers; the response row's sheet and number come from «Строка ответа». */
function answerOf(row: TableRow, timeZone: string): FormAnswer {
  const where = /^(.*), строка (\d+)$/.exec(cellText(row.cells.responseRow, timeZone));
  const at = row.cells.answeredAt;
  return {
    sheetName: where?.[1] ?? '',
    row: where ? Number(where[2]) : 0,
    answeredAt: at instanceof Date ? at : null,
    key: cellText(row.cells.key, timeZone),
    namedValues: parseAnswerText(String(row.cells.answer ?? '')),
    link: cellText(row.cells.link, timeZone),
  };
}

export function acceptQuarantined(ctx: AppContext, ref: QuarantineRef): AcceptResult {
  return withDocumentLock(ctx, () => {
    const tz = ctx.timeZone();
    const workbook = workbookOf(ctx);
    const { snapshot } = readQuarantine(workbook, tz);
    const row = findRow(snapshot, ref, tz);
    if (cellText(row.cells.status, tz) === quarantineStatusRu.accepted)
      throw new UserError(`Ответ в строке ${row.row} уже принят: ${cellText(row.cells.result, tz)}`);
    const label = cellText(row.cells.form, tz);
    const kind = formKinds.find((k) => k.label === label);
    if (!kind) throw new UserError(`Строка ${row.row}: неизвестная форма «${label}» в столбце «Форма».`);
    const [outcome] = kind.handle(ctx, workbook, [answerOf(row, tz)], 'accept');
    const today = toRuDate(toCalendarDate(ctx.now(), tz));
    if (!outcome || outcome.kind === 'invalid' || outcome.kind === 'quarantined') {
      const reasons = outcome && 'reasons' in outcome ? outcome.reasons : ['ответ не разобран'];
      writeCells(snapshot, [cell('reason', `После исправления (${today}): ${reasons.join('; ')}`, row.row, tz)]);
      return {
        accepted: false,
        message: `Ответ в строке ${row.row} всё ещё не проходит проверку: исправьте его в столбце «Ответ».`,
        reasons,
      };
    }
    const did =
      outcome.kind === 'added' ? 'добавлен' : outcome.kind === 'updated' ? 'обновил профиль' : 'совпал с банком';
    const result = `Принят ${today}: ${did} — «${outcome.sheet}», строка ${outcome.row} (${outcome.id}).`;
    writeCells(snapshot, [cell('status', 'accepted', row.row, tz), cell('result', result, row.row, tz)]);
    appendJournal(ctx, workbook, [
      { what: 'Карантин: ответ принят', sheet: quarantineTable.sheetName, rows: String(row.row), details: result },
    ]);
    return { accepted: true, message: result, reasons: [] };
  });
}

export function rejectQuarantined(ctx: AppContext, ref: QuarantineRef): { message: string } {
  return withDocumentLock(ctx, () => {
    const tz = ctx.timeZone();
    const workbook = workbookOf(ctx);
    const { snapshot } = readQuarantine(workbook, tz);
    const row = findRow(snapshot, ref, tz);
    const status = cellText(row.cells.status, tz);
    if (status === quarantineStatusRu.accepted)
      throw new UserError(
        `Ответ в строке ${row.row} уже принят в банк; отклонить его нельзя — при необходимости измените строку банка.`,
      );
    const result = `Отклонён ${toRuDate(toCalendarDate(ctx.now(), tz))}${ctx.userEmail() ? ` (${ctx.userEmail()})` : ''}.`;
    writeCells(snapshot, [cell('status', 'rejected', row.row, tz), cell('result', result, row.row, tz)]);
    appendJournal(ctx, workbook, [
      {
        what: 'Карантин: ответ отклонён',
        sheet: quarantineTable.sheetName,
        rows: String(row.row),
        details: `${cellText(row.cells.email, tz) || 'без адреса'}: ${result}`,
      },
    ]);
    return { message: `Строка ${row.row} отмечена как отклонённая. Исходный ответ остаётся в листе ответов формы.` };
  });
}
