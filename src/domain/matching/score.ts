// The score of one mentor–mentee pair: hard rules (blockers), weighted criteria and their Russian reasons.
import { mentorStatusRu, type Mentee, type Mentor } from '../model';
import { countRu, pluralRu, type RuForms } from '../roadmap/plural-ru';
import type { Blocker, MatchContext } from './context';
import { shortCompetence, subjectField } from './labels';
import {
  CRITERIA,
  C_COVERAGE,
  C_EXPERIENCE,
  C_FREE,
  C_PREFERRED,
  C_QUALIFICATION,
  C_SUBJECT,
  C_TRAINING,
  FLAG_FULL,
  FLAG_INACTIVE,
  FLAG_NO_CONSENT,
  FLAG_SCHOOL_YEARS,
  computeFields,
  prepare,
  rawScore,
  type Prepared,
} from './prepared';
import { intersectCount, maskIds } from './term-index';
import { criterionKeys, type CriterionKey } from './weights';

export interface Criterion {
  key: CriterionKey;
  /** Contribution to the 0–100 score (one decimal; negative for a penalty). */
  points: number;
  /** What this criterion can give at most for this mentee (0 when it does not apply). */
  maxPoints: number;
  reasonRu: string;
}

export interface PairScore {
  /** 0–100; 0 when a hard rule forbids the pair. */
  score: number;
  eligible: boolean;
  blockers: Blocker[];
  criteria: Criterion[];
  /** How many of the mentee's requests the mentor covers (for tie-breaks and summaries). */
  covered: number;
  requests: number;
}

const YEAR: RuForms = ['год', 'года', 'лет'];
const PLACE: RuForms = ['место', 'места', 'мест'];

/** «из 4 запросов», «из 1 запроса», «из 21 запроса»: genitive after «из». */
function ofRequests(n: number): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'запроса' : 'запросов'}`;
}

/** Lists up to three items, then «…». */
function listRu(items: readonly string[]): string {
  return items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')}, …`;
}

export function blockersOf(p: Prepared, j: number, i: number): Blocker[] {
  const out: Blocker[] = [];
  const mentor = p.mentors[j]!;
  if (p.rEmail[j] !== '' && p.rEmail[j] === p.eEmail[i]) {
    out.push({ code: 'same_person', textRu: 'это один и тот же человек (совпадает почта)' });
  }
  const flags = p.rFlags[j]!;
  if (flags & FLAG_NO_CONSENT) out.push({ code: 'no_consent', textRu: 'наставник не дал согласие на наставничество' });
  if (flags & FLAG_INACTIVE) {
    out.push({
      code: 'inactive',
      textRu: `наставник сейчас не работает с наставляемыми: ${mentorStatusRu[mentor.status] ?? mentor.status}`,
    });
  }
  if (flags & FLAG_FULL) {
    out.push({ code: 'full', textRu: `у наставника нет свободных мест (занято ${p.rLoad[j]} из ${p.rCap[j]})` });
  }
  if (p.eBanned[i]?.has(j)) out.push({ code: 'banned', textRu: 'куратор запретил эту пару' });
  if (flags & FLAG_SCHOOL_YEARS) {
    const n = p.weights.minSchoolYears ?? 0;
    // Genitive after «не меньше»: 1 года, 2 лет, 21 года.
    const need = `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'года' : 'лет'}`;
    out.push({
      code: 'school_years',
      textRu:
        mentor.schoolYears === null
          ? `не указано, сколько лет наставник работает в школе (нужно не меньше ${need})`
          : `работает в школе ${countRu(mentor.schoolYears, YEAR)}, нужно не меньше ${need}`,
    });
  }
  return out;
}

