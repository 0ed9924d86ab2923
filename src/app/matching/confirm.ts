// Use case «Сформировать пары»: re-checks every requested pair or group against the CURRENT sheets under the document
// lock, writes the rows of «Пары и группы», the mentees' status and pair id, and the journal — the one way pairs are made.
import { formatPairId, nextPairId, parsePairId } from '../../domain/matching/pair-id';
import { explainTeam, pairRequests } from '../../domain/matching/pair-content';
import { validateGroup } from '../../domain/matching/groups';
import { findUnservable } from '../../domain/matching/unpaired';
import type { MatchContext } from '../../domain/matching/context';
import { toRuDate } from '../../domain/calendar/calendar-date';
import { formRu, type Mentee, type Mentor, type MentoringForm, type Pair } from '../../domain/model';
import { withDocumentLock } from '../../google/lock';
import { addLoad, consentSummary, isInDocuments, plannedEnd, type PairRecord } from '../../workbook/pairs';
import { MULTI_SEPARATOR } from '../../workbook/table-schema';
import { pairsTable } from '../../workbook/tables/pairs';
import { menteesTable } from '../../workbook/tables/mentees';
import type { AppContext } from '../context';
import { appendJournal, describeRows, type JournalEntry } from '../journal';
import {
  matchContextOf,
  pairIdsOnSheet,
  readMatchingState,
  requireSettings,
  unavailableReason,
  type MatchingState,
} from './state';
import { statusRepairs } from './repairs';
import { appendPairRows, writeMenteeChanges, writePairChanges, type MenteeChange, type NewPairRow } from './writes';
import { supportNoteText } from './support-note';

export type PairSource = 'suggestion' | 'proposal' | 'group' | 'manual';

export const pairSourceRu: Record<PairSource, string> = {
  suggestion: 'подбор для наставляемого',
  proposal: 'автоподбор',
  group: 'группа',
  manual: 'вручную',
};

export interface PairRequest {
  form: MentoringForm;
  /** The lead mentor first, then co-mentors. */
  mentorIds: string[];
  menteeIds: string[];
  /** Kept as is by a later «Автоподбор» («Закреплена»: да). */
  locked?: boolean;
  /** An unlocked formed pair of the same mentee whose lead mentor this request replaces («Автоподбор» revisiting). */
  replacesPairId?: string;
}

export interface ConfirmInput {
  pairs: readonly PairRequest[];
  source: PairSource;
  /** After forming, mark waiting mentees nobody can serve as «поддержка без пары» (the end of «Автоподбор»). */
  markUnservable?: boolean;
}

export interface WrittenPair {
  pairId: string;
  row: number;
  form: MentoringForm;
  mentorNames: string[];
  menteeNames: string[];
  score: number;
  /** The pair existed and got a new lead mentor (its id and row stay). */
  replaced: boolean;
}

export interface RefusedPair {
  mentorIds: string[];
  menteeIds: string[];
  /** «Иванова М. П. — Петрова А. С.», for the message. */
  names: string;
  reasons: string[];
}

export interface SupportedMentee {
  id: string;
  name: string;
  reason: string;
}

export interface ConfirmResult {
  written: WrittenPair[];
  refused: RefusedPair[];
  supported: SupportedMentee[];
  /** Mentees whose status did not match «Пары и группы» and was put right. */
  repaired: string[];
}

export function confirmPairs(ctx: AppContext, input: ConfirmInput): ConfirmResult {
  return withDocumentLock(ctx, () => confirmLocked(ctx, input));
}

interface Planned {
  request: PairRequest;
  mentors: Mentor[];
  mentees: Mentee[];
  score: number;
  reasons: string;
  replaced?: PairRecord;
  pairId: string;
}

