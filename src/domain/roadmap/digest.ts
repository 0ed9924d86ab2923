// Today's alerts grouped into one digest per recipient per day, with a key that keeps a digest from going out twice.
import { toIsoDate, type CalendarDate } from '../calendar/calendar-date';
import { isEmailAddress, normalizeEmail, type Email } from '../model';
import { compareAlerts, type RoadmapAlert } from './alerts';
import type { ResponsibleRole, RoadmapItem } from './roadmap-item';

export interface DigestRecipients {
  /** The email behind each role, from the settings (the curator's email, the director's, …). */
  readonly roleEmails: Readonly<Partial<Record<ResponsibleRole, Email>>>;
  /** «Получатели напоминаний» from the settings: they receive every alert. */
  readonly alertRecipients: readonly Email[];
}

export interface Digest {
  readonly recipient: Email;
  readonly date: CalendarDate;
  /** digestKey(recipient, date): the app records it once sent and skips a digest whose key it has seen. */
  readonly key: string;
  /** Most urgent first. */
  readonly alerts: readonly RoadmapAlert[];
}

/** The item's responsible (the named person, else the role's email) plus the settings' recipients, deduplicated. */
export function recipientsFor(item: Pick<RoadmapItem, 'responsibleEmail' | 'role'>, to: DigestRecipients): Email[] {
  const candidates = [
    item.responsibleEmail || (item.role ? to.roleEmails[item.role] : '') || '',
    ...to.alertRecipients,
  ];
  const seen = new Set<Email>();
  for (const raw of candidates) {
    const email = normalizeEmail(raw);
    if (isEmailAddress(email)) seen.add(email);
  }
  return [...seen];
}

export function digestKey(recipient: Email, date: CalendarDate): string {
  return `roadmap-digest:${normalizeEmail(recipient)}:${toIsoDate(date)}`;
}

/** One digest per recipient per day; a day with no alerts yields none. Sorted by date, then recipient. */
export function groupDigests(alerts: readonly RoadmapAlert[], responsibles: DigestRecipients): Digest[] {
  const byKey = new Map<string, { recipient: Email; date: CalendarDate; alerts: RoadmapAlert[] }>();
  for (const alert of alerts) {
    for (const recipient of recipientsFor(alert.item, responsibles)) {
      const key = digestKey(recipient, alert.on);
      let digest = byKey.get(key);
      if (!digest) byKey.set(key, (digest = { recipient, date: alert.on, alerts: [] }));
      // The same row listed twice in the input must not be reminded twice.
      if (!digest.alerts.some((a) => sameAlert(a, alert))) digest.alerts.push(alert);
    }
  }
  return [...byKey.entries()]
    .map(([key, d]) => ({ recipient: d.recipient, date: d.date, key, alerts: d.alerts.sort(compareAlerts) }))
    .sort((a, b) => toIsoDate(a.date).localeCompare(toIsoDate(b.date)) || a.recipient.localeCompare(b.recipient));
}

/** Alerts nobody would receive: the app shows them to the curator instead of dropping them silently. */
export function alertsWithoutRecipient(
  alerts: readonly RoadmapAlert[],
  responsibles: DigestRecipients,
): RoadmapAlert[] {
  return alerts.filter((a) => recipientsFor(a.item, responsibles).length === 0);
}

function sameAlert(a: RoadmapAlert, b: RoadmapAlert): boolean {
  return a.item.number === b.item.number && a.item.activity === b.item.activity && a.kind === b.kind;
}
