// Who was invited to the monitoring, and who of them has answered.
import type { CalendarDate } from '../calendar/calendar-date';
import { respondentKey, type MonitoringAnswer } from './answers';
import { participantKey } from './participants';
import type { Audience } from './questions';

export interface MonitoringInvite {
  row: number;
  pairId: string;
  role: Audience;
  personId: string;
  personName: string;
  email: string;
  link: string;
  sentOn: CalendarDate | null;
}

export function inviteKey(i: Pick<MonitoringInvite, 'pairId' | 'role' | 'personId'>): string {
  return participantKey({ pairId: i.pairId, role: i.role, id: i.personId });
}

/** The invitations sent, split into answered and not yet answered (by any questionnaire of that participant). */
export function inviteProgress(invites: readonly MonitoringInvite[], answers: readonly MonitoringAnswer[]) {
  const answered = new Set(answers.map(respondentKey));
  const sent = invites.filter((i) => i.sentOn !== null);
  return {
    sent,
    answered: sent.filter((i) => answered.has(inviteKey(i))),
    waiting: sent.filter((i) => !answered.has(inviteKey(i))),
  };
}
