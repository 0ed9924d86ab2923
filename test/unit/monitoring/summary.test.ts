// The monitoring summary: response rate per role, averages and distributions, before/after change, attention, open answers.
import { summarizeMonitoring } from '../../../src/domain/monitoring/summary';
import { pairs, questions, response } from './fixtures';

const mentee1 = { pairId: 'НП-2026-001', role: 'mentee' as const, personId: 'НЯ-0001', personName: 'Иванова А. С.' };
const mentor1 = { pairId: 'НП-2026-001', role: 'mentor' as const, personId: 'Н-0001', personName: 'Петрова О. В.' };
const mentee2 = { pairId: 'НП-2026-002', role: 'mentee' as const, personId: 'НЯ-0002', personName: 'Кузнецова М. И.' };
const group1 = { pairId: 'НП-2026-003', role: 'mentee' as const, personId: 'НЯ-0003', personName: 'Белова Т. А.' };

const answers = [
  ...response('R1', mentee1, {
    mentee_comfort: 9,
    mentee_joint_work: 8,
    mentee_competence: ['Оценивание', 3, 7],
    mentee_frequency: 'раз в неделю',
    mentee_continue: 'да',
    mentee_valuable: 'Разбор уроков',
    mentee_practice: 'Взаимопосещение уроков с листом наблюдения',
  }),
  ...response('R2', mentor1, {
    mentor_comfort: 10,
    mentor_continue: 'да',
    mentor_best_practice: 'Лист наблюдения урока',
  }),
  ...response('R3', mentee2, {
    mentee_comfort: 3,
    mentee_joint_work: 5,
    mentee_competence: ['Работа с родителями', 5, 5],
    mentee_continue: 'нет',
    mentee_valuable: 'разбор уроков!',
  }),
  ...response('R4', group1, { mentee_comfort: 10, mentee_competence: ['Оценивание', 4, 8] }),
];

describe('summarizeMonitoring', () => {
  const s = summarizeMonitoring({ pairs, questions, answers });

  it('counts who was asked and who answered, per role; dissolved pairs are not asked', () => {
    expect(s.school.expected).toBe(7); // 3 pairs: 4 mentees + 3 mentors
    expect(s.school.answered).toBe(4);
    expect(s.school.rate).toBeCloseTo(4 / 7);
    expect(s.school.byRole).toEqual({ mentee: { expected: 4, answered: 3 }, mentor: { expected: 3, answered: 1 } });
    expect(s.byForm.group).toMatchObject({ expected: 3, answered: 1 });
    expect(s.byForm.individual).toMatchObject({ expected: 4, answered: 3 });
  });

  it('gives each rating its average and its 1–10 distribution', () => {
    const comfort = s.school.ratings.find((r) => r.code === 'mentee_comfort')!;
    expect(comfort.count).toBe(3);
    expect(comfort.average).toBeCloseTo((9 + 3 + 10) / 3);
    expect(comfort.distribution).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
    // Ratings follow the questionnaire's order.
    expect(s.school.ratings.map((r) => r.code).slice(0, 2)).toEqual(['mentee_comfort', 'mentee_joint_work']);
  });

  it('measures the change of competence before and after, overall and per request', () => {
    expect(s.school.competence.before).toBeCloseTo(4);
    expect(s.school.competence.after).toBeCloseTo(20 / 3);
    const est = s.school.competence.byCompetence.find((c) => c.competence === 'Оценивание')!;
    expect(est).toMatchObject({ count: 2, before: 3.5, after: 7.5, change: 4 });
  });

  it('lists the pairs that need attention with Russian reasons, the most worrying first', () => {
    const ids = s.attention.map((p) => p.pairId);
    expect(ids[0]).toBe('НП-2026-002');
    const p2 = s.attention.find((p) => p.pairId === 'НП-2026-002')!;
    expect(p2.attention).toEqual([
      'Не ответили: Сидоров П. П.',
      'Низкие оценки: «Комфортность общения с наставником» — 3',
      'Нет роста по запросу: «Работа с родителями»',
      'Не хотят продолжать: Кузнецова М. И.',
    ]);
    const p3 = s.pairs.find((p) => p.pairId === 'НП-2026-003')!;
    expect(p3.missing.map((m) => m.name)).toEqual(['Котов И. И.', 'Орлова Е. Н.']);
    expect(s.pairs.map((p) => p.pairId)).not.toContain('НП-2026-004');
  });

  it('groups open answers by question, merging the same words', () => {
    const valuable = s.openAnswers.find((g) => g.code === 'mentee_valuable')!;
    expect(valuable.answers).toEqual([{ text: 'Разбор уроков', count: 2, pairIds: ['НП-2026-001', 'НП-2026-002'] }]);
    expect(s.openAnswers.find((g) => g.code === 'mentee_practice')!.use).toBe('practice');
  });

  it('counts yes/no and choices', () => {
    expect(s.school.yesNo.find((y) => y.code === 'mentee_continue')).toMatchObject({ yes: 1, no: 1 });
    expect(s.school.choices.find((c) => c.code === 'mentee_frequency')!.counts).toEqual([
      { choice: 'раз в неделю', count: 1 },
    ]);
  });

  it('counts only the latest questionnaire of someone who answered twice', () => {
    const again = response('R5', mentee2, { mentee_comfort: 8 }, { year: 2027, month: 5, day: 25 });
    const t = summarizeMonitoring({ pairs, questions, answers: [...answers, ...again] });
    expect(t.superseded).toBe(1);
    expect(t.school.ratings.find((r) => r.code === 'mentee_comfort')!.distribution[2]).toBe(0);
    expect(t.school.answered).toBe(4);
  });

  it('keeps answers of unknown pairs or people out of the numbers, and lists them', () => {
    const stray = response(
      'R6',
      { pairId: 'НП-2026-099', role: 'mentee', personId: 'НЯ-0099', personName: 'Кто-то' },
      { mentee_comfort: 1 },
    );
    const wrongPerson = response('R7', { ...mentee1, personId: 'НЯ-0002' }, { mentee_comfort: 1 });
    const t = summarizeMonitoring({ pairs, questions, answers: [...answers, ...stray, ...wrongPerson] });
    expect(t.unmatched.map((u) => u.responseId)).toEqual(['R6', 'R7']);
    expect(t.school.ratings.find((r) => r.code === 'mentee_comfort')!.count).toBe(3);
  });

  it('uses the low-score setting', () => {
    const strict = summarizeMonitoring({ pairs, questions, answers, lowScore: 8 });
    expect(
      strict.pairs.find((p) => p.pairId === 'НП-2026-001')!.attention.some((a) => a.startsWith('Низкие оценки')),
    ).toBe(true);
  });

  it('reads the curator questionnaire without a pair', () => {
    const cur = response(
      'R8',
      { pairId: '', role: 'curator', personId: 'curator@school.example', personName: 'Куратор' },
      { curator_strengths: 'Сплочённые наставники' },
    );
    const t = summarizeMonitoring({ pairs, questions, answers: [...answers, ...cur] });
    expect(t.curator).toEqual([
      {
        code: 'curator_strengths',
        question: 'Сильные стороны системы наставничества',
        text: 'Сплочённые наставники',
        score: null,
      },
    ]);
    expect(t.school.answered).toBe(4);
  });
});
