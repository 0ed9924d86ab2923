// Group mentoring: clusters waiting mentees who chose the group form by shared requests and picks a mentor per group.
import type { Mentee, Mentor, MentoringForm } from '../model';
import type { Blocker, MatchContext } from './context';
import { shortCompetence } from './labels';
import { FLAG_FULL, prepare, rawScore, type Prepared } from './prepared';
import { blockersOf } from './score';
import { maskIds } from './term-index';

export interface GroupProposal {
  mentor: Mentor;
  mentees: Mentee[];
  /** Requests every member shared (titles). */
  sharedRequests: string[];
  /** Of those, the ones the mentor covers. */
  coveredRequests: string[];
  /** Average pair score of the members with this mentor. */
  averageScore: number;
  reasonsRu: string[];
}

export interface GroupsResult {
  groups: GroupProposal[];
  ungrouped: Array<{ mentee: Mentee; reasonRu: string }>;
}

export interface GroupOptions {
  maxGroupSize: number;
}

export interface TeamOptions extends GroupOptions {
  /** 'individual': exactly one mentee; 'group' (default): 2 … maxGroupSize mentees and a lead who offers the group form. */
  form?: MentoringForm;
}

/** A mentor may lead a group if they offer the group form (or did not say). */
function leadsGroups(m: Mentor): boolean {
  return m.forms.length === 0 || m.forms.includes('group');
}

function allowedFor(p: Prepared, j: number, i: number): boolean {
  if ((p.rFlags[j]! & ~FLAG_FULL) !== 0) return false;
  if (p.rEmail[j] !== '' && p.rEmail[j] === p.eEmail[i]) return false;
  return !p.eBanned[i]?.has(j);
}

