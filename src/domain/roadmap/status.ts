// An item's status: the curator's manual mark if any, otherwise what the workbook's facts show, with a Russian basis.
import { pluralRu, type RuForms } from './plural-ru';
import type { AutoStatusKey, ManualStatus, RoadmapItem } from './roadmap-item';

export type RoadmapEventKind =
  'training' | 'consultation' | 'experience_exchange' | 'conference' | 'seminar' | 'round_table';

/**
 * What the app layer reads from the workbook for the current academic year. Plain counts, so the status
 * rules stay pure and testable; every count is of this academic year's rows. A null count means the workbook
 * has no source for it (the sheet that records it does not exist): the status then says so instead of guessing.
 */
export interface RoadmapFacts {
  /** 2.1: the requests form accepts answers (null: the workbook does not know the form); answers received. */
  readonly requestFormOpen: boolean | null;
  readonly requestAnswers: number;
  /** 3.1: mentors in the bank (not «выбыл»), and those with every required field and a consent date. */
  readonly mentors: number;
  readonly validMentors: number;
  /** 2.2: mentees in the bank, and those with every required field. */
  readonly totalMentees: number;
  readonly validMentees: number;
  /** 4.1, 5.1, 5.3: mentees in a pair/group (incl. finished), and those supported without a pair. */
  readonly menteesPaired: number;
  readonly menteesSupported: number;
  /** 5.1, 1.1, 1.2: pairs/groups not dissolved; of them in a director's order; with a program document. */
  readonly pairs: number;
  readonly pairsInOrder: number;
  readonly pairsWithProgram: number;
  /** 1.1: mentors and mentees of those pairs, and those with a written consent recorded. */
  readonly participants: number;
  readonly participantsWithConsent: number;
  /** 4.2: active mentors with a training date in the mentor bank. */
  readonly mentorsTrained: number;
  /** 6.1: questionnaires sent to participants, and answers received (null: no monitoring sheet). */
  readonly monitoringExpected: number | null;
  readonly monitoringAnswers: number | null;
  /** 4.2, 6.2, 6.3, 7.1: events held, by kind (null: no events register). */
  readonly events: Readonly<Partial<Record<RoadmapEventKind, number>>> | null;
  /** 4.2а: methodological materials for mentors in the practice library (null: no library). */
  readonly methodMaterials: number | null;
  /** 6.3: practices added to the practice library (null: no library). */
  readonly practicesAdded: number | null;
  /** 7.1: events held that have a publication (site or social networks) recorded (null: no register). */
  readonly publishedEvents: number | null;
}

/** An empty workbook: nothing collected, nothing formed, nothing held. */
export const emptyRoadmapFacts: RoadmapFacts = {
  requestFormOpen: false,
  requestAnswers: 0,
  mentors: 0,
  validMentors: 0,
  totalMentees: 0,
  validMentees: 0,
  menteesPaired: 0,
  menteesSupported: 0,
  pairs: 0,
  pairsInOrder: 0,
  pairsWithProgram: 0,
  participants: 0,
  participantsWithConsent: 0,
  mentorsTrained: 0,
  monitoringExpected: 0,
  monitoringAnswers: 0,
  events: {},
  methodMaterials: 0,
  practicesAdded: 0,
  publishedEvents: 0,
};

export type AutoState = 'not_started' | 'in_progress' | 'done';
export type StatusState = AutoState | 'not_needed';

export interface AutoStatus {
  readonly state: AutoState;
  readonly basisRu: string;
}

export interface ItemStatus {
  readonly state: StatusState;
  /** 'manual': the curator's mark, never replaced by data; 'auto': from the facts; 'none': no fact and no mark. */
  readonly source: 'manual' | 'auto' | 'none';
  readonly basisRu: string;
  /** What the data shows even when the manual mark wins, so the sidebar can show both. */
  readonly auto: AutoStatus | null;
}

