import { parseMonthOffsets, programMonths, scheduleSpan, spanRu } from '../../../src/domain/documents/plan-schedule';
import { d } from './fixtures';

describe('plan schedule from the library’s month offsets', () => {
  test('parses single months, ranges with any dash, and «по запросу»', () => {
    expect(parseMonthOffsets('1')).toEqual({ from: 1, to: 1 });
    expect(parseMonthOffsets('3–6')).toEqual({ from: 3, to: 6 });
    expect(parseMonthOffsets(' 2 - 3 ')).toEqual({ from: 2, to: 3 });
    expect(parseMonthOffsets('6—7')).toEqual({ from: 6, to: 7 });
    expect(parseMonthOffsets('по запросу')).toBe('on-request');
    expect(parseMonthOffsets('')).toBe('on-request');
    expect(parseMonthOffsets('5–2')).toEqual({ from: 5, to: 5 });
  });

  test('program length in months, a started month counting', () => {
    expect(programMonths(d('2026-10-01'), d('2027-06-30'))).toBe(9);
    expect(programMonths(d('2026-10-15'), d('2027-05-31'))).toBe(8);
    expect(programMonths(d('2026-10-01'), d('2026-10-10'))).toBe(1);
  });

  test('a 9-month program maps offsets onto calendar months', () => {
    const s = d('2026-10-01');
    const e = d('2027-06-30');
    expect(scheduleSpan({ from: 1, to: 1 }, s, e)).toEqual({
      from: d('2026-10-01'),
      to: d('2026-10-31'),
      onRequest: false,
    });
    expect(scheduleSpan({ from: 3, to: 6 }, s, e)).toEqual({
      from: d('2026-12-01'),
      to: d('2027-03-31'),
      onRequest: false,
    });
    expect(scheduleSpan({ from: 9, to: 9 }, s, e)).toEqual({
      from: d('2027-06-01'),
      to: d('2027-06-30'),
      onRequest: false,
    });
    expect(scheduleSpan('on-request', s, e)).toEqual({ from: s, to: e, onRequest: true });
  });

  test('a 6-month program compresses offsets and never leaves the period', () => {
    const s = d('2026-10-01');
    const e = d('2027-03-31');
    expect(scheduleSpan({ from: 6, to: 7 }, s, e)).toEqual({
      from: d('2027-01-01'),
      to: d('2027-02-28'),
      onRequest: false,
    });
    expect(scheduleSpan({ from: 9, to: 9 }, s, e)).toEqual({
      from: d('2027-03-01'),
      to: d('2027-03-31'),
      onRequest: false,
    });
    expect(scheduleSpan({ from: 11, to: 12 }, s, e)).toEqual({
      from: d('2027-03-01'),
      to: d('2027-03-31'),
      onRequest: false,
    });
  });

  test('a period ending mid-month clamps the last item', () => {
    expect(scheduleSpan({ from: 9, to: 9 }, d('2026-10-01'), d('2027-06-20'))).toEqual({
      from: d('2027-06-01'),
      to: d('2027-06-20'),
      onRequest: false,
    });
  });

  test('Russian wording of spans', () => {
    expect(spanRu({ from: d('2026-10-01'), to: d('2026-10-31'), onRequest: false })).toBe('октябрь 2026');
    expect(spanRu({ from: d('2026-10-01'), to: d('2026-11-30'), onRequest: false })).toBe('октябрь – ноябрь 2026');
    expect(spanRu({ from: d('2026-12-01'), to: d('2027-02-28'), onRequest: false })).toBe(
      'декабрь 2026 – февраль 2027',
    );
    expect(spanRu({ from: d('2026-11-16'), to: d('2026-12-15'), onRequest: false })).toBe('16.11.2026–15.12.2026');
    expect(spanRu({ from: d('2026-11-16'), to: d('2026-12-15'), onRequest: true })).toBe(
      'по запросу (в течение срока программы)',
    );
  });
});
