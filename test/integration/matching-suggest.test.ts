// «Подобрать наставника» on the emulator: ranked mentors with Russian reasons, blockers for the excluded, the selection
// on «Наставляемые», the weights and the school-years rule read from «Настройки», bans; one click forms the pair.
import { setPairBan } from '../../src/app/matching/bans';
import { confirmPairs } from '../../src/app/matching/confirm';
import { suggestForMentees, suggestForSelection } from '../../src/app/matching/suggest';
import { validateWorkbook } from '../../src/app/validate-workbook';
import { matchingWorkbook, records, setSetting } from '../support/matching-school';

describe('suggestions for one mentee', () => {
  const wb = matchingWorkbook();
  const view = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0003'] }));
  const m = view.mentees[0]!;

  it('ranks the mentor who covers the requests first, with the reasons in plain Russian', () => {
    expect(m.mentee.name).toBe('Волкова Юлия Андреевна');
    expect(m.unavailable).toBe('');
    expect(m.suggestions[0]!.mentor.name).toBe('Семёнова Ольга Петровна');
    expect(m.suggestions[0]!.summary).toMatch(
      /^закрывает 2 из 2 запросов: организация учебной дисциплины, работа с родителями; тот же предмет — математика/,
    );
    expect(m.suggestions[0]!.summary).toContain('свободно 2 места из 2');
    const scores = m.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const coverage = m.suggestions[0]!.criteria.find((c) => c.key === 'coverage')!;
    expect(coverage).toMatchObject({ label: 'Закрывает запросы наставляемого' });
    expect(coverage.points).toBeGreaterThan(0);
  });

  it('lists the excluded mentors with the hard rule that excludes each', () => {
    const byName = Object.fromEntries(m.excluded.map((x) => [x.name, x.blockers]));
    expect(byName['Кузнецов Павел Андреевич']).toEqual(['наставник не дал согласие на наставничество']);
    expect(byName['Лебедева Мария Ивановна']).toEqual(['наставник сейчас не работает с наставляемыми: в отпуске']);
    expect(m.excludedCount).toBe(2);
  });
});

describe('the selection on «Наставляемые»', () => {
  it('explains every selected mentee; the header row is ignored', () => {
    const wb = matchingWorkbook();
    wb.spreadsheet().getSheetByName('Наставляемые')!.getRange('B1:C3').activate();
    const view = wb.run((ctx) => suggestForSelection(ctx));
    expect(view.mentees.map((x) => x.mentee.id)).toEqual(['НЯ-0001', 'НЯ-0002']);
  });

  it('refuses a selection on another sheet with what to do', () => {
    const wb = matchingWorkbook();
    wb.spreadsheet().getSheetByName('Наставники')!.getRange('A2').activate();
    expect(() => wb.run((ctx) => suggestForSelection(ctx))).toThrow(
      'Выделите на листе «Наставляемые» строки педагогов',
    );
  });

  it('reports a selected row with errors instead of skipping it silently', () => {
    const wb = matchingWorkbook();
    const sheet = wb.spreadsheet().getSheetByName('Наставляемые')!;
    const emailCol = (wb.values('Наставляемые')[0] as string[]).indexOf('Email') + 1;
    sheet.getRange(3, emailCol).setValue('не почта');
    sheet.getRange('A2:A3').activate();
    const view = wb.run((ctx) => suggestForSelection(ctx));
    expect(view.mentees.map((x) => x.mentee.id)).toEqual(['НЯ-0001']);
    expect(view.notes).toEqual(['Строка 3: в строке есть ошибки — исправьте их (см. «Проверка данных») и повторите.']);
  });
});

describe('weights and rules from «Настройки»', () => {
  it('applies «наставник работает в школе не меньше N лет» as a hard rule with its reason', () => {
    const wb = matchingWorkbook();
    setSetting(wb, 'Подбор: наставник работает в школе не меньше (лет)', '12');
    const m = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0001'] })).mentees[0]!;
    expect(m.suggestions).toEqual([]);
    expect(m.excluded.find((x) => x.name === 'Семёнова Ольга Петровна')!.blockers).toEqual([
      'работает в школе 10 лет, нужно не меньше 12 лет',
    ]);
  });

  it('a weight changes the ranking; a bad weight is a settings problem and matching refuses with it', () => {
    const wb = matchingWorkbook({ minScore: 1 });
    const before = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0002'] })).mentees[0]!.suggestions[0]!
      .score;
    setSetting(wb, 'Подбор: вес «закрывает запросы наставляемого»', '90');
    const after = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0002'] })).mentees[0]!.suggestions[0]!.score;
    expect(after).toBeGreaterThan(before);
    setSetting(wb, 'Подбор: вес «тот же предмет или методическое объединение»', 'много');
    const problems = wb.run(validateWorkbook).check.problems.filter((p) => p.sheet === 'Настройки');
    expect(problems).toEqual([
      expect.objectContaining({
        column: 'Значение',
        message: '«Подбор: вес «тот же предмет или методическое объединение»»: нужно число, а указано «много».',
        value: 'много',
      }),
    ]);
    expect(() => wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0002'] }))).toThrow(
      'Подбор не запущен: в «Настройках» неверно указаны веса подбора.',
    );
    setSetting(wb, 'Подбор: вес «тот же предмет или методическое объединение»', '150');
    expect(wb.run(validateWorkbook).check.problems.filter((p) => p.sheet === 'Настройки')[0]!.message).toContain(
      'нужно число от 0 до 100, а указано «150»',
    );
  });
});