/** The caller holds the document lock. */
export function confirmLocked(ctx: AppContext, input: ConfirmInput): ConfirmResult {
  const state = readMatchingState(ctx);
  const settings = requireSettings(state);
  const baseCtx = matchContextOf(state);
  const load = new Map(state.load);
  const mctx: MatchContext = { ...baseCtx, load };
  const claimed = new Set<string>();
  const usedIds = pairIdsOnSheet(state);
  let nextNumber = parsePairId(nextPairId(usedIds, settings.academicYear))!.number;
  const planned: Planned[] = [];
  const refused: RefusedPair[] = [];

  for (const request of input.pairs) {
    const mentorIds = [...new Set(request.mentorIds)];
    const menteeIds = [...new Set(request.menteeIds)];
    const reasons: string[] = [];
    const mentors = mentorIds.map((id) => state.mentorById.get(id)?.value);
    const mentees = menteeIds.map((id) => state.menteeById.get(id)?.value);
    mentorIds.forEach((id, k) => {
      if (!mentors[k]) reasons.push(`наставника ${id} нет среди строк без ошибок листа «Наставники»`);
    });
    menteeIds.forEach((id, k) => {
      if (!mentees[k]) reasons.push(`наставляемого ${id} нет среди строк без ошибок листа «Наставляемые»`);
    });
    const replaced = request.replacesPairId
      ? replaceable(state, request.replacesPairId, menteeIds, reasons)
      : undefined;
    for (const e of mentees) {
      if (!e) continue;
      if (claimed.has(e.id)) reasons.push(`${e.fullName} уже включён в другую пару этого списка`);
      else if (!replaced || state.placeOf.get(e.id)?.pairId !== replaced.value.id) {
        const why = unavailableReason(state, e);
        if (why) reasons.push(why);
      }
    }
    const team = mentors.filter((m): m is Mentor => m !== undefined);
    const members = mentees.filter((e): e is Mentee => e !== undefined);
    // A replaced pair gives its lead's places back before the new lead is checked.
    const oldLead = replaced?.value.mentorIds[0];
    if (replaced && oldLead) load.set(oldLead, (load.get(oldLead) ?? 0) - replaced.value.menteeIds.length);
    if (team.length && members.length) {
      const check = validateGroup({ mentorIds, menteeIds }, team, members, mctx, {
        maxGroupSize: settings.maxGroupSize,
        form: request.form,
      });
      reasons.push(
        ...check.problems.filter((p) => p.code !== 'unknown_person' && p.code !== 'duplicate').map((p) => p.textRu),
      );
      if (replaced && oldLead === mentorIds[0]) reasons.push('новый наставник тот же, что и в паре');
    }
    if (reasons.length || !team.length || !members.length) {
      if (replaced && oldLead) load.set(oldLead, (load.get(oldLead) ?? 0) + replaced.value.menteeIds.length);
      refused.push({
        mentorIds,
        menteeIds,
        names: teamNames(team, members, mentorIds, menteeIds),
        reasons: [...new Set(reasons)],
      });
      continue;
    }
    const explained = explainTeam(team[0]!, members, mctx);
    addLoad(load, mentorIds, members.length);
    for (const e of members) claimed.add(e.id);
    const pairId = replaced ? replaced.value.id : formatPairId(settings.academicYear.startYear, nextNumber++);
    planned.push({
      request: { ...request, mentorIds, menteeIds },
      mentors: team,
      mentees: members,
      score: explained.score,
      reasons: explained.reasonsRu,
      replaced,
      pairId,
    });
  }

  // Everything decided: now the writes, in blocks.
  const today = ctx.today();
  const tz = ctx.timeZone();
  const fresh = planned.filter((p) => !p.replaced);
  const newRows: NewPairRow[] = fresh.map((p) => ({
    pair: {
      id: p.pairId,
      form: p.request.form,
      mentorIds: p.request.mentorIds,
      menteeIds: p.request.menteeIds,
      requests: pairRequests(p.mentees),
      startDate: today,
      endDate: plannedEnd(today, settings.defaultProgramMonths),
      status: 'formed',
      locked: p.request.locked ?? input.source !== 'proposal',
      orderLink: '',
      programLink: '',
      notes: '',
    } satisfies Pair,
    score: p.score,
    reasons: p.reasons,
  }));
  const rows = appendPairRows(state, newRows, tz);
  const replacedPlans = planned.filter((p) => p.replaced);
  writePairChanges(
    state,
    replacedPlans.map((p) => ({
      record: p.replaced!,
      fields: {
        mentorIds: p.request.mentorIds.join(MULTI_SEPARATOR),
        mentorNames: p.mentors.map((m) => m.fullName).join(MULTI_SEPARATOR),
        score: p.score,
        reasons: p.reasons,
        consents: consentSummary(p.mentors, p.mentees),
        locked: p.request.locked ? 'yes' : undefined,
      },
    })),
    tz,
  );

  const changes = new Map<string, MenteeChange>();
  for (const p of planned)
    for (const e of p.mentees) changes.set(e.id, { id: e.id, status: 'paired', pairId: p.pairId, supportNote: '' });
  const repaired: string[] = [];
  for (const r of statusRepairs(state)) {
    if (changes.has(r.id)) continue;
    changes.set(r.id, r);
    repaired.push(state.menteeById.get(r.id)?.value.fullName ?? r.id);
  }
  const supported: SupportedMentee[] = [];
  if (input.markUnservable) {
    const stillWaiting = state.mentees.filter(
      (e) =>
        e.status === 'waiting' &&
        !claimed.has(e.id) &&
        !state.placeOf.has(e.id) &&
        changes.get(e.id)?.status !== 'paired',
    );
    for (const u of findUnservable(stillWaiting, state.mentors, mctx)) {
      changes.set(u.mentee.id, {
        id: u.mentee.id,
        status: 'supported',
        supportNote: supportNoteText(today, u.reasonRu, u.supportNoteRu),
      });
      supported.push({ id: u.mentee.id, name: u.mentee.fullName, reason: u.reasonRu });
    }
  }
  const menteeRows = writeMenteeChanges(state, [...changes.values()]);

  const written: WrittenPair[] = planned.map((p) => ({
    pairId: p.pairId,
    row: p.replaced ? p.replaced.row : rows[fresh.indexOf(p)]!,
    form: p.request.form,
    mentorNames: p.mentors.map((m) => m.fullName),
    menteeNames: p.mentees.map((e) => e.fullName),
    score: p.score,
    replaced: p.replaced !== undefined,
  }));
  appendJournal(
    ctx,
    state.workbook,
    journalEntries(input, planned, written, refused, supported, repaired, menteeRows, today),
  );
  return { written, refused, supported, repaired };
}

