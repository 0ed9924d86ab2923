// SWOT prefill, practice proposals from answers, and the personal link's code.
import { linkToken, readLinkToken } from '../../../src/domain/monitoring/link-token';
import { practiceFromProposal, practiceProposals, titleOf } from '../../../src/domain/monitoring/proposals';
import { parseRating, parseYesNo } from '../../../src/domain/monitoring/questions';
import { summarizeMonitoring } from '../../../src/domain/monitoring/summary';
import { prefillSwot } from '../../../src/domain/monitoring/swot';
import { monitoringDeadline } from '../../../src/domain/monitoring/deadline';
import { pairs, questions, response } from './fixtures';

const mentee1 = { pairId: 'НП-2026-001', role: 'mentee' as const, personId: 'НЯ-0001', personName: 'Иванова А. С.' };
const mentor1 = { pairId: 'НП-2026-001', role: 'mentor' as const, personId: 'Н-0001', personName: 'Петрова О. В.' };

describe('prefillSwot', () => {
  const answers = [
    ...response('A', mentee1, {
      mentee_comfort: 9,
      mentee_advice: 4,
      mentee_competence: ['Оценивание', 3, 7],
      mentee_continue: 'да',
      mentee_practice: 'Совместная разработка критериев оценивания',
    }),
    ...response('B', mentor1, { mentor_comfort: 9, mentor_continue: 'нет' }),
    ...response(
      'C',
      { pairId: '', role: 'curator', personId: 'c@s', personName: 'Куратор' },
      { curator_threats: 'Нагрузка наставников\n- Уход опытных педагогов' },
    ),
  ];
  const summary = summarizeMonitoring({ pairs, questions, answers });
  const swot = prefillSwot(summary, questions, {
    pairs: 3,
    pairsWithProgram: 3,
    eventsHeld: 2,
    practicesAdded: 1,
    bestPractices: 0,
  });

  it('turns the numbers into points of each section', () => {
    expect(swot.strengths).toContain('«Комфортность общения с наставником» — средняя оценка 9 из 10.');
    expect(swot.strengths).toContain('Рост владения компетенциями по запросам наставляемых: с 3 до 7 (+4).');
    expect(swot.strengths).toContain('Для всех 3 пар разработаны ПНП.');
    expect(swot.strengths).toContain('Проведено 2 мероприятия по наставничеству.');
    expect(swot.weaknesses).toContain('«Полезность советов наставника» — средняя оценка 4 из 10.');
    expect(
      swot.weaknesses.some((w) =>
        w.startsWith('Низкая активность в мониторинге: ответили 29\u00a0% участников (2 из 7)'),
      ),
    ).toBe(true);
    expect(swot.opportunities).toContain('Хотят продолжить участие: 1 наставляемый.');
    expect(swot.opportunities).toContain('Участники предложили 1 практику для методической копилки.');
    expect(swot.threats).toContain('Не готовы продолжать наставничество: 1 наставник.');
  });

  it('adds the curator’s own points, one per line', () => {
    expect(swot.threats.slice(-2)).toEqual(['Нагрузка наставников', 'Уход опытных педагогов']);
  });
});

describe('practice proposals', () => {
  const answers = [
    ...response('A', mentee1, {
      mentee_practice: 'Совместная разработка критериев оценивания. Работает с первого месяца.',
      mentee_valuable: 'Не предлагается',
    }),
    ...response('B', mentor1, { mentor_best_practice: 'нет' }),
    ...response(
      'C',
      { ...mentee1 },
      { mentee_practice: 'совместная разработка критериев оценивания. работает с первого месяца' },
    ),
  ];

  it('offers each practice answer once; skips empty-ish answers, marked answers and ones already in the library', () => {
    const p = practiceProposals(answers, questions, []);
    expect(p.map((x) => x.key)).toEqual(['A/mentee_practice']);
    expect(practiceProposals(answers, questions, [{ origin: 'A/mentee_practice' }]).map((x) => x.key)).toEqual([
      'C/mentee_practice',
    ]);
    const marked = answers.map((a) => (a.responseId === 'A' ? { ...a, libraryMark: 'отклонено' } : a));
    expect(practiceProposals(marked, questions, []).map((x) => x.key)).toEqual(['C/mentee_practice']);
  });

  it('becomes a library row with a short title, the pair’s requests and its origin', () => {
    const [p] = practiceProposals(answers, questions, []);
    const practice = practiceFromProposal(p!, { requests: ['Оценивание'], year: '2026/2027', id: 'МК-0001' });
    expect(practice).toMatchObject({
      title: 'Совместная разработка критериев оценивания',
      authors: 'Иванова А. С.',
      pairId: 'НП-2026-001',
      competencies: ['Оценивание'],
      source: 'monitoring',
      origin: 'A/mentee_practice',
      year: '2026/2027',
    });
    expect(titleOf('а'.repeat(50) + ' ' + 'б'.repeat(50))).toBe('а'.repeat(50) + '…');
  });
});

describe('personal link code', () => {
  const id = { pairId: 'НП-2026-001', personId: 'НЯ-0001', role: 'mentee' as const };
  const token = linkToken('secret', id);

  it('is read back for the same questionnaire', () => {
    expect(token.startsWith('НП-2026-001/НЯ-0001/')).toBe(true);
    expect(readLinkToken('secret', 'mentee', ` ${token} `)).toEqual({
      ok: true,
      pairId: 'НП-2026-001',
      personId: 'НЯ-0001',
    });
  });

  it('refuses a changed, borrowed or missing code with a reason', () => {
    const other = token.replace('НЯ-0001', 'НЯ-0002');
    expect(readLinkToken('secret', 'mentee', other)).toMatchObject({ ok: false });
    expect(readLinkToken('secret', 'mentor', token)).toMatchObject({ ok: false });
    expect(readLinkToken('other-secret', 'mentee', token)).toMatchObject({ ok: false });
    expect(readLinkToken('secret', 'mentee', '')).toEqual({
      ok: false,
      reason: 'В ответе нет кода анкеты: анкета открыта не по личной ссылке',
    });
    expect(readLinkToken('secret', 'mentee', 'НП-2026-001')).toMatchObject({ ok: false });
  });
});

describe('answers as typed', () => {
  it('reads yes/no and ratings strictly', () => {
    expect([parseYesNo('Да'), parseYesNo('нет.'), parseYesNo('может быть')]).toEqual([true, false, null]);
    expect([parseRating(7), parseRating('10'), parseRating('0'), parseRating('7,5'), parseRating('')]).toEqual([
      7,
      10,
      null,
      null,
      null,
    ]);
  });

  it('places the 1 June deadline in the academic year', () => {
    expect(monitoringDeadline({ startYear: 2026 })).toEqual({ year: 2027, month: 6, day: 1 });
    expect(monitoringDeadline({ startYear: 2026 }, { kind: 'date', month: 5, day: 20 })).toEqual({
      year: 2027,
      month: 5,
      day: 20,
    });
  });
});
