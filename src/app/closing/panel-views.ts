// Read-only views of the «Итоги года» panel: each reads only the sheets its section shows.
import { academicYearLabel } from '../../domain/calendar/academic-year';
import { compareDates, toIsoDate } from '../../domain/calendar/calendar-date';
import { effectiveStatus } from '../../domain/events/event';
import type { PracticeQuery } from '../../domain/practices/search';
import { isPublished } from '../../domain/publications/publication';
import { eventOccasion } from '../../domain/publications/draft';
import { isOpenPair } from '../../workbook/pairs';
import { eventsTable } from '../../workbook/tables/events';
import { monitoringTable } from '../../workbook/tables/monitoring';
import { monitoringInvitesTable } from '../../workbook/tables/monitoring-invites';
import { inviteKey, inviteProgress } from '../../domain/monitoring/invites';
import { participantsOf } from '../../domain/monitoring/participants';
import { practicesTable } from '../../workbook/tables/practices';
import { publicationsTable } from '../../workbook/tables/publications';
import { pairStatusRu } from '../../domain/model';
import type { AppContext } from '../context';
import { closingData } from './data';
import { searchLibrary } from './library';
import { monitoringResults, swotOf } from './monitoring';
import { pendingDrafts } from './publications';

/** How many answers of each open question the panel shows; the report has them all. */
export const OPEN_ANSWERS_SHOWN = 8;

export function monitoringView(ctx: AppContext) {
  const data = closingData(ctx);
  const results = monitoringResults(data);
  const s = results.summary;
  const year = data.year();
  return {
    year: academicYearLabel(year),
    deadline: toIsoDate(data.deadline()),
    school: s.school,
    byForm: s.byForm,
    attention: s.attention.map((p) => ({
      pairId: p.pairId,
      mentorNames: p.mentorNames,
      menteeNames: p.menteeNames,
      answered: p.answered,
      expected: p.expected,
      averageRating: p.averageRating,
      attention: p.attention,
    })),
    openAnswers: s.openAnswers.map((g) => ({
      code: g.code,
      question: g.question,
      audience: g.audience,
      answers: g.answers.slice(0, OPEN_ANSWERS_SHOWN).map((a) => ({ text: a.text, count: a.count })),
      more: Math.max(0, g.answers.length - OPEN_ANSWERS_SHOWN),
    })),
    curatorAnswered: s.curator.length > 0,
    superseded: s.superseded,
    unmatched: s.unmatched.length,
    proposals: results.proposals.map((p) => ({
      key: p.key,
      text: p.text,
      authorName: p.authorName,
      role: p.role,
      pairId: p.pairId,
    })),
    swot: swotOf(data, results, ctx.today()),
    problems: [...data.questions().problems, ...data.answers().problems].slice(0, 50),
    sheetUrl: data.workbook.sheetUrl(monitoringTable.sheetName),
    invites: invitesOf(data),
  };
}

/** Who was sent a personal link, who answered, who is still without one. */
function invitesOf(data: ReturnType<typeof closingData>) {
  const read = data.invites();
  if (!read.snapshot.sheet) return { sent: 0, answered: 0, notSent: 0, waiting: [] as string[], sheetUrl: '' };
  const invites = read.records.map((r) => r.value);
  const progress = inviteProgress(
    invites,
    data.answers().records.map((r) => r.value),
  );
  const invited = new Set(invites.filter((i) => i.sentOn !== null).map(inviteKey));
  const notSent = participantsOf(data.monitoredPairs()).filter(
    (p) => !invited.has(inviteKey({ pairId: p.pairId, role: p.role, personId: p.id })),
  ).length;
  return {
    sent: progress.sent.length,
    answered: progress.answered.length,
    notSent,
    waiting: progress.waiting.slice(0, 50).map((i) => `${i.personName}${i.pairId ? ` (${i.pairId})` : ''}`),
    sheetUrl: data.workbook.sheetUrl(monitoringInvitesTable.sheetName),
  };
}

export function eventsView(ctx: AppContext) {
  const data = closingData(ctx);
  const today = ctx.today();
  const publications = data.publications().records.map((r) => r.value);
  const byEvent = new Map<string, typeof publications>();
  for (const p of publications) {
    const key = p.eventId || p.occasion;
    if (key) byEvent.set(key, [...(byEvent.get(key) ?? []), p]);
  }
  const events = data
    .events()
    .records.map((r) => r.value)
    .filter((e) => e.id)
    .sort((a, b) => compareDates(a.date, b.date));
  return {
    events: events.map((e) => {
      const pubs = [...(byEvent.get(e.id) ?? []), ...(byEvent.get(eventOccasion(e.id)) ?? [])];
      return {
        id: e.id,
        date: toIsoDate(e.date),
        kind: e.kind,
        title: e.title,
        roadmapItem: e.roadmapItem,
        status: effectiveStatus(e, today),
        published: pubs.some(isPublished),
        hasDraft: pubs.length > 0,
      };
    }),
    publications: publications
      .filter((p) => p.id)
      .map((p) => ({
        id: p.id,
        title: p.title,
        text: p.text,
        attachments: p.attachments,
        date: p.date ? toIsoDate(p.date) : null,
        status: p.status,
        link: p.link,
        roadmapItem: p.roadmapItem,
      }))
      .reverse(),
    pendingDrafts: pendingDrafts(ctx, data).length,
    problems: [...data.events().problems, ...data.publications().problems].slice(0, 50),
    eventsUrl: data.workbook.sheetUrl(eventsTable.sheetName),
    publicationsUrl: data.workbook.sheetUrl(publicationsTable.sheetName),
  };
}

export function libraryView(ctx: AppContext, query: PracticeQuery) {
  const data = closingData(ctx);
  const found = searchLibrary(ctx, query, data);
  return {
    total: found.total,
    hits: found.hits.map(({ practice: p }) => ({
      id: p.id,
      title: p.title,
      authors: p.authors,
      pairId: p.pairId,
      competencies: p.competencies,
      description: p.description,
      materials: p.materials,
      year: p.year,
      tags: p.tags,
      best: p.best,
      kind: p.kind,
    })),
    competencies: [...data.check().vocabulary.competencies],
    years: [
      ...new Set(
        data
          .practices()
          .records.map((r) => r.value.year)
          .filter(Boolean),
      ),
    ]
      .sort()
      .reverse(),
    sheetUrl: data.workbook.sheetUrl(practicesTable.sheetName),
  };
}

export function openPairsView(ctx: AppContext) {
  const data = closingData(ctx);
  const today = ctx.today();
  const people = new Map(data.monitoredPairs().map((p) => [p.id, p]));
  const records = data
    .pairs()
    .records.map((r) => r.value)
    .filter((p) => p.id);
  return {
    open: records
      .filter((p) => isOpenPair(p.status))
      .map((p) => ({
        id: p.id,
        mentorNames: people.get(p.id)?.mentors.map((m) => m.name) ?? [],
        menteeNames: people.get(p.id)?.mentees.map((m) => m.name) ?? [],
        endDate: toIsoDate(p.endDate),
        status: pairStatusRu[p.status],
        due: compareDates(p.endDate, today) <= 0,
      })),
    finished: records.filter((p) => p.status === 'finished').length,
  };
}
