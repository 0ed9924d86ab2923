// The acceptance examples, table-driven, on the emulator: academic year 2026/2027, default settings, an empty
// workbook; each day's check mails exactly these digests (or none), and an item that is done is never in one.
import { runDailyCheck } from '../../src/app/roadmap/daily-check';
import { mentorsTable } from '../../src/workbook/tables/mentors';
import { addRows, CURATOR, mails, mentorRecord, roadmapWorld, setRoadmap } from '../support/roadmap';

/** What the curator's digest of that day says about each item: «number: phrase до deadline». */
const cases: Array<[day: string, expected: string[]]> = [
  ['2026-09-01', ['2.1: через 14 дней до 15.09.2026', '3.1: через 14 дней до 15.09.2026']],
  ['2026-09-02', []], // 13 days is not a lead day
  ['2026-09-08', ['2.1: через 7 дней до 15.09.2026', '3.1: через 7 дней до 15.09.2026']],
  ['2026-09-14', ['2.1: завтра до 15.09.2026', '3.1: завтра до 15.09.2026']],
  ['2026-09-15', ['2.1: сегодня до 15.09.2026', '3.1: сегодня до 15.09.2026']],
  ['2026-09-16', ['2.1: просрочено на 1 день до 15.09.2026', '3.1: просрочено на 1 день до 15.09.2026']],
  [
    '2026-09-17',
    [
      '1.1: через 14 дней до 01.10.2026',
      '2.2: через 14 дней до 01.10.2026',
      '4.1: через 14 дней до 01.10.2026',
      '5.1: через 14 дней до 01.10.2026',
    ],
  ],
  ['2026-09-23', ['2.1: просрочено на 8 дней до 15.09.2026', '3.1: просрочено на 8 дней до 15.09.2026']],
  ['2026-10-17', []], // the programs (1.2, 5.2) are 15 days away
  ['2026-10-18', ['1.2: через 14 дней до 01.11.2026', '5.2: через 14 дней до 01.11.2026']],
  ['2027-05-18', ['6.1: через 14 дней до 01.06.2027']],
  [
    '2027-06-02',
    [
      '2.1: просрочено на 260 дней до 15.09.2026',
      '3.1: просрочено на 260 дней до 15.09.2026',
      '6.1: просрочено на 1 день до 01.06.2027',
    ],
  ],
];

/** «2.1: через 14 дней до 15.09.2026» from the text body of a digest. */
function itemsSaid(body: string): string[] {
  const lines = body.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const number = /^\d+\. Пункт (.+?)\. /.exec(line)?.[1];
    const due = /^ {3}Срок: до (\S+) — (.+)$/.exec(lines[i + 2] ?? '');
    if (number && due) out.push(`${number}: ${due[2]} до ${due[1]}`);
  });
  return out;
}

describe('acceptance: 2026/2027, default settings, an empty workbook', () => {
  test.each(cases)('%s', (day, expected) => {
    const wb = roadmapWorld(`${day}T08:30:00+03:00`);
    const report = wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    const sent = mails(wb);
    if (!expected.length) {
      // A day with nothing to say sends no email.
      expect(sent).toEqual([]);
      expect(report.digests).toEqual([]);
      return;
    }
    expect(sent.map((m) => m.to)).toEqual([CURATOR]);
    expect(sent[0]!.date).toBe(day);
    // Overdue first (the longest overdue first), then by deadline: the order the digest lists them in.
    expect(itemsSaid(sent[0]!.body).sort()).toEqual([...expected].sort());
    expect(sent[0]!.subject).toMatch(/^Дорожная карта наставничества на \d\d\.\d\d\.\d{4}: /);
  });

  test.each(cases.filter(([, e]) => e.length))(
    '%s: an item done (by hand or by the data) is never in the digest',
    (day, expected) => {
      const wb = roadmapWorld(`${day}T08:30:00+03:00`);
      const numbers = expected.map((e) => e.split(':')[0]!);
      // The first item is marked done by hand; the rest stay open.
      setRoadmap(wb, numbers[0]!, 'Статус (вручную)', 'выполнено');
      wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
      const said = mails(wb).flatMap((m) => m.items);
      expect(said).not.toContain(numbers[0]);
      expect(said.sort()).toEqual(numbers.slice(1).sort());
    },
  );

  test('«не требуется» and a status done by the data are closed too', () => {
    const wb = roadmapWorld('2026-09-01T08:30:00+03:00');
    setRoadmap(wb, '2.1', 'Статус (вручную)', 'не требуется');
    // Three mentors with every required field and a consent date: the mentor bank (3.1) is done by the data.
    addRows(wb, mentorsTable, [mentorRecord(1), mentorRecord(2), mentorRecord(3)]);
    const report = wb.run((ctx) => runDailyCheck(ctx, { mode: 'send', source: 'trigger' }));
    expect(report.digests).toEqual([]);
    expect(mails(wb)).toEqual([]);
    // The sheet shows why: the add-on's own columns of row 3.1.
    const row = wb.values('Дорожная карта').find((r) => r[0] === '3.1')!;
    expect(row.slice(9, 11)).toEqual(['выполнено', 'Данные полные у всех: 3 из 3 наставников']);
  });
});
