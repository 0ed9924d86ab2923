// Everything a matching operation reads, in one read per sheet: settings, lists, both banks, «Пары и группы», bans.
import type { MatchContext } from '../../domain/matching/context';
import { pairKey } from '../../domain/matching/context';
import type { MatchWeights } from '../../domain/matching/weights';
import {
  menteeStatusRu,
  normalizeTerm,
  pairStatusRu,
  type Mentee,
  type Mentor,
  type PairStatus,
  type SchoolSettings,
} from '../../domain/model';
import { describeProblem, type Problem } from '../../domain/validation/problem';
import type { WorkbookGateway } from '../../google/sheet-gateway';
import type { BankRecord } from '../../workbook/banks';
import { addLoad, isOpenPair, readPairs, splitIds, type PairRecord, type PairsRead } from '../../workbook/pairs';
import { readTable } from '../../workbook/repository';
import { pairsTable } from '../../workbook/tables/pairs';
import { checkWorkbook, type WorkbookCheck } from '../check-workbook';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { readBans, type Ban } from './bans';

/** Where a mentee already is: an open pair on «Пары и группы» (valid or not), by its id or row. */
export interface MenteePlace {
  pairId: string;
  row: number;
}

export interface MatchingState {
  check: WorkbookCheck;
  workbook: WorkbookGateway;
  settings: SchoolSettings | null;
  weights: MatchWeights | null;
  mentors: Mentor[];
  mentees: Mentee[];
  mentorById: Map<string, BankRecord<Mentor>>;
  menteeById: Map<string, BankRecord<Mentee>>;
  pairs: PairsRead;
  /** Valid open pairs (not finished, not dissolved). */
  openPairs: PairRecord[];
  /** Places taken per mentor: open pairs, counting rows with errors too (a typo must not free a place). */
  load: Map<string, number>;
  /** Mentees already in an open pair. */
  placeOf: Map<string, MenteePlace>;
  bans: Ban[];
  /** Russian notes for the curator: rows that could not be read, inconsistent statuses, a damaged ban list. */
  warnings: string[];
}

const statusByLabel = new Map(
  Object.entries(pairStatusRu).map(([code, label]) => [normalizeTerm(label), code as PairStatus]),
);

export function readMatchingState(ctx: AppContext): MatchingState {
  const check = checkWorkbook(ctx);
  if (!check.isSetUp) throw new UserError('Таблица ещё не настроена: выберите «Наставничество → Настроить таблицу».');
  const workbook = check.workbook;
  const snapshot = readTable(workbook, pairsTable);
  if (!snapshot.sheet)
    throw new UserError('Листа «Пары и группы» нет: выберите «Наставничество → Настроить таблицу», лист будет создан.');
  const rowCtx = { timeZone: ctx.timeZone(), vocabulary: check.vocabulary };
  const idsOf = (rows: ReturnType<typeof snapshot.rows>) =>
    new Set(rows.map((r) => String(r.cells.id ?? '').trim()).filter(Boolean));
  const pairs = readPairs(snapshot, rowCtx, {
    mentorIds: idsOf(check.mentors.snapshot.rows()),
    menteeIds: idsOf(check.mentees.snapshot.rows()),
  });

  const warnings: string[] = [];
  const load = new Map<string, number>();
  const placeOf = new Map<string, MenteePlace>();
  const take = (mentorIds: string[], menteeIds: string[], pairId: string, row: number) => {
    addLoad(load, mentorIds, menteeIds.length);
    for (const id of menteeIds) if (!placeOf.has(id)) placeOf.set(id, { pairId, row });
  };
  const openPairs = pairs.records.filter((r) => isOpenPair(r.value.status));
  for (const r of openPairs) take(r.value.mentorIds, r.value.menteeIds, r.value.id, r.row);
  // A row with an error still stands for a pair someone meant: its people stay taken unless it is plainly closed.
  const invalid = new Set(pairs.invalidRows);
  for (const r of snapshot.rows()) {
    if (!invalid.has(r.row)) continue;
    const status = statusByLabel.get(normalizeTerm(String(r.cells.status ?? ''))) ?? 'formed';
    if (!isOpenPair(status)) continue;
    const id = String(r.cells.id ?? '').trim();
    take(splitIds(String(r.cells.mentorIds ?? '')), splitIds(String(r.cells.menteeIds ?? '')), id, r.row);
    warnings.push(
      `«Пары и группы», строка ${r.row}${id ? ` (${id})` : ''}: строка с ошибкой, её наставники и наставляемые считаются занятыми. Исправьте её (см. «Проверка данных»).`,
    );
  }

  const mentors = check.mentors.records.map((r) => r.value);
  const mentees = check.mentees.records.map((r) => r.value);
  for (const e of mentees) {
    const place = placeOf.get(e.id);
    if (place && (e.status === 'waiting' || e.status === 'supported')) {
      warnings.push(
        `${e.fullName} (${e.id}): статус «${menteeStatusRu[e.status]}», но педагог уже в паре ${place.pairId || `из строки ${place.row}`}; статус будет исправлен при следующем формировании пар.`,
      );
    }
  }
  const openIds = new Set(openPairs.map((r) => r.value.id));
  for (const e of mentees) {
    if (e.status === 'paired' && !placeOf.has(e.id) && !e.pairId) {
      warnings.push(
        `${e.fullName} (${e.id}): статус «в паре», но пара не указана и на листе «Пары и группы» её нет. Добавьте строку пары или смените статус на «ожидает».`,
      );
    } else if (e.status === 'paired' && e.pairId && !placeOf.has(e.id) && !openIds.has(e.pairId)) {
      const closed = pairs.records.find((r) => r.value.id === e.pairId);
      if (closed?.value.status !== 'finished')
        warnings.push(
          `${e.fullName} (${e.id}): пара ${e.pairId} не действует; статус станет «ожидает» при следующем формировании пар.`,
        );
    }
  }
  const bansRead = readBans(ctx);
  if (bansRead.problem) warnings.push(bansRead.problem);
  return {
    check,
    workbook,
    settings: check.settings,
    weights: check.matchWeights,
    mentors,
    mentees,
    mentorById: new Map(check.mentors.records.map((r) => [r.value.id, r])),
    menteeById: new Map(check.mentees.records.map((r) => [r.value.id, r])),
    pairs,
    openPairs,
    load,
    placeOf,
    bans: bansRead.bans,
    warnings,
  };
}

