import { parseCalendarDate, type CalendarDate } from '../../../src/domain/calendar/calendar-date';
import { alertsFor } from '../../../src/domain/roadmap/alerts';
import { defaultRoadmapItems } from '../../../src/domain/roadmap/default-roadmap';
import {
  alertsWithoutRecipient,
  digestKey,
  groupDigests,
  recipientsFor,
  type DigestRecipients,
} from '../../../src/domain/roadmap/digest';
import type { RoadmapItem } from '../../../src/domain/roadmap/roadmap-item';
import { emptyRoadmapFacts, withStatuses, type RoadmapFacts } from '../../../src/domain/roadmap/status';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;
const to: DigestRecipients = {
  roleEmails: { curator: 'Curator@School.ru', director: 'director@school.ru' },
  alertRecipients: ['curator@school.ru ', 'Deputy@School.ru', 'не почта'],
};

function digestsOn(day: string, items = defaultRoadmapItems(), facts: RoadmapFacts = emptyRoadmapFacts) {
  return groupDigests(alertsFor(withStatuses(items, facts), d(day)), to).map((g) => ({
    recipient: g.recipient,
    items: g.alerts.map((a) => a.item.number),
  }));
}

describe('digests: one per recipient per day', () => {
  test.each<[string, { recipient: string; items: string[] }[]]>([
    [
      '01.09.2026',
      [
        { recipient: 'curator@school.ru', items: ['2.1', '3.1'] },
        { recipient: 'deputy@school.ru', items: ['2.1', '3.1'] },
      ],
    ],
    ['02.09.2026', []],
    [
      '17.09.2026',
      [
        { recipient: 'curator@school.ru', items: ['1.1', '2.2', '4.1', '5.1'] },
        { recipient: 'deputy@school.ru', items: ['1.1', '2.2', '4.1', '5.1'] },
        { recipient: 'director@school.ru', items: ['1.1'] },
      ],
    ],
    [
      '30.09.2026',
      [
        { recipient: 'curator@school.ru', items: ['2.1', '3.1', '1.1', '2.2', '4.1', '5.1'] },
        { recipient: 'deputy@school.ru', items: ['2.1', '3.1', '1.1', '2.2', '4.1', '5.1'] },
        { recipient: 'director@school.ru', items: ['1.1'] },
      ],
    ],
  ])('%s', (day, expected) => {
    expect(digestsOn(day)).toEqual(expected);
  });

  test('an item done by the data or by hand is never in a digest', () => {
    const items = defaultRoadmapItems().map((item): RoadmapItem =>
      item.number === '2.1' ? { ...item, manualStatus: 'done' } : item,
    );
    expect(digestsOn('01.09.2026', items).map((g) => g.items)).toEqual([['3.1'], ['3.1']]);
    const bankDone = { ...emptyRoadmapFacts, mentors: 2, validMentors: 2 };
    expect(digestsOn('01.09.2026', items, bankDone)).toEqual([]);
  });

  test('the person named in the row replaces the role’s email', () => {
    const items = defaultRoadmapItems().map((item): RoadmapItem =>
      item.number === '3.1' ? { ...item, responsibleEmail: 'Metodist@School.ru' } : item,
    );
    expect(digestsOn('01.09.2026', items)).toEqual([
      { recipient: 'curator@school.ru', items: ['2.1', '3.1'] },
      { recipient: 'deputy@school.ru', items: ['2.1', '3.1'] },
      { recipient: 'metodist@school.ru', items: ['3.1'] },
    ]);
  });

  test('recipients are deduplicated case-insensitively, and text that is not an email is skipped', () => {
    expect(recipientsFor({ responsibleEmail: '', role: 'curator' }, to)).toEqual([
      'curator@school.ru',
      'deputy@school.ru',
    ]);
    expect(recipientsFor({ responsibleEmail: '', role: 'psychologist' }, to)).toEqual([
      'curator@school.ru',
      'deputy@school.ru',
    ]);
  });

  test('the same alert listed twice goes out once', () => {
    const alerts = alertsFor(withStatuses(defaultRoadmapItems(), emptyRoadmapFacts), d('01.09.2026'));
    const digests = groupDigests([...alerts, ...alerts], to);
    expect(digests.map((g) => g.alerts.length)).toEqual([2, 2]);
  });

  test('digests of several days stay apart, each with its own key', () => {
    const items = withStatuses(defaultRoadmapItems(), emptyRoadmapFacts);
    const alerts = [...alertsFor(items, d('08.09.2026')), ...alertsFor(items, d('01.09.2026'))];
    const digests = groupDigests(alerts, { roleEmails: { curator: 'c@s.ru' }, alertRecipients: [] });
    expect(digests.map((g) => g.key)).toEqual(['roadmap-digest:c@s.ru:2026-09-01', 'roadmap-digest:c@s.ru:2026-09-08']);
  });

  test('digestKey does not depend on how the address is written', () => {
    expect(digestKey(' Curator@School.RU ', d('15.09.2026'))).toBe('roadmap-digest:curator@school.ru:2026-09-15');
    expect(digestKey('curator@school.ru', d('15.09.2026'))).toBe(digestKey('CURATOR@school.ru', d('15.09.2026')));
    expect(digestKey('curator@school.ru', d('15.09.2026'))).not.toBe(digestKey('curator@school.ru', d('16.09.2026')));
  });

  test('alerts nobody would receive are reported, not dropped silently', () => {
    const alerts = alertsFor(withStatuses(defaultRoadmapItems(), emptyRoadmapFacts), d('17.09.2026'));
    const onlyCurator: DigestRecipients = { roleEmails: { curator: 'c@s.ru' }, alertRecipients: [] };
    expect(alertsWithoutRecipient(alerts, onlyCurator).map((a) => a.item.number)).toEqual(['1.1']);
    expect(groupDigests(alerts, onlyCurator).map((g) => g.alerts.map((a) => a.item.number))).toEqual([
      ['2.2', '4.1', '5.1'],
    ]);
  });
});
