// Use case for the «Дорожная карта» panel: the year's stages with each item's status and deadline, what is next, what
// is overdue, the sheet's problems, and the reminders (on/off, owner, last runs). Read-only.
import { academicYearLabel } from '../../domain/calendar/academic-year';
import { toIsoDate } from '../../domain/calendar/calendar-date';
import type { StatusState } from '../../domain/roadmap/status';
import { buildTimeline, type TimelineItem } from '../../domain/roadmap/timeline';
import type { Problem } from '../../domain/validation/problem';
import { documentStore } from '../../google/document-properties';
import { pairsTable } from '../../workbook/tables/pairs';
import { roadmapTable } from '../../workbook/tables/roadmap';
import type { AppContext } from '../context';
import { digestRecipients } from './plan';
import { readRoadmapWorkbook, type RoadmapWorkbook } from './read';
import { remindersView, type RemindersView } from './reminders';
import { RoadmapState } from './state';

export interface TimelineItemView {
  row: number;
  number: string;
  activity: string;
  deadlineText: string;
  /** yyyy-MM-dd or null. */
  deadline: string | null;
  deadlineRu: string | null;
  daysLeft: number | null;
  state: StatusState;
  statusRu: string;
  source: 'manual' | 'auto' | 'none';
  basis: string;
  overdue: boolean;
  responsible: string;
}

export interface RoadmapOverview {
  isSetUp: boolean;
  /** Why the overview is empty or partial (a missing sheet), Russian. */
  missingSheets: string[];
  academicYear: string;
  today: string;
  stages: Array<{ title: string; items: TimelineItemView[] }>;
  /** Sheet rows of the items that come next / are overdue (the longest overdue first). */
  next: number[];
  overdue: number[];
  doneCount: number;
  totalCount: number;
  problems: Problem[];
  /** Reminder settings that had to fall back, or no recipients at all. */
  warnings: string[];
  recipients: string[];
  sheetUrl: string;
  reminders: RemindersView;
}

export function getRoadmapOverview(ctx: AppContext): RoadmapOverview {
  return roadmapOverviewOf(ctx, readRoadmapWorkbook(ctx));
}

/** The overview of a roadmap workbook already read in this execution (the home panel reads it once for both). */
export function roadmapOverviewOf(ctx: AppContext, rw: RoadmapWorkbook): RoadmapOverview {
  const reminders = remindersView(ctx, new RoadmapState(documentStore(ctx)));
  const rows = rw.roadmap.rows;
  const timeline = buildTimeline([...rw.statuses.values()], rw.settings.year, rw.today);
  let i = 0;
  const rowOf = new Map<TimelineItem, number>();
  const view = (t: TimelineItem): TimelineItemView => {
    const r = rows[i++]!;
    rowOf.set(t, r.row);
    return {
      row: r.row,
      number: t.number,
      activity: t.activity,
      deadlineText: t.deadlineText,
      deadline: t.deadline ? toIsoDate(t.deadline) : null,
      deadlineRu: t.deadlineRu,
      daysLeft: t.daysLeft,
      state: t.status.state,
      statusRu: t.statusRu,
      source: t.status.source,
      basis: t.status.basisRu,
      overdue: t.overdue,
      responsible: r.responsible || r.item.responsibleEmail,
    };
  };
  // Stages keep the sheet's order, so their items come in the order of `rows`.
  const stages = timeline.stages.map((s) => ({ title: s.title, items: s.items.map(view) }));
  const recipients = [...digestRecipients(rw).alertRecipients];
  const warnings = [...rw.settings.warnings];
  if (!recipients.length) {
    warnings.push(
      'Напоминания некому отправлять: заполните «Куратор наставничества: email» или «Получатели напоминаний» в «Настройки».',
    );
  }
  return {
    isSetUp: rw.roadmap.snapshot.sheet !== null,
    missingSheets: rw.missingSheets,
    academicYear: academicYearLabel(rw.settings.year),
    today: toIsoDate(rw.today),
    stages,
    next: timeline.next.map((t) => rowOf.get(t)!),
    overdue: timeline.overdue.map((t) => rowOf.get(t)!),
    doneCount: timeline.doneCount,
    totalCount: timeline.totalCount,
    problems: rw.problems.filter((p) => p.sheet !== pairsTable.sheetName).slice(0, 50),
    warnings,
    recipients,
    sheetUrl: rw.workbook.sheetUrl(roadmapTable.sheetName),
    reminders,
  };
}
