// Use case «Подобрать наставника»: ranked mentors with reasons for one mentee or the rows selected on «Наставляемые»,
// and the mentors a hard rule excludes with the rule. Read-only: forming the pair is confirmPairs.
import { prepare } from '../../domain/matching/prepared';
import { suggestPrepared } from '../../domain/matching/suggest';
import type { Mentee } from '../../domain/model';
import { selectedRows } from '../../google/selection';
import { menteesTable } from '../../workbook/tables/mentees';
import type { AppContext } from '../context';
import { UserError } from '../errors';
import { matchContextOf, readMatchingState, requireWeights, unavailableReason, type MatchingState } from './state';
import { menteeCard, mentorCard, scoreView, type MenteeCard, type MentorCard, type ScoreView } from './views';

export const SUGGESTION_LIMIT = 10;
/** Excluded mentors listed per mentee; the rest are counted (a big bank has hundreds). */
export const EXCLUDED_SHOWN = 30;
/** A selection larger than this is cut: the panel explains one screen of people at a time. */
export const SELECTION_LIMIT = 20;

export interface SuggestionView extends ScoreView {
  rank: number;
  mentor: MentorCard;
}

export interface MenteeSuggestions {
  mentee: MenteeCard;
  /** '' when a pair can be formed now; otherwise why not (already in a pair, …). */
  unavailable: string;
  suggestions: SuggestionView[];
  excluded: Array<{ mentorId: string; name: string; blockers: string[] }>;
  excludedCount: number;
  belowMinimum: number;
  eligibleCount: number;
}

export interface SuggestView {
  mentees: MenteeSuggestions[];
  /** Rows of the selection that could not be used, and other notes. */
  notes: string[];
  warnings: string[];
  minScore: number;
}

export function suggestForMentees(
  ctx: AppContext,
  input: { menteeIds: readonly string[]; limit?: number },
): SuggestView {
  const state = readMatchingState(ctx);
  const notes: string[] = [];
  const mentees: Mentee[] = [];
  for (const id of input.menteeIds) {
    const rec = state.menteeById.get(id);
    if (rec) mentees.push(rec.value);
    else notes.push(`Наставляемого ${id} нет среди строк без ошибок листа «Наставляемые».`);
  }
  return explain(state, mentees, notes, input.limit ?? SUGGESTION_LIMIT);
}

/** The rows selected on «Наставляемые» (menu «Подобрать наставника» or the panel's button). */
export function suggestForSelection(ctx: AppContext, input: { limit?: number } = {}): SuggestView {
  const selection = selectedRows(ctx);
  if (selection.sheet !== menteesTable.sheetName) {
    throw new UserError(
      `Выделите на листе «${menteesTable.sheetName}» строки педагогов, которым нужен наставник (можно несколько строк подряд), и повторите.`,
    );
  }
  const state = readMatchingState(ctx);
  const byRow = new Map(state.check.mentees.records.map((r) => [r.row, r.value]));
  const invalid = new Set(state.check.mentees.invalidRows);
  const notes: string[] = [];
  const mentees: Mentee[] = [];
  for (const row of selection.rows) {
    if (row < 2) continue;
    const e = byRow.get(row);
    if (e) mentees.push(e);
    else if (invalid.has(row))
      notes.push(`Строка ${row}: в строке есть ошибки — исправьте их (см. «Проверка данных») и повторите.`);
  }
  if (mentees.length === 0 && notes.length === 0) {
    throw new UserError(
      `В выделении нет наставляемых: выделите на листе «${menteesTable.sheetName}» строки с педагогами (не заголовок) и повторите.`,
    );
  }
  if (mentees.length > SELECTION_LIMIT) {
    notes.push(
      `Выделено ${mentees.length} наставляемых: показаны первые ${SELECTION_LIMIT}. Для всех сразу используйте «Автоподбор».`,
    );
    mentees.length = SELECTION_LIMIT;
  }
  return explain(state, mentees, notes, input.limit ?? SUGGESTION_LIMIT);
}

function explain(state: MatchingState, mentees: Mentee[], notes: string[], limit: number): SuggestView {
  const weights = requireWeights(state);
  const ctx = matchContextOf(state);
  // One preparation for all the mentees: the banks are turned into bitmasks once.
  const p = prepare(state.mentors, mentees, ctx);
  const out: MenteeSuggestions[] = mentees.map((e, i) => {
    const r = suggestPrepared(p, i, limit, true);
    return {
      mentee: menteeCard(state, e),
      unavailable: unavailableReason(state, e) ?? '',
      suggestions: r.suggestions.map((s) => ({
        rank: s.rank,
        mentor: mentorCard(state, s.mentor),
        ...scoreView(s.pair, s.summaryRu),
      })),
      excluded: r.excluded
        .slice(0, EXCLUDED_SHOWN)
        .map((x) => ({ mentorId: x.mentor.id, name: x.mentor.fullName, blockers: x.blockers.map((b) => b.textRu) })),
      excludedCount: r.excluded.length,
      belowMinimum: r.belowMinimum.length,
      eligibleCount: r.eligibleCount,
    };
  });
  return { mentees: out, notes, warnings: state.warnings, minScore: weights.minScore };
}
