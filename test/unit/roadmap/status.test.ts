import type { AutoStatusKey } from '../../../src/domain/roadmap/roadmap-item';
import {
  autoStatus,
  emptyRoadmapFacts,
  itemStatus,
  parseManualStatus,
  type AutoState,
  type RoadmapFacts,
} from '../../../src/domain/roadmap/status';

const facts = (patch: Partial<RoadmapFacts>): RoadmapFacts => ({ ...emptyRoadmapFacts, ...patch });

describe('automatic status from the workbook facts', () => {
  test.each<[AutoStatusKey, Partial<RoadmapFacts>, AutoState, string]>([
    ['requestsCollected', {}, 'not_started', 'Анкета запросов не открыта, ответов нет'],
    ['requestsCollected', { requestFormOpen: true }, 'in_progress', 'Анкета запросов открыта, ответов пока нет'],
    [
      'requestsCollected',
      { requestFormOpen: true, requestAnswers: 12 },
      'in_progress',
      'Получено 12 ответов на анкету запросов; анкета ещё открыта',
    ],
    ['requestsCollected', { requestAnswers: 21 }, 'done', 'Получен 21 ответ на анкету запросов; сбор завершён'],
    ['requestsCollected', { requestAnswers: 3 }, 'done', 'Получено 3 ответа на анкету запросов; сбор завершён'],
    ['mentorBank', {}, 'not_started', 'В банке наставников пока никого нет'],
    ['mentorBank', { mentors: 10, validMentors: 8 }, 'in_progress', 'Данные полные у 8 из 10 наставников'],
    ['mentorBank', { mentors: 1, validMentors: 0 }, 'in_progress', 'Данные полные у 0 из 1 наставника'],
    ['mentorBank', { mentors: 21, validMentors: 21 }, 'done', 'Данные полные у всех: 21 из 21 наставника'],
    ['menteeBank', {}, 'not_started', 'В банке наставляемых пока никого нет'],
    ['menteeBank', { totalMentees: 5, validMentees: 4 }, 'in_progress', 'Данные полные у 4 из 5 наставляемых'],
    ['menteeBank', { totalMentees: 1, validMentees: 1 }, 'done', 'Данные полные у всех: 1 из 1 наставляемого'],
    ['mentorsChosen', {}, 'not_started', 'Наставляемых пока нет'],
    [
      'mentorsChosen',
      { totalMentees: 10 },
      'not_started',
      'Наставник выбран или назначена поддержка: 0 из 10 наставляемых',
    ],
    [
      'mentorsChosen',
      { totalMentees: 10, menteesPaired: 6, menteesSupported: 1 },
      'in_progress',
      'Наставник выбран или назначена поддержка: 7 из 10 наставляемых',
    ],
    [
      'mentorsChosen',
      { totalMentees: 10, menteesPaired: 8, menteesSupported: 2 },
      'done',
      'Наставник выбран или назначена поддержка: 10 из 10 наставляемых',
    ],
    ['pairsFormed', { totalMentees: 4 }, 'not_started', 'Пар пока нет'],
    [
      'pairsFormed',
      { totalMentees: 10, menteesPaired: 7, pairs: 6 },
      'in_progress',
      'Сформировано пар: 6; ждут пары: 3 из 10 наставляемых',
    ],
    [
      'pairsFormed',
      { totalMentees: 10, menteesPaired: 9, menteesSupported: 1, pairs: 8 },
      'done',
      'Сформировано пар: 8; все наставляемые в парах или на поддержке',
    ],
    ['orderIssued', {}, 'not_started', 'Пар пока нет — закреплять приказом некого'],
    [
      'orderIssued',
      { pairs: 5, participants: 10 },
      'not_started',
      'В приказе: 0 из 5 пар; письменное согласие: 0 из 10 участников',
    ],
    [
      'orderIssued',
      { pairs: 5, pairsInOrder: 5, participants: 10, participantsWithConsent: 9 },
      'in_progress',
      'В приказе: 5 из 5 пар; письменное согласие: 9 из 10 участников',
    ],
    [
      'orderIssued',
      { pairs: 5, participants: 10, participantsWithConsent: 10 },
      'in_progress',
      'В приказе: 0 из 5 пар; письменное согласие: 10 из 10 участников',
    ],
    [
      'orderIssued',
      { pairs: 1, pairsInOrder: 1, participants: 2, participantsWithConsent: 2 },
      'done',
      'В приказе: 1 из 1 пары; письменное согласие: 2 из 2 участников',
    ],
    ['programs', {}, 'not_started', 'Пар пока нет'],
    ['programs', { pairs: 35 }, 'not_started', '0 из 35 пар имеют программу'],
    ['programs', { pairs: 35, pairsWithProgram: 32 }, 'in_progress', '32 из 35 пар имеют программу'],
    ['programs', { pairs: 35, pairsWithProgram: 21 }, 'in_progress', '21 из 35 пар имеет программу'],
    ['programs', { pairs: 35, pairsWithProgram: 35 }, 'done', '35 из 35 пар имеют программу'],
    ['supportUnpaired', {}, 'not_started', 'Наставляемых пока нет'],
    [
      'supportUnpaired',
      { totalMentees: 10, menteesPaired: 7, menteesSupported: 1 },
      'in_progress',
      'Без пары и без поддержки: 2 из 10 наставляемых',
    ],
    [
      'supportUnpaired',
      { totalMentees: 10, menteesPaired: 7, menteesSupported: 3 },
      'done',
      'На поддержке без пары: 3',
    ],
    ['supportUnpaired', { totalMentees: 10, menteesPaired: 10 }, 'done', 'Все наставляемые в парах'],
    ['mentorTraining', {}, 'not_started', 'Обучение, консультации, обмен опытом: 0; методических материалов: 0'],
    [
      'mentorTraining',
      { events: { consultation: 2 } },
      'in_progress',
      'Обучение, консультации, обмен опытом: 2; методических материалов: 0',
    ],
    [
      'mentorTraining',
      { events: { training: 1, experience_exchange: 1 }, methodMaterials: 3 },
      'done',
      'Обучение, консультации, обмен опытом: 2; методических материалов: 3',
    ],
    ['monitoring', {}, 'not_started', 'Анкеты мониторинга не разосланы'],
    ['monitoring', { monitoringExpected: 20 }, 'in_progress', 'Ответили на анкету: 0 из 20 участников'],
    ['monitoring', { monitoringExpected: 21, monitoringAnswers: 21 }, 'done', 'Ответили на анкету: 21 из 21 участника'],
    ['conference', { events: { round_table: 1 } }, 'not_started', 'Конференция или семинар ещё не проведены'],
    ['conference', { events: { seminar: 1 } }, 'done', 'Проведено конференций и семинаров: 1'],
    ['roundTable', {}, 'not_started', 'Круглых столов: 0; практик в копилке: 0'],
    ['roundTable', { events: { round_table: 1 } }, 'in_progress', 'Круглых столов: 1; практик в копилке: 0'],
    [
      'roundTable',
      { events: { round_table: 1 }, practicesAdded: 4 },
      'done',
      'Круглых столов: 1; практик в копилке: 4',
    ],
    ['publications', {}, 'not_started', 'Мероприятий для освещения пока нет'],
    [
      'publications',
      { events: { seminar: 1, consultation: 3 } },
      'not_started',
      'Освещено на сайте: 0 из 4 мероприятий',
    ],
    [
      'publications',
      { events: { seminar: 1, consultation: 3 }, publishedEvents: 1 },
      'in_progress',
      'Освещено на сайте: 1 из 4 мероприятий',
    ],
    [
      'publications',
      { events: { round_table: 1 }, publishedEvents: 1 },
      'done',
      'Освещено на сайте: 1 из 1 мероприятия',
    ],
  ])('%s with %j → %s «%s»', (key, patch, state, basisRu) => {
    expect(autoStatus(key, facts(patch))).toEqual({ state, basisRu });
  });

  test('an empty workbook shows nothing done', () => {
    const keys: AutoStatusKey[] = [
      'requestsCollected',
      'mentorBank',
      'menteeBank',
      'mentorsChosen',
      'pairsFormed',
      'orderIssued',
      'programs',
      'supportUnpaired',
      'mentorTraining',
      'monitoring',
      'conference',
      'roundTable',
      'publications',
    ];
    for (const key of keys) expect(autoStatus(key, emptyRoadmapFacts).state).not.toBe('done');
  });
});

