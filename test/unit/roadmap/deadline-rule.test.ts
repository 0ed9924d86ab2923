import { academicYearOf, parseAcademicYear, type AcademicYear } from '../../../src/domain/calendar/academic-year';
import { toIsoDate } from '../../../src/domain/calendar/calendar-date';
import {
  deadlineFor,
  formatDeadlineRule,
  parseDeadlineRule,
  type DeadlineRule,
} from '../../../src/domain/roadmap/deadline-rule';

const y2026 = parseAcademicYear('2026/2027') as AcademicYear;
const date = (month: number, day: number): DeadlineRule => ({ kind: 'date', month, day });

describe('parseDeadlineRule', () => {
  test.each<[string, DeadlineRule]>([
    ['15.09', date(9, 15)],
    ['до 15.09', date(9, 15)],
    ['  До  15.09. ', date(9, 15)],
    ['1.10', date(10, 1)],
    ['01.10', date(10, 1)],
    ['Ежегодно, до 15 сентября', date(9, 15)],
    ['Ежегодно, до 01 октября', date(10, 1)],
    ['ежегодно до 1 ноября', date(11, 1)],
    ['до 1 октября', date(10, 1)],
    ['1 июня', date(6, 1)],
    ['не позднее 1 июня', date(6, 1)],
    ['к 28 февраля', date(2, 28)],
    ['до 15.09, ежегодно', date(9, 15)],
    ['ЕЖЕГОДНО, ДО 31 ДЕКАБРЯ', date(12, 31)],
    ['Ежегодно', { kind: 'yearly' }],
    ['ежегодно.', { kind: 'yearly' }],
    ['Постоянно', { kind: 'ongoing' }],
    [' постоянно ', { kind: 'ongoing' }],
  ])('«%s»', (text, rule) => {
    expect(parseDeadlineRule(text)).toEqual({ ok: true, rule });
  });

  const expected = (t: string) =>
    `Не удалось разобрать срок «${t}»: ожидается дата вида 15.09, «ежегодно» или «постоянно»`;

  test.each([
    ['', expected('')],
    ['скоро', expected('скоро')],
    ['до 15 сентябре', expected('до 15 сентябре')],
    ['15.09.2026', expected('15.09.2026')],
    ['Ежегодно, до 1 октября Ежегодно, до 1 ноября', expected('Ежегодно, до 1 октября Ежегодно, до 1 ноября')],
    ['в течение года', expected('в течение года')],
    ['31.09', 'Не удалось разобрать срок «31.09»: такой даты нет'],
    ['0.09', 'Не удалось разобрать срок «0.09»: такой даты нет'],
    ['15.13', 'Не удалось разобрать срок «15.13»: такой даты нет'],
    ['29.02', 'Срок «29.02» бывает не каждый год: укажите 28.02 или 01.03'],
  ])('refuses «%s» instead of guessing', (text, errorRu) => {
    expect(parseDeadlineRule(text)).toEqual({ ok: false, errorRu });
  });
});

describe('deadlineFor', () => {
  test.each<[DeadlineRule, string | null]>([
    [date(9, 15), '2026-09-15'],
    [date(9, 1), '2026-09-01'],
    [date(12, 31), '2026-12-31'],
    [date(1, 1), '2027-01-01'],
    [date(6, 1), '2027-06-01'],
    [date(8, 31), '2027-08-31'],
    [{ kind: 'yearly' }, null],
    [{ kind: 'ongoing' }, null],
  ])('%j in 2026/2027 → %s', (rule, iso) => {
    const d = deadlineFor(rule, y2026);
    expect(d ? toIsoDate(d) : null).toBe(iso);
  });

  test('each deadline lies in its own academic year', () => {
    for (let month = 1; month <= 12; month++) {
      const d = deadlineFor(date(month, 1), y2026)!;
      expect(academicYearOf(d)).toEqual(y2026);
    }
  });
});

describe('formatDeadlineRule', () => {
  test.each<[DeadlineRule, string]>([
    [date(9, 15), 'Ежегодно, до 15 сентября'],
    [date(10, 1), 'Ежегодно, до 1 октября'],
    [date(6, 1), 'Ежегодно, до 1 июня'],
    [{ kind: 'yearly' }, 'Ежегодно'],
    [{ kind: 'ongoing' }, 'Постоянно'],
  ])('%j → «%s», and back', (rule, text) => {
    expect(formatDeadlineRule(rule)).toBe(text);
    expect(parseDeadlineRule(text)).toEqual({ ok: true, rule });
  });
});
