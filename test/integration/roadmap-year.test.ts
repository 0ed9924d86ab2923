// A whole academic year on the emulator's clock: the daily trigger, installed from the menu, fires every morning and
// sends exactly the expected digests on the expected days, one per recipient per day; a mark made mid-year is obeyed.
import { allTriggers } from '../../tools/emulator/services';
import { CURATOR, mails, roadmapWorld, runTriggersUntil, setRoadmap } from '../support/roadmap';

const DEPUTY = 'deputy@school.example';
const DIRECTOR = 'director@school.example';

/** Plain UTC date arithmetic, independent of the code under test. */
const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const YEAR_END = ms('2027-08-31');

/** The reminder days of a deadline, from the issue: 14, 7 and 1 days before, the day, the day after, then weekly. */
function reminderDays(deadline: string): string[] {
  const d = ms(deadline);
  const days = [d - 14 * DAY, d - 7 * DAY, d - DAY, d];
  for (let t = d + DAY; t <= YEAR_END; t += 7 * DAY) days.push(t);
  return days.map(iso);
}

const deadlines: Record<string, string[]> = {
  '2026-09-15': ['2.1', '3.1'],
  '2026-10-01': ['1.1', '2.2', '4.1', '5.1'],
  '2026-11-01': ['1.2', '5.2'],
  '2027-06-01': ['6.1'],
};

/** 2.1 is marked «выполнено» by hand on 20.09.2026 at 10:00, after that day's run: never reminded again. */
const MARKED_ON = '2026-09-20';

function expectedDigests(): Map<string, Map<string, string[]>> {
  const byDay = new Map<string, Map<string, string[]>>();
  const add = (day: string, to: string, item: string) => {
    const forDay = byDay.get(day) ?? new Map<string, string[]>();
    byDay.set(day, forDay);
    forDay.set(to, [...(forDay.get(to) ?? []), item]);
  };
  for (const [deadline, items] of Object.entries(deadlines)) {
    for (const day of reminderDays(deadline)) {
      for (const item of items) {
        if (item === '2.1' && day > MARKED_ON) continue;
        add(day, CURATOR, item);
        add(day, DEPUTY, item);
        if (item === '1.1') add(day, DIRECTOR, item);
      }
    }
  }
  return byDay;
}

describe('a simulated year 2026/2027 through the daily trigger', () => {
  // Set up on the last day of the previous year, so the curator types the new academic year in «Настройки».
  const wb = roadmapWorld('2026-08-31T12:00:00+03:00', { recipients: `${CURATOR}, ${DEPUTY}`, year: '2026/2027' });
  setRoadmap(wb, '1.1', 'Email ответственного', DIRECTOR);
  wb.world.execute({ authMode: 'FULL', kind: 'menu', functionName: 'roadmapRemindersOn' }, () =>
    wb.api.roadmapRemindersOn!.run(),
  );
  const firedBefore = runTriggersUntil(wb, `${MARKED_ON}T10:00:00+03:00`);
  setRoadmap(wb, '2.1', 'Статус (вручную)', 'выполнено');
  const firedAfter = runTriggersUntil(wb, '2027-08-31T23:00:00+03:00');
  const sent = mails(wb);

  test('the trigger fired once a day, every day of the year, and stayed the only one', () => {
    expect(firedBefore + firedAfter).toBe(365);
    expect(allTriggers(wb.world)).toHaveLength(1);
  });

  test('exactly the expected digests on the expected days', () => {
    const actual = new Map<string, Map<string, string[]>>();
    for (const m of sent) {
      const forDay = actual.get(m.date) ?? new Map<string, string[]>();
      actual.set(m.date, forDay);
      expect(forDay.has(m.to)).toBe(false); // one digest per recipient per day
      forDay.set(m.to, [...m.items].sort());
    }
    const expected = expectedDigests();
    for (const forDay of expected.values()) for (const [to, items] of forDay) forDay.set(to, items.sort());
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [day, forDay] of expected)
      expect([day, Object.fromEntries(actual.get(day)!)]).toEqual([day, Object.fromEntries(forDay)]);
  });

  test('each digest went out in the morning of its day, about 08:00 Moscow time', () => {
    for (const m of sent) {
      const hour = Number(
        new Date(m.at).toLocaleString('en-GB', { timeZone: 'Europe/Moscow', hour: '2-digit', hourCycle: 'h23' }),
      );
      expect(hour).toBe(8);
    }
  });

  test('after the mark, 2.1 never appears; the director only ever hears about 1.1', () => {
    expect(sent.filter((m) => m.date > MARKED_ON && m.items.includes('2.1'))).toEqual([]);
    expect(new Set(sent.filter((m) => m.to === DIRECTOR).flatMap((m) => m.items))).toEqual(new Set(['1.1']));
  });
});
