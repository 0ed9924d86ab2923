import { pairKey, type MatchContext } from '../../../src/domain/matching/context';
import { scorePair, summaryRu } from '../../../src/domain/matching/score';
import { shortCompetence } from '../../../src/domain/matching/labels';
import { defaultMatchWeights, matchWeightFields, parseMatchWeights } from '../../../src/domain/matching/weights';
import { mentee, mentor } from './fixtures';

const ctx: MatchContext = { weights: defaultMatchWeights };
const reason = (s: ReturnType<typeof scorePair>, key: string) => s.criteria.find((c) => c.key === key)!.reasonRu;

describe('scorePair: reasons', () => {
  const s = scorePair(mentor(), mentee(), { ...ctx, load: new Map([['R1', 1]]) });

  test('a good pair is eligible with a 0–100 integer score', () => {
    expect(s.eligible).toBe(true);
    expect(s.blockers).toEqual([]);
    expect(Number.isInteger(s.score)).toBe(true);
    expect(s.score).toBeGreaterThan(70);
    expect(s.score).toBeLessThanOrEqual(100);
  });

  test('reads like the curator would say it', () => {
    expect(reason(s, 'coverage')).toBe(
      'закрывает 3 из 4 запросов: оценивание, работа с родителями, организация учебной дисциплины; не закрывает: подготовка к аттестации',
    );
    expect(reason(s, 'subject')).toBe('тот же предмет — математика');
    expect(reason(s, 'experience')).toBe('стаж 22 года (на 19 лет больше)');
    expect(reason(s, 'freeCapacity')).toBe('свободно 1 место из 2');
    expect(reason(s, 'training')).toBe('прошёл обучение наставников');
    expect(reason(s, 'qualification')).toBe('категория: высшая — педагог-наставник');
    expect(summaryRu(s).startsWith('закрывает 3 из 4 запросов')).toBe(true);
  });

  test('points add up to the score and never exceed their maximum', () => {
    const sum = s.criteria.reduce((a, c) => a + c.points, 0);
    expect(Math.abs(sum - s.score)).toBeLessThanOrEqual(1);
    for (const c of s.criteria) expect(c.points).toBeLessThanOrEqual(c.maxPoints);
    expect(s.criteria.reduce((a, c) => a + c.maxPoints, 0)).toBeCloseTo(100, 0);
  });

  test('same methodological association, other subject, less experience', () => {
    expect(reason(scorePair(mentor({ subjects: ['геометрия'] }), mentee(), ctx), 'subject')).toBe(
      'то же методическое объединение — математика и информатика (наставник: геометрия)',
    );
    expect(reason(scorePair(mentor({ subjects: ['химия'] }), mentee(), ctx), 'subject')).toBe(
      'другой предмет (наставник: химия)',
    );
    expect(reason(scorePair(mentor({ experienceYears: 1 }), mentee(), ctx), 'experience')).toBe(
      'стаж 1 год (на 2 года меньше, чем у наставляемого)',
    );
  });

  test('preferred mentor: name or email, case and ё do not matter', () => {
    for (const pref of ['СЕМЕНОВА ОЛЬГА ПЕТРОВНА', 'семёнова ольга', ' Semenova@School.ru ', 'Семенова О.П.']) {
      expect(reason(scorePair(mentor(), mentee({ preferredMentor: pref }), ctx), 'preferred')).toBe(
        'наставляемый сам назвал этого наставника',
      );
    }
    expect(reason(scorePair(mentor(), mentee({ preferredMentor: 'Семёнова' }), ctx), 'preferred')).toContain(
      'другого наставника',
    );
    const named = scorePair(mentor(), mentee({ preferredMentor: 'Семёнова Ольга Петровна' }), ctx);
    const other = scorePair(mentor(), mentee({ preferredMentor: 'Иванова Мария' }), ctx);
    expect(named.score).toBeGreaterThan(other.score);
  });

  test('short competence labels', () => {
    expect(shortCompetence('Подготовка обучающихся к ГИА (ОГЭ, ЕГЭ) и ВПР')).toBe('подготовка обучающихся к ГИА и ВПР');
    expect(shortCompetence('ОБЗР')).toBe('ОБЗР');
  });
});

