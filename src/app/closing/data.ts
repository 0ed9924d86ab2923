// What the closing use cases read, each sheet once per execution and only when asked: settings, lists and banks
// (checkWorkbook), pairs, monitoring questions and answers, events, the practice library, publications.
import { academicYearOf, type AcademicYear } from '../../domain/calendar/academic-year';
import type { CalendarDate } from '../../domain/calendar/calendar-date';
import { MONITORING_ITEM, monitoringDeadline } from '../../domain/monitoring/deadline';
import type { MonitoredPair, PersonRef } from '../../domain/monitoring/participants';
import type { RoadmapItem } from '../../domain/roadmap/roadmap-item';
import { readRoadmap } from '../../workbook/roadmap';
import { roadmapTable } from '../../workbook/tables/roadmap';
import type { Mentee, Mentor } from '../../domain/model';
import { workbookOf, type WorkbookGateway } from '../../google/sheet-gateway';
import { readEvents } from '../../workbook/events';
import { readMonitoringAnswers, readMonitoringQuestions } from '../../workbook/monitoring';
import { readInvites } from '../../workbook/monitoring-invites';
import { readPairs, type PairsRead } from '../../workbook/pairs';
import { readPractices } from '../../workbook/practices';
import { readPublications } from '../../workbook/publications';
import { readTable } from '../../workbook/repository';
import type { RowContext } from '../../workbook/row-schema';
import { eventsTable } from '../../workbook/tables/events';
import { monitoringTable } from '../../workbook/tables/monitoring';
import { monitoringInvitesTable } from '../../workbook/tables/monitoring-invites';
import { monitoringQuestionsTable } from '../../workbook/tables/monitoring-questions';
import { pairsTable } from '../../workbook/tables/pairs';
import { practicesTable } from '../../workbook/tables/practices';
import { publicationsTable } from '../../workbook/tables/publications';
import { checkWorkbook, type WorkbookCheck } from '../check-workbook';
import type { AppContext } from '../context';

function lazy<T>(read: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: read() }).v;
}

export interface ClosingData {
  workbook: WorkbookGateway;
  check: () => WorkbookCheck;
  rowContext: () => RowContext;
  /** The academic year of «Настройки», or the one today falls in when the settings are not filled yet. */
  year: () => AcademicYear;
  pairs: () => PairsRead;
  /** Pairs with their people's names and emails from the banks. */
  monitoredPairs: () => MonitoredPair[];
  questions: () => ReturnType<typeof readMonitoringQuestions>;
  answers: () => ReturnType<typeof readMonitoringAnswers>;
  events: () => ReturnType<typeof readEvents>;
  practices: () => ReturnType<typeof readPractices>;
  invites: () => ReturnType<typeof readInvites>;
  /** The roadmap row of item 6.1 (its deadline rule and the curator's mark), when the roadmap sheet has it. */
  monitoringItem: () => RoadmapItem | null;
  /** The monitoring deadline of the year: the roadmap's 6.1 rule, else 1 June. */
  deadline: () => CalendarDate;
  publications: () => ReturnType<typeof readPublications>;
}

/** `checked`: the caller's checkWorkbook of this execution, not read again. */
export function closingData(
  ctx: AppContext,
  workbook: WorkbookGateway = workbookOf(ctx),
  checked?: WorkbookCheck,
): ClosingData {
  const check = lazy(() => checked ?? checkWorkbook(ctx, workbook));
  const rowContext = lazy((): RowContext => ({ timeZone: ctx.timeZone(), vocabulary: check().vocabulary }));
  const pairs = lazy(() => {
    const c = check();
    const ids = (records: ReadonlyArray<{ value: { id: string } }>) =>
      new Set(records.map((r) => r.value.id).filter(Boolean));
    return readPairs(readTable(workbook, pairsTable), rowContext(), {
      mentorIds: ids(c.mentors.records),
      menteeIds: ids(c.mentees.records),
    });
  });
  const year = lazy(() => check().settings?.academicYear ?? academicYearOf(ctx.today()));
  const monitoringItem = lazy((): RoadmapItem | null => {
    const snapshot = readTable(workbook, roadmapTable);
    return snapshot.sheet
      ? (readRoadmap(snapshot, rowContext()).rows.find((r) => r.item.number === MONITORING_ITEM)?.item ?? null)
      : null;
  });
  return {
    workbook,
    check,
    rowContext,
    year,
    pairs,
    monitoredPairs: lazy(() => {
      const c = check();
      const mentors = new Map(c.mentors.records.map((r) => [r.value.id, r.value]));
      const mentees = new Map(c.mentees.records.map((r) => [r.value.id, r.value]));
      const ref = (id: string, p: Mentor | Mentee | undefined): PersonRef => ({
        id,
        name: p?.fullName ?? id,
        email: p?.email ?? '',
      });
      return pairs()
        .records.filter((r) => r.value.id !== '')
        .map(({ value: p }) => ({
          id: p.id,
          form: p.form,
          status: p.status,
          requests: p.requests,
          mentors: p.mentorIds.map((id) => ref(id, mentors.get(id))),
          mentees: p.menteeIds.map((id) => ref(id, mentees.get(id))),
        }));
    }),
    questions: lazy(() => readMonitoringQuestions(readTable(workbook, monitoringQuestionsTable), rowContext())),
    answers: lazy(() => readMonitoringAnswers(readTable(workbook, monitoringTable), rowContext())),
    events: lazy(() => readEvents(readTable(workbook, eventsTable), rowContext())),
    practices: lazy(() => readPractices(readTable(workbook, practicesTable), rowContext())),
    publications: lazy(() => readPublications(readTable(workbook, publicationsTable), rowContext())),
    invites: lazy(() => readInvites(readTable(workbook, monitoringInvitesTable), rowContext())),
    monitoringItem,
    deadline: lazy(() => monitoringDeadline(year(), monitoringItem()?.rule)),
  };
}
