import { parseCalendarDate, type CalendarDate } from '../../../src/domain/calendar/calendar-date';
import { defaultRoadmapItems } from '../../../src/domain/roadmap/default-roadmap';
import type { RoadmapItem } from '../../../src/domain/roadmap/roadmap-item';
import { emptyRoadmapFacts, withStatuses } from '../../../src/domain/roadmap/status';
import { buildTimeline } from '../../../src/domain/roadmap/timeline';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;
const year = { startYear: 2026 };

describe('the sidebar timeline', () => {
  test('stages in order with their items', () => {
    const t = buildTimeline(withStatuses(defaultRoadmapItems(), emptyRoadmapFacts), year, d('01.09.2026'));
    expect(t.academicYearRu).toBe('2026/2027');
    expect(t.stages.map((s) => [s.title, s.items.map((i) => i.number)])).toEqual([
      ['Подготовка условий для реализации системы наставничества', ['1.1', '1.2']],
      ['Формирование банка наставляемых', ['2.1', '2.2']],
      ['Формирование банка наставников', ['3.1']],
      ['Отбор и обучение', ['4.1', '4.2']],
      ['Организация и осуществление работы наставнических пар/групп', ['5.1', '5.2', '5.3']],
      ['Завершение персонализированных программ наставничества', ['6.1', '6.2', '6.3']],
      ['Информационная поддержка системы наставничества', ['7.1']],
    ]);
    const first = t.stages[1]!.items[0]!;
    expect(first).toMatchObject({
      number: '2.1',
      deadlineRu: '15.09.2026',
      daysLeft: 14,
      statusRu: 'не начато',
      overdue: false,
    });
    const ongoing = t.stages[4]!.items[2]!;
    expect(ongoing).toMatchObject({ number: '5.3', deadline: null, deadlineRu: null, daysLeft: null, overdue: false });
    expect(t.next.map((i) => i.number)).toEqual(['2.1', '3.1']);
    expect(t.overdue).toEqual([]);
    expect([t.doneCount, t.totalCount]).toEqual([0, 14]);
  });

  test('what is next and what is overdue, skipping what is done', () => {
    const items = defaultRoadmapItems().map((item): RoadmapItem =>
      item.number === '1.1' ? { ...item, manualStatus: 'done' } : item,
    );
    const t = buildTimeline(withStatuses(items, emptyRoadmapFacts), year, d('05.10.2026'));
    expect(t.next.map((i) => [i.number, i.daysLeft])).toEqual([
      ['1.2', 27],
      ['5.2', 27],
    ]);
    expect(t.overdue.map((i) => [i.number, i.daysLeft])).toEqual([
      ['2.1', -20],
      ['3.1', -20],
      ['2.2', -4],
      ['4.1', -4],
      ['5.1', -4],
    ]);
    expect(t.doneCount).toBe(1);
  });

  test('a deadline due today is next, not overdue; after the last deadline nothing is next', () => {
    const items = withStatuses(defaultRoadmapItems(), emptyRoadmapFacts);
    expect(buildTimeline(items, year, d('01.06.2027')).next.map((i) => [i.number, i.daysLeft])).toEqual([['6.1', 0]]);
    const late = buildTimeline(items, year, d('02.06.2027'));
    expect(late.next).toEqual([]);
    expect(late.overdue.map((i) => i.number)).toEqual(['2.1', '3.1', '1.1', '2.2', '4.1', '5.1', '1.2', '5.2', '6.1']);
  });
});
