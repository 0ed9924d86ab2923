// Use cases of «Публикации»: draft news for every held event and reached milestone (once each), mark one published.
import { academicYearLabel } from '../../domain/calendar/academic-year';
import { compareDates } from '../../domain/calendar/calendar-date';
import { effectiveStatus } from '../../domain/events/event';
import {
  draftForEvent,
  draftForMilestone,
  eventOccasion,
  milestoneOccasion,
  type DraftSchool,
  type MilestoneFacts,
  type PublicationDraft,
} from '../../domain/publications/draft';
import { withDocumentLock } from '../../google/lock';
import { appendRecords, encodeCell, writeCells } from '../../workbook/repository';
import { columnOf } from '../../workbook/table-schema';
import { publicationsTable } from '../../workbook/tables/publications';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { nextTableIds } from '../id-floor';
import { appendJournal, describeRows } from '../journal';
import { closingData, type ClosingData } from './data';
import { monitoringResults } from './monitoring';
import { assignTableIds } from './table-ids';

export interface DraftResult {
  drafted: Array<{ id: string; title: string; row: number }>;
}

/** The drafts not written yet: one per held event and per milestone reached, none for an occasion already covered. */
export function pendingDrafts(ctx: AppContext, data: ClosingData): PublicationDraft[] {
  const today = ctx.today();
  const settings = data.check().settings;
  const school: DraftSchool = { shortName: settings?.schoolShortName ?? '', city: settings?.city ?? '' };
  const year = data.year();
  const yearLabel = academicYearLabel(year);
  const publications = data.publications().records.map((r) => r.value);
  const covered = new Set(publications.map((p) => p.occasion).filter(Boolean));
  for (const p of publications) if (p.eventId) covered.add(eventOccasion(p.eventId));
  const practices = data
    .practices()
    .records.map((r) => r.value)
    .filter((p) => p.year === yearLabel);
  const best = practices.filter((p) => p.best);
  const drafts: PublicationDraft[] = [];
  for (const { value: e } of data.events().records) {
    if (!e.id || covered.has(eventOccasion(e.id)) || effectiveStatus(e, today) !== 'held') continue;
    drafts.push(draftForEvent(e, school, e.kind === 'round_table' ? best : []));
  }
  const milestones: MilestoneFacts[] = [];
  const pairs = data
    .pairs()
    .records.map((r) => r.value)
    .filter((p) => p.status !== 'dissolved');
  if (pairs.some((p) => p.status === 'in_order' || p.status === 'active' || p.status === 'finished')) {
    milestones.push({
      kind: 'pairs',
      year,
      date: today,
      pairs: pairs.length,
      mentors: new Set(pairs.flatMap((p) => p.mentorIds)).size,
      mentees: new Set(pairs.flatMap((p) => p.menteeIds)).size,
      inOrder: pairs.every((p) => p.status === 'in_order' || p.status === 'active' || p.status === 'finished'),
      withPrograms: pairs.every((p) => p.programLink.trim() !== ''),
    });
  }
  // The answers are the largest sheet: read them only while the monitoring news is still to be written.
  const s = covered.has(milestoneOccasion('monitoring', year)) ? null : monitoringResults(data).summary.school;
  if (s && s.answered > 0 && (s.answered >= s.expected || compareDates(today, data.deadline()) >= 0)) {
    const top = [...s.ratings].filter((r) => r.average !== null).sort((a, b) => b.average! - a.average!)[0];
    milestones.push({
      kind: 'monitoring',
      year,
      date: today,
      answered: s.answered,
      expected: s.expected,
      topRating: top ? { question: top.question, average: top.average! } : null,
      competence:
        s.competence.before !== null && s.competence.after !== null
          ? { before: s.competence.before, after: s.competence.after }
          : null,
    });
  }
  if (best.length) milestones.push({ kind: 'library', year, date: today, added: practices });
  for (const m of milestones) {
    const d = draftForMilestone(m, school);
    if (d && !covered.has(d.occasion)) drafts.push(d);
  }
  return drafts;
}

/** Writes the pending drafts in one block (ids after every id ever used) and logs them; inside the caller's lock. */
export function writeDrafts(ctx: AppContext, data: ClosingData): DraftResult {
  const read = data.publications();
  if (!read.snapshot.sheet)
    throw new UserError(`Листа «${publicationsTable.sheetName}» нет: выберите «Наставничество → Настроить таблицу».`);
  assignTableIds(ctx, read);
  const drafts = pendingDrafts(ctx, data);
  if (!drafts.length) return { drafted: [] };
  const ids = nextTableIds(ctx, read.snapshot, drafts.length);
  const rows = appendRecords(
    read.snapshot,
    drafts.map((d, i) => ({ id: ids[i], ...d, status: 'draft', link: '' })),
    ctx.timeZone(),
  );
  appendJournal(ctx, data.workbook, [
    {
      what: 'Черновики публикаций',
      sheet: publicationsTable.sheetName,
      rows: describeRows(rows),
      details: drafts.map((d) => d.title).join('; '),
    },
  ]);
  return { drafted: drafts.map((d, i) => ({ id: ids[i]!, title: d.title, row: rows[i]! })) };
}

export function draftPublications(ctx: AppContext): DraftResult {
  return withDocumentLock(ctx, () => writeDrafts(ctx, closingData(ctx)));
}

/** The curator published it: status «опубликовано», the link, and the date if the row had none. */
export function markPublished(ctx: AppContext, input: { id: string; link: string }): { row: number } {
  return withDocumentLock(ctx, () => {
    const data = closingData(ctx);
    const read = data.publications();
    const found = read.records.find((r) => r.value.id === input.id);
    if (!found)
      throw new UserError(
        `Публикации ${input.id} нет на листе «${publicationsTable.sheetName}» (или в её строке ошибка).`,
      );
    const tz = ctx.timeZone();
    const cell = (field: 'status' | 'link' | 'date', v: unknown) => ({
      row: found.row,
      field,
      value: encodeCell(columnOf(publicationsTable, field), v, tz),
    });
    const updates = [cell('status', 'published'), cell('link', input.link.trim())];
    if (!found.value.date) updates.push(cell('date', ctx.today()));
    writeCells(read.snapshot, updates);
    appendJournal(ctx, data.workbook, [
      {
        what: 'Публикация отмечена',
        sheet: publicationsTable.sheetName,
        rows: String(found.row),
        details: `${input.id}: ${input.link.trim()}`,
      },
    ]);
    return { row: found.row };
  });
}
