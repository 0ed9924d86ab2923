// The sidebar's «Дорожная карта»: the year's stages in order, each item's status and deadline, what is next, what is overdue.
import { academicYearLabel, type AcademicYear } from '../calendar/academic-year';
import { compareDates, daysBetween, toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { deadlineFor } from './deadline-rule';
import { isClosed, statusStateRu, type ItemStatus, type StatusedItem } from './status';

export interface TimelineItem {
  readonly number: string;
  readonly activity: string;
  readonly deadlineText: string;
  /** null for «Ежегодно» without a date and «Постоянно». */
  readonly deadline: CalendarDate | null;
  /** «15.09.2026» or null. */
  readonly deadlineRu: string | null;
  /** Days from today to the deadline; negative once it has passed. */
  readonly daysLeft: number | null;
  readonly status: ItemStatus;
  readonly statusRu: string;
  /** Past its deadline and neither done nor «не требуется». */
  readonly overdue: boolean;
}

export interface TimelineStage {
  readonly title: string;
  readonly items: readonly TimelineItem[];
}

export interface RoadmapTimeline {
  readonly academicYearRu: string;
  readonly today: CalendarDate;
  /** In the sheet's order; a stage's items are the adjacent rows with its title. */
  readonly stages: readonly TimelineStage[];
  /** The open items sharing the nearest deadline from today on (today included); empty when none is left. */
  readonly next: readonly TimelineItem[];
  /** Overdue items, the longest overdue first. */
  readonly overdue: readonly TimelineItem[];
  readonly doneCount: number;
  readonly totalCount: number;
}

export function buildTimeline(
  items: readonly StatusedItem[],
  year: AcademicYear,
  today: CalendarDate,
): RoadmapTimeline {
  const stages: { title: string; items: TimelineItem[] }[] = [];
  const all: TimelineItem[] = [];
  for (const { item, status } of items) {
    const deadline = deadlineFor(item.rule, year);
    const daysLeft = deadline ? daysBetween(today, deadline) : null;
    const open = !isClosed(status.state);
    const entry: TimelineItem = {
      number: item.number,
      activity: item.activity,
      deadlineText: item.deadlineText,
      deadline,
      deadlineRu: deadline ? toRuDate(deadline) : null,
      daysLeft,
      status,
      statusRu: statusStateRu[status.state],
      overdue: open && daysLeft !== null && daysLeft < 0,
    };
    all.push(entry);
    const last = stages[stages.length - 1];
    if (last && last.title === item.stage) last.items.push(entry);
    else stages.push({ title: item.stage, items: [entry] });
  }

  const upcoming = all.filter((e) => !isClosed(e.status.state) && e.daysLeft !== null && e.daysLeft >= 0);
  const nearest = Math.min(...upcoming.map((e) => e.daysLeft ?? Infinity));
  const next = upcoming.filter((e) => e.daysLeft === nearest);
  const overdue = all
    .filter((e) => e.overdue)
    .sort(
      (a, b) => compareDates(a.deadline!, b.deadline!) || a.number.localeCompare(b.number, 'ru', { numeric: true }),
    );

  return {
    academicYearRu: academicYearLabel(year),
    today,
    stages,
    next,
    overdue,
    doneCount: all.filter((e) => isClosed(e.status.state)).length,
    totalCount: all.length,
  };
}