describe('scorePair: hard rules', () => {
  const cases: Array<[string, Parameters<typeof scorePair>, string]> = [
    ['same_person', [mentor({ email: 'POPOVA@school.ru ' }), mentee(), ctx], 'один и тот же человек'],
    ['no_consent', [mentor({ consentDate: null }), mentee(), ctx], 'не дал согласие'],
    ['inactive', [mentor({ status: 'on_leave' }), mentee(), ctx], 'в отпуске'],
    ['full', [mentor(), mentee(), { ...ctx, load: new Map([['R1', 2]]) }], 'нет свободных мест (занято 2 из 2)'],
    ['banned', [mentor(), mentee(), { ...ctx, bannedPairs: new Set([pairKey('R1', 'E1')]) }], 'куратор запретил'],
    [
      'school_years',
      [mentor({ schoolYears: 2 }), mentee(), { weights: { ...defaultMatchWeights, minSchoolYears: 3 } }],
      'работает в школе 2 года, нужно не меньше 3 лет',
    ],
    [
      'school_years',
      [mentor({ schoolYears: null }), mentee(), { weights: { ...defaultMatchWeights, minSchoolYears: 3 } }],
      'не указано',
    ],
  ];
  test.each(cases)('%s', (code, args, text) => {
    const s = scorePair(...args);
    expect(s.eligible).toBe(false);
    expect(s.score).toBe(0);
    expect(s.blockers.map((b) => b.code)).toEqual([code]);
    expect(s.blockers[0]!.textRu).toContain(text);
    // Criteria are still there to explain the pair.
    expect(s.criteria).toHaveLength(7);
    expect(s.criteria[0]!.points).toBeGreaterThan(0);
  });

  test('minSchoolYears off by default; met when long enough', () => {
    expect(scorePair(mentor({ schoolYears: 0 }), mentee(), ctx).eligible).toBe(true);
    expect(
      scorePair(mentor({ schoolYears: 3 }), mentee(), { weights: { ...defaultMatchWeights, minSchoolYears: 3 } })
        .eligible,
    ).toBe(true);
  });
});

describe('scorePair: monotonicity and determinism', () => {
  const titles = mentee().requests;
  test('covering more requests never lowers the score', () => {
    let prev = -1;
    for (let k = 0; k <= titles.length; k++) {
      const s = scorePair(mentor({ competencies: titles.slice(0, k) }), mentee(), ctx).score;
      expect(s).toBeGreaterThanOrEqual(prev);
      prev = s;
    }
  });
  test("covering the mentee's needs counts far more than the mentor's extra offers", () => {
    const narrow = scorePair(mentor({ competencies: titles.slice(0, 2) }), mentee(), ctx).score;
    const wideButSame = scorePair(
      mentor({ competencies: [...titles.slice(0, 2), 'Цифровые', 'Олимпиады', 'Проекты'] }),
      mentee(),
      ctx,
    ).score;
    const moreCovered = scorePair(
      mentor({ competencies: [...titles.slice(0, 3), 'Цифровые', 'Олимпиады', 'Проекты'] }),
      mentee(),
      ctx,
    ).score;
    expect(narrow - wideButSame).toBeLessThanOrEqual(2);
    expect(moreCovered).toBeGreaterThan(narrow + 5);
  });
  test('more experience helps with diminishing returns; less than the mentee is penalised', () => {
    const at = (y: number) => scorePair(mentor({ experienceYears: y }), mentee({ experienceYears: 5 }), ctx).score;
    expect(at(10)).toBeGreaterThan(at(5));
    expect(at(30)).toBeGreaterThanOrEqual(at(15));
    expect(at(10) - at(5)).toBeGreaterThan(at(30) - at(25));
    expect(at(2)).toBeLessThan(at(5));
  });
  test('category, training and free places each help', () => {
    const base = { qualification: 'первая', trainingDate: null };
    const s0 = scorePair(mentor(base), mentee(), ctx).score;
    expect(
      scorePair(mentor({ ...base, qualification: 'высшая — педагог-методист' }), mentee(), ctx).score,
    ).toBeGreaterThan(s0);
    expect(
      scorePair(mentor({ ...base, trainingDate: { year: 2025, month: 3, day: 1 } }), mentee(), ctx).score,
    ).toBeGreaterThan(s0);
    expect(scorePair(mentor({ capacity: 3 }), mentee(), { ...ctx, load: new Map([['R1', 2]]) }).score).toBeLessThan(
      scorePair(mentor({ capacity: 3 }), mentee(), ctx).score,
    );
  });
  test('same input, same output', () => {
    expect(scorePair(mentor(), mentee(), ctx)).toEqual(scorePair(mentor(), mentee(), ctx));
  });
});

describe('weights', () => {
  test('defaults parse; every field has a Russian label', () => {
    expect(parseMatchWeights(undefined)).toEqual(defaultMatchWeights);
    expect(defaultMatchWeights.minSchoolYears).toBeNull();
    expect(defaultMatchWeights.coverage).toBeGreaterThan(2 * defaultMatchWeights.subject);
    for (const f of matchWeightFields) expect(f.labelRu).toMatch(/[а-яё]/i);
    expect(() => parseMatchWeights({ coverage: -1 })).toThrow();
  });
});
