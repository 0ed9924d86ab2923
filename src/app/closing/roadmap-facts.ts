// The roadmap facts this feature's sheets hold (items 4.2, 6.1, 6.2, 6.3, 7.1): events held by kind, methodological
// materials and practices of the year in the library, publications of held events, monitoring invitations and answers.
// A sheet that does not exist gives null, so the roadmap says the status is not kept rather than «not done».
import { academicYearLabel, isInAcademicYear, type AcademicYear } from '../../domain/calendar/academic-year';
import type { CalendarDate } from '../../domain/calendar/calendar-date';
import { effectiveStatus, heldByKind } from '../../domain/events/event';
import { inviteProgress } from '../../domain/monitoring/invites';
import { isPublished } from '../../domain/publications/publication';
import type { RoadmapFacts } from '../../domain/roadmap/status';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import { readEvents } from '../../workbook/events';
import { readMonitoringAnswers } from '../../workbook/monitoring';
import { readInvites } from '../../workbook/monitoring-invites';
import { readPractices } from '../../workbook/practices';
import { readPublications } from '../../workbook/publications';
import { readTable } from '../../workbook/repository';
import type { RowContext } from '../../workbook/row-schema';
import { eventsTable } from '../../workbook/tables/events';
import { monitoringTable } from '../../workbook/tables/monitoring';
import { monitoringInvitesTable } from '../../workbook/tables/monitoring-invites';
import { practicesTable } from '../../workbook/tables/practices';
import { publicationsTable } from '../../workbook/tables/publications';

export type ClosingFacts = Pick<
  RoadmapFacts,
  'monitoringExpected' | 'monitoringAnswers' | 'events' | 'methodMaterials' | 'practicesAdded' | 'publishedEvents'
>;

/** Five bulk reads, whatever the number of rows. */
export function closingFacts(
  workbook: WorkbookGateway,
  rowCtx: RowContext,
  year: AcademicYear,
  today: CalendarDate,
): ClosingFacts {
  const read = <T>(
    table: Parameters<typeof readTable>[1],
    reader: (s: ReturnType<typeof readTable>, c: RowContext) => { records: Array<{ value: T }> },
  ) => {
    const snapshot = readTable(workbook, table);
    return snapshot.sheet ? reader(snapshot, rowCtx).records.map((r) => r.value) : null;
  };
  const events = read(eventsTable, readEvents)?.filter((e) => e.id && isInAcademicYear(year, e.date)) ?? null;
  const practices = read(practicesTable, readPractices);
  const publications = read(publicationsTable, readPublications);
  const invites = read(monitoringInvitesTable, readInvites);
  const answers = read(monitoringTable, readMonitoringAnswers);
  const label = academicYearLabel(year);
  let publishedEvents: number | null = null;
  if (events && publications) {
    const published = new Set(
      publications
        .filter(isPublished)
        .map((p) => p.eventId)
        .filter(Boolean),
    );
    publishedEvents = events.filter((e) => effectiveStatus(e, today) === 'held' && published.has(e.id)).length;
  }
  const progress =
    invites && answers
      ? inviteProgress(
          invites.filter((i) => i.role !== 'curator'),
          answers,
        )
      : null;
  return {
    monitoringExpected: progress ? progress.sent.length : null,
    monitoringAnswers: progress ? progress.answered.length : null,
    events: events ? heldByKind(events, today) : null,
    methodMaterials: practices ? practices.filter((p) => p.kind === 'method').length : null,
    practicesAdded: practices ? practices.filter((p) => p.kind === 'practice' && p.year === label).length : null,
    publishedEvents,
  };
}
