// Use case «Завершить программы»: the chosen pairs/groups end today; mentees who do not continue finish too.
import { latestResponses } from '../../domain/monitoring/answers';
import { parseYesNo } from '../../domain/monitoring/questions';
import { pairStatusRu } from '../../domain/model';
import { withDocumentLock } from '../../google/lock';
import { isOpenPair } from '../../workbook/pairs';
import { encodeCell, writeCells } from '../../workbook/repository';
import { columnOf } from '../../workbook/table-schema';
import { menteesTable } from '../../workbook/tables/mentees';
import { pairsTable } from '../../workbook/tables/pairs';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal, describeRows } from '../journal';
import { closingData, type ClosingData } from './data';

export interface CompleteResult {
  finished: string[];
  /** Mentees whose participation ends with the pair. */
  menteesFinished: Array<{ id: string; name: string }>;
  /** Mentees who said they would continue: they stay in the bank for the next year. */
  menteesContinuing: Array<{ id: string; name: string }>;
}

/** Mentee ids who answered «да» to a «желание продолжить» question about this pair (their latest questionnaire). */
export function continuingMentees(data: ClosingData): Set<string> {
  const uses = new Set(
    data
      .questions()
      .records.filter((r) => r.value.use === 'continue')
      .map((r) => r.value.code),
  );
  const out = new Set<string>();
  for (const r of latestResponses(data.answers().records.map((x) => x.value)).responses) {
    if (r.role !== 'mentee') continue;
    if (r.answers.some((a) => uses.has(a.questionCode) && parseYesNo(a.text) === true))
      out.add(`${r.pairId}|${r.personId}`);
  }
  return out;
}

export function completePrograms(ctx: AppContext, input: { pairIds: string[] }): CompleteResult {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const pairs = data.pairs();
    const chosen = input.pairIds.map((id) => {
      const r = pairs.records.find((x) => x.value.id === id);
      if (!r)
        throw new UserError(
          `Пары ${id} нет на листе «${pairsTable.sheetName}» (или в её строке ошибка — см. «Проверка данных»).`,
        );
      if (!isOpenPair(r.value.status)) throw new UserError(`Пара ${id} уже ${pairStatusRu[r.value.status]}.`);
      return r;
    });
    if (!chosen.length) return { finished: [], menteesFinished: [], menteesContinuing: [] };
    const tz = ctx.timeZone();
    const today = ctx.today();
    const finishedPair = encodeCell(columnOf(pairsTable, 'status'), 'finished', tz);
    const endedOn = encodeCell(columnOf(pairsTable, 'endedOn'), today, tz);
    writeCells(pairs.snapshot, [
      ...chosen.map((r) => ({ row: r.row, field: 'status', value: finishedPair })),
      ...chosen.map((r) => ({ row: r.row, field: 'endedOn', value: endedOn })),
    ]);
    const continuing = continuingMentees(data);
    const mentees = data.check().mentees;
    const result: CompleteResult = {
      finished: chosen.map((r) => r.value.id),
      menteesFinished: [],
      menteesContinuing: [],
    };
    const rows: number[] = [];
    for (const p of chosen)
      for (const id of p.value.menteeIds) {
        const m = mentees.records.find((x) => x.value.id === id);
        if (!m) continue;
        if (continuing.has(`${p.value.id}|${id}`)) result.menteesContinuing.push({ id, name: m.value.fullName });
        else {
          result.menteesFinished.push({ id, name: m.value.fullName });
          rows.push(m.row);
        }
      }
    const finishedMentee = encodeCell(columnOf(menteesTable, 'status'), 'finished', tz);
    writeCells(
      mentees.snapshot,
      rows.map((row) => ({ row, field: 'status', value: finishedMentee })),
    );
    appendJournal(ctx, data.workbook, [
      {
        what: 'Программы завершены',
        sheet: pairsTable.sheetName,
        rows: describeRows(chosen.map((r) => r.row)),
        details: result.finished.join(', '),
      },
      ...(rows.length
        ? [
            {
              what: 'Наставляемые завершили участие',
              sheet: menteesTable.sheetName,
              rows: describeRows(rows),
              details: result.menteesFinished.map((m) => m.name).join(', '),
            },
          ]
        : []),
    ]);
    return result;
  });
}
