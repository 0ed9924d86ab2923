// «Подбор» settings parsed with zod (defaults, decimal commas, Russian problems) and what a new pair row says.
import { explainTeam, pairRequests } from '../../../src/domain/matching/pair-content';
import { defaultMatchWeights } from '../../../src/domain/matching/weights';
import { mentorLoad } from '../../../src/workbook/pairs';
import { matchSettingsFrom } from '../../../src/workbook/match-settings';
import { matchSettingSpecs } from '../../../src/workbook/match-setting-specs';
import type { SettingKey } from '../../../src/workbook/tables/settings';
import type { Pair } from '../../../src/domain/model';
import { mentee, mentor } from './fixtures';

const read = (raw: Partial<Record<SettingKey, string>>) =>
  matchSettingsFrom({ raw, rows: { matchCoverage: 17, matchSubject: 18, matchMinSchoolYears: 25 } });

describe('«Подбор» settings', () => {
  test('every parameter has a Russian label under «Подбор», a hint and the default as its seed', () => {
    expect(matchSettingSpecs.map((s) => s.label)).toEqual([
      'Подбор: вес «закрывает запросы наставляемого»',
      'Подбор: вес «тот же предмет или методическое объединение»',
      'Подбор: вес «наставник опытнее»',
      'Подбор: вес «квалификационная категория наставника»',
      'Подбор: вес «наставник прошёл обучение»',
      'Подбор: вес «наставляемый сам назвал наставника»',
      'Подбор: вес «у наставника больше свободных мест»',
      'Подбор: минимальный балл пары',
      'Подбор: наставник работает в школе не меньше (лет)',
    ]);
    expect(matchSettingSpecs.map((s) => s.seed)).toEqual(['40', '15', '12', '8', '6', '15', '4', '1', '']);
    expect(matchSettingSpecs.every((s) => !s.required && /[а-я]/.test(s.hint))).toBe(true);
  });

  test('blank values take the defaults; numbers may be typed with a comma', () => {
    expect(read({})).toEqual({ weights: defaultMatchWeights, problems: [] });
    expect(read({ matchCoverage: '50,5', matchMinSchoolYears: ' 3 ' }).weights).toMatchObject({
      coverage: 50.5,
      minSchoolYears: 3,
    });
  });

  test('a bad value is reported at its row in Russian and matching gets no weights', () => {
    const r = read({ matchCoverage: 'сорок', matchMinSchoolYears: '2,5' });
    expect(r.weights).toBeNull();
    expect(r.problems.map((p) => [p.row, p.message])).toEqual([
      [17, '«Подбор: вес «закрывает запросы наставляемого»»: нужно число, а указано «сорок».'],
      [25, '«Подбор: наставник работает в школе не меньше (лет)»: нужно целое число лет от 0 до 60, а указано «2,5».'],
    ]);
    expect(r.problems[0]!.fix).toContain('пусто — 40');
  });

  test('all weights zero is refused: there would be nothing to compare', () => {
    const zero = Object.fromEntries(
      matchSettingSpecs
        .filter((s) => s.key !== 'matchMinScore' && s.key !== 'matchMinSchoolYears')
        .map((s) => [s.key, '0']),
    );
    const r = read(zero);
    expect(r.weights).toBeNull();
    expect(r.problems[0]!.message).toBe('Все веса подбора равны нулю: сравнивать наставников не по чему.');
  });
});

describe('a new pair row', () => {
  const A = 'Работа с родителями (законными представителями)';
  const B = 'Оценивание, в т. ч. формирующее; критерии и КИМ';
  const Cc = 'Методика преподавания предмета';

  test('requests: the most shared first, each once', () => {
    expect(
      pairRequests([mentee({ requests: [Cc, A] }), mentee({ requests: [B, A, A] }), mentee({ requests: [B] })]),
    ).toEqual([A, B, Cc]);
  });

  test('a group is explained by its shared requests, what the mentor covers and the average score', () => {
    const e = explainTeam(
      mentor({ competencies: [A] }),
      [mentee({ requests: [A, B] }), mentee({ id: 'E2', email: 'e2@s.ru', requests: [A] })],
      { weights: defaultMatchWeights },
    );
    expect(e.reasonsRu).toBe(
      `группа из 2; общие запросы: работа с родителями; наставник закрывает: работа с родителями; средний балл ${e.score}`,
    );
    const one = explainTeam(mentor(), [mentee()], { weights: defaultMatchWeights });
    expect(one.reasonsRu).toMatch(/^закрывает 3 из 4 запросов/);
  });

  test('load: each mentee takes a place of the lead mentor only; closed pairs free them', () => {
    const pair = (id: string, status: Pair['status'], mentorIds: string[], menteeIds: string[]) =>
      ({ id, status, mentorIds, menteeIds }) as unknown as Pair;
    const load = mentorLoad([
      pair('a', 'active', ['L', 'C'], ['x', 'y', 'z']),
      pair('b', 'dissolved', ['C'], ['w']),
      pair('c', 'formed', ['C'], ['v']),
    ]);
    expect(Object.fromEntries(load)).toEqual({ L: 3, C: 1 });
  });
});
