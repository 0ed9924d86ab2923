import {
  addDays,
  addMonths,
  calendarDate,
  daysBetween,
  isoWeekday,
  parseCalendarDate,
  toIsoDate,
  toRuDate,
  toRuLongDate,
} from '../../../src/domain/calendar/calendar-date';
import {
  academicYearLabel,
  academicYearOf,
  dateInAcademicYear,
  parseAcademicYear,
} from '../../../src/domain/calendar/academic-year';
import { fromCalendarDate, toCalendarDate } from '../../../src/domain/calendar/zoned';

describe('calendar dates', () => {
  test('parses ISO and Russian forms and refuses impossible dates', () => {
    expect(parseCalendarDate('2026-09-01')).toEqual({ year: 2026, month: 9, day: 1 });
    expect(parseCalendarDate(' 1.9.2026 ')).toEqual({ year: 2026, month: 9, day: 1 });
    expect(parseCalendarDate('31.02.2027')).toBeNull();
    expect(parseCalendarDate('2026-13-01')).toBeNull();
    expect(parseCalendarDate('завтра')).toBeNull();
    expect(() => calendarDate(2027, 2, 29)).toThrow('Нет такой даты');
  });

  test('formats for data, documents and messages', () => {
    const d = calendarDate(2026, 9, 1);
    expect(toIsoDate(d)).toBe('2026-09-01');
    expect(toRuDate(d)).toBe('01.09.2026');
    expect(toRuLongDate(d)).toBe('1 сентября 2026 г.');
  });

  test('arithmetic is exact across months, leap years and DST dates', () => {
    expect(addDays(calendarDate(2026, 9, 1), 14)).toEqual(calendarDate(2026, 9, 15));
    expect(addDays(calendarDate(2028, 2, 28), 1)).toEqual(calendarDate(2028, 2, 29));
    expect(daysBetween(calendarDate(2026, 10, 17), calendarDate(2026, 11, 1))).toBe(15);
    expect(daysBetween(calendarDate(2026, 3, 28), calendarDate(2026, 3, 30))).toBe(2);
    expect(addMonths(calendarDate(2027, 1, 31), 1)).toEqual(calendarDate(2027, 2, 28));
    expect(addMonths(calendarDate(2026, 10, 1), 9)).toEqual(calendarDate(2027, 7, 1));
    expect(isoWeekday(calendarDate(2026, 9, 1))).toBe(2); // a Tuesday
  });
});

describe('academic year', () => {
  test('runs from 1 September to 31 August', () => {
    const y = parseAcademicYear('2026/2027')!;
    expect(academicYearLabel(y)).toBe('2026/2027');
    expect(parseAcademicYear('2026/2028')).toBeNull();
    expect(academicYearOf(calendarDate(2026, 8, 31)).startYear).toBe(2025);
    expect(academicYearOf(calendarDate(2026, 9, 1)).startYear).toBe(2026);
    expect(dateInAcademicYear(y, 9, 15)).toEqual(calendarDate(2026, 9, 15));
    expect(dateInAcademicYear(y, 6, 1)).toEqual(calendarDate(2027, 6, 1));
  });
});

describe('zoned conversions (the one place instants become dates)', () => {
  test('an instant late in the UTC evening is already the next day in Moscow', () => {
    expect(toCalendarDate(new Date('2026-09-14T21:30:00Z'), 'Europe/Moscow')).toEqual(calendarDate(2026, 9, 15));
    expect(toCalendarDate(new Date('2026-09-14T21:30:00Z'), 'UTC')).toEqual(calendarDate(2026, 9, 14));
  });

  test('midnight of a date in a zone round-trips, also on DST change days', () => {
    for (const zone of ['Europe/Moscow', 'Europe/Berlin', 'America/New_York', 'Asia/Vladivostok']) {
      for (const d of [calendarDate(2026, 3, 29), calendarDate(2026, 10, 25), calendarDate(2026, 9, 1)]) {
        expect(toCalendarDate(fromCalendarDate(d, zone), zone)).toEqual(d);
      }
    }
    expect(fromCalendarDate(calendarDate(2026, 9, 1), 'Europe/Moscow').toISOString()).toBe('2026-08-31T21:00:00.000Z');
    expect(fromCalendarDate(calendarDate(2026, 9, 1), 'Europe/Moscow', 8).toISOString()).toBe(
      '2026-09-01T05:00:00.000Z',
    );
  });
});
