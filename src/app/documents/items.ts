// What a generation request produces: the documents (items) with their register keys, models, template fill data,
// plan rows and content hashes — built from the workbook, without any Google call.
import type { CalendarDate } from '../../domain/calendar/calendar-date';
import { buildConsents, consentParts, type ConsentInput } from '../../domain/documents/consent';
import { contentHash } from '../../domain/documents/content-hash';
import type { Block, Document } from '../../domain/documents/model';
import { buildOrder, orderParts, type ExcludedPair, type OrderInput } from '../../domain/documents/order';
import { participantsOf, type ResolvedPair } from '../../domain/documents/participants';
import { shortPersonName } from '../../domain/documents/people';
import { buildProgram, programParts, type PlanRow } from '../../domain/documents/program';
import type { TemplateKind } from '../../domain/documents/school-templates';
import { isOpenPair } from '../../workbook/pairs';
import type { DocumentType } from '../../workbook/tables/documents';
import { closingItems } from '../closing/report-items';
import type { DocumentsData } from './load';

/** The order, consents and programs; the monitoring report and the pairs' final reports (issue 8). */
export type GenerationKind = 'order' | 'consents' | 'programs' | 'monitoringReport' | 'pairReports';
/** One document, a page (or more) per participant; or one document per participant. */
export type ConsentMode = 'pagePerPerson' | 'perPerson';

export interface GenerationRequest {
  kind: GenerationKind;
  /** Null: every open pair. */
  pairIds: readonly string[] | null;
  consentMode: ConsentMode;
}

export const kindRu: Record<GenerationKind, string> = {
  order: 'приказ',
  consents: 'согласия',
  programs: 'программы (ПНП)',
  monitoringReport: 'отчёт о мониторинге',
  pairReports: 'итоговые отчёты пар',
};

export interface BuiltItem {
  /** The register key: 'order', 'consents', 'consent:mentor:Н-0001', 'program:НП-2026-001'. */
  key: string;
  type: DocumentType;
  title: string;
  pairIds: string[];
  number: string;
  date: CalendarDate | null;
  document: Document;
  /** The content's fingerprint: the same hash means regenerating would change nothing. */
  hash: string;
  /** The school template that applies, if the school made one. */
  templateKind: TemplateKind | null;
  /** What a school template of this item is filled with. */
  fill: { values: Record<string, string>; blocks: Record<string, Block[]> };
  plan?: { pairId: string; menteeNames: string; rows: PlanRow[] };
  /** The order only: pairs in its appendix, and those left out with the reason. */
  includedPairs?: string[];
  excluded?: ExcludedPair[];
  warnings: string[];
}

export interface PairSelection {
  pairs: ResolvedPair[];
  /** Asked for but not usable: an unknown id, an invalid row, a finished or dissolved pair. */
  skipped: Array<{ pairId: string; reason: string }>;
}

/** The pairs a request covers, in sheet order; what was asked for and cannot be used is said, never dropped silently. */
export function selectPairs(data: DocumentsData, request: Pick<GenerationRequest, 'pairIds'>): PairSelection {
  const wanted = request.pairIds ? new Set(request.pairIds) : null;
  const pairs: ResolvedPair[] = [];
  const skipped: PairSelection['skipped'] = [];
  for (const { pair } of data.resolved.values()) {
    if (wanted && !wanted.has(pair.pair.id)) continue;
    if (!isOpenPair(pair.pair.status)) {
      if (wanted)
        skipped.push({
          pairId: pair.pair.id,
          reason: `пара ${pair.pair.status === 'finished' ? 'завершена' : 'расформирована'}`,
        });
      continue;
    }
    pairs.push(pair);
  }
  if (wanted) {
    const invalidRows = new Set(data.pairs.invalidRows);
    for (const id of wanted) {
      if (data.resolved.has(id)) continue;
      const row = data.pairs.snapshot.rows().find((r) => String(r.cells.id ?? '').trim() === id);
      skipped.push({
        pairId: id,
        reason:
          row && invalidRows.has(row.row)
            ? `строка ${row.row} листа «Пары и группы» с ошибками`
            : 'нет на листе «Пары и группы»',
      });
    }
  }
  return { pairs, skipped };
}

