// Drafting a short Russian news text for the school's website and social networks: for an event or a milestone.
import { academicYearLabel, type AcademicYear } from '../calendar/academic-year';
import { toRuLongDate, type CalendarDate } from '../calendar/calendar-date';
import { capitalize, ensureDot } from '../documents/ru-text';
import { linksIn, roadmapItemOf, type EventKind, type MentoringEvent } from '../events/event';
import type { Practice } from '../practices/practice';
import { countRu, type RuForms } from '../roadmap/plural-ru';
import { decimalRu, percentRu, signedRu } from '../text/number-ru';

export interface DraftSchool {
  /** «МБОУ «СОШ № 7»». */
  shortName: string;
  city: string;
}

export interface PublicationDraft {
  occasion: string;
  eventId: string;
  roadmapItem: string;
  date: CalendarDate;
  title: string;
  text: string;
  attachments: string;
}

const TEACHERS: RuForms = ['педагог', 'педагога', 'педагогов'];
const PAIRS: RuForms = ['наставническая пара или группа', 'наставнические пары и группы', 'наставнических пар и групп'];
const PRACTICES: RuForms = ['практикой', 'практиками', 'практиками'];

/** How each kind is named in a headline, which verb agrees with it in the lead, and what follows the title. */
const kindWords: Record<EventKind, { headline: string; held: string; about: string }> = {
  seminar: { headline: 'Семинар', held: 'состоялся семинар', about: ' для наставников и молодых педагогов' },
  conference: { headline: 'Конференция', held: 'состоялась конференция', about: ' по вопросам наставничества' },
  round_table: {
    headline: 'Круглый стол',
    held: 'состоялся итоговый круглый стол',
    about: ', посвящённый итогам работы наставнических пар и выявлению лучших практик наставничества',
  },
  consultation: { headline: 'Консультация для наставников', held: 'прошла консультация для наставников', about: '' },
  training: { headline: 'Обучение наставников', held: 'прошло обучение наставников', about: '' },
  experience_exchange: {
    headline: 'Обмен опытом наставников',
    held: 'состоялась встреча наставников по обмену опытом',
    about: '',
  },
};

const ROADMAP_LINE =
  'Мероприятие проведено в рамках дорожной карты реализации Положения о системе наставничества педагогических работников';

const PHOTO_HINT = '2–4 фотографии с мероприятия (без крупных планов обучающихся)';

function inSchool(school: DraftSchool): string {
  return school.shortName ? `в ${school.shortName}` : 'в нашей школе';
}

export function eventOccasion(eventId: string): string {
  return `event:${eventId}`;
}

export function milestoneOccasion(kind: MilestoneKind, year: AcademicYear): string {
  return `milestone:${kind}:${academicYearLabel(year)}`;
}

/** The news text of an event; the round table also names the practices it marked best. */
export function draftForEvent(
  event: MentoringEvent,
  school: DraftSchool,
  bestPractices: readonly Practice[] = [],
): PublicationDraft {
  const w = kindWords[event.kind];
  const title = `${w.headline} «${event.title}»`;
  const lead = `${toRuLongDate(event.date)} ${inSchool(school)} ${w.held} «${event.title}»${w.about}.`;
  const parts = [lead];
  if (event.participantCount && event.participantCount > 0) {
    parts.push(
      `В нём приняли участие ${countRu(event.participantCount, TEACHERS)}${event.participants ? `: ${event.participants}` : ''}.`,
    );
  } else if (event.participants.trim()) parts.push(`Участники: ${ensureDot(event.participants.trim())}`);
  if (event.outcome.trim()) parts.push(capitalize(ensureDot(event.outcome.trim())));
  if (event.kind === 'round_table' && bestPractices.length) {
    const list = bestPractices.map((p) => `«${p.title}»${p.authors ? ` (${p.authors})` : ''}`).join(', ');
    parts.push(`Лучшими практиками года признаны: ${list}. Они пополнили методическую копилку школы.`);
  }
  const item = roadmapItemOf(event);
  parts.push(`${ROADMAP_LINE} (пункт ${item}).`);
  const attachments = [PHOTO_HINT];
  const links = linksIn(event.materials);
  if (links.length) attachments.push(`материалы мероприятия: ${links.join(' ')}`);
  if (event.kind === 'round_table' && bestPractices.length) attachments.push('список лучших практик');
  return {
    occasion: eventOccasion(event.id),
    eventId: event.id,
    roadmapItem: item,
    date: event.date,
    title,
    text: parts.join(' '),
    attachments: attachments.join('; '),
  };
}

