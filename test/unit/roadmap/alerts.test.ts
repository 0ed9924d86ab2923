import {
  addDays,
  compareDates,
  parseCalendarDate,
  toRuDate,
  type CalendarDate,
} from '../../../src/domain/calendar/calendar-date';
import { alertAsOf, alertPhraseRu, alertsFor, reminderOn, type RoadmapAlert } from '../../../src/domain/roadmap/alerts';
import { defaultRoadmapItems } from '../../../src/domain/roadmap/default-roadmap';
import type { RoadmapItem } from '../../../src/domain/roadmap/roadmap-item';
import { emptyRoadmapFacts, withStatuses } from '../../../src/domain/roadmap/status';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;
const emptyWorkbook = withStatuses(defaultRoadmapItems(), emptyRoadmapFacts);
const line = (a: RoadmapAlert) => `${a.item.number} ${a.kind} ${a.days} «${a.phraseRu}» до ${toRuDate(a.deadline)}`;

describe('acceptance: 2026/2027, default settings, an empty workbook', () => {
  test.each<[string, string[]]>([
    ['01.09.2026', ['2.1 upcoming 14 «через 14 дней» до 15.09.2026', '3.1 upcoming 14 «через 14 дней» до 15.09.2026']],
    ['02.09.2026', []],
    ['08.09.2026', ['2.1 upcoming 7 «через 7 дней» до 15.09.2026', '3.1 upcoming 7 «через 7 дней» до 15.09.2026']],
    ['14.09.2026', ['2.1 upcoming 1 «завтра» до 15.09.2026', '3.1 upcoming 1 «завтра» до 15.09.2026']],
    ['15.09.2026', ['2.1 due_today 0 «сегодня» до 15.09.2026', '3.1 due_today 0 «сегодня» до 15.09.2026']],
    [
      '16.09.2026',
      ['2.1 overdue 1 «просрочено на 1 день» до 15.09.2026', '3.1 overdue 1 «просрочено на 1 день» до 15.09.2026'],
    ],
    [
      '17.09.2026',
      [
        '1.1 upcoming 14 «через 14 дней» до 01.10.2026',
        '2.2 upcoming 14 «через 14 дней» до 01.10.2026',
        '4.1 upcoming 14 «через 14 дней» до 01.10.2026',
        '5.1 upcoming 14 «через 14 дней» до 01.10.2026',
      ],
    ],
    ['18.09.2026', []],
    [
      '23.09.2026',
      ['2.1 overdue 8 «просрочено на 8 дней» до 15.09.2026', '3.1 overdue 8 «просрочено на 8 дней» до 15.09.2026'],
    ],
    [
      '30.09.2026',
      [
        '2.1 overdue 15 «просрочено на 15 дней» до 15.09.2026',
        '3.1 overdue 15 «просрочено на 15 дней» до 15.09.2026',
        '1.1 upcoming 1 «завтра» до 01.10.2026',
        '2.2 upcoming 1 «завтра» до 01.10.2026',
        '4.1 upcoming 1 «завтра» до 01.10.2026',
        '5.1 upcoming 1 «завтра» до 01.10.2026',
      ],
    ],
    ['17.10.2026', []],
    ['18.10.2026', ['1.2 upcoming 14 «через 14 дней» до 01.11.2026', '5.2 upcoming 14 «через 14 дней» до 01.11.2026']],
    ['18.05.2027', ['6.1 upcoming 14 «через 14 дней» до 01.06.2027']],
    [
      '02.06.2027',
      [
        '2.1 overdue 260 «просрочено на 260 дней» до 15.09.2026',
        '3.1 overdue 260 «просрочено на 260 дней» до 15.09.2026',
        '6.1 overdue 1 «просрочено на 1 день» до 01.06.2027',
      ],
    ],
  ])('%s', (today, expected) => {
    expect(alertsFor(emptyWorkbook, d(today)).map(line)).toEqual(expected);
  });

  test('«Ежегодно» and «Постоянно» items never remind by date', () => {
    const undated = new Set(['4.2', '5.3', '6.2', '6.3', '7.1']);
    for (let day = d('01.09.2026'); compareDates(day, d('31.08.2027')) <= 0; day = addDays(day, 1)) {
      for (const a of alertsFor(emptyWorkbook, day)) expect(undated.has(a.item.number)).toBe(false);
    }
  });

  test('an item done by the data or marked by hand is not reminded', () => {
    const items = defaultRoadmapItems().map((item): RoadmapItem =>
      item.number === '2.1' ? { ...item, manualStatus: 'not_needed' } : item,
    );
    const facts = { ...emptyRoadmapFacts, mentors: 3, validMentors: 3 };
    expect(alertsFor(withStatuses(items, facts), d('01.09.2026'))).toEqual([]);
    const inProgressByHand = items.map((item): RoadmapItem =>
      item.number === '3.1' ? { ...item, manualStatus: 'in_progress' } : item,
    );
    // The manual mark wins even over data that says done.
    expect(alertsFor(withStatuses(inProgressByHand, facts), d('01.09.2026')).map((a) => a.item.number)).toEqual([
      '3.1',
    ]);
  });
});

