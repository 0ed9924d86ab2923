// «Анализ банка»: needs vs offers per competence — whom to recruit or train as mentors (roadmap stage 4).
import { normalizeTerm, type Mentee, type Mentor } from '../model';
import type { MatchContext } from './context';

export type BankVerdict = 'deficit' | 'enough' | 'surplus';

export const bankVerdictRu: Record<BankVerdict, string> = {
  deficit: 'дефицит',
  enough: 'достаточно',
  surplus: 'избыток',
};

export interface CompetenceBalance {
  competence: string;
  /** Mentees without a pair (waiting or supported) who asked for it (still to be served). */
  waitingNeed: number;
  /** Paired mentees who asked for it (already served). */
  pairedNeed: number;
  /** Active mentors with consent who offer it. */
  mentorsOffering: number;
  /** Free places of those mentors. */
  freePlaces: number;
  /** waitingNeed − freePlaces: positive means a shortfall (Chronus' discrepancy). */
  discrepancy: number;
  verdict: BankVerdict;
  verdictRu: string;
  /** Written in the banks but missing from «Справочники» (a typo or a new item). */
  outsideVocabulary: boolean;
}

export interface BankAnalysis {
  rows: CompetenceBalance[];
  totals: {
    waitingMentees: number;
    pairedMentees: number;
    activeMentors: number;
    freePlaces: number;
    deficits: number;
  };
}

/** A shortfall when free places do not cover the waiting demand; surplus when they are at least double and 3 more. */
export function verdictFor(waitingNeed: number, freePlaces: number): BankVerdict {
  if (freePlaces < waitingNeed) return 'deficit';
  if (freePlaces >= 2 * waitingNeed && freePlaces - waitingNeed >= 3) return 'surplus';
  return 'enough';
}

export function analyzeBank(
  mentees: readonly Mentee[],
  mentors: readonly Mentor[],
  competencies: readonly string[],
  ctx: Pick<MatchContext, 'load'>,
): BankAnalysis {
  const rows = new Map<string, CompetenceBalance>();
  const row = (title: string, outside: boolean): CompetenceBalance => {
    const key = normalizeTerm(title);
    let r = rows.get(key);
    if (!r) {
      r = {
        competence: title.trim(),
        waitingNeed: 0,
        pairedNeed: 0,
        mentorsOffering: 0,
        freePlaces: 0,
        discrepancy: 0,
        verdict: 'enough',
        verdictRu: '',
        outsideVocabulary: outside,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const c of competencies) row(c, false);

  let waitingMentees = 0;
  let pairedMentees = 0;
  for (const e of mentees) {
    // «Поддержка без пары» still needs a mentor: it is the shortfall this analysis is for.
    const waiting = e.status === 'waiting' || e.status === 'supported';
    const paired = e.status === 'paired';
    if (!waiting && !paired) continue;
    if (waiting) waitingMentees++;
    else pairedMentees++;
    const seen = new Set<string>();
    for (const t of e.requests) {
      const key = normalizeTerm(t);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const r = row(t, !rows.has(key));
      if (waiting) r.waitingNeed++;
      else r.pairedNeed++;
    }
  }
  let activeMentors = 0;
  let freePlaces = 0;
  for (const m of mentors) {
    if (m.status !== 'active' || !m.consentDate) continue;
    activeMentors++;
    const free = Math.max(0, m.capacity - (ctx.load?.get(m.id) ?? 0));
    freePlaces += free;
    const seen = new Set<string>();
    for (const t of m.competencies) {
      const key = normalizeTerm(t);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const r = row(t, !rows.has(key));
      r.mentorsOffering++;
      r.freePlaces += free;
    }
  }
  const list = [...rows.values()];
  for (const r of list) {
    r.discrepancy = r.waitingNeed - r.freePlaces;
    r.verdict = verdictFor(r.waitingNeed, r.freePlaces);
    r.verdictRu = bankVerdictRu[r.verdict];
  }
  // The largest shortfalls first (Chronus charts the top discrepancies); vocabulary order breaks ties.
  const order = new Map(list.map((r, k) => [r, k]));
  list.sort((a, b) => b.discrepancy - a.discrepancy || order.get(a)! - order.get(b)!);
  return {
    rows: list,
    totals: {
      waitingMentees,
      pairedMentees,
      activeMentors,
      freePlaces,
      deficits: list.filter((r) => r.verdict === 'deficit').length,
    },
  };
}
