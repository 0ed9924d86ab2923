// News drafts for events and milestones, the library search, and events as the roadmap counts them.
import {
  effectiveStatus,
  heldByKind,
  linksIn,
  roadmapItemOf,
  type MentoringEvent,
} from '../../../src/domain/events/event';
import type { Practice } from '../../../src/domain/practices/practice';
import { splitTags } from '../../../src/domain/practices/practice';
import { queryStems, searchPractices } from '../../../src/domain/practices/search';
import { draftForEvent, draftForMilestone } from '../../../src/domain/publications/draft';

const school = { shortName: 'МБОУ «СОШ № 7»', city: 'Сосногорск' };

const event = (over: Partial<MentoringEvent> = {}): MentoringEvent => ({
  id: 'МР-0001',
  date: { year: 2027, month: 5, day: 25 },
  kind: 'round_table',
  title: 'Лучшие практики наставничества',
  roadmapItem: '',
  participants: 'наставники и молодые педагоги',
  participantCount: 14,
  materials: 'Презентация https://example.com/p.pdf, фото: https://example.com/photos.',
  outcome: 'выбраны три лучшие практики',
  status: null,
  notes: '',
  ...over,
});

const practice = (over: Partial<Practice> = {}): Practice => ({
  id: 'МК-0001',
  title: 'Лист наблюдения урока',
  authors: 'Петрова О. В.',
  pairId: 'НП-2026-001',
  competencies: ['Оценивание'],
  description: 'Наставник и наставляемый вместе заполняют лист наблюдения',
  materials: '',
  year: '2026/2027',
  tags: ['урок', 'наблюдение'],
  best: false,
  kind: 'practice',
  source: 'manual',
  origin: '',
  notes: '',
  ...over,
});

describe('draftForEvent', () => {
  it('writes a short Russian news text with the date, the school, participants, outcome, best practices and the roadmap item', () => {
    const d = draftForEvent(event(), school, [
      practice({ best: true }),
      practice({ id: 'МК-0002', title: 'Родительское собрание вдвоём', authors: 'Сидоров П. П.', best: true }),
    ]);
    expect(d.title).toBe('Круглый стол «Лучшие практики наставничества»');
    expect(d.text).toBe(
      '25 мая 2027 г. в МБОУ «СОШ № 7» состоялся итоговый круглый стол «Лучшие практики наставничества», посвящённый итогам работы наставнических пар и выявлению лучших практик наставничества. ' +
        'В нём приняли участие 14 педагогов: наставники и молодые педагоги. Выбраны три лучшие практики. ' +
        'Лучшими практиками года признаны: «Лист наблюдения урока» (Петрова О. В.), «Родительское собрание вдвоём» (Сидоров П. П.). Они пополнили методическую копилку школы. ' +
        'Мероприятие проведено в рамках дорожной карты реализации Положения о системе наставничества педагогических работников (пункт 6.3).',
    );
    expect(d.attachments).toBe(
      '2–4 фотографии с мероприятия (без крупных планов обучающихся); материалы мероприятия: https://example.com/p.pdf https://example.com/photos; список лучших практик',
    );
    expect(d).toMatchObject({
      occasion: 'event:МР-0001',
      eventId: 'МР-0001',
      roadmapItem: '6.3',
      date: { year: 2027, month: 5, day: 25 },
    });
  });

  it('agrees the verb with each kind and uses the item the curator wrote', () => {
    expect(draftForEvent(event({ kind: 'conference', roadmapItem: '6.2 ' }), school).text).toContain(
      'состоялась конференция',
    );
    expect(draftForEvent(event({ kind: 'training' }), school).text).toContain('прошло обучение наставников');
    expect(draftForEvent(event({ kind: 'training' }), school).roadmapItem).toBe('4.2');
    expect(draftForEvent(event({ kind: 'seminar', participantCount: 1 }), school).text).toContain(
      'приняли участие 1 педагог',
    );
  });
});

