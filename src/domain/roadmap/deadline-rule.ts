// A roadmap deadline as the school writes it: a yearly day and month, once a year without a date, or ongoing.
import { dateInAcademicYear, type AcademicYear } from '../calendar/academic-year';
import { isValidDate, RU_MONTHS_GENITIVE, type CalendarDate } from '../calendar/calendar-date';

export type DeadlineRule =
  | { readonly kind: 'date'; readonly month: number; readonly day: number }
  /** «Ежегодно»: once per academic year, no fixed date. */
  | { readonly kind: 'yearly' }
  /** «Постоянно»: ongoing work, never due. */
  | { readonly kind: 'ongoing' };

export type DeadlineParse = { ok: true; rule: DeadlineRule } | { ok: false; errorRu: string };

const MONTHS_GENITIVE = RU_MONTHS_GENITIVE;

// Optional «ежегодно» before or after, optional «до / не позднее / к» before the date.
const YEARLY_PREFIX = '(?:ежегодно[\\s,]*)?';
const BY = '(?:(?:до|не позднее|к)\\s+)?';
const YEARLY_SUFFIX = '(?:[\\s,]+ежегодно)?';
const NUMERIC = new RegExp(`^${YEARLY_PREFIX}${BY}(\\d{1,2})\\.(\\d{1,2})\\.?${YEARLY_SUFFIX}$`);
const WORDS = new RegExp(`^${YEARLY_PREFIX}${BY}(\\d{1,2})\\s+([а-я]+)${YEARLY_SUFFIX}$`);

export function parseDeadlineRule(text: string): DeadlineParse {
  // Case, ё, spacing and a final full stop are how people type, not meaning.
  const t = text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (t === 'ежегодно') return { ok: true, rule: { kind: 'yearly' } };
  if (t === 'постоянно') return { ok: true, rule: { kind: 'ongoing' } };
  let month = 0;
  let day = 0;
  const numeric = NUMERIC.exec(t);
  const words = numeric ? null : WORDS.exec(t);
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
  } else if (words) {
    day = Number(words[1]);
    month = MONTHS_GENITIVE.indexOf(words[2] as (typeof MONTHS_GENITIVE)[number]) + 1;
    if (month === 0) return { ok: false, errorRu: unparseable(text) };
  } else {
    return { ok: false, errorRu: unparseable(text) };
  }
  // 2001 is not a leap year: a yearly deadline must exist every year, so 29.02 is refused.
  if (!isValidDate(2001, month, day)) {
    if (month === 2 && day === 29) {
      return { ok: false, errorRu: `Срок «${text.trim()}» бывает не каждый год: укажите 28.02 или 01.03` };
    }
    return { ok: false, errorRu: `Не удалось разобрать срок «${text.trim()}»: такой даты нет` };
  }
  return { ok: true, rule: { kind: 'date', month, day } };
}

function unparseable(text: string): string {
  return `Не удалось разобрать срок «${text.trim()}»: ожидается дата вида 15.09, «ежегодно» или «постоянно»`;
}

/** The rule's date in the academic year (1 September – 31 August); null when the rule has no date. */
export function deadlineFor(rule: DeadlineRule, year: AcademicYear): CalendarDate | null {
  return rule.kind === 'date' ? dateInAcademicYear(year, rule.month, rule.day) : null;
}

/** Canonical text, in the school's own style: «Ежегодно, до 15 сентября», «Ежегодно», «Постоянно». */
export function formatDeadlineRule(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'date':
      return `Ежегодно, до ${rule.day} ${MONTHS_GENITIVE[rule.month - 1]}`;
    case 'yearly':
      return 'Ежегодно';
    case 'ongoing':
      return 'Постоянно';
  }
}