function orderInput(data: DocumentsData, pairs: readonly ResolvedPair[], today: CalendarDate): OrderInput {
  return {
    settings: data.settings,
    number: data.docSettings.orderNumber,
    date: data.docSettings.orderDate ?? today,
    pairs,
    regulationReference: data.docSettings.regulationReference,
  };
}

/** Every document of the request (or only those whose key is in `only`), with its model and template data. */
export function buildItems(
  data: DocumentsData,
  request: GenerationRequest,
  today: CalendarDate,
  only?: ReadonlySet<string>,
): BuiltItem[] {
  if (request.kind === 'monitoringReport' || request.kind === 'pairReports')
    return closingItems(data, request, today, only);
  const { pairs } = selectPairs(data, request);
  const want = (key: string) => !only || only.has(key);
  if (request.kind === 'order') {
    if (!want('order')) return [];
    const input = orderInput(data, pairs, today);
    const parts = orderParts(input);
    const built = buildOrder(input);
    return [
      {
        key: 'order',
        type: 'order',
        title: built.document.title,
        pairIds: [],
        number: input.number,
        date: input.date,
        document: built.document,
        hash: contentHash(built.document),
        templateKind: 'order',
        fill: { values: parts.values, blocks: parts.blocks },
        includedPairs: built.included,
        excluded: built.excluded,
        warnings: built.warnings,
      },
    ];
  }
  if (request.kind === 'programs') {
    return pairs
      .filter((rp) => want(`program:${rp.pair.id}`))
      .map((rp) => {
        const input = {
          settings: data.settings,
          pair: rp,
          library: data.activities.library,
          competencies: data.competencies,
        };
        const parts = programParts(input);
        const built = buildProgram(input);
        return {
          key: `program:${rp.pair.id}`,
          type: 'program' as const,
          title: built.document.title,
          pairIds: [rp.pair.id],
          number: '',
          date: null,
          document: built.document,
          hash: contentHash(built.document),
          templateKind: 'program' as const,
          fill: { values: parts.values, blocks: { ...parts.sections } },
          plan: { pairId: rp.pair.id, menteeNames: rp.mentees.map((m) => m.fullName).join('; '), rows: built.plan },
          warnings: [
            ...built.warnings,
            ...built.unknownRequests.map((r) => `запрос «${r}» не из справочника: задачи и мероприятия общие`),
          ],
        };
      });
  }
  const input: ConsentInput = { settings: data.settings, pairs };
  if (request.consentMode === 'pagePerPerson') {
    if (!want('consents')) return [];
    const built = buildConsents(input, 'pagePerPerson');
    return [
      {
        key: 'consents',
        type: 'consents',
        title: built.document.title,
        pairIds: [],
        number: '',
        date: null,
        document: built.document,
        hash: contentHash(built.document),
        // One document of many people: a one-person template cannot lay it out (the preview says so).
        templateKind: null,
        fill: { values: {}, blocks: {} },
        warnings: built.warnings,
      },
    ];
  }
  const people = participantsOf(pairs);
  const built = buildConsents(input, 'perPerson');
  return built.documents.flatMap((doc, i) => {
    const p = people[i]!;
    const key = `consent:${p.role}:${p.person.id}`;
    if (!want(key)) return [];
    const warnings: string[] = [];
    const parts = consentParts(input, p, warnings);
    return [
      {
        key,
        type: 'consent' as const,
        title: doc.document.title,
        pairIds: p.pairs.map((rp) => rp.pair.id),
        number: '',
        date: null,
        document: doc.document,
        hash: contentHash(doc.document),
        templateKind: p.role === 'mentor' ? ('consentMentor' as const) : ('consentMentee' as const),
        fill: { values: parts.values, blocks: { ...parts.sections } },
        warnings,
      },
    ];
  });
}

/** «Согласие — А.Б. Иванова (наставник)»-style names stay short; the register shows the full title. */
export function personLabel(fullName: string): string {
  return shortPersonName(fullName);
}
