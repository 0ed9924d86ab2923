// Who is expected to answer the monitoring: every mentor and mentee of each pair/group that worked this year.
import type { Email, MentoringForm, PairStatus } from '../model';

export interface PersonRef {
  id: string;
  name: string;
  email: Email;
}

/** A pair with its people resolved from the banks (a person missing from a bank keeps the id as the name). */
export interface MonitoredPair {
  id: string;
  form: MentoringForm;
  status: PairStatus;
  requests: string[];
  mentors: PersonRef[];
  mentees: PersonRef[];
}

export interface Participant extends PersonRef {
  pairId: string;
  role: 'mentee' | 'mentor';
  form: MentoringForm;
}

/** A dissolved pair did not run its program: nobody in it is asked about it. */
export function isMonitored(status: PairStatus): boolean {
  return status !== 'dissolved';
}

export function participantsOf(pairs: readonly MonitoredPair[]): Participant[] {
  const out: Participant[] = [];
  for (const p of pairs) {
    if (!isMonitored(p.status)) continue;
    for (const m of p.mentees) out.push({ ...m, pairId: p.id, role: 'mentee', form: p.form });
    for (const m of p.mentors) out.push({ ...m, pairId: p.id, role: 'mentor', form: p.form });
  }
  return out;
}

/** Identifies one expected questionnaire; a response is matched to it by the same key. */
export function participantKey(p: { pairId: string; role: string; id: string }): string {
  return `${p.pairId}|${p.role}|${p.id.toLowerCase()}`;
}
