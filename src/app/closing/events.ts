// Use case «Записать мероприятие»: a new row on «Мероприятия» from the sidebar; a held event gets its news draft at once.
import { effectiveStatus, type MentoringEvent } from '../../domain/events/event';
import { withDocumentLock } from '../../google/lock';
import { eventToRecord } from '../../workbook/events';
import { appendRecords } from '../../workbook/repository';
import { eventsTable } from '../../workbook/tables/events';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { nextTableIds } from '../id-floor';
import { appendJournal } from '../journal';
import { closingData } from './data';
import { writeDrafts, type DraftResult } from './publications';
import { assignTableIds } from './table-ids';

/** An event as the sidebar records it: everything but the id (given here) and the curator's notes. */
export type EventInput = Omit<MentoringEvent, 'id' | 'notes'>;

export interface RecordEventResult {
  id: string;
  row: number;
  drafted: DraftResult['drafted'];
}

export function recordEvent(ctx: AppContext, input: EventInput): RecordEventResult {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const read = data.events();
    if (!read.snapshot.sheet)
      throw new UserError(`Листа «${eventsTable.sheetName}» нет: выберите «Наставничество → Настроить таблицу».`);
    assignTableIds(ctx, read);
    const [id] = nextTableIds(ctx, read.snapshot, 1);
    const event: MentoringEvent = { id: id!, ...input, notes: '' };
    const [row] = appendRecords(read.snapshot, [eventToRecord(event)], ctx.timeZone());
    read.records.push({ row: row!, value: event });
    appendJournal(ctx, data.workbook, [
      {
        what: 'Мероприятие записано',
        sheet: eventsTable.sheetName,
        rows: String(row),
        details: `${id}: ${input.title}`,
      },
    ]);
    const drafted = effectiveStatus(event, ctx.today()) === 'held' ? writeDrafts(ctx, data).drafted : [];
    return { id: id!, row: row!, drafted };
  });
}