export const statusStateRu: Record<StatusState, string> = {
  not_started: 'не начато',
  in_progress: 'в работе',
  done: 'выполнено',
  not_needed: 'не требуется',
};

export const manualStatusRu: Record<ManualStatus, string> = {
  done: statusStateRu.done,
  not_needed: statusStateRu.not_needed,
  in_progress: statusStateRu.in_progress,
};

/** Done or not needed: nothing left to remind about. */
export function isClosed(state: StatusState): boolean {
  return state === 'done' || state === 'not_needed';
}

// Genitive after «из N»: из 1 пары, из 2 пар, из 5 пар.
const PAIRS_OF: RuForms = ['пары', 'пар', 'пар'];
const MENTORS_OF: RuForms = ['наставника', 'наставников', 'наставников'];
const MENTEES_OF: RuForms = ['наставляемого', 'наставляемых', 'наставляемых'];
const PARTICIPANTS_OF: RuForms = ['участника', 'участников', 'участников'];
const EVENTS_OF: RuForms = ['мероприятия', 'мероприятий', 'мероприятий'];

const of = (part: number, total: number, forms: RuForms) => `${part} из ${total} ${pluralRu(total, forms)}`;

const count = (n: number | null | undefined) => (n !== undefined && n !== null && n > 0 ? n : 0);

/** The sheets other features keep; named in a basis when the workbook has no such sheet yet. */
export const factSheetRu = {
  monitoring: 'Мониторинг',
  events: 'Мероприятия',
  library: 'Методическая копилка',
  publications: 'Публикации',
} as const;

const noSheet = (sheet: string, what: string): AutoStatus => ({
  state: 'not_started',
  basisRu: `${what} в таблице не ведутся (нет листа «${sheet}»): отметьте статус вручную`,
});

function byShare(part: number, total: number, basisRu: string): AutoStatus {
  const state: AutoState = part <= 0 ? 'not_started' : part >= total ? 'done' : 'in_progress';
  return { state, basisRu };
}

function byParts(parts: boolean[], basisRu: string): AutoStatus {
  const have = parts.filter(Boolean).length;
  const state: AutoState = have === 0 ? 'not_started' : have === parts.length ? 'done' : 'in_progress';
  return { state, basisRu };
}

