// Use cases on existing pairs: dissolve, replace the lead mentor, set co-mentors. History goes to «Журнал»; a dissolved
// pair's mentees go back to the waiting list and a freed place re-offers supported mentees.
import { addMonths, compareDates, toRuDate } from '../../domain/calendar/calendar-date';
import { explainTeam } from '../../domain/matching/pair-content';
import { validateGroup } from '../../domain/matching/groups';
import { formatPairId, nextPairId, parsePairId } from '../../domain/matching/pair-id';
import { pairStatusRu, type Mentor, type Pair } from '../../domain/model';
import { withDocumentLock } from '../../google/lock';
import { consentSummary, isInDocuments, plannedEnd, type PairRecord } from '../../workbook/pairs';
import { MULTI_SEPARATOR } from '../../workbook/table-schema';
import { menteesTable } from '../../workbook/tables/mentees';
import { pairsTable } from '../../workbook/tables/pairs';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { appendJournal, describeRows, type JournalEntry } from '../journal';
import { reofferLocked } from './reoffer';
import { matchContextOf, pairIdsOnSheet, readMatchingState, requireSettings, type MatchingState } from './state';
import { appendPairRows, peopleOf, writeMenteeChanges, writePairChanges } from './writes';

export interface PairChangeResult {
  /** The pair that now holds the mentees (a new id when a pair already in documents got a new mentor). */
  pairId: string;
  message: string;
  reoffered: string[];
}

const names = (people: ReadonlyArray<{ fullName: string }>) => people.map((p) => p.fullName).join(', ');

function openPair(state: MatchingState, pairId: string): PairRecord {
  const rec = state.openPairs.find((r) => r.value.id === pairId);
  if (rec) return rec;
  const closed = state.pairs.records.find((r) => r.value.id === pairId);
  if (closed) throw new UserError(`Пара ${pairId} уже не действует (статус «${pairStatusRu[closed.value.status]}»).`);
  const bad = state.pairs.snapshot.rows().find((r) => String(r.cells.id ?? '').trim() === pairId);
  if (bad)
    throw new UserError(
      `В строке ${bad.row} листа «Пары и группы» (${pairId}) есть ошибки: исправьте их (см. «Проверка данных») и повторите.`,
    );
  throw new UserError(`Пары ${pairId} нет на листе «Пары и группы».`);
}

function mentorOf(state: MatchingState, id: string): Mentor {
  const m = state.mentorById.get(id)?.value;
  if (!m) throw new UserError(`Наставника ${id} нет среди строк без ошибок листа «Наставники».`);
  return m;
}

/** Checks a new team for the pair's mentees with the pair's own places given back first. */
function checkTeam(state: MatchingState, rec: PairRecord, mentorIds: string[], maxGroupSize: number): void {
  const load = new Map(state.load);
  const lead = rec.value.mentorIds[0];
  if (lead) load.set(lead, (load.get(lead) ?? 0) - rec.value.menteeIds.length);
  const { mentors, mentees } = peopleOf(state, { mentorIds, menteeIds: rec.value.menteeIds });
  const check = validateGroup(
    { mentorIds, menteeIds: rec.value.menteeIds },
    mentors,
    mentees,
    { ...matchContextOf(state), load },
    { maxGroupSize, form: rec.value.form },
  );
  if (!check.ok)
    throw new UserError(`Изменение пары ${rec.value.id} не выполнено:`, [
      ...new Set(check.problems.map((p) => p.textRu)),
    ]);
}

