// Use cases of «Методическая копилка»: search it, add a practice (by hand or proposed in the monitoring with one
// click), decline a proposal, mark the round table's best practices.
import { academicYearLabel } from '../../domain/calendar/academic-year';
import { practiceFromProposal, proposalKey } from '../../domain/monitoring/proposals';
import type { Practice } from '../../domain/practices/practice';
import { searchPractices, type PracticeHit, type PracticeQuery } from '../../domain/practices/search';
import { withDocumentLock } from '../../google/lock';
import { practiceToRecord } from '../../workbook/practices';
import { appendRecords, encodeCell, writeCells } from '../../workbook/repository';
import { columnOf } from '../../workbook/table-schema';
import { monitoringTable } from '../../workbook/tables/monitoring';
import { practicesTable } from '../../workbook/tables/practices';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { nextTableIds } from '../id-floor';
import { appendJournal } from '../journal';
import { closingData, type ClosingData } from './data';
import { monitoringResults } from './monitoring';
import { assignTableIds } from './table-ids';

export const SEARCH_LIMIT = 50;

export function searchLibrary(
  ctx: AppContext,
  query: PracticeQuery,
  data: ClosingData = closingData(ctx),
): { total: number; hits: PracticeHit[] } {
  const hits = searchPractices(
    data.practices().records.map((r) => r.value),
    query,
  );
  return { total: hits.length, hits: hits.slice(0, SEARCH_LIMIT) };
}

function practicesSheet(data: ClosingData) {
  const read = data.practices();
  if (!read.snapshot.sheet)
    throw new UserError(`Листа «${practicesTable.sheetName}» нет: выберите «Наставничество → Настроить таблицу».`);
  return read;
}

/** A practice as the sidebar adds it: its year, source and origin are given here. */
export type PracticeInput = Omit<Practice, 'id' | 'year' | 'source' | 'origin' | 'notes'> & {
  /** A practice written down at the round table. */
  fromRoundTable: boolean;
};

function append(ctx: AppContext, data: ClosingData, practice: Omit<Practice, 'id'>): { id: string; row: number } {
  const read = practicesSheet(data);
  assignTableIds(ctx, read);
  const unknown = practice.competencies.filter((c) => !data.check().vocabulary.competencies.includes(c));
  if (unknown.length)
    throw new UserError(`Нет в списке запросов на листе «Справочники»: ${unknown.map((c) => `«${c}»`).join(', ')}.`);
  const [id] = nextTableIds(ctx, read.snapshot, 1);
  const [row] = appendRecords(read.snapshot, [practiceToRecord({ ...practice, id: id! })], ctx.timeZone());
  return { id: id!, row: row! };
}

export function addPractice(ctx: AppContext, input: PracticeInput): { id: string; row: number } {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const { fromRoundTable, ...rest } = input;
    const added = append(ctx, data, {
      ...rest,
      year: academicYearLabel(data.year()),
      source: fromRoundTable ? 'round_table' : 'manual',
      origin: '',
      notes: '',
    });
    appendJournal(ctx, data.workbook, [
      {
        what: 'Практика добавлена в копилку',
        sheet: practicesTable.sheetName,
        rows: String(added.row),
        details: `${added.id}: ${input.title}`,
      },
    ]);
    return added;
  });
}

/**
 * Adds a practice proposed in a monitoring answer and marks the answer «добавлена МК-…». Safe to repeat: if the
 * practice was added but the mark not written (an interrupted run), the mark is written and nothing is added twice.
 */
export function acceptProposal(ctx: AppContext, key: string): { id: string; row: number } {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const existing = practicesSheet(data).records.find((r) => r.value.origin === key);
    const answer = data.answers().records.find((r) => proposalKey(r.value) === key);
    if (!answer) throw new UserError('Этого ответа больше нет на листе «Мониторинг».');
    let added = existing ? { id: existing.value.id, row: existing.row } : null;
    if (!added) {
      const proposal = monitoringResults(data).proposals.find((p) => p.key === key);
      if (!proposal) throw new UserError('Это предложение уже рассмотрено.');
      const pair = data.pairs().records.find((r) => r.value.id === proposal.pairId)?.value;
      const vocabulary = data.check().vocabulary.competencies;
      const { id: _id, ...practice } = practiceFromProposal(proposal, {
        requests: (pair?.requests ?? []).filter((c) => vocabulary.includes(c)),
        year: academicYearLabel(data.year()),
        id: '',
      });
      added = append(ctx, data, practice);
    }
    mark(ctx, data, answer.row, `добавлена ${added.id}`);
    appendJournal(ctx, data.workbook, [
      {
        what: 'Практика из анкеты добавлена в копилку',
        sheet: practicesTable.sheetName,
        rows: String(added.row),
        details: `${added.id} из ответа ${key} (лист «${monitoringTable.sheetName}», строка ${answer.row})`,
      },
    ]);
    return added;
  });
}

export function declineProposal(ctx: AppContext, key: string): { row: number } {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const answer = data.answers().records.find((r) => proposalKey(r.value) === key);
    if (!answer) throw new UserError('Этого ответа больше нет на листе «Мониторинг».');
    mark(ctx, data, answer.row, 'отклонено');
    appendJournal(ctx, data.workbook, [
      {
        what: 'Предложение практики отклонено',
        sheet: monitoringTable.sheetName,
        rows: String(answer.row),
        details: key,
      },
    ]);
    return { row: answer.row };
  });
}

function mark(ctx: AppContext, data: ClosingData, row: number, text: string): void {
  const snapshot = data.answers().snapshot;
  writeCells(snapshot, [
    { row, field: 'libraryMark', value: encodeCell(columnOf(monitoringTable, 'libraryMark'), text, ctx.timeZone()) },
  ]);
}

/** The round table's decision: these practices are (or are no longer) «лучшая практика». One block write. */
export function markBestPractices(ctx: AppContext, input: { ids: string[]; best: boolean }): { rows: number[] } {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const read = practicesSheet(data);
    const rows = input.ids.map((id) => {
      const r = read.records.find((x) => x.value.id === id);
      if (!r) throw new UserError(`Практики ${id} нет в копилке (или в её строке ошибка).`);
      return r.row;
    });
    const value = encodeCell(columnOf(practicesTable, 'best'), input.best ? 'yes' : 'no', ctx.timeZone());
    writeCells(
      read.snapshot,
      rows.map((row) => ({ row, field: 'best', value })),
    );
    appendJournal(ctx, data.workbook, [
      {
        what: input.best ? 'Отмечены лучшие практики' : 'Снята отметка «лучшая практика»',
        sheet: practicesTable.sheetName,
        rows: rows.join(', '),
        details: input.ids.join(', '),
      },
    ]);
    return { rows };
  });
}