export type MilestoneKind = 'pairs' | 'monitoring' | 'library';

export const milestoneItem: Record<MilestoneKind, string> = { pairs: '5.1', monitoring: '6.1', library: '6.3' };

export type MilestoneFacts =
  | {
      kind: 'pairs';
      year: AcademicYear;
      date: CalendarDate;
      pairs: number;
      mentors: number;
      mentees: number;
      inOrder: boolean;
      withPrograms: boolean;
    }
  | {
      kind: 'monitoring';
      year: AcademicYear;
      date: CalendarDate;
      answered: number;
      expected: number;
      /** The highest-rated question and its average, if any. */
      topRating: { question: string; average: number } | null;
      competence: { before: number; after: number } | null;
    }
  | { kind: 'library'; year: AcademicYear; date: CalendarDate; added: readonly Practice[] };

/** The news text of a roadmap milestone; null when there is nothing to tell yet. */
export function draftForMilestone(m: MilestoneFacts, school: DraftSchool): PublicationDraft | null {
  const year = academicYearLabel(m.year);
  const base = {
    occasion: milestoneOccasion(m.kind, m.year),
    eventId: '',
    roadmapItem: milestoneItem[m.kind],
    date: m.date,
  };
  switch (m.kind) {
    case 'pairs': {
      if (m.pairs <= 0) return null;
      const parts = [
        `В ${year} учебном году ${inSchool(school)} работают ${countRu(m.pairs, PAIRS)}: ${countRu(m.mentors, ['опытный педагог', 'опытных педагога', 'опытных педагогов'])} ${m.mentors === 1 ? 'сопровождает' : 'сопровождают'} ${countRu(m.mentees, ['коллегу', 'коллег', 'коллег'])} — молодых специалистов и вновь принятых педагогов.`,
      ];
      if (m.inOrder) parts.push('Пары и группы закреплены приказом директора с письменного согласия участников.');
      if (m.withPrograms)
        parts.push('Для каждой пары и группы разработана персонализированная программа наставничества.');
      parts.push('Наставничество помогает педагогам быстрее освоиться в профессии и в коллективе школы.');
      return {
        ...base,
        title: 'Наставнические пары начали работу',
        text: parts.join(' '),
        attachments: 'фотография наставников и наставляемых (по согласию); выписка из приказа без персональных данных',
      };
    }
    case 'monitoring': {
      if (m.answered <= 0) return null;
      const parts = [
        `${inSchool(school).replace(/^в/, 'В')} завершён мониторинг качества реализации персонализированных программ наставничества ${year} учебного года.`,
        `В анкетировании приняли участие ${m.answered} из ${m.expected} наставников и наставляемых (${percentRu(m.expected ? m.answered / m.expected : 0)}).`,
      ];
      if (m.topRating)
        parts.push(
          `Выше всего участники оценили показатель «${m.topRating.question}» — ${decimalRu(m.topRating.average)} из 10.`,
        );
      if (m.competence)
        parts.push(
          `Самооценка владения компетенциями по профессиональным запросам выросла с ${decimalRu(m.competence.before)} до ${decimalRu(m.competence.after)} баллов (${signedRu(m.competence.after - m.competence.before)}).`,
        );
      parts.push('Результаты мониторинга будут учтены при планировании работы наставников в следующем учебном году.');
      return {
        ...base,
        title: 'Итоги мониторинга программ наставничества',
        text: parts.join(' '),
        attachments: 'диаграммы из отчёта о мониторинге (без персональных данных)',
      };
    }
    case 'library': {
      if (!m.added.length) return null;
      const best = m.added.filter((p) => p.best);
      const parts = [
        `Методическая копилка наставничества ${school.shortName ? `${school.shortName} ` : ''}пополнилась ${countRu(m.added.length, PRACTICES)} ${year} учебного года.`,
        `Среди них: ${m.added
          .slice(0, 5)
          .map((p) => `«${p.title}»`)
          .join(', ')}${m.added.length > 5 ? ' и другие' : ''}.`,
      ];
      if (best.length) parts.push(`Лучшими практиками признаны: ${best.map((p) => `«${p.title}»`).join(', ')}.`);
      parts.push('Материалы доступны педагогам школы.');
      return {
        ...base,
        title: 'Копилка практик наставничества пополнилась',
        text: parts.join(' '),
        attachments: 'обложки или фрагменты материалов практик',
      };
    }
  }
}