export function dissolvePair(ctx: AppContext, input: { pairId: string; reason: string }): PairChangeResult {
  return withDocumentLock(ctx, () => {
    const state = readMatchingState(ctx);
    const rec = openPair(state, input.pairId);
    const today = ctx.today();
    const reason = input.reason.trim() || 'причина не указана';
    writePairChanges(state, [{ record: rec, fields: { status: 'dissolved', endedOn: today } }], ctx.timeZone());
    const { mentors, mentees } = peopleOf(state, rec.value);
    const back = mentees.filter((e) => e.pairId === rec.value.id || e.status === 'paired');
    const rows = writeMenteeChanges(
      state,
      back.map((e) => ({ id: e.id, status: 'waiting', pairId: '' })),
    );
    appendJournal(ctx, state.workbook, [
      {
        what: rec.value.form === 'group' ? 'Группа расформирована' : 'Пара расформирована',
        sheet: pairsTable.sheetName,
        rows: String(rec.row),
        details: `${rec.value.id}: наставник ${names(mentors)}; наставляемые ${names(mentees)} (с ${toRuDate(rec.value.startDate)} по ${toRuDate(today)}). Причина: ${reason}. Наставляемые снова ожидают наставника.`,
      },
      ...(rows.length
        ? [
            {
              what: 'Статусы наставляемых обновлены',
              sheet: menteesTable.sheetName,
              rows: describeRows(rows),
              details: `${names(back)}: «ожидает»`,
            },
          ]
        : []),
    ]);
    const reoffer = reofferLocked(ctx, `расформирована пара ${rec.value.id}, освободилось место`);
    return {
      pairId: rec.value.id,
      message: `Пара ${rec.value.id} расформирована. ${names(back) || 'Наставляемые'} снова в списке ожидающих.`,
      reoffered: reoffer.reoffered.map((r) => r.name),
    };
  });
}

/**
 * A new lead mentor. A pair with nothing generated yet changes in place (same id); a pair already in the order or with
 * a program is dissolved and a new pair with the same mentees is made, so the documents keep telling the truth.
 */
export function replaceMentor(
  ctx: AppContext,
  input: { pairId: string; mentorId: string; reason: string },
): PairChangeResult {
  return withDocumentLock(ctx, () => {
    const state = readMatchingState(ctx);
    const settings = requireSettings(state);
    const rec = openPair(state, input.pairId);
    const pair = rec.value;
    const newLead = mentorOf(state, input.mentorId);
    const oldLead = pair.mentorIds[0] ?? '';
    if (oldLead === newLead.id) throw new UserError(`${newLead.fullName} уже ведёт пару ${pair.id}.`);
    const mentorIds = [newLead.id, ...pair.mentorIds.slice(1).filter((id) => id !== newLead.id)];
    checkTeam(state, rec, mentorIds, settings.maxGroupSize);
    const today = ctx.today();
    const tz = ctx.timeZone();
    const reason = input.reason.trim() || 'причина не указана';
    const people = peopleOf(state, { mentorIds, menteeIds: pair.menteeIds });
    const oldName = state.mentorById.get(oldLead)?.value.fullName ?? oldLead;
    const load = new Map(state.load);
    load.set(oldLead, (load.get(oldLead) ?? 0) - pair.menteeIds.length);
    const explained = explainTeam(newLead, people.mentees, { ...matchContextOf(state), load });
    const journal: JournalEntry[] = [];
    let pairId = pair.id;
    if (!isInDocuments(pair)) {
      writePairChanges(
        state,
        [
          {
            record: rec,
            fields: {
              mentorIds: mentorIds.join(MULTI_SEPARATOR),
              mentorNames: people.mentors.map((m) => m.fullName).join(MULTI_SEPARATOR),
              score: explained.score,
              reasons: explained.reasonsRu,
              consents: consentSummary(people.mentors, people.mentees),
            },
          },
        ],
        tz,
      );
      journal.push({
        what: 'Замена наставника',
        sheet: pairsTable.sheetName,
        rows: String(rec.row),
        details: `${pair.id}: ${oldName} → ${newLead.fullName}; наставляемые ${names(people.mentees)}. Причина: ${reason}.`,
      });
    } else {
      pairId = formatPairId(
        settings.academicYear.startYear,
        parsePairId(nextPairId(pairIdsOnSheet(state), settings.academicYear))!.number,
      );
      // The program length stays: the old planned end if it is at least 3 months away, else a full default term.
      const end =
        compareDates(pair.endDate, addMonths(today, 3)) >= 0
          ? pair.endDate
          : plannedEnd(today, settings.defaultProgramMonths);
      const next: Pair = {
        ...pair,
        id: pairId,
        mentorIds,
        startDate: today,
        endDate: end,
        status: 'formed',
        orderLink: '',
        programLink: '',
        notes: '',
      };
      writePairChanges(state, [{ record: rec, fields: { status: 'dissolved', endedOn: today } }], tz);
      const [row] = appendPairRows(state, [{ pair: next, score: explained.score, reasons: explained.reasonsRu }], tz);
      writeMenteeChanges(
        state,
        people.mentees.map((e) => ({ id: e.id, status: 'paired', pairId })),
      );
      journal.push({
        what: 'Замена наставника',
        sheet: pairsTable.sheetName,
        rows: `${rec.row}, ${row}`,
        details: `${pair.id} (${pairStatusRu[pair.status]}) расформирована, вместо неё ${pairId}: ${oldName} → ${newLead.fullName}; наставляемые ${names(people.mentees)}. Причина: ${reason}. Для новой пары нужны приказ и программа.`,
      });
    }
    appendJournal(ctx, state.workbook, journal);
    const reoffer = reofferLocked(ctx, `у наставника ${oldName} освободилось место`);
    return {
      pairId,
      message:
        pairId === pair.id
          ? `В паре ${pair.id} теперь наставник ${newLead.fullName}.`
          : `Пара ${pair.id} закрыта, наставляемые перешли в новую пару ${pairId} с наставником ${newLead.fullName}.`,
      reoffered: reoffer.reoffered.map((r) => r.name),
    };
  });
}

