// The demo school made meaningful for matching: requests and competencies as a real school has them (young teachers
// ask about discipline, parents and paperwork; few mentors can help with inclusion or burn-out), some group wishes and
// named mentors, most mentees waiting — plus a few pairs formed through the add-on's own confirmPairs, with consents.
//
// API
//   makeMatchingRealistic(school, seed) → the same DemoSchool, requests/competencies/forms rewritten (broken rows kept)
//   seedDemoPairs(ctx, count) → forms `count` pairs (and one group when the bank allows) the way a curator would
import type { AppContext } from '../../src/app/context';
import { confirmPairs, type PairRequest } from '../../src/app/matching/confirm';
import { suggestForMentees } from '../../src/app/matching/suggest';
import { proposeGroupsForWaiting } from '../../src/app/matching/groups';
import { readMatchingState } from '../../src/app/matching/state';
import { defaultCompetencies } from '../../src/domain/vocabulary/defaults';
import { random, type DemoRow, type DemoSchool } from './school';

const T = Object.fromEntries(defaultCompetencies.map((c) => [c.code, c.title])) as Record<string, string>;

/** How often young teachers ask for each kind of help (share of mentees), after school surveys of 2024–2025. */
const REQUEST_WEIGHTS: ReadonlyArray<[code: string, share: number]> = [
  ['classroom', 0.45],
  ['parents', 0.35],
  ['paperwork', 0.35],
  ['lesson-design', 0.3],
  ['assessment', 0.25],
  ['inclusion', 0.25],
  ['homeroom', 0.2],
  ['subject-methods', 0.2],
  ['adaptation', 0.15],
  ['wellbeing', 0.15],
  ['digital', 0.1],
  ['exams', 0.08],
  ['literacy', 0.06],
  ['projects', 0.05],
];

/** What experienced subject teachers offer; inclusion and burn-out are the psychologist's and the speech therapist's. */
const TEACHER_OFFERS = [
  'lesson-design',
  'subject-methods',
  'assessment',
  'exams',
  'paperwork',
  'classroom',
  'parents',
  'homeroom',
  'literacy',
  'gifted',
  'projects',
  'attestation',
  'digital',
];
const POST_OFFERS: Record<string, string[]> = {
  'педагог-психолог': ['wellbeing', 'adaptation', 'classroom', 'parents'],
  'учитель-логопед': ['inclusion', 'parents'],
  'социальный педагог': ['parents', 'homeroom', 'adaptation'],
  'педагог дополнительного образования': ['projects', 'gifted', 'digital'],
  'учитель начальных классов': ['lesson-design', 'classroom', 'parents', 'assessment', 'homeroom'],
};

/** «Иванова Мария Петровна» → «Иванова М. П.»: how a teacher writes the mentor she would like. */
function initials(fullName: string): string {
  const [surname, ...rest] = fullName.split(' ');
  return `${surname} ${rest.map((p) => `${p.charAt(0)}.`).join(' ')}`;
}

export function makeMatchingRealistic(school: DemoSchool, seed = 2026): DemoSchool {
  const rnd = random(seed ^ 0x5eed);
  const broken = new Set(school.broken.map((b) => `${b.bank}:${b.index}`));
  const keep = (bank: 'mentors' | 'mentees', i: number) => broken.has(`${bank}:${i}`);

  school.mentors.forEach((m: DemoRow, i) => {
    if (keep('mentors', i)) return;
    const post = String(m.post);
    const own = POST_OFFERS[post];
    const offers = own ? [...own] : ['lesson-design', 'subject-methods'];
    if (!own) for (const code of TEACHER_OFFERS.slice(2)) if (rnd() < 0.28) offers.push(code);
    // A few teachers trained in inclusive education: the shortfall stays visible but is not absolute.
    if (!own && rnd() < 0.08) offers.push('inclusion');
    m.competencies = [...new Set(offers)].slice(0, 6).map((c) => T[c]!);
    m.forms = rnd() < 0.35 ? ['индивидуальная', 'групповая'] : ['индивидуальная'];
  });

  const mentorNames = school.mentors.filter((_, i) => !keep('mentors', i)).map((m) => String(m.fullName));
  // Group wishes cluster on paperwork and digital tools: the requests a methodological association can take together.
  school.mentees.forEach((e: DemoRow, i) => {
    if (keep('mentees', i)) return;
    const wantsGroup = rnd() < 0.2;
    let codes = REQUEST_WEIGHTS.filter(([, share]) => rnd() < share).map(([c]) => c);
    if (wantsGroup) codes = [...new Set(['paperwork', rnd() < 0.6 ? 'digital' : 'lesson-design', ...codes])];
    if (codes.length === 0) codes = ['classroom'];
    e.requests = codes.slice(0, 4).map((c) => T[c]!);
    e.desiredForm = wantsGroup ? 'групповая' : 'индивидуальная';
    e.preferredMentor =
      !wantsGroup && mentorNames.length && rnd() < 0.12
        ? initials(mentorNames[Math.floor(rnd() * mentorNames.length)]!)
        : '';
    e.status = 'waiting';
    e.pairId = '';
  });
  return school;
}

/**
 * Forms `count` individual pairs between mentees with consent and their best-suggested mentor with consent, then one
 * proposed group if there is one — through confirmPairs, so the rows, statuses and journal are what the add-on writes.
 */
export function seedDemoPairs(ctx: AppContext, count = 4): { pairIds: string[] } {
  const state = readMatchingState(ctx);
  const candidates = state.mentees
    .filter((e) => e.status === 'waiting' && e.consentDate && e.desiredForm === 'individual')
    .slice(0, count * 3);
  const view = suggestForMentees(ctx, { menteeIds: candidates.map((e) => e.id), limit: 10 });
  const consented = new Set(state.mentors.filter((m) => m.consentDate).map((m) => m.id));
  const used = new Set<string>();
  const requests: PairRequest[] = [];
  for (const m of view.mentees) {
    if (requests.length >= count) break;
    const best = m.suggestions.find((s) => consented.has(s.mentor.id) && !used.has(s.mentor.id));
    if (!best) continue;
    used.add(best.mentor.id);
    requests.push({ form: 'individual', mentorIds: [best.mentor.id], menteeIds: [m.mentee.id] });
  }
  const written = confirmPairs(ctx, { source: 'suggestion', pairs: requests }).written.map((w) => w.pairId);
  const group = proposeGroupsForWaiting(ctx).groups[0];
  if (group) {
    const r = confirmPairs(ctx, {
      source: 'group',
      pairs: [{ form: 'group', mentorIds: [group.mentor.id], menteeIds: group.mentees.map((e) => e.id) }],
    });
    written.push(...r.written.map((w) => w.pairId));
  }
  return { pairIds: written };
}