describe('manual status', () => {
  const done = facts({ pairs: 3, pairsWithProgram: 3 });

  test.each([
    ['done', emptyRoadmapFacts, 'done'],
    ['not_needed', emptyRoadmapFacts, 'not_needed'],
    ['in_progress', done, 'in_progress'],
  ] as const)('a manual «%s» wins over the data', (manual, f, state) => {
    const s = itemStatus({ autoStatusKey: 'programs', manualStatus: manual }, f);
    expect(s.state).toBe(state);
    expect(s.source).toBe('manual');
    expect(s.basisRu).toMatch(/^Отмечено вручную; по данным: /);
    // The data's verdict is kept beside it, never written over the mark.
    expect(s.auto).toEqual(autoStatus('programs', f));
  });

  test('without a mark the data speaks; a row without a fact waits for a mark', () => {
    expect(itemStatus({ autoStatusKey: 'programs', manualStatus: null }, done)).toEqual({
      state: 'done',
      source: 'auto',
      basisRu: '3 из 3 пар имеют программу',
      auto: { state: 'done', basisRu: '3 из 3 пар имеют программу' },
    });
    expect(itemStatus({ autoStatusKey: null, manualStatus: null }, done)).toEqual({
      state: 'not_started',
      source: 'none',
      basisRu: 'Статус отмечается вручную',
      auto: null,
    });
    expect(itemStatus({ autoStatusKey: null, manualStatus: 'done' }, done).basisRu).toBe('Отмечено вручную');
  });

  test.each([
    ['', null],
    ['  ', null],
    ['Выполнено', 'done'],
    ['готово.', 'done'],
    ['Не требуется', 'not_needed'],
    ['не  нужно', 'not_needed'],
    ['В работе', 'in_progress'],
  ] as const)('the cell «%s» reads as %s', (text, status) => {
    expect(parseManualStatus(text)).toEqual({ ok: true, status });
  });

  test.each(['может быть', 'constructor', 'не начато'])('the cell «%s» is an error, not a guess', (text) => {
    expect(parseManualStatus(text)).toEqual({
      ok: false,
      errorRu: `Не удалось разобрать статус «${text}»: ожидается «выполнено», «в работе», «не требуется» или пустая ячейка`,
    });
  });
});