/** Co-mentors of a pair or group (the lead stays first); they take no places, the hard rules apply to them. */
export function setCoMentors(ctx: AppContext, input: { pairId: string; coMentorIds: string[] }): PairChangeResult {
  return withDocumentLock(ctx, () => {
    const state = readMatchingState(ctx);
    const settings = requireSettings(state);
    const rec = openPair(state, input.pairId);
    const lead = rec.value.mentorIds[0];
    if (!lead) throw new UserError(`У пары ${rec.value.id} не указан наставник.`);
    for (const id of input.coMentorIds) mentorOf(state, id);
    const mentorIds = [lead, ...new Set(input.coMentorIds.filter((id) => id !== lead))];
    checkTeam(state, rec, mentorIds, settings.maxGroupSize);
    const people = peopleOf(state, { mentorIds, menteeIds: rec.value.menteeIds });
    writePairChanges(
      state,
      [
        {
          record: rec,
          fields: {
            mentorIds: mentorIds.join(MULTI_SEPARATOR),
            mentorNames: people.mentors.map((m) => m.fullName).join(MULTI_SEPARATOR),
            consents: consentSummary(people.mentors, people.mentees),
          },
        },
      ],
      ctx.timeZone(),
    );
    const before = rec.value.mentorIds.slice(1).map((id) => state.mentorById.get(id)?.value.fullName ?? id);
    const after = people.mentors.slice(1).map((m) => m.fullName);
    appendJournal(ctx, state.workbook, [
      {
        what: 'Со-наставники изменены',
        sheet: pairsTable.sheetName,
        rows: String(rec.row),
        details: `${rec.value.id}: было — ${before.join(', ') || 'нет'}; стало — ${after.join(', ') || 'нет'}.`,
      },
    ]);
    return {
      pairId: rec.value.id,
      message: after.length
        ? `Со-наставники пары ${rec.value.id}: ${after.join(', ')}.`
        : `У пары ${rec.value.id} больше нет со-наставников.`,
      reoffered: [],
    };
  });
}
