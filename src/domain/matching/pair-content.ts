// What a new pair or group row says: the requests it works on, its compatibility score and the reasons in Russian.
import type { Mentee, Mentor } from '../model';
import { normalizeTerm } from '../model';
import type { MatchContext } from './context';
import { shortCompetence } from './labels';
import { prepare } from './prepared';
import { explainPrepared, summaryRu } from './score';

/** The mentees' requests, most shared first (ties keep the order they were first met), each once. */
export function pairRequests(mentees: readonly Mentee[]): string[] {
  const count = new Map<string, { title: string; n: number; first: number }>();
  let seen = 0;
  for (const e of mentees) {
    const own = new Set<string>();
    for (const t of e.requests) {
      const key = normalizeTerm(t);
      if (key === '' || own.has(key)) continue;
      own.add(key);
      const c = count.get(key);
      if (c) c.n++;
      else count.set(key, { title: t, n: 1, first: seen++ });
    }
  }
  return [...count.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.title);
}

export interface TeamExplanation {
  /** The lead mentor's score with the mentee, or its average over a group's members (0–100). */
  score: number;
  reasonsRu: string;
}

/** Scores the lead mentor with each mentee against the load before this pair: what «Совместимость» and «Почему» say. */
export function explainTeam(lead: Mentor, mentees: readonly Mentee[], ctx: MatchContext): TeamExplanation {
  const p = prepare([lead], mentees, ctx);
  const scores = mentees.map((_, i) => explainPrepared(p, 0, i));
  if (mentees.length === 1) return { score: scores[0]!.score, reasonsRu: summaryRu(scores[0]!) };
  const score = Math.round(scores.reduce((s, x) => s + x.score, 0) / Math.max(1, scores.length));
  const requests = pairRequests(mentees);
  const offered = new Set(lead.competencies.map(normalizeTerm));
  const shared = requests.filter((t) =>
    mentees.every((e) => e.requests.some((r) => normalizeTerm(r) === normalizeTerm(t))),
  );
  const covered = requests.filter((t) => offered.has(normalizeTerm(t)));
  const parts = [
    `группа из ${mentees.length}`,
    shared.length ? `общие запросы: ${shared.map(shortCompetence).join(', ')}` : 'общих запросов нет',
    covered.length
      ? `наставник закрывает: ${covered.map(shortCompetence).join(', ')}`
      : 'наставник не закрывает запросы группы',
    `средний балл ${score}`,
  ];
  return { score, reasonsRu: parts.join('; ') };
}