function reasonFor(p: Prepared, c: number, j: number, i: number): string {
  const f = p.f[c]!;
  const mentor = p.mentors[j]!;
  switch (c) {
    case C_COVERAGE: {
      const need = p.eNeedCount[i]!;
      if (need === 0) return 'наставляемый не указал запросы';
      const ids = maskIds(p.eNeed, i * p.cw, p.cw);
      const covered: string[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const bit = 1 << (id & 31);
        const label = shortCompetence(p.competences.titles[id]!);
        if ((p.rOffer[j * p.cw + (id >>> 5)]! & bit) !== 0) covered.push(label);
        else missing.push(label);
      }
      if (covered.length === 0) return `не закрывает ни одного из ${ofRequests(need)}`;
      const head = `закрывает ${covered.length} из ${ofRequests(need)}: `;
      const tail = missing.length > 0 && missing.length <= 2 ? `; не закрывает: ${missing.join(', ')}` : '';
      return head + listRu(covered) + tail;
    }
    case C_SUBJECT: {
      if (p.eSubjCount[i] === 0) return 'наставляемый не указал предмет';
      const ids = maskIds(p.eSubj, i * p.sw, p.sw);
      for (const id of ids) {
        if ((p.rSubj[j * p.sw + (id >>> 5)]! & (1 << (id & 31))) !== 0)
          return `тот же предмет — ${p.subjects.titles[id]}`;
      }
      if (f > 0) {
        const field = mentee(p, i)
          .subjects.map((s) => subjectField(s))
          .find((fl) => mentor.subjects.some((s) => subjectField(s) === fl));
        return `то же методическое объединение — ${field ?? ''} (наставник: ${mentor.subjects.join(', ')})`;
      }
      return mentor.subjects.length > 0
        ? `другой предмет (наставник: ${mentor.subjects.join(', ')})`
        : 'у наставника не указан предмет';
    }
    case C_EXPERIENCE: {
      const gap = p.rExp[j]! - p.eExp[i]!;
      const head = `стаж ${countRu(p.rExp[j]!, YEAR)}`;
      if (gap > 0) return `${head} (на ${countRu(gap, YEAR)} больше)`;
      if (gap < 0) return `${head} (на ${countRu(-gap, YEAR)} меньше, чем у наставляемого)`;
      return `${head} (как у наставляемого)`;
    }
    case C_QUALIFICATION:
      return mentor.qualification.trim() !== '' ? `категория: ${mentor.qualification.trim()}` : 'категория не указана';
    case C_TRAINING:
      return f > 0 ? 'прошёл обучение наставников' : 'не проходил обучение наставников';
    case C_PREFERRED:
      if (p.ePref[i] === '') return 'наставляемый не называл наставника';
      return f > 0
        ? 'наставляемый сам назвал этого наставника'
        : `наставляемый назвал другого наставника (${mentee(p, i).preferredMentor.trim()})`;
    case C_FREE: {
      const cap = p.rCap[j]!;
      const free = Math.max(0, cap - p.rLoad[j]!);
      return `свободно ${free} ${pluralRu(free, PLACE)} из ${cap}`;
    }
    default:
      return '';
  }
}

function mentee(p: Prepared, i: number): Mentee {
  return p.mentees[i]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Full explanation of a pair inside a prepared run (computes fields again; not for hot loops). */
export function explainPrepared(p: Prepared, j: number, i: number): PairScore {
  const blockers = blockersOf(p, j, i);
  const raw = rawScore(p, j, i);
  computeFields(p, j, i);
  const max = p.eMax[i]!;
  const criteria: Criterion[] = [];
  for (let c = 0; c < CRITERIA; c++) {
    const applies = p.app[c] === 1 && max > 0;
    criteria.push({
      key: criterionKeys[c]!,
      points: applies ? round1((100 * p.w[c]! * p.f[c]!) / max) : 0,
      maxPoints: applies ? round1((100 * p.w[c]!) / max) : 0,
      reasonRu: reasonFor(p, c, j, i),
    });
  }
  const requests = p.eNeedCount[i]!;
  const covered = requests > 0 ? intersectCount(p.eNeed, i * p.cw, p.rOffer, j * p.cw, p.cw) : 0;
  const eligible = blockers.length === 0;
  return { score: eligible ? raw : 0, eligible, blockers, criteria, covered, requests };
}

/** Scores one pair. Pure and deterministic; an ineligible pair scores 0 but keeps its criteria for the explanation. */
export function scorePair(mentor: Mentor, mentee: Mentee, ctx: MatchContext): PairScore {
  return explainPrepared(prepare([mentor], [mentee], ctx), 0, 0);
}

/** One line for the sidebar: the reasons that earned points, strongest first. */
export function summaryRu(s: PairScore): string {
  if (!s.eligible) return s.blockers.map((b) => b.textRu).join('; ');
  return s.criteria
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points)
    .map((c) => c.reasonRu)
    .join('; ');
}