/** A formed pair «Автоподбор» may give a new lead: unlocked, individual, nothing generated for it yet, same mentee. */
function replaceable(
  state: MatchingState,
  pairId: string,
  menteeIds: string[],
  reasons: string[],
): PairRecord | undefined {
  const rec = state.openPairs.find((r) => r.value.id === pairId);
  const p = rec?.value;
  if (!rec || !p) reasons.push(`пары ${pairId} нет среди действующих на листе «Пары и группы»`);
  else if (p.locked) reasons.push(`пара ${pairId} закреплена`);
  else if (isInDocuments(p))
    reasons.push(`пара ${pairId} уже в документах: замените наставника через «Заменить наставника»`);
  else if (
    p.form !== 'individual' ||
    p.menteeIds.length !== 1 ||
    p.menteeIds[0] !== menteeIds[0] ||
    menteeIds.length !== 1
  ) {
    reasons.push(`пара ${pairId} — не та индивидуальная пара этого наставляемого`);
  } else return rec;
  return undefined;
}

function teamNames(mentors: Mentor[], mentees: Mentee[], mentorIds: string[], menteeIds: string[]): string {
  const left = mentors.length ? mentors.map((m) => m.fullName).join(', ') : mentorIds.join(', ') || 'без наставника';
  const right = mentees.length ? mentees.map((e) => e.fullName).join(', ') : menteeIds.join(', ');
  return `${left} — ${right}`;
}

function journalEntries(
  input: ConfirmInput,
  planned: Planned[],
  written: WrittenPair[],
  refused: RefusedPair[],
  supported: SupportedMentee[],
  repaired: string[],
  menteeRows: number[],
  today: Pair['startDate'],
): JournalEntry[] {
  const entries: JournalEntry[] = planned.map((p, k) => {
    const w = written[k]!;
    const old = p.replaced ? p.replaced.value.mentorIds.join(', ') : '';
    return {
      what: p.replaced
        ? 'Замена наставника (автоподбор)'
        : p.request.form === 'group'
          ? 'Группа сформирована'
          : 'Пара сформирована',
      sheet: pairsTable.sheetName,
      rows: String(w.row),
      details: [
        `${w.pairId}, ${formRu[p.request.form]}`,
        `наставник: ${w.mentorNames.join(', ')}${p.replaced ? ` (был ${old})` : ''}`,
        `наставляемые: ${w.menteeNames.join(', ')}`,
        `совместимость ${w.score}`,
        `источник: ${pairSourceRu[input.source]}`,
      ].join('; '),
    };
  });
  if (refused.length) {
    entries.push({
      what: 'Пары не сформированы',
      sheet: pairsTable.sheetName,
      details: refused.map((r) => `${r.names}: ${r.reasons.join('; ')}`).join(' | '),
    });
  }
  if (supported.length) {
    entries.push({
      what: 'Поддержка без пары',
      sheet: menteesTable.sheetName,
      details: `С ${toRuDate(today)} без наставника (никто не может взять): ${supported.map((s) => `${s.name} — ${s.reason}`).join('; ')}`,
    });
  }
  if (repaired.length) {
    entries.push({
      what: 'Статусы наставляемых исправлены по листу «Пары и группы»',
      sheet: menteesTable.sheetName,
      details: repaired.join(', '),
    });
  }
  if (menteeRows.length)
    entries.push({
      what: 'Статусы наставляемых обновлены',
      sheet: menteesTable.sheetName,
      rows: describeRows(menteeRows),
    });
  return entries;
}
