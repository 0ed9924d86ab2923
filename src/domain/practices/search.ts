// Searching the practice library: every word of the query must be found; titles and tags weigh more than descriptions.
import { normalizeTerm } from '../model';
import type { Practice, PracticeKind } from './practice';

export interface PracticeQuery {
  text: string;
  /** Only practices addressing this request / competence. */
  competence?: string;
  bestOnly?: boolean;
  kind?: PracticeKind;
  /** «2026/2027». */
  year?: string;
}

export interface PracticeHit {
  practice: Practice;
  score: number;
}

const WEIGHTS = { title: 5, tags: 4, competencies: 3, authors: 2, pairId: 2, description: 1, materials: 1 } as const;

/**
 * A query word as a stem: Russian words change their endings («родители», «родителями»), so a long word is
 * matched by its beginning without the last two letters.
 */
export function queryStems(text: string): string[] {
  return normalizeTerm(text)
    .split(/[^0-9a-zа-я-]+/i)
    .filter((w) => w.length > 0)
    .map((w) => (w.length >= 6 ? w.slice(0, w.length - 2) : w));
}

function fieldsOf(p: Practice): Record<keyof typeof WEIGHTS, string> {
  return {
    title: p.title,
    tags: p.tags.join(' '),
    competencies: p.competencies.join(' '),
    authors: p.authors,
    pairId: p.pairId,
    description: p.description,
    materials: p.materials,
  };
}

/** Matching practices, best first: by score, then «лучшая практика», then the newest year, then title. */
export function searchPractices(practices: readonly Practice[], query: PracticeQuery): PracticeHit[] {
  const stems = queryStems(query.text);
  const competence = query.competence ? normalizeTerm(query.competence) : '';
  const hits: PracticeHit[] = [];
  for (const p of practices) {
    if (query.bestOnly && !p.best) continue;
    if (query.kind && p.kind !== query.kind) continue;
    if (query.year && p.year !== query.year) continue;
    if (competence && !p.competencies.some((c) => normalizeTerm(c) === competence)) continue;
    const fields = fieldsOf(p);
    const normalized = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, normalizeTerm(v)])) as Record<
      keyof typeof WEIGHTS,
      string
    >;
    let score = 0;
    let all = true;
    for (const stem of stems) {
      let found = 0;
      for (const key of Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>)
        if (normalized[key].includes(stem)) found += WEIGHTS[key];
      if (found === 0) {
        all = false;
        break;
      }
      score += found;
    }
    if (!all) continue;
    hits.push({ practice: p, score: score + (p.best ? 2 : 0) });
  }
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.practice.best) - Number(a.practice.best) ||
      b.practice.year.localeCompare(a.practice.year) ||
      a.practice.title.localeCompare(b.practice.title, 'ru'),
  );
}
