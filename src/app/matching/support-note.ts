// The text of «Поддержка без пары»: when, why nobody could take the mentee, what the school does meanwhile.
import { toRuDate, type CalendarDate } from '../../domain/calendar/calendar-date';

export function supportNoteText(today: CalendarDate, reasonRu: string, supportRu: string): string {
  return `${toRuDate(today)}: ${reasonRu}. ${supportRu}`;
}

/** What a re-offer writes over the support note: the mentee is waiting again, with the mentor now available. */
export function reofferNoteText(today: CalendarDate, mentorName: string, score: number, why: string): string {
  return `${toRuDate(today)}: повторный подбор — ${why}; подходит ${mentorName} (совместимость ${score}). Сформируйте пару в панели «Подбор».`;
}