describe('a whole-year simulation, 01.09.2026 – 31.08.2027', () => {
  const all: string[] = [];
  for (let day = d('01.09.2026'); compareDates(day, d('31.08.2027')) <= 0; day = addDays(day, 1)) {
    for (const a of alertsFor(emptyWorkbook, day)) all.push(`${toRuDate(day)} ${a.item.number} ${a.kind} ${a.days}`);
  }
  const of = (number: string) => all.filter((s) => s.split(' ')[1] === number);

  test('monitoring (6.1), derived by hand: lead days, due day, then weekly until the year ends', () => {
    expect(of('6.1')).toEqual([
      '18.05.2027 6.1 upcoming 14',
      '25.05.2027 6.1 upcoming 7',
      '31.05.2027 6.1 upcoming 1',
      '01.06.2027 6.1 due_today 0',
      '02.06.2027 6.1 overdue 1',
      '09.06.2027 6.1 overdue 8',
      '16.06.2027 6.1 overdue 15',
      '23.06.2027 6.1 overdue 22',
      '30.06.2027 6.1 overdue 29',
      '07.07.2027 6.1 overdue 36',
      '14.07.2027 6.1 overdue 43',
      '21.07.2027 6.1 overdue 50',
      '28.07.2027 6.1 overdue 57',
      '04.08.2027 6.1 overdue 64',
      '11.08.2027 6.1 overdue 71',
      '18.08.2027 6.1 overdue 78',
      '25.08.2027 6.1 overdue 85',
    ]);
  });

  test('requests (2.1): the first weeks and the last reminder of the year', () => {
    const list = of('2.1');
    expect(list.slice(0, 8)).toEqual([
      '01.09.2026 2.1 upcoming 14',
      '08.09.2026 2.1 upcoming 7',
      '14.09.2026 2.1 upcoming 1',
      '15.09.2026 2.1 due_today 0',
      '16.09.2026 2.1 overdue 1',
      '23.09.2026 2.1 overdue 8',
      '30.09.2026 2.1 overdue 15',
      '07.10.2026 2.1 overdue 22',
    ]);
    // 15.09.2026 → 31.08.2027 is 350 days; the last 1 + 7k within it is 344, on 25.08.2027.
    expect(list[list.length - 1]).toBe('25.08.2027 2.1 overdue 344');
    expect(list).toHaveLength(4 + 50);
  });

  test('programs (1.2): the lead days, and the last weekly reminder', () => {
    const list = of('1.2');
    expect(list.slice(0, 6)).toEqual([
      '18.10.2026 1.2 upcoming 14',
      '25.10.2026 1.2 upcoming 7',
      '31.10.2026 1.2 upcoming 1',
      '01.11.2026 1.2 due_today 0',
      '02.11.2026 1.2 overdue 1',
      '09.11.2026 1.2 overdue 8',
    ]);
    // 01.11.2026 → 30.08.2027 is 302 days = 1 + 7·43.
    expect(list[list.length - 1]).toBe('30.08.2027 1.2 overdue 302');
    expect(list).toHaveLength(4 + 44);
  });

  test('the order (1.1) ends on 27.08.2027, 330 days late; the year totals 429 reminders', () => {
    expect(of('1.1').slice(-1)).toEqual(['27.08.2027 1.1 overdue 330']);
    const perItem = Object.fromEntries(
      ['1.1', '1.2', '2.1', '2.2', '3.1', '4.1', '5.1', '5.2', '6.1'].map((n) => [n, of(n).length]),
    );
    expect(perItem).toEqual({
      '1.1': 52,
      '1.2': 48,
      '2.1': 54,
      '2.2': 52,
      '3.1': 54,
      '4.1': 52,
      '5.1': 52,
      '5.2': 48,
      '6.1': 17,
    });
    expect(all).toHaveLength(429);
  });
});

describe('reminder days', () => {
  const deadline = d('15.09.2026');
  test.each<[string, ReturnType<typeof reminderOn>]>([
    ['31.08.2026', null],
    ['01.09.2026', { kind: 'upcoming', days: 14 }],
    ['02.09.2026', null],
    ['08.09.2026', { kind: 'upcoming', days: 7 }],
    ['13.09.2026', null],
    ['14.09.2026', { kind: 'upcoming', days: 1 }],
    ['15.09.2026', { kind: 'due_today', days: 0 }],
    ['16.09.2026', { kind: 'overdue', days: 1 }],
    ['17.09.2026', null],
    ['22.09.2026', null],
    ['23.09.2026', { kind: 'overdue', days: 8 }],
    ['24.09.2026', null],
    ['30.09.2026', { kind: 'overdue', days: 15 }],
  ])('%s', (today, expected) => {
    expect(reminderOn(deadline, d(today), [14, 7, 1])).toEqual(expected);
  });

  test('lead days come from the settings; 0, negatives and fractions are ignored', () => {
    const only3 = alertsFor(emptyWorkbook, d('12.09.2026'), { leadDays: [3, 0, -2, 2.5] });
    expect(only3.map(line)).toEqual([
      '2.1 upcoming 3 «через 3 дня» до 15.09.2026',
      '3.1 upcoming 3 «через 3 дня» до 15.09.2026',
    ]);
    expect(alertsFor(emptyWorkbook, d('01.09.2026'), { leadDays: [] })).toEqual([]);
    expect(alertsFor(emptyWorkbook, d('15.09.2026'), { leadDays: [] })).toHaveLength(2);
  });

  test.each([
    ['upcoming', 21, 'через 21 день'],
    ['upcoming', 22, 'через 22 дня'],
    ['upcoming', 11, 'через 11 дней'],
    ['upcoming', 1, 'завтра'],
    ['due_today', 0, 'сегодня'],
    ['overdue', 2, 'просрочено на 2 дня'],
    ['overdue', 5, 'просрочено на 5 дней'],
    ['overdue', 22, 'просрочено на 22 дня'],
  ] as const)('%s %i → «%s»', (kind, days, phrase) => {
    expect(alertPhraseRu(kind, days)).toBe(phrase);
  });
});

