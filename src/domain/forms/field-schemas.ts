// zod schemas of single answers (text in, typed value out) with the reasons in Russian the curator reads in «Карантин».
import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { normalizeEmail, type MentoringForm } from '../model';
import type { DictionaryKey } from '../vocabulary/vocabulary';
import { matchTerm } from '../vocabulary/vocabulary';
import { splitChoices } from './choice-split';
import type { QuestionDef } from './form-definition';

/** Quotes a value in a message, clipped so a huge answer cannot flood the reason. */
export function quote(value: string, max = 80): string {
  const v = value.length > max ? `${value.slice(0, max)}…` : value;
  return `«${v}»`;
}

const requiredReason = (q: QuestionDef) => `Не заполнен обязательный вопрос «${q.title}»`;

type Ctx = z.core.$RefinementCtx;
const fail = (ctx: Ctx, message: string) => ctx.addIssue({ code: 'custom', message });

/** Common checks: required, length. Returns the trimmed text, or null when a reason was added or it is blank. */
function basic(q: QuestionDef, text: string, ctx: Ctx): string | null {
  const t = text.trim();
  if (t === '') {
    if (q.required) fail(ctx, requiredReason(q));
    return null;
  }
  if (q.maxLength !== undefined && t.length > q.maxLength) {
    fail(ctx, `Слишком длинный ответ на вопрос «${q.title}»: ${t.length} символов, допустимо не более ${q.maxLength}`);
    return null;
  }
  return t;
}

/** Free text kept exactly as typed (trimmed): formulas and markup are data here; the writer neutralises them. */
export function textField(q: QuestionDef) {
  return z.string().transform((s, ctx) => basic(q, s, ctx) ?? '');
}

export function nameField(q: QuestionDef) {
  return z.string().transform((s, ctx) => {
    const t = basic(q, s, ctx);
    if (t === null) return '';
    if (t.split(/\s+/).length < 2) fail(ctx, `Укажите фамилию и имя полностью, получено: ${quote(t)}`);
    return t;
  });
}

export function emailField(q: QuestionDef) {
  const email = z.email();
  return z.string().transform((s, ctx) => {
    const t = basic(q, s, ctx);
    if (t === null) return '';
    const e = normalizeEmail(t);
    if (!email.safeParse(e).success) fail(ctx, `Некорректный адрес электронной почты: ${quote(t)}`);
    return e;
  });
}

const YEARS = /^(\d{1,3})(?:[.,]\d+)?(?:\s*(?:год|года|лет|г\.?|л\.?))?$/i;

/** A whole number of years (or people): "5", "5 лет", "2,5" (→ 2). "пять лет" is a reason, not a guess. */
export function wholeNumberField(q: QuestionDef, what: string) {
  const range = q.range ?? { min: 0, max: 100 };
  return z.string().transform((s, ctx): number | null => {
    const t = basic(q, s, ctx);
    if (t === null) return null;
    const m = YEARS.exec(t);
    if (!m) {
      fail(ctx, `${what} должен быть числом${q.key === 'capacity' ? '' : ' лет'}, получено: ${quote(t)}`);
      return null;
    }
    const n = Number(m[1]);
    if (n < range.min || n > range.max) {
      fail(ctx, `${what}: ${n} — вне допустимого диапазона ${range.min}–${range.max}`);
      return null;
    }
    return n;
  });
}

/** "2026-09-01", "01.09.2026" or the sheet's en display "9/1/2026". */
export function parseAnswerDate(text: string): CalendarDate | null {
  const d = parseCalendarDate(text.trim().split(/\s+/)[0] ?? '');
  if (d) return d;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  return m ? parseCalendarDate(`${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`) : null;
}

export function dateField(q: QuestionDef) {
  return z.string().transform((s, ctx): CalendarDate | null => {
    const t = basic(q, s, ctx);
    if (t === null) return null;
    const d = parseAnswerDate(t);
    if (!d) fail(ctx, `Некорректная дата в вопросе «${q.title}»: ${quote(t)}`);
    return d;
  });
}

const unknownRu: Record<DictionaryKey, string> = {
  posts: 'Неизвестная должность',
  subjects: 'Неизвестный предмет',
  qualifications: 'Неизвестная квалификационная категория',
  menteeCategories: 'Неизвестная категория наставляемого',
  forms: 'Неизвестная форма наставничества',
  competencies: 'Неизвестный профессиональный запрос',
};

function unknownReason(q: QuestionDef, value: string, list: readonly string[]): string {
  const prefix = q.choicesFrom ? unknownRu[q.choicesFrom] : `Неизвестное значение в вопросе «${q.title}»`;
  const m = matchTerm(value, list);
  const hint =
    m.kind === 'unknown' && m.suggestions.length > 0
      ? ` (возможно: ${m.suggestions.map((v) => quote(v)).join(', ')})`
      : '';
  return `${prefix}: ${quote(value)}${hint}`;
}

/** One value from a list; a near miss (typo, an edited list) is accepted as the list value. */
export function singleChoiceField(q: QuestionDef, list: readonly string[]) {
  return z.string().transform((s, ctx): string => {
    const t = basic(q, s, ctx);
    if (t === null) return '';
    const m = matchTerm(t, list);
    if (m.kind === 'unknown') {
      fail(ctx, unknownReason(q, t, list));
      return '';
    }
    return m.value;
  });
}

/** Several values; with `other` the unknown text is returned as «Другое», else each unknown value is a reason. */
export function multiChoiceField(q: QuestionDef, list: readonly string[]) {
  return z.string().transform((s, ctx): { values: string[]; other: string[] } => {
    const t = basic(q, s, ctx);
    if (t === null) return { values: [], other: [] };
    const split = splitChoices(t, list);
    if (!q.other) for (const u of split.unknown) fail(ctx, unknownReason(q, u, list));
    return { values: split.known, other: q.other ? split.unknown : [] };
  });
}

/** individual / group from the vocabulary's wording («индивидуальная», «групповая»). */
export function mentoringFormOf(value: string): MentoringForm | null {
  const v = value.toLowerCase();
  if (v.includes('индивид')) return 'individual';
  if (v.includes('групп')) return 'group';
  return null;
}

export function consentField(q: QuestionDef, missingReason: string, given: (text: string) => boolean) {
  return z.string().transform((s, ctx): true | null => {
    if (!given(s)) {
      fail(ctx, missingReason);
      return null;
    }
    return true;
  });
}
