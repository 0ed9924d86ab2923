// An event of the mentoring system («Мероприятия»): seminars, conferences, the round table, consultations, training.
import type { CalendarDate } from '../calendar/calendar-date';
import { compareDates } from '../calendar/calendar-date';
import type { RoadmapEventKind } from '../roadmap/status';

/** The kinds the roadmap counts (4.2, 6.2, 6.3); the codes are the roadmap's own. */
export type EventKind = RoadmapEventKind;

export const eventKinds: EventKind[] = [
  'seminar',
  'conference',
  'round_table',
  'consultation',
  'training',
  'experience_exchange',
];

export const eventKindRu: Record<EventKind, string> = {
  seminar: 'семинар',
  conference: 'конференция',
  round_table: 'круглый стол',
  consultation: 'консультация',
  training: 'обучение наставников',
  experience_exchange: 'обмен опытом',
};

/** The roadmap item an event of each kind reports on (roadmap.md). */
export const roadmapItemOfKind: Record<EventKind, string> = {
  training: '4.2',
  consultation: '4.2',
  experience_exchange: '4.2',
  seminar: '6.2',
  conference: '6.2',
  round_table: '6.3',
};

export type EventStatus = 'planned' | 'held' | 'cancelled';

export const eventStatusRu: Record<EventStatus, string> = {
  planned: 'запланировано',
  held: 'проведено',
  cancelled: 'отменено',
};

export interface MentoringEvent {
  /** МР-0001. */
  id: string;
  date: CalendarDate;
  kind: EventKind;
  title: string;
  /** «6.2»; empty means the kind's item. */
  roadmapItem: string;
  /** Who took part, as the curator wrote it. */
  participants: string;
  participantCount: number | null;
  /** Materials as the curator wrote them: links (presentations, recordings, photos) with short labels. */
  materials: string;
  outcome: string;
  /** null: not marked — held once its date has come. */
  status: EventStatus | null;
  notes: string;
}

/** The event's status as of `today`: a mark wins; an unmarked event counts as held from its date on. */
export function effectiveStatus(e: Pick<MentoringEvent, 'status' | 'date'>, today: CalendarDate): EventStatus {
  if (e.status) return e.status;
  return compareDates(e.date, today) <= 0 ? 'held' : 'planned';
}

export function roadmapItemOf(e: Pick<MentoringEvent, 'roadmapItem' | 'kind'>): string {
  return e.roadmapItem.trim() || roadmapItemOfKind[e.kind];
}

/** Events held by `today`, counted by kind: what the roadmap's statuses read (4.2, 6.2, 6.3, 7.1). */
export function heldByKind(events: readonly MentoringEvent[], today: CalendarDate): Partial<Record<EventKind, number>> {
  const out: Partial<Record<EventKind, number>> = {};
  for (const e of events) if (effectiveStatus(e, today) === 'held') out[e.kind] = (out[e.kind] ?? 0) + 1;
  return out;
}

/** The http(s) links in a cell of materials, in order, without repeats (labels between them are ignored). */
export function linksIn(text: string): string[] {
  return [...new Set((text.match(/https?:\/\/[^\s;,<>«»"]+/g) ?? []).map((u) => u.replace(/[.)]+$/, '')))];
}