export function autoStatus(key: AutoStatusKey, f: RoadmapFacts): AutoStatus {
  const waiting = Math.max(0, f.totalMentees - f.menteesPaired - f.menteesSupported);
  const placed = f.totalMentees - waiting;
  switch (key) {
    case 'requestsCollected': {
      const n = f.requestAnswers;
      if (n <= 0) {
        if (f.requestFormOpen === null) return { state: 'not_started', basisRu: 'Ответов на анкету запросов пока нет' };
        return f.requestFormOpen
          ? { state: 'in_progress', basisRu: 'Анкета запросов открыта, ответов пока нет' }
          : { state: 'not_started', basisRu: 'Анкета запросов не открыта, ответов нет' };
      }
      const got = `${pluralRu(n, ['Получен', 'Получено', 'Получено'])} ${n} ${pluralRu(n, ['ответ', 'ответа', 'ответов'])} на анкету запросов`;
      // Collection ends when the form is closed: until then (or while nobody can tell) more answers may come.
      if (f.requestFormOpen === null) {
        return {
          state: 'in_progress',
          basisRu: `${got}; закрыта ли анкета, по таблице не видно — отметьте «выполнено», когда сбор завершён`,
        };
      }
      return f.requestFormOpen
        ? { state: 'in_progress', basisRu: `${got}; анкета ещё открыта` }
        : { state: 'done', basisRu: `${got}; сбор завершён` };
    }
    case 'mentorBank':
      if (f.mentors <= 0) return { state: 'not_started', basisRu: 'В банке наставников пока никого нет' };
      return f.validMentors >= f.mentors
        ? { state: 'done', basisRu: `Данные полные у всех: ${of(f.validMentors, f.mentors, MENTORS_OF)}` }
        : { state: 'in_progress', basisRu: `Данные полные у ${of(f.validMentors, f.mentors, MENTORS_OF)}` };
    case 'menteeBank':
      if (f.totalMentees <= 0) return { state: 'not_started', basisRu: 'В банке наставляемых пока никого нет' };
      return f.validMentees >= f.totalMentees
        ? { state: 'done', basisRu: `Данные полные у всех: ${of(f.validMentees, f.totalMentees, MENTEES_OF)}` }
        : { state: 'in_progress', basisRu: `Данные полные у ${of(f.validMentees, f.totalMentees, MENTEES_OF)}` };
    case 'mentorsChosen':
      if (f.totalMentees <= 0) return { state: 'not_started', basisRu: 'Наставляемых пока нет' };
      return byShare(
        placed,
        f.totalMentees,
        `Наставник выбран или назначена поддержка: ${of(placed, f.totalMentees, MENTEES_OF)}`,
      );
    case 'pairsFormed': {
      if (f.pairs <= 0) return { state: 'not_started', basisRu: 'Пар пока нет' };
      const formed = `Сформировано пар: ${f.pairs}`;
      return waiting > 0
        ? { state: 'in_progress', basisRu: `${formed}; ждут пары: ${of(waiting, f.totalMentees, MENTEES_OF)}` }
        : { state: 'done', basisRu: `${formed}; все наставляемые в парах или на поддержке` };
    }
    case 'orderIssued': {
      if (f.pairs <= 0) return { state: 'not_started', basisRu: 'Пар пока нет — закреплять приказом некого' };
      const basisRu = `В приказе: ${of(f.pairsInOrder, f.pairs, PAIRS_OF)}; письменное согласие: ${of(f.participantsWithConsent, f.participants, PARTICIPANTS_OF)}`;
      const allInOrder = f.pairsInOrder >= f.pairs;
      const allConsent = f.participants > 0 && f.participantsWithConsent >= f.participants;
      if (allInOrder && allConsent) return { state: 'done', basisRu };
      return { state: f.pairsInOrder > 0 || f.participantsWithConsent > 0 ? 'in_progress' : 'not_started', basisRu };
    }
    case 'programs': {
      if (f.pairs <= 0) return { state: 'not_started', basisRu: 'Пар пока нет' };
      const n = f.pairsWithProgram;
      return byShare(n, f.pairs, `${of(n, f.pairs, PAIRS_OF)} ${pluralRu(n, ['имеет', 'имеют', 'имеют'])} программу`);
    }
    case 'supportUnpaired':
      if (f.totalMentees <= 0) return { state: 'not_started', basisRu: 'Наставляемых пока нет' };
      if (waiting > 0) {
        return {
          state: 'in_progress',
          basisRu: `Без пары и без поддержки: ${of(waiting, f.totalMentees, MENTEES_OF)}`,
        };
      }
      return {
        state: 'done',
        basisRu: f.menteesSupported > 0 ? `На поддержке без пары: ${f.menteesSupported}` : 'Все наставляемые в парах',
      };
    case 'mentorTraining': {
      if (f.events === null || f.methodMaterials === null) {
        if (f.mentorsTrained <= 0) return noSheet(factSheetRu.events, 'Обучение и консультации наставников');
        // The bank shows trained mentors, but not the materials and consultations the item also asks for.
        return {
          state: 'in_progress',
          basisRu: `Обучение пройдено у наставников: ${f.mentorsTrained}; консультации и методические материалы в таблице не ведутся (нет листа «${factSheetRu.events}»)`,
        };
      }
      const held = count(f.events.training) + count(f.events.consultation) + count(f.events.experience_exchange);
      return byParts(
        [held > 0, f.methodMaterials > 0],
        `Обучение, консультации, обмен опытом: ${held}; методических материалов: ${count(f.methodMaterials)}`,
      );
    }
    case 'monitoring':
      if (f.monitoringExpected === null) return noSheet(factSheetRu.monitoring, 'Анкеты мониторинга');
      if (f.monitoringExpected <= 0) return { state: 'not_started', basisRu: 'Анкеты мониторинга не разосланы' };
      // Sent questionnaires are work under way even before the first answer.
      return {
        state: count(f.monitoringAnswers) >= f.monitoringExpected ? 'done' : 'in_progress',
        basisRu: `Ответили на анкету: ${of(count(f.monitoringAnswers), f.monitoringExpected, PARTICIPANTS_OF)}`,
      };
    case 'conference': {
      if (f.events === null) return noSheet(factSheetRu.events, 'Мероприятия');
      const held = count(f.events.conference) + count(f.events.seminar);
      return held > 0
        ? { state: 'done', basisRu: `Проведено конференций и семинаров: ${held}` }
        : { state: 'not_started', basisRu: 'Конференция или семинар ещё не проведены' };
    }
    case 'roundTable': {
      if (f.events === null || f.practicesAdded === null)
        return noSheet(f.events === null ? factSheetRu.events : factSheetRu.library, 'Мероприятия и практики');
      const held = count(f.events.round_table);
      return byParts(
        [held > 0, f.practicesAdded > 0],
        `Круглых столов: ${held}; практик в копилке: ${count(f.practicesAdded)}`,
      );
    }
    case 'publications': {
      if (f.events === null || f.publishedEvents === null)
        return noSheet(f.events === null ? factSheetRu.events : factSheetRu.publications, 'Мероприятия и публикации');
      const held = Object.values(f.events).reduce<number>((sum, n) => sum + count(n), 0);
      if (held <= 0) return { state: 'not_started', basisRu: 'Мероприятий для освещения пока нет' };
      return byShare(f.publishedEvents, held, `Освещено на сайте: ${of(count(f.publishedEvents), held, EVENTS_OF)}`);
    }
  }
}

