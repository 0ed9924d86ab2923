// A pair with its people looked up, and the people of many pairs listed once each.
import { compareDates, toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { normalizeEmail, normalizeTerm, type Mentee, type Mentor, type Pair } from '../model';

export interface ResolvedPair {
  pair: Pair;
  /** In the order of pair.mentorIds (the lead mentor first). */
  mentors: Mentor[];
  mentees: Mentee[];
}

export type ParticipantRole = 'mentor' | 'mentee';

export interface Participant {
  role: ParticipantRole;
  person: Mentor | Mentee;
  /** The pairs this person is in, in input order. */
  pairs: ResolvedPair[];
}

/** A person's identity across pairs: the email, or the name when the email is empty. */
export function personKey(p: { email: string; fullName: string; id: string }): string {
  const email = normalizeEmail(p.email);
  if (email) return `e:${email}`;
  const name = normalizeTerm(p.fullName);
  return name ? `n:${name}` : `i:${p.id}`;
}

/** Every participant once, mentors before mentees, in order of first appearance. */
export function participantsOf(pairs: readonly ResolvedPair[]): Participant[] {
  const byKey = new Map<string, Participant>();
  const add = (role: ParticipantRole, person: Mentor | Mentee, rp: ResolvedPair) => {
    const key = `${role}|${personKey(person)}`;
    const known = byKey.get(key);
    if (known) {
      if (!known.pairs.includes(rp)) known.pairs.push(rp);
    } else byKey.set(key, { role, person, pairs: [rp] });
  };
  for (const rp of pairs) for (const m of rp.mentors) add('mentor', m, rp);
  for (const rp of pairs) for (const m of rp.mentees) add('mentee', m, rp);
  return [...byKey.values()];
}

/**
 * Why a pair may not go into an order, in Russian; empty when it may.
 * ст. 351.8 ТК РФ: mentoring is assigned only with written consent, so it must exist on the order's date.
 */
export function consentProblems(rp: ResolvedPair, onDate: CalendarDate): string[] {
  const problems: string[] = [];
  const { pair } = rp;
  if (pair.status === 'dissolved') problems.push('пара (группа) расформирована');
  if (rp.mentors.length === 0) problems.push('не указан наставник');
  if (rp.mentees.length === 0) problems.push('не указан наставляемый');
  if (rp.mentors.length < pair.mentorIds.length) problems.push('наставник не найден в банке наставников');
  if (rp.mentees.length < pair.menteeIds.length) problems.push('наставляемый не найден в банке наставляемых');
  const check = (who: string, person: Mentor | Mentee) => {
    if (!person.consentDate) problems.push(`нет письменного согласия: ${who} ${person.fullName}`);
    else if (compareDates(person.consentDate, onDate) > 0)
      problems.push(
        `согласие ${who === 'наставник' ? 'наставника' : 'наставляемого'} ${person.fullName} датировано ${toRuDate(person.consentDate)} — позже даты приказа`,
      );
  };
  for (const m of rp.mentors) check('наставник', m);
  for (const m of rp.mentees) check('наставляемый', m);
  return problems;
}