describe('draftForMilestone', () => {
  const year = { startYear: 2026 };
  const date = { year: 2027, month: 6, day: 2 };

  it('tells about the pairs, the monitoring and the library; nothing when there is nothing to tell', () => {
    const pairs = draftForMilestone(
      { kind: 'pairs', year, date, pairs: 5, mentors: 4, mentees: 6, inOrder: true, withPrograms: false },
      school,
    )!;
    expect(pairs.text).toContain(
      'В 2026/2027 учебном году в МБОУ «СОШ № 7» работают 5 наставнических пар и групп: 4 опытных педагога сопровождают 6 коллег',
    );
    expect(pairs.text).toContain('закреплены приказом директора');
    expect(pairs.text).not.toContain('персонализированная программа');
    expect(pairs.occasion).toBe('milestone:pairs:2026/2027');
    const mon = draftForMilestone(
      {
        kind: 'monitoring',
        year,
        date,
        answered: 18,
        expected: 20,
        topRating: { question: 'Комфортность общения с наставником', average: 9.04 },
        competence: { before: 3.5, after: 7.25 },
      },
      school,
    )!;
    expect(mon.text).toContain('В анкетировании приняли участие 18 из 20 наставников и наставляемых (90\u00a0%).');
    expect(mon.text).toContain('«Комфортность общения с наставником» — 9 из 10');
    expect(mon.text).toContain('выросла с 3,5 до 7,3 баллов (+3,8)');
    expect(
      draftForMilestone(
        { kind: 'monitoring', year, date, answered: 0, expected: 20, topRating: null, competence: null },
        school,
      ),
    ).toBeNull();
    const lib = draftForMilestone({ kind: 'library', year, date, added: [practice({ best: true })] }, school)!;
    expect(lib.text).toContain('пополнилась 1 практикой 2026/2027 учебного года');
    expect(
      draftForMilestone(
        { kind: 'pairs', year, date, pairs: 0, mentors: 0, mentees: 0, inOrder: false, withPrograms: false },
        school,
      ),
    ).toBeNull();
  });
});

describe('searchPractices', () => {
  const library = [
    practice(),
    practice({
      id: 'МК-0002',
      title: 'Работа с родителями: собрание вдвоём',
      competencies: ['Работа с родителями'],
      tags: ['родители'],
      best: true,
      year: '2025/2026',
    }),
    practice({
      id: 'МК-0003',
      title: 'Подборка ЦОР',
      kind: 'method',
      description: 'Материалы для наставников о цифровых ресурсах',
      tags: [],
    }),
  ];

  it('finds every word, with word endings forgiven, titles first', () => {
    expect(queryStems('Родителями, урок')).toEqual(['родителя', 'урок']);
    expect(searchPractices(library, { text: 'родителями' }).map((h) => h.practice.id)).toEqual(['МК-0002']);
    // A tag weighs more than a description, a best practice breaks ties upward.
    expect(searchPractices(library, { text: 'наблюдения' }).map((h) => h.practice.id)).toEqual(['МК-0001', 'МК-0002']);
    expect(searchPractices(library, { text: 'наставник' }).map((h) => h.practice.id)).toEqual([
      'МК-0002',
      'МК-0001',
      'МК-0003',
    ]);
    expect(searchPractices(library, { text: 'лист урок' }).map((h) => h.practice.id)).toEqual(['МК-0001']);
    expect(searchPractices(library, { text: 'нет такого' })).toEqual([]);
  });

  it('filters by competence, best mark, kind and year', () => {
    expect(searchPractices(library, { text: '', competence: 'оценивание' }).map((h) => h.practice.id)).toEqual([
      'МК-0001',
      'МК-0003',
    ]);
    expect(searchPractices(library, { text: '', bestOnly: true }).map((h) => h.practice.id)).toEqual(['МК-0002']);
    expect(searchPractices(library, { text: '', kind: 'method' }).map((h) => h.practice.id)).toEqual(['МК-0003']);
    expect(searchPractices(library, { text: '', year: '2025/2026' }).map((h) => h.practice.id)).toEqual(['МК-0002']);
  });

  it('reads tags as people type them', () => {
    expect(splitTags('урок; Урок, дисциплина\n#родители')).toEqual(['урок', 'дисциплина', 'родители']);
  });
});

describe('events', () => {
  const today = { year: 2027, month: 5, day: 26 };
  it('counts an unmarked event as held from its date, a marked one by its mark', () => {
    expect(effectiveStatus(event(), today)).toBe('held');
    expect(effectiveStatus(event({ date: { year: 2027, month: 6, day: 1 } }), today)).toBe('planned');
    expect(effectiveStatus(event({ status: 'cancelled' }), today)).toBe('cancelled');
    const held = heldByKind(
      [
        event(),
        event({ kind: 'training' }),
        event({ kind: 'training', status: 'cancelled' }),
        event({ kind: 'seminar', status: 'planned' }),
      ],
      today,
    );
    expect(held).toEqual({ round_table: 1, training: 1 });
    expect(roadmapItemOf(event({ kind: 'consultation' }))).toBe('4.2');
    expect(linksIn('см. https://a.ru/x; https://a.ru/x и http://b.ru/y).')).toEqual([
      'https://a.ru/x',
      'http://b.ru/y',
    ]);
  });
});
