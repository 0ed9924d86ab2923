// The closing documents as items of the documents feature's generation runs (src/app/documents/run.ts): the year's
// monitoring report, and a final report per pair/group — built from «Мониторинг», «План», «Мероприятия» and the
// library, with register keys so a second run updates the same files and an interrupted one resumes.
import { academicYearLabel, academicYearSlug, isInAcademicYear } from '../../domain/calendar/academic-year';
import { compareDates, toRuDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import { contentHash } from '../../domain/documents/content-hash';
import { effectiveStatus } from '../../domain/events/event';
import { buildPairReport, type PairReportInput } from '../../domain/monitoring/pair-report';
import { buildMonitoringReport } from '../../domain/monitoring/report';
import { cellText, cellDate } from '../../workbook/cells';
import { readTable } from '../../workbook/repository';
import { planTable } from '../../workbook/tables/plan';
import type { BuiltItem, GenerationRequest } from '../documents/items';
import type { DocumentsData } from '../documents/load';
import { prefillSwot } from '../../domain/monitoring/swot';
import { monitoringResults, swotFacts } from './monitoring';

export const reportKey = (data: DocumentsData) => `monitoring-report:${academicYearSlug(data.settings.academicYear)}`;
export const pairReportKey = (pairId: string) => `pair-report:${pairId}`;

function item(
  key: string,
  type: BuiltItem['type'],
  pairIds: string[],
  document: BuiltItem['document'],
  date: CalendarDate | null,
): BuiltItem {
  return {
    key,
    type,
    title: document.title,
    pairIds,
    number: '',
    date,
    document,
    hash: contentHash(document),
    templateKind: null,
    fill: { values: {}, blocks: {} },
    warnings: [],
  };
}

/** Plan rows of each pair from «План» (rows the new version of a program dropped are left out). */
function planRows(data: DocumentsData): Map<string, PairReportInput['plan']> {
  const snapshot = readTable(data.check.workbook, planTable);
  const out = new Map<string, PairReportInput['plan']>();
  const tz = data.timeZone;
  const dropped = planTable.columns.find((c) => c.field === 'inProgram')!.labels!.no!;
  for (const r of snapshot.rows()) {
    const text = (f: string) => cellText(r.cells[f], tz);
    if (text('inProgram') === dropped) continue;
    const date = (f: string) => {
      const d = cellDate(r.cells[f], tz);
      return d && d !== 'invalid' ? toRuDate(d) : text(f);
    };
    const term = [date('dueFrom'), date('dueTo')].filter(Boolean).join(' – ');
    const pairId = text('pairId');
    if (!pairId) continue;
    out.set(pairId, [
      ...(out.get(pairId) ?? []),
      { number: text('number'), activity: text('activity'), term, done: text('done') },
    ]);
  }
  return out;
}

export function closingItems(
  data: DocumentsData,
  request: GenerationRequest,
  today: CalendarDate,
  only?: ReadonlySet<string>,
): BuiltItem[] {
  const closing = data.closing();
  const results = monitoringResults(closing);
  const year = data.settings.academicYear;
  const want = (key: string) => !only || only.has(key);
  if (request.kind === 'monitoringReport') {
    const key = reportKey(data);
    if (!want(key)) return [];
    const pairs = [...data.resolved.values()].map((x) => x.pair).filter((p) => p.pair.status !== 'dissolved');
    const yearLabel = academicYearLabel(year);
    const events = closing
      .events()
      .records.map((r) => r.value)
      .filter((e) => e.id && isInAcademicYear(year, e.date) && effectiveStatus(e, today) === 'held')
      .sort((a, b) => compareDates(a.date, b.date));
    const facts = swotFacts(closing, today);
    const document = buildMonitoringReport({
      settings: data.settings,
      date: today,
      deadline: closing.deadline(),
      summary: results.summary,
      swot: prefillSwot(results.summary, results.questions, facts),
      pairs: {
        total: pairs.length,
        individual: pairs.filter((p) => p.pair.form === 'individual').length,
        group: pairs.filter((p) => p.pair.form === 'group').length,
        mentors: new Set(pairs.flatMap((p) => p.pair.mentorIds)).size,
        mentees: new Set(pairs.flatMap((p) => p.pair.menteeIds)).size,
        withProgram: facts.pairsWithProgram,
        finished: pairs.filter((p) => p.pair.status === 'finished').length,
      },
      events: events.map((e) => ({ date: e.date, kind: e.kind, title: e.title, participantCount: e.participantCount })),
      bestPractices: closing
        .practices()
        .records.map((r) => r.value)
        .filter((p) => p.best && p.year === yearLabel)
        .map((p) => ({ title: p.title, authors: p.authors })),
    });
    return [item(key, 'monitoringReport', [], document, today)];
  }
  // Final reports: the pairs asked for, or every pair that finished its program.
  const wanted = request.pairIds ? new Set(request.pairIds) : null;
  const plans = planRows(data);
  const summaries = new Map(results.summary.pairs.map((p) => [p.pairId, p]));
  const out: BuiltItem[] = [];
  for (const { record, pair } of data.resolved.values()) {
    const p = pair.pair;
    if (p.status === 'dissolved' || (wanted ? !wanted.has(p.id) : p.status !== 'finished')) continue;
    const key = pairReportKey(p.id);
    if (!want(key)) continue;
    const openAnswers = results.summary.openAnswers
      .map((g) => ({ ...g, answers: g.answers.filter((a) => a.pairIds.includes(p.id)) }))
      .filter((g) => g.answers.length);
    const document = buildPairReport({
      settings: data.settings,
      date: today,
      pair: {
        id: p.id,
        form: p.form,
        status: p.status,
        requests: p.requests,
        startDate: p.startDate,
        endDate: p.endDate,
        endedOn: record.endedOn,
        mentors: pair.mentors.map((m) => ({ name: m.fullName, post: m.post })),
        mentees: pair.mentees.map((m) => ({ name: m.fullName, post: m.post })),
      },
      plan: plans.get(p.id) ?? [],
      summary: summaries.get(p.id) ?? null,
      openAnswers,
    });
    out.push(item(key, 'pairReport', [p.id], document, today));
  }
  return out;
}
