// The monitoring report and a pair's final report as documents: sections, numbers, charts, SWOT, plan completion.
import { renderText } from '../../../src/domain/documents/text-renderer';
import { chartSvg } from '../../../src/domain/documents/chart-svg';
import type { ChartBlock } from '../../../src/domain/documents/model';
import { buildMonitoringReport } from '../../../src/domain/monitoring/report';
import { buildPairReport, isDoneMark } from '../../../src/domain/monitoring/pair-report';
import { summarizeMonitoring } from '../../../src/domain/monitoring/summary';
import { prefillSwot } from '../../../src/domain/monitoring/swot';
import { d, settings } from '../documents/fixtures';
import { pairs, questions, response } from './fixtures';

const mentee1 = { pairId: 'НП-2026-001', role: 'mentee' as const, personId: 'НЯ-0001', personName: 'Иванова А. С.' };
const mentee2 = { pairId: 'НП-2026-002', role: 'mentee' as const, personId: 'НЯ-0002', personName: 'Кузнецова М. И.' };
const answers = [
  ...response('R1', mentee1, {
    mentee_comfort: 9,
    mentee_joint_work: 8,
    mentee_competence: ['Оценивание', 3, 7],
    mentee_valuable: 'Разбор уроков',
  }),
  ...response('R2', mentee2, {
    mentee_comfort: 3,
    mentee_joint_work: 5,
    mentee_competence: ['Работа с родителями', 5, 5],
  }),
];
const summary = summarizeMonitoring({ pairs, questions, answers });
const swot = prefillSwot(summary, questions, {
  pairs: 3,
  pairsWithProgram: 3,
  eventsHeld: 2,
  practicesAdded: 1,
  bestPractices: 1,
});

const report = (over: Partial<Parameters<typeof buildMonitoringReport>[0]> = {}) =>
  buildMonitoringReport({
    settings,
    date: d('2027-06-20'),
    deadline: d('2027-06-01'),
    summary,
    swot,
    pairs: { total: 3, individual: 2, group: 1, mentors: 3, mentees: 4, withProgram: 3, finished: 0 },
    events: [
      { date: d('2027-05-14'), kind: 'round_table', title: 'Круглый стол по итогам года', participantCount: 12 },
    ],
    bestPractices: [{ title: 'Лист наблюдения урока', authors: 'Петрова О. В.' }],
    ...over,
  });

describe('buildMonitoringReport', () => {
  const doc = report();
  const text = renderText(doc);

  it('has the sections of the report with the school, the numbers and the SWOT to edit', () => {
    expect(text.startsWith(settings.schoolFullName)).toBe(true);
    for (const h of [
      '1. Общие сведения',
      '2. Оценка качества',
      '3. Динамика профессиональных компетенций',
      '4. По формам наставничества',
      '5. Пары и группы, требующие внимания',
      '9. Анализ сильных и слабых сторон (SWOT)',
      '10. Выводы',
    ])
      expect(text).toContain(h);
    expect(text).toContain('2 из 7');
    expect(text).toContain('Круглый стол по итогам года');
    expect(text).toContain('Лист наблюдения урока');
    expect(text).toContain('Сильные стороны');
  });

  it('draws the ratings per audience and the competence before/after as charts on a 0–10 scale', () => {
    const charts = doc.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
    expect(charts.map((c) => c.chart)).toEqual(['bar', 'column']);
    expect(charts.every((c) => c.range.min === 0 && c.range.max === 10)).toBe(true);
    const column = charts[1]!;
    expect(column.series.map((s) => s.name)).toEqual(['До программы', 'После программы']);
    expect(column.categories).toEqual(expect.arrayContaining(['Оценивание', 'Работа с родителями']));
  });

  it('says plainly when nobody has answered yet', () => {
    const empty = summarizeMonitoring({ pairs, questions, answers: [] });
    const t = renderText(
      report({
        summary: empty,
        swot: prefillSwot(empty, questions, {
          pairs: 3,
          pairsWithProgram: 0,
          eventsHeld: 0,
          practicesAdded: 0,
          bestPractices: 0,
        }),
      }),
    );
    expect(t).toContain('Оценок пока нет');
    expect(t).toContain('Оценок уровня компетенций до и после программы пока нет');
  });
});

describe('chartSvg', () => {
  it('draws one bar per category and series, values labelled, text escaped', () => {
    const svg = chartSvg({
      kind: 'chart',
      chart: 'column',
      title: 'A <b>',
      categories: ['x', 'y'],
      series: [
        { name: 'до', values: [2, 4] },
        { name: 'после', values: [5, 10] },
      ],
      range: { min: 0, max: 10 },
      aspect: 0.5,
    });
    expect(svg).toContain('A &lt;b&gt;');
    expect((svg.match(/<rect /g) ?? []).length).toBe(2 /* legend */ + 4);
    expect(svg).toContain('>10<');
  });
});

describe('buildPairReport', () => {
  it('counts the plan rows marked done and quotes the pair monitoring', () => {
    const s = summary.pairs.find((p) => p.pairId === 'НП-2026-001') ?? null;
    const doc = buildPairReport({
      settings,
      date: d('2027-05-31'),
      pair: {
        id: 'НП-2026-001',
        form: 'individual',
        status: 'finished',
        requests: ['Оценивание'],
        startDate: d('2026-10-01'),
        endDate: d('2027-05-31'),
        endedOn: d('2027-05-31'),
        mentors: [{ name: 'Петрова Ольга Викторовна', post: 'учитель' }],
        mentees: [{ name: 'Иванова Анна Сергеевна', post: 'учитель' }],
      },
      plan: [
        { number: '1', activity: 'Посещение уроков', term: 'октябрь', done: 'выполнено' },
        { number: '2', activity: 'Разбор контрольной', term: 'ноябрь', done: '12.11.2026' },
        { number: '3', activity: 'Открытый урок', term: 'апрель', done: 'перенесено' },
      ],
      summary: s,
      openAnswers: [],
    });
    const text = renderText(doc);
    expect(text).toContain('Выполнено мероприятий: 2 из 3');
    expect(text).toContain('Петрова Ольга Викторовна');
    expect(text).toContain('2. Результаты мониторинга');
  });

  it.each([
    ['выполнено', true],
    ['да', true],
    ['+', true],
    ['12.11.2026', true],
    ['', false],
    ['нет', false],
    ['не выполнено', false],
    ['Перенесено', false],
    ['—', false],
  ])('isDoneMark(%p) is %p', (mark, done) => expect(isDoneMark(mark)).toBe(done));
});