/** Greedy clustering: the most common request first, members sharing most with each other first, size ≤ max. */
export function proposeGroups(
  mentees: readonly Mentee[],
  mentors: readonly Mentor[],
  ctx: MatchContext,
  options: GroupOptions,
): GroupsResult {
  const pool = mentees.filter((e) => e.desiredForm === 'group' && e.status === 'waiting');
  const p = prepare(mentors, pool, ctx);
  const cw = p.cw;
  const min = ctx.weights.minScore;
  const maxSize = Math.max(2, Math.floor(options.maxGroupSize));
  const used = new Int32Array(mentors.length);
  const inPool = new Uint8Array(pool.length).fill(1);
  const tried = new Set<number>();
  const groups: GroupProposal[] = [];
  const has = (i: number, id: number) => (p.eNeed[i * cw + (id >>> 5)]! & (1 << (id & 31))) !== 0;

  for (;;) {
    // The most common untried request among those still waiting.
    const counts = new Map<number, number>();
    for (let i = 0; i < pool.length; i++) {
      if (!inPool[i]) continue;
      for (const id of maskIds(p.eNeed, i * cw, cw)) if (!tried.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let key = -1;
    let keyCount = 1;
    for (const [id, n] of counts)
      if (n > keyCount || (n === keyCount && key >= 0 && id < key)) [key, keyCount] = [id, n];
    if (key < 0) break;
    tried.add(key);

    const members: number[] = [];
    for (let i = 0; i < pool.length; i++) if (inPool[i] && has(i, key)) members.push(i);
    // Members who share more requests with the others come first.
    const overlap = new Map<number, number>();
    for (const a of members) {
      let s = 0;
      for (const b of members)
        if (a !== b) for (let k = 0; k < cw; k++) s += popcount(p.eNeed[a * cw + k]! & p.eNeed[b * cw + k]!);
      overlap.set(a, s);
    }
    members.sort((a, b) => overlap.get(b)! - overlap.get(a)! || a - b);

    // Mentor: covers the key request, takes the most members, then the best total score.
    let bestJ = -1;
    let bestTake: number[] = [];
    let bestRank: [number, number, number] = [-1, -1, -1];
    for (let j = 0; j < mentors.length; j++) {
      if (!leadsGroups(mentors[j]!)) continue;
      const free = p.rCap[j]! - p.rLoad[j]! - used[j]!;
      if (free < 2) continue;
      const take: number[] = [];
      let total = 0;
      for (const i of members) {
        if (take.length >= Math.min(maxSize, free)) break;
        if (!allowedFor(p, j, i)) continue;
        const s = rawScore(p, j, i);
        if (s < min) continue;
        take.push(i);
        total += s;
      }
      if (take.length < 2) continue;
      const covers = (p.rOffer[j * cw + (key >>> 5)]! & (1 << (key & 31))) !== 0 ? 1 : 0;
      const rank: [number, number, number] = [covers, take.length, total];
      if (
        rank[0] > bestRank[0] ||
        (rank[0] === bestRank[0] && (rank[1] > bestRank[1] || (rank[1] === bestRank[1] && rank[2] > bestRank[2])))
      ) {
        bestJ = j;
        bestTake = take;
        bestRank = rank;
      }
    }
    if (bestJ < 0) continue;
    used[bestJ] = used[bestJ]! + bestTake.length;
    for (const i of bestTake) inPool[i] = 0;
    groups.push(describeGroup(p, bestJ, bestTake, key, bestRank[2]));
  }

  const ungrouped: Array<{ mentee: Mentee; reasonRu: string }> = [];
  for (let i = 0; i < pool.length; i++) {
    if (!inPool[i]) continue;
    ungrouped.push({
      mentee: pool[i]!,
      reasonRu:
        'нет группы: нет других наставляемых с общим запросом или наставника со свободными местами на всю группу',
    });
  }
  return { groups, ungrouped };
}

function popcount(x: number): number {
  let n = 0;
  while (x !== 0) {
    x &= x - 1;
    n++;
  }
  return n;
}

function describeGroup(p: Prepared, j: number, members: number[], key: number, total: number): GroupProposal {
  const cw = p.cw;
  const shared = new Uint32Array(cw).fill(0xffffffff);
  for (const i of members) for (let k = 0; k < cw; k++) shared[k] = shared[k]! & p.eNeed[i * cw + k]!;
  const sharedIds = maskIds(shared, 0, cw);
  const coveredIds = sharedIds.filter((id) => (p.rOffer[j * cw + (id >>> 5)]! & (1 << (id & 31))) !== 0);
  const title = (id: number) => p.competences.titles[id]!;
  const mentor = p.mentors[j]!;
  const reasonsRu = [
    `общий запрос группы — ${shortCompetence(title(key))}`,
    coveredIds.length > 0
      ? `наставник закрывает общие запросы: ${coveredIds.map((id) => shortCompetence(title(id))).join(', ')}`
      : 'наставник не закрывает общий запрос группы — лучший из свободных',
    `у наставника свободно ${p.rCap[j]! - p.rLoad[j]!} из ${p.rCap[j]}, группа займёт ${members.length}`,
  ];
  return {
    mentor,
    mentees: members.map((i) => p.mentees[i]!),
    sharedRequests: sharedIds.map(title),
    coveredRequests: coveredIds.map(title),
    averageScore: Math.round(total / members.length),
    reasonsRu,
  };
}

export interface GroupProblem {
  code:
    | 'no_mentor'
    | 'unknown_person'
    | 'too_small'
    | 'too_large'
    | 'duplicate'
    | 'no_places'
    | 'blocked'
    | 'form'
    | 'individual';
  textRu: string;
}

export interface HandGroup {
  /** The lead mentor first, then co-mentors (co-mentors do not use places). */
  mentorIds: string[];
  menteeIds: string[];
}

/**
 * Checks a pair or group the curator made (by hand, from a suggestion or a proposal): sizes, the lead mentor's places,
 * hard rules for every mentor–mentee pair. Co-mentors take no places (see workbook mentorLoad).
 */
export function validateGroup(
  group: HandGroup,
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  ctx: MatchContext,
  options: TeamOptions,
): { ok: boolean; problems: GroupProblem[] } {
  const form = options.form ?? 'group';
  const problems: GroupProblem[] = [];
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((e) => [e.id, e]));
  const ids = new Set<string>();
  const members: Mentee[] = [];
  for (const id of group.menteeIds) {
    if (ids.has(id)) {
      problems.push({ code: 'duplicate', textRu: `наставляемый ${menteeById.get(id)?.fullName ?? id} указан дважды` });
      continue;
    }
    ids.add(id);
    const e = menteeById.get(id);
    if (!e) problems.push({ code: 'unknown_person', textRu: `наставляемый ${id} не найден в банке` });
    else members.push(e);
  }
  const team: Mentor[] = [];
  for (const id of new Set(group.mentorIds)) {
    const m = mentorById.get(id);
    if (!m) problems.push({ code: 'unknown_person', textRu: `наставник ${id} не найден в банке` });
    else team.push(m);
  }
  if (group.mentorIds.length === 0)
    problems.push({
      code: 'no_mentor',
      textRu: form === 'group' ? 'у группы нет наставника' : 'у пары нет наставника',
    });
  if (form === 'individual' && members.length !== 1) {
    problems.push({
      code: 'individual',
      textRu: `в индивидуальной паре один наставляемый, а указано ${members.length}`,
    });
  }
  if (form === 'group' && members.length < 2)
    problems.push({ code: 'too_small', textRu: 'в группе меньше двух наставляемых' });
  if (form === 'group' && members.length > options.maxGroupSize) {
    problems.push({
      code: 'too_large',
      textRu: `в группе ${members.length} наставляемых, допускается не больше ${options.maxGroupSize}`,
    });
  }
  if (team.length > 0 && members.length > 0) {
    const p = prepare(team, members, ctx);
    const lead = team[0]!;
    const free = p.rCap[0]! - p.rLoad[0]!;
    if (group.mentorIds[0] === lead.id && free < members.length) {
      const need = form === 'group' ? `а в группе ${members.length}` : 'нужно 1';
      problems.push({
        code: 'no_places',
        textRu: `у наставника ${lead.fullName} свободно мест: ${Math.max(0, free)}, ${need}`,
      });
    }
    if (form === 'group' && !leadsGroups(lead))
      problems.push({
        code: 'form',
        textRu: `${lead.fullName}: групповая форма наставничества не отмечена в банке наставников`,
      });
    const reported = new Set<string>();
    team.forEach((m, j) => {
      members.forEach((e, i) => {
        // Places are checked for the whole group above; co-mentors use none.
        const blockers: Blocker[] = blockersOf(p, j, i).filter((b) => b.code !== 'full');
        for (const b of blockers) {
          const personal = b.code === 'same_person' || b.code === 'banned';
          const text = personal ? `${m.fullName} — ${e.fullName}: ${b.textRu}` : `${m.fullName}: ${b.textRu}`;
          if (reported.has(text)) continue;
          reported.add(text);
          problems.push({ code: 'blocked', textRu: text });
        }
      });
    });
  }
  return { ok: problems.length === 0, problems };
}
