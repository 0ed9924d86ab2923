// Mentees no mentor can serve («Поддержка без пары»), and supported mentees worth re-offering after the bank changed.
import type { Mentee, Mentor } from '../model';
import type { MatchContext } from './context';
import { FLAG_FULL, isBlocked, prepare, rawScore } from './prepared';
import { suggestPrepared, type Suggestion } from './suggest';

export type UnservableReason = 'no_mentors' | 'all_full' | 'low_score' | 'blocked';

export interface Unservable {
  mentee: Mentee;
  reason: UnservableReason;
  reasonRu: string;
  /** The note for «Поддержка без пары»: what the school does meanwhile. */
  supportNoteRu: string;
}

const SUPPORT_NOTE =
  'Наставник не подобран: поддержка без пары (методическое объединение, консультации куратора и педагога-психолога); ' +
  'повторный подбор после пополнения банка наставников.';

/** Waiting mentees with no allowed mentor that has a free place and reaches the minimum score. */
export function findUnservable(
  mentees: readonly Mentee[],
  mentors: readonly Mentor[],
  ctx: MatchContext,
): Unservable[] {
  const waiting = mentees.filter((e) => e.status === 'waiting');
  const p = prepare(mentors, waiting, ctx);
  const min = ctx.weights.minScore;
  const out: Unservable[] = [];
  for (let i = 0; i < waiting.length; i++) {
    let servable = false;
    let fullButFits = 0;
    let lowScore = 0;
    for (let j = 0; j < mentors.length && !servable; j++) {
      const flags = p.rFlags[j]!;
      if (flags === FLAG_FULL) {
        // Full is the only rule in the way: would this mentor fit otherwise?
        const s = rawScore(p, j, i);
        if (s >= min && p.rEmail[j] !== p.eEmail[i] && !p.eBanned[i]?.has(j)) fullButFits++;
        continue;
      }
      if (isBlocked(p, j, i)) continue;
      if (rawScore(p, j, i) >= min) servable = true;
      else lowScore++;
    }
    if (servable) continue;
    const mentee = waiting[i]!;
    let reason: UnservableReason;
    let reasonRu: string;
    if (mentors.length === 0) {
      reason = 'no_mentors';
      reasonRu = 'банк наставников пуст';
    } else if (fullButFits > 0) {
      reason = 'all_full';
      reasonRu = `подходящие наставники (${fullButFits}) заняты: свободных мест нет`;
    } else if (lowScore > 0) {
      reason = 'low_score';
      reasonRu = `ни один свободный наставник не набирает минимальный балл ${min}: запросы не закрыты`;
    } else {
      reason = 'blocked';
      reasonRu = 'все наставники недоступны: нет согласия, не активны или пара запрещена';
    }
    out.push({ mentee, reason, reasonRu, supportNoteRu: SUPPORT_NOTE });
  }
  return out;
}

export interface Reoffer {
  mentee: Mentee;
  best: Suggestion;
  /** Eligible mentors now available. */
  eligibleCount: number;
}

/** Mentees in «Поддержка без пары» who now have an eligible mentor, with the best suggestion, best first. */
export function reofferCandidates(
  supported: readonly Mentee[],
  mentors: readonly Mentor[],
  ctx: MatchContext,
): Reoffer[] {
  const list = supported.filter((e) => e.status === 'supported');
  const p = prepare(mentors, list, ctx);
  const out: Reoffer[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = suggestPrepared(p, i, 1, false);
    const best = r.suggestions[0];
    if (best) out.push({ mentee: list[i]!, best, eligibleCount: r.eligibleCount });
  }
  out.sort(
    (a, b) => b.best.score - a.best.score || (a.mentee.id < b.mentee.id ? -1 : a.mentee.id > b.mentee.id ? 1 : 0),
  );
  return out;
}