describe('facts the workbook has no sheet for', () => {
  const unknown = facts({
    requestFormOpen: null,
    monitoringExpected: null,
    monitoringAnswers: null,
    events: null,
    methodMaterials: null,
    practicesAdded: null,
    publishedEvents: null,
  });

  test.each<[AutoStatusKey, Partial<RoadmapFacts>, AutoState, string]>([
    ['requestsCollected', {}, 'not_started', 'Ответов на анкету запросов пока нет'],
    [
      'requestsCollected',
      { requestAnswers: 12 },
      'in_progress',
      'Получено 12 ответов на анкету запросов; закрыта ли анкета, по таблице не видно — отметьте «выполнено», когда сбор завершён',
    ],
    [
      'monitoring',
      {},
      'not_started',
      'Анкеты мониторинга в таблице не ведутся (нет листа «Мониторинг»): отметьте статус вручную',
    ],
    [
      'conference',
      {},
      'not_started',
      'Мероприятия в таблице не ведутся (нет листа «Мероприятия»): отметьте статус вручную',
    ],
    [
      'roundTable',
      {},
      'not_started',
      'Мероприятия и практики в таблице не ведутся (нет листа «Мероприятия»): отметьте статус вручную',
    ],
    [
      'publications',
      {},
      'not_started',
      'Мероприятия и публикации в таблице не ведутся (нет листа «Мероприятия»): отметьте статус вручную',
    ],
    [
      'mentorTraining',
      {},
      'not_started',
      'Обучение и консультации наставников в таблице не ведутся (нет листа «Мероприятия»): отметьте статус вручную',
    ],
    [
      'mentorTraining',
      { mentorsTrained: 4 },
      'in_progress',
      'Обучение пройдено у наставников: 4; консультации и методические материалы в таблице не ведутся (нет листа «Мероприятия»)',
    ],
  ])('%s with %j → %s «%s»', (key, patch, state, basisRu) => {
    expect(autoStatus(key, { ...unknown, ...patch })).toEqual({ state, basisRu });
  });

  test('an unknown source never shows an item done', () => {
    for (const key of [
      'requestsCollected',
      'monitoring',
      'conference',
      'roundTable',
      'publications',
      'mentorTraining',
    ] as const) {
      expect(autoStatus(key, { ...unknown, requestAnswers: 50, mentorsTrained: 9 }).state).not.toBe('done');
    }
  });
});
