// Cells crossing the boundary (text never a formula, dates through zoned.ts) and list lookups as people type.
import { cellDate, cellNumber, cellText, textCell } from '../../../src/workbook/cells';
import { editDistance, matchTerm } from '../../../src/domain/vocabulary/vocabulary';
import { allocateIds } from '../../../src/domain/person-ids';
import { findDuplicates } from '../../../src/domain/validation/bank-rules';
import { cleanEmail, cleanText, normalizeListValue, splitListCell } from '../../../src/domain/import/normalize';
import { fromCalendarDate } from '../../../src/domain/calendar/zoned';
import { TZ, vocabulary } from './fixtures';

describe('cells', () => {
  it('writes text that starts like a formula with the hiding apostrophe', () => {
    expect(textCell('=IMPORTXML("http://x","//a")')).toBe(`'=IMPORTXML("http://x","//a")`);
    for (const t of ['+7 900', '-5', '@user']) expect(textCell(t)).toBe(`'${t}`);
    expect(textCell('Иванова')).toBe('Иванова');
    expect(textCell('007')).toBe('007');
  });

  it('reads dates from date cells in the workbook zone and from typed text', () => {
    const instant = fromCalendarDate({ year: 2026, month: 9, day: 1 }, TZ);
    expect(cellDate(instant, TZ)).toEqual({ year: 2026, month: 9, day: 1 });
    // Midnight in Moscow is still 31 August in UTC: the zone decides.
    expect(cellDate(instant, 'UTC')).toEqual({ year: 2026, month: 8, day: 31 });
    expect(cellDate('01.09.2026', TZ)).toEqual({ year: 2026, month: 9, day: 1 });
    expect(cellDate('31.02.2026', TZ)).toBe('invalid');
    expect(cellDate('', TZ)).toBeNull();
    expect(cellText(instant, TZ)).toBe('01.09.2026');
  });

  it('reads numbers typed as text, with a decimal comma', () => {
    expect(cellNumber('5')).toBe(5);
    expect(cellNumber(' 2,5 ')).toBe(2.5);
    expect(cellNumber('пять')).toBe('invalid');
    expect(cellNumber('')).toBeNull();
  });
});

describe('vocabulary lookups', () => {
  it('finds values ignoring case, ё and spacing', () => {
    expect(matchTerm('  УЧИТЕЛЬ ', vocabulary.posts)).toEqual({ kind: 'exact', value: 'учитель' });
    expect(matchTerm('воспитатель группы продленного дня', vocabulary.posts)).toEqual({
      kind: 'exact',
      value: 'воспитатель группы продлённого дня',
    });
  });

  it('maps a typo to the one close value', () => {
    expect(matchTerm('матиматика', vocabulary.subjects)).toEqual({ kind: 'near', value: 'математика', distance: 1 });
    expect(matchTerm('Методика преподования предмета', vocabulary.competencies)).toMatchObject({
      kind: 'near',
      value: 'Методика преподавания предмета',
    });
  });

  it('asks about a value that is not close to anything, with suggestions', () => {
    const m = matchTerm('астрономия', vocabulary.subjects);
    expect(m.kind).toBe('unknown');
  });

  it('computes edit distance', () => {
    expect(editDistance('кот', 'кит')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('ids and duplicates', () => {
  it('continues after the highest id and never reuses one', () => {
    expect(allocateIds('Н-', ['Н-0001', 'Н-0007', 'НЯ-0100', ''], 2)).toEqual(['Н-0008', 'Н-0009']);
    expect(allocateIds('НЯ-', [], 1)).toEqual(['НЯ-0001']);
  });

  it('finds repeated emails case-insensitively and repeated ids', () => {
    const ps = findDuplicates(
      'Наставники',
      [
        { row: 2, email: 'A@school.ru', id: 'Н-0001' },
        { row: 3, email: 'a@SCHOOL.ru ', id: 'Н-0001' },
        { row: 4, email: '', id: '' },
      ],
      { email: 'Email', id: 'ID' },
    );
    expect(ps.map((p) => [p.row, p.column])).toEqual([
      [3, 'Email'],
      [3, 'ID'],
    ]);
    expect(ps[0]!.message).toContain('строке 2');
  });
});

describe('import normalisation', () => {
  it('trims text and lower-cases emails', () => {
    expect(cleanText('  Иванова\u00a0 Мария  ')).toBe('Иванова Мария');
    expect(cleanEmail(' mailto:Ivan.Petrov@School.RU ')).toBe('ivan.petrov@school.ru');
  });

  it('maps near misses and asks about the rest; answers settle questions', () => {
    expect(normalizeListValue('Математика ', vocabulary.subjects, 'subjects', [])).toEqual({
      ok: true,
      value: 'математика',
      corrected: true,
    });
    expect(normalizeListValue('физкультура', vocabulary.subjects, 'subjects', [])).toMatchObject({
      ok: false,
      value: 'физкультура',
    });
    expect(
      normalizeListValue('физкультура', vocabulary.subjects, 'subjects', [
        { dictionary: 'subjects', value: 'Физкультура', action: 'map', to: 'физическая культура' },
      ]),
    ).toEqual({ ok: true, value: 'физическая культура', corrected: true });
    expect(
      normalizeListValue('астрономия', vocabulary.subjects, 'subjects', [
        { dictionary: 'subjects', value: 'астрономия', action: 'add' },
      ]),
    ).toEqual({ ok: true, value: 'астрономия', corrected: false });
  });

  it('splits pasted lists on commas only when every piece is a known value', () => {
    expect(splitListCell('математика, физика', vocabulary.subjects)).toEqual(['математика', 'физика']);
    expect(splitListCell('Оценивание, в т. ч. формирующее; критерии и КИМ', vocabulary.competencies)).toEqual([
      'Оценивание, в т. ч. формирующее; критерии и КИМ',
    ]);
  });
});
