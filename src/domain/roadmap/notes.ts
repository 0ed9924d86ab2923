// The roadmap's own sections of the daily email, in Russian: a teacher's reminder about the request form, the
// curator's summary of who has not answered, new mentees waiting for a pair, problems that stop reminders.
import { toIsoDate, toRuDate, type CalendarDate } from '../calendar/calendar-date';
import { textHash } from '../documents/content-hash';
import { alertPhraseRu } from './alerts';
import type { DigestNote } from './digest-render';
import { pluralRu } from './plural-ru';

/** Keys of the notes this feature regenerates every day (never carried as they were: they are computed again). */
export const REQUEST_FORM_KEY = 'request-form:';
export const REQUEST_SUMMARY_KEY = 'request-form-summary:';
export const WAITING_KEY = 'waiting-mentees:';
export const PROBLEMS_KEY = 'roadmap-problems:';
export const YEAR_ENDED_KEY = 'roadmap-year-ended:';

export const REQUEST_FORM_TITLE_RU = 'Анкета «Профессиональные запросы педагогов»';

export interface Person {
  fullName: string;
  email: string;
}

/** How long the lists in a note get before «…и ещё N». */
const LIST_LIMIT = 20;

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LIST_LIMIT).join(', ');
  return names.length > LIST_LIMIT ? `${shown} и ещё ${names.length - LIST_LIMIT}` : shown;
}

function whenRu(deadline: CalendarDate, daysLeft: number): string {
  return `до ${toRuDate(deadline)} (${daysLeft === 0 ? 'срок сегодня' : alertPhraseRu('upcoming', daysLeft)})`;
}

/**
 * A teacher's reminder: fill in the request form by the deadline; the form's link when the workbook knows it. The text
 * names nobody, so the day's reminders are one text and go as one message in blind copy (daily-check.ts).
 */
export function requestFormReminder(
  teacher: Person,
  deadline: CalendarDate,
  daysLeft: number,
  today: CalendarDate,
  contact: { formUrl: string | null; curatorName: string; curatorEmail: string },
): DigestNote {
  const who = [contact.curatorName, contact.curatorEmail].filter(Boolean).join(', ');
  const lines = [
    `Просим вас заполнить анкету о ваших профессиональных запросах ${whenRu(deadline, daysLeft)}.`,
    'По ответам школа подбирает наставников и планирует методическую поддержку.',
    contact.formUrl
      ? 'Ссылка на анкету — ниже.'
      : `Ссылку на анкету можно получить у куратора наставничества${who ? `: ${who}` : ''}.`,
    'Если вы уже заполнили анкету, но с другим адресом почты, сообщите об этом куратору.',
    // With a curator's address the reminder is one shared message with the curator in To: the same text is their copy.
    ...(contact.curatorEmail
      ? ['Это напоминание получают все педагоги школы, кто ещё не заполнил анкету; куратор получает копию.']
      : []),
  ];
  return {
    key: `${REQUEST_FORM_KEY}${teacher.email}:${toIsoDate(today)}`,
    title: REQUEST_FORM_TITLE_RU,
    lines,
    ...(contact.formUrl ? { link: contact.formUrl } : {}),
  };
}

/** The curator's view of the same day: who of the staff list has not answered yet. */
export function requestFormSummary(
  notAnswered: readonly Person[],
  staffCount: number,
  reminded: number,
  deadline: CalendarDate,
  daysLeft: number,
  today: CalendarDate,
  link?: string,
): DigestNote {
  const n = notAnswered.length;
  return {
    key: `${REQUEST_SUMMARY_KEY}${toIsoDate(today)}`,
    title: 'Анкета запросов: кто ещё не ответил',
    lines: [
      `Не заполнили анкету ${n} из ${staffCount} ${pluralRu(staffCount, ['педагога', 'педагогов', 'педагогов'])} по листу «Педагоги» (срок ${whenRu(deadline, daysLeft)}).`,
      `Им отправлено напоминание: ${reminded}.`,
      `Не ответили: ${listed(notAnswered.map((p) => p.fullName))}.`,
    ],
    ...(link ? { link } : {}),
  };
}

/** New mentees waiting for a pair, for the curator; `total` counts every mentee still waiting. */
export function waitingMenteesNote(
  newOnes: readonly string[],
  total: number,
  today: CalendarDate,
  link?: string,
): DigestNote {
  return {
    key: `${WAITING_KEY}${toIsoDate(today)}`,
    title: 'Новые наставляемые ждут пары',
    lines: [
      `Добавлено в банк и ждут наставника: ${newOnes.length} — ${listed(newOnes)}.`,
      `Всего ждут пары: ${total}. Подберите наставников в панели «Подбор» или отметьте поддержку без пары.`,
    ],
    ...(link ? { link } : {}),
  };
}

/** Problems that keep items out of the reminders; the key changes with the problems, so each set is sent once. */
export function problemsNote(lines: readonly string[], link?: string): DigestNote {
  return {
    key: `${PROBLEMS_KEY}${textHash(lines.join('\n'))}`,
    title: 'Ошибки в таблице, из-за которых напоминания неполны',
    lines: [
      ...lines.slice(0, LIST_LIMIT),
      ...(lines.length > LIST_LIMIT ? [`…и ещё ${lines.length - LIST_LIMIT}.`] : []),
    ],
    ...(link ? { link } : {}),
  };
}

/** Today is past the academic year of «Настройки»: the curator should start the next year. */
export function yearEndedNote(yearLabel: string, startYear: number, today: CalendarDate): DigestNote {
  return {
    key: `${YEAR_ENDED_KEY}${startYear}`,
    title: 'Учебный год закончился',
    lines: [
      `Сегодня ${toRuDate(today)}, а в «Настройки» указан учебный год ${yearLabel}: сроки дорожной карты считаются по нему.`,
      'Завершите учебный год или укажите новый учебный год в «Настройки», чтобы напоминания шли по новым срокам.',
    ],
  };
}