describe('no day shifts', () => {
  test('the workbook year in the settings places the deadlines, not today', () => {
    // On 01.09.2027 a workbook still on 2026/2027 keeps its own deadlines: 2.1 is 351 days late (1 + 7·50), 6.1 92 (1 + 7·13).
    const stale = alertsFor(emptyWorkbook, d('01.09.2027'), {
      leadDays: [14, 7, 1],
      academicYear: { startYear: 2026 },
    });
    expect(stale.map(line)).toEqual([
      '2.1 overdue 351 «просрочено на 351 день» до 15.09.2026',
      '3.1 overdue 351 «просрочено на 351 день» до 15.09.2026',
      '6.1 overdue 92 «просрочено на 92 дня» до 01.06.2027',
    ]);
    // Without a workbook year, the year today falls in.
    const next = alertsFor(emptyWorkbook, d('01.09.2027'));
    expect(next.map(line)).toEqual([
      '2.1 upcoming 14 «через 14 дней» до 15.09.2027',
      '3.1 upcoming 14 «через 14 дней» до 15.09.2027',
    ]);
  });

  test('leap years: a 1 March deadline is 14 days after 15.02 in 2027 and after 16.02 in 2028', () => {
    const march: RoadmapItem = {
      ...defaultRoadmapItems()[0]!,
      number: '8.1',
      rule: { kind: 'date', month: 3, day: 1 },
      deadlineText: 'до 01.03',
    };
    const items = withStatuses([march], emptyRoadmapFacts);
    expect(alertsFor(items, d('15.02.2027')).map(line)).toEqual(['8.1 upcoming 14 «через 14 дней» до 01.03.2027']);
    expect(alertsFor(items, d('15.02.2028'))).toEqual([]);
    expect(alertsFor(items, d('16.02.2028')).map(line)).toEqual(['8.1 upcoming 14 «через 14 дней» до 01.03.2028']);
    expect(alertsFor(items, d('29.02.2028')).map(line)).toEqual(['8.1 upcoming 1 «завтра» до 01.03.2028']);
  });

  test.each(['UTC', 'Europe/Moscow', 'Asia/Vladivostok', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'the same reminders whatever the process time zone (%s)',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(alertsFor(emptyWorkbook, d('01.09.2026')).map((a) => a.item.number)).toEqual(['2.1', '3.1']);
        // 01.11.2026 → 29.03.2027 is 148 days = 1 + 7·21, the day after Europe's clocks change.
        expect(alertsFor(emptyWorkbook, d('29.03.2027')).map(line)).toEqual([
          '1.2 overdue 148 «просрочено на 148 дней» до 01.11.2026',
          '5.2 overdue 148 «просрочено на 148 дней» до 01.11.2026',
        ]);
        expect(alertsFor(emptyWorkbook, d('31.10.2026')).map(line)).toContain('1.2 upcoming 1 «завтра» до 01.11.2026');
      } finally {
        process.env.TZ = saved;
      }
    },
  );
});

describe('alertAsOf: an undelivered reminder said as of a later day', () => {
  const year = { startYear: 2026 };
  const s21 = emptyWorkbook.find((s) => s.item.number === '2.1')!;

  test.each<[string, string]>([
    ['02.09.2026', 'upcoming 13 «через 13 дней»'],
    ['14.09.2026', 'upcoming 1 «завтра»'],
    ['15.09.2026', 'due_today 0 «сегодня»'],
    ['19.09.2026', 'overdue 4 «просрочено на 4 дня»'],
  ])('%s → %s', (day, expected) => {
    const a = alertAsOf(s21, d(day), year)!;
    expect(`${a.kind} ${a.days} «${a.phraseRu}»`).toBe(expected);
    expect(toRuDate(a.deadline)).toBe('15.09.2026');
  });

  test('closed or undated items have nothing to carry', () => {
    expect(alertAsOf({ ...s21, status: { ...s21.status, state: 'done' } }, d('02.09.2026'), year)).toBeNull();
    expect(
      alertAsOf(
        emptyWorkbook.find((s) => s.item.number === '5.3')!,
        d('02.09.2026'),
        year,
      ),
    ).toBeNull();
  });
});