const settingsProblems = (state: MatchingState): Problem[] =>
  state.check.problems.filter((p) => p.sheet === 'Настройки');

/** The weights, or a UserError listing what is wrong in «Настройки». */
export function requireWeights(state: MatchingState): MatchWeights {
  if (state.weights) return state.weights;
  throw new UserError(
    'Подбор не запущен: в «Настройках» неверно указаны веса подбора.',
    state.check.matchProblems.map(describeProblem),
  );
}

/** Forming pairs needs the academic year (pair ids) and the program length: a UserError when «Настройки» has problems. */
export function requireSettings(state: MatchingState): SchoolSettings {
  if (state.settings) return state.settings;
  throw new UserError(
    'Пары не сформированы: исправьте лист «Настройки».',
    settingsProblems(state).map(describeProblem),
  );
}

/** The scoring context: weights, current load, the curator's bans plus any extra pairs to avoid in this run. */
export function matchContextOf(
  state: MatchingState,
  extraBans: ReadonlyArray<{ mentorId: string; menteeId: string }> = [],
): MatchContext {
  const bannedPairs = new Set<string>();
  for (const b of [...state.bans, ...extraBans]) bannedPairs.add(pairKey(b.mentorId, b.menteeId));
  return { weights: requireWeights(state), load: state.load, bannedPairs };
}

/** Waiting or supported, and not in an open pair: a mentee a mentor may be found for. */
export function isAvailable(state: MatchingState, mentee: Mentee): boolean {
  return (mentee.status === 'waiting' || mentee.status === 'supported') && !state.placeOf.has(mentee.id);
}

/** Why a mentee cannot get a new pair now, or null when they can. */
export function unavailableReason(state: MatchingState, mentee: Mentee): string | null {
  const place = state.placeOf.get(mentee.id);
  if (place) return `${mentee.fullName} уже в паре ${place.pairId || `из строки ${place.row} листа «Пары и группы»`}`;
  if (mentee.status === 'waiting' || mentee.status === 'supported') return null;
  return `${mentee.fullName}: статус «${menteeStatusRu[mentee.status]}»`;
}

export function availableMentees(state: MatchingState): Mentee[] {
  return state.mentees.filter((e) => isAvailable(state, e));
}

/** Every id typed in «Пары и группы», valid row or not: a new id never repeats one of them. */
export function pairIdsOnSheet(state: MatchingState): string[] {
  const col = state.pairs.snapshot.columns.get('id');
  return col === undefined ? [] : state.pairs.snapshot.grid.slice(1).map((line) => String(line[col - 1] ?? ''));
}
