// «Мероприятия» ↔ MentoringEvent.
import type { EventKind, EventStatus, MentoringEvent } from '../domain/events/event';
import type { CalendarDate } from '../domain/calendar/calendar-date';
import { parsed, readRecords, type RecordsRead } from './records';
import type { TableSnapshot } from './repository';
import type { RowContext } from './row-schema';

export function readEvents(snapshot: TableSnapshot, ctx: RowContext): RecordsRead<MentoringEvent> {
  return readRecords<MentoringEvent>(snapshot, ctx, (p) => ({
    id: parsed.text(p.id).trim(),
    date: p.date as CalendarDate,
    kind: p.kind as EventKind,
    title: parsed.text(p.title),
    roadmapItem: parsed.text(p.roadmapItem),
    participants: parsed.text(p.participants),
    participantCount: parsed.number(p.participantCount),
    materials: parsed.text(p.materials),
    outcome: parsed.text(p.outcome),
    status: (parsed.text(p.status) || null) as EventStatus | null,
    notes: parsed.text(p.notes),
  }));
}

export function eventToRecord(e: MentoringEvent): Record<string, unknown> {
  return { ...e, status: e.status ?? '' };
}