/** The curator's mark wins; the facts only speak when there is no mark. */
export function itemStatus(item: Pick<RoadmapItem, 'autoStatusKey' | 'manualStatus'>, facts: RoadmapFacts): ItemStatus {
  const auto = item.autoStatusKey ? autoStatus(item.autoStatusKey, facts) : null;
  if (item.manualStatus) {
    const basisRu = auto ? `Отмечено вручную; по данным: ${auto.basisRu}` : 'Отмечено вручную';
    return { state: item.manualStatus, source: 'manual', basisRu, auto };
  }
  if (auto) return { state: auto.state, source: 'auto', basisRu: auto.basisRu, auto };
  return { state: 'not_started', source: 'none', basisRu: 'Статус отмечается вручную', auto: null };
}

export interface StatusedItem {
  readonly item: RoadmapItem;
  readonly status: ItemStatus;
}

export function withStatuses(items: readonly RoadmapItem[], facts: RoadmapFacts): StatusedItem[] {
  return items.map((item) => ({ item, status: itemStatus(item, facts) }));
}

export type ManualStatusParse = { ok: true; status: ManualStatus | null } | { ok: false; errorRu: string };

const MANUAL_WORDS = new Map<string, ManualStatus>([
  ['выполнено', 'done'],
  ['выполнен', 'done'],
  ['готово', 'done'],
  ['не требуется', 'not_needed'],
  ['не нужно', 'not_needed'],
  ['в работе', 'in_progress'],
  ['в процессе', 'in_progress'],
]);

/** Reads the «Статус (вручную)» cell: empty means no mark; unknown text is an error, never a guess. */
export function parseManualStatus(text: string): ManualStatusParse {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/\.$/, '');
  if (t === '') return { ok: true, status: null };
  const status = MANUAL_WORDS.get(t);
  if (status) return { ok: true, status };
  return {
    ok: false,
    errorRu: `Не удалось разобрать статус «${text.trim()}»: ожидается «выполнено», «в работе», «не требуется» или пустая ячейка`,
  };
}