describe('bans and one click', () => {
  it('a banned pair is excluded with its reason until the ban is lifted', () => {
    const wb = matchingWorkbook();
    wb.run((ctx) => setPairBan(ctx, { mentorId: 'Н-0001', menteeId: 'НЯ-0001', banned: true }));
    const m = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0001'] })).mentees[0]!;
    expect(m.excluded.find((x) => x.mentorId === 'Н-0001')!.blockers).toEqual(['куратор запретил эту пару']);
    expect(records(wb, 'Журнал').at(-1)).toMatchObject({
      Что: 'Пара запрещена',
      Подробности: 'Семёнова Ольга Петровна — Попова Анна Сергеевна: подбор не будет предлагать эту пару.',
    });
    wb.run((ctx) => setPairBan(ctx, { mentorId: 'Н-0001', menteeId: 'НЯ-0001', banned: false }));
    expect(
      wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0001'] })).mentees[0]!.suggestions[0]!.mentor.id,
    ).toBe('Н-0001');
  });

  it('forming the suggested pair writes «Пары и группы», the mentee’s status and pair id, and the journal', () => {
    const wb = matchingWorkbook();
    const s = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0003'] })).mentees[0]!.suggestions[0]!;
    const r = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'suggestion',
        pairs: [{ form: 'individual', mentorIds: [s.mentor.id], menteeIds: ['НЯ-0003'] }],
      }),
    );
    expect(r.refused).toEqual([]);
    expect(r.written).toEqual([
      {
        pairId: 'НП-2026-001',
        row: 2,
        form: 'individual',
        mentorNames: ['Семёнова Ольга Петровна'],
        menteeNames: ['Волкова Юлия Андреевна'],
        score: s.score,
        replaced: false,
      },
    ]);
    const [pair] = records(wb, 'Пары и группы');
    expect(pair).toMatchObject({
      'ID пары/группы': 'НП-2026-001',
      Форма: 'индивидуальная',
      'ID наставников': 'Н-0001',
      'Наставник(и)': 'Семёнова Ольга Петровна',
      'ID наставляемых': 'НЯ-0003',
      Наставляемые: 'Волкова Юлия Андреевна',
      Запросы: `${'Работа с родителями (законными представителями)'}; Организация учебной дисциплины, управление классом`,
      Статус: 'сформирована',
      Закреплена: 'да',
      Совместимость: s.score,
      'Почему эта пара': s.summary,
      'Согласия участников': 'все согласия есть',
    });
    expect(pair!['Начало']).toEqual(new Date('2026-09-09T21:00:00.000Z'));
    expect(pair!['Окончание (план)']).toEqual(new Date('2027-06-09T21:00:00.000Z'));
    const mentee = records(wb, 'Наставляемые')[2]!;
    expect([mentee['Статус'], mentee['Пара/группа']]).toEqual(['в паре', 'НП-2026-001']);
    expect(records(wb, 'Журнал').find((j) => j['Что'] === 'Пара сформирована')!['Подробности']).toBe(
      `НП-2026-001, индивидуальная; наставник: Семёнова Ольга Петровна; наставляемые: Волкова Юлия Андреевна; совместимость ${s.score}; источник: подбор для наставляемого`,
    );
    // The same click again is refused: the mentee is in a pair now.
    const again = wb.run((ctx) =>
      confirmPairs(ctx, {
        source: 'suggestion',
        pairs: [{ form: 'individual', mentorIds: ['Н-0001'], menteeIds: ['НЯ-0003'] }],
      }),
    );
    expect(again.refused[0]!.reasons).toEqual(['Волкова Юлия Андреевна уже в паре НП-2026-001']);
    const after = wb.run((ctx) => suggestForMentees(ctx, { menteeIds: ['НЯ-0001'] })).mentees[0]!;
    expect(after.suggestions.find((x) => x.mentor.id === 'Н-0001')!.mentor.free).toBe(1);
  });
});
