// The school's roadmap (shared/domain/roadmap-ru.txt) in its own wording: the seed of the «Дорожная карта» sheet.
import type { DeadlineRule } from './deadline-rule';
import type { RoadmapItem, RoadmapItemDef } from './roadmap-item';

const STAGE_1 = 'Подготовка условий для реализации системы наставничества';
const STAGE_2 = 'Формирование банка наставляемых';
const STAGE_3 = 'Формирование банка наставников';
const STAGE_4 = 'Отбор и обучение';
const STAGE_5 = 'Организация и осуществление работы наставнических пар/групп';
const STAGE_6 = 'Завершение персонализированных программ наставничества';
const STAGE_7 = 'Информационная поддержка системы наставничества';

const by = (day: number, month: number): DeadlineRule => ({ kind: 'date', month, day });
const YEARLY: DeadlineRule = { kind: 'yearly' };
const ONGOING: DeadlineRule = { kind: 'ongoing' };

// Each numbered sub-item of the source becomes a row; its text is the source's, first letter capitalised.
export const defaultRoadmap: readonly RoadmapItemDef[] = [
  {
    stage: STAGE_1,
    number: '1.1',
    activity:
      'Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью',
    deadlineText: 'Ежегодно, до 1 октября',
    rule: by(1, 10),
    role: 'director',
    autoStatusKey: 'orderIssued',
  },
  {
    stage: STAGE_1,
    number: '1.2',
    activity: 'Подготовка персонализированных программ наставничества – при наличии в организации наставляемых',
    deadlineText: 'Ежегодно, до 1 ноября',
    rule: by(1, 11),
    role: 'curator',
    autoStatusKey: 'programs',
  },
  {
    stage: STAGE_2,
    number: '2.1',
    activity: 'Сбор информации о профессиональных запросах педагогов',
    deadlineText: 'Ежегодно, до 15 сентября',
    rule: by(15, 9),
    role: 'curator',
    autoStatusKey: 'requestsCollected',
  },
  {
    stage: STAGE_2,
    number: '2.2',
    activity: 'Формирование банка данных наставляемых',
    deadlineText: 'Ежегодно, до 1 октября',
    rule: by(1, 10),
    role: 'curator',
    autoStatusKey: 'menteeBank',
  },
  {
    stage: STAGE_3,
    number: '3.1',
    activity: 'Формирование банка данных наставников',
    deadlineText: 'Ежегодно, до 15 сентября',
    rule: by(15, 9),
    role: 'curator',
    autoStatusKey: 'mentorBank',
  },
  {
    stage: STAGE_4,
    number: '4.1',
    activity:
      'Анализ банка наставников и выбор подходящих для конкретной персонализированной программы наставничества педагога/группы педагогов',
    deadlineText: 'Ежегодно, до 1 октября',
    rule: by(1, 10),
    role: 'curator',
    autoStatusKey: 'mentorsChosen',
  },
  {
    stage: STAGE_4,
    number: '4.2',
    activity:
      'Обучение наставников для работы с наставляемыми: а) подготовка методических материалов для сопровождения наставнической деятельности; б) проведение консультаций, организация обмена опытом среди наставников',
    deadlineText: 'Ежегодно',
    rule: YEARLY,
    role: 'curator',
    autoStatusKey: 'mentorTraining',
  },
  {
    stage: STAGE_5,
    number: '5.1',
    activity: 'Формирование наставнических пар/групп',
    deadlineText: 'Ежегодно, до 1 октября',
    rule: by(1, 10),
    role: 'curator',
    autoStatusKey: 'pairsFormed',
  },
  {
    stage: STAGE_5,
    number: '5.2',
    activity: 'Разработка персонализированных программ наставничества для каждой пары/группы',
    deadlineText: 'Ежегодно, до 1 ноября',
    rule: by(1, 11),
    role: 'curator',
    autoStatusKey: 'programs',
  },
  {
    stage: STAGE_5,
    number: '5.3',
    activity:
      'Организация психолого-педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников',
    deadlineText: 'Постоянно',
    rule: ONGOING,
    role: 'psychologist',
    autoStatusKey: 'supportUnpaired',
  },
  {
    stage: STAGE_6,
    number: '6.1',
    activity: 'Проведение мониторинга качества реализации персонализированных программ наставничества (анкетирование)',
    deadlineText: 'Ежегодно, до 1 июня',
    rule: by(1, 6),
    role: 'curator',
    autoStatusKey: 'monitoring',
  },
  {
    stage: STAGE_6,
    number: '6.2',
    activity: 'Проведение конференции или семинара по вопросу наставничества',
    deadlineText: 'Ежегодно',
    rule: YEARLY,
    role: 'curator',
    autoStatusKey: 'conference',
  },
  {
    stage: STAGE_6,
    number: '6.3',
    activity:
      'Проведение итогового мероприятия (круглого стола) по выявлению лучших практик наставничества; пополнение методической копилки педагогических практик наставничества',
    deadlineText: 'Ежегодно',
    rule: YEARLY,
    role: 'curator',
    autoStatusKey: 'roundTable',
  },
  {
    stage: STAGE_7,
    number: '7.1',
    activity:
      'Освещение мероприятий Дорожной карты осуществляется на всех этапах на официальном сайте МБОУ «СОШ №2» г. Сосногорска и социальных сетях',
    deadlineText: 'Постоянно',
    rule: ONGOING,
    role: 'siteEditor',
    autoStatusKey: 'publications',
  },
];

/** The default rows as a fresh sheet has them: no named person, no manual status. */
export function defaultRoadmapItems(): RoadmapItem[] {
  return defaultRoadmap.map((def) => ({ ...def, responsibleEmail: '', manualStatus: null }));
}
