import { compareDates, toIsoDate } from '../../../src/domain/calendar/calendar-date';
import { competencePhrases } from '../../../src/domain/documents/competence-phrases';
import { buildProgram, strengths } from '../../../src/domain/documents/program';
import { renderText } from '../../../src/domain/documents/text-renderer';
import { defaultCompetencies } from '../../../src/domain/vocabulary/defaults';
import { count, d, ivanova, mentee, pair, pairs, popova, settings, smirnov, title } from './fixtures';

const individual = () => buildProgram({ settings, pair: pairs[0]!, approvalDate: d('2026-10-15') });

describe('ПНП (personalized mentoring program)', () => {
  test('every vocabulary competence has a task and an outcome phrase', () => {
    for (const c of defaultCompetencies) {
      expect(competencePhrases[c.code]?.task).toBeTruthy();
      expect(competencePhrases[c.code]?.outcome).toBeTruthy();
    }
    expect(Object.keys(competencePhrases)).toHaveLength(16);
  });

  test('approval, title, participants with posts, experience and categories, form and period', () => {
    const text = renderText(individual().document);
    expect(
      text.startsWith('УТВЕРЖДАЮ\nДиректор МБОУ «СОШ №2» г. Сосногорска\n____________ О.В. Петрова\n15.10.2026'),
    ).toBe(true);
    expect(text).toContain('Персонализированная программа наставничества\nна 2026/2027 учебный год (НП-2026-001)');
    expect(text).toContain('Наставник | Иванова Светлана Николаевна | учитель (математика) | 18 лет | высшая');
    expect(text).toContain(
      'Наставляемый | Попова Анна Дмитриевна | учитель (математика) | 1 год | молодой специалист (стаж до 3 лет)',
    );
    expect(text).toContain('Форма наставничества: индивидуальная');
    expect(text).toContain('Срок реализации программы: с 01.10.2026 по 30.06.2027');
  });

  test('a task per request, the goal names the directions, difficulties come from the request text', () => {
    const r = individual();
    expect(r.tasks).toEqual([competencePhrases['lesson-design']!.task, competencePhrases.assessment!.task]);
    const text = renderText(r.document);
    expect(text).toContain(
      'Цель: Создание условий для профессионального развития наставляемого и преодоления выявленных профессиональных затруднений по направлениям: проектирование урока по ФГОС и ФОП',
    );
    expect(text).toContain(
      '1. Освоить проектирование урока в соответствии с требованиями ФГОС и ФОП, составление технологической карты урока;',
    );
    expect(text).toContain('2. Освоить систему оценивания');
    expect(text).toContain('Трудно удерживать внимание 7 класса на втором часе урока.');
    expect(text).toMatch(
      /Сильные стороны: Знание содержания предмета \(математика\); мотивация к профессиональному становлению/,
    );
  });

  test('requests match case-, ё- and spacing-insensitively and by code; unknown requests get a generic task', () => {
    const p = pair('НП-2026-020', [smirnov], [mentee('x', 'Ёлкина Майя Львовна')], {
      requests: [
        '  ЦИФРОВЫЕ образовательные   ресурсы (ФГИС «Моя школа», «Сферум», ЦОК)',
        'wellbeing',
        'Другое: работа с электронной доской',
      ],
    });
    const r = buildProgram({ settings, pair: p });
    expect(r.tasks).toEqual([
      competencePhrases.digital!.task,
      competencePhrases.wellbeing!.task,
      'оказать помощь в преодолении профессионального затруднения: «Работа с электронной доской»',
    ]);
    expect(r.unknownRequests).toEqual(['Другое: работа с электронной доской']);
    expect(r.plan.map((x) => x.activity)).toContain(
      'Индивидуальные консультации наставника по затруднению «Работа с электронной доской»',
    );
  });

  test('plan: library activities of the requests plus the general items, numbered and ordered by date', () => {
    const { plan } = individual();
    expect(plan.map((x) => x.number)).toEqual(plan.map((_, i) => i + 1));
    expect(plan.map((x) => x.activity)).toEqual([
      'Изучение требований ФГОС и ФОП к уроку по предмету',
      'Посещение уроков наставника с последующим разбором',
      'Самообразование: тема, план, курсы повышения квалификации',
      'Совместная разработка технологических карт уроков',
      'Разработка критериев оценивания к 2–3 работам',
      'Освоение приёмов формирующего оценивания',
      'Посещение уроков наставляемого наставником, анализ',
      'Итоговая встреча: самоанализ наставляемого, отзыв наставника',
    ]);
    for (let i = 1; i < plan.length; i++)
      expect(compareDates(plan[i - 1]!.dueFrom, plan[i]!.dueFrom)).toBeLessThanOrEqual(0);
    expect(plan[0]).toEqual({
      pairId: 'НП-2026-001',
      number: 1,
      direction: title('lesson-design'),
      activity: 'Изучение требований ФГОС и ФОП к уроку по предмету',
      form: 'консультация',
      dueFrom: d('2026-10-01'),
      dueTo: d('2026-10-31'),
      onRequest: false,
      result: 'понимание требований',
      report: 'конспект, вопросы',
    });
    expect(plan.find((x) => x.activity.startsWith('Итоговая'))).toMatchObject({
      direction: 'Общие мероприятия',
      dueFrom: d('2027-06-01'),
      dueTo: d('2027-06-30'),
    });
  });

  test('plan dates stay inside a shorter period and scale to it', () => {
    const short = pair('НП-2026-021', [ivanova], [popova], { startDate: d('2026-11-16'), endDate: d('2027-05-15') });
    const { plan, warnings } = buildProgram({ settings, pair: short });
    expect(warnings).toEqual([]);
    for (const row of plan) {
      expect(compareDates(row.dueFrom, d('2026-11-16'))).toBeGreaterThanOrEqual(0);
      expect(compareDates(row.dueTo, d('2027-05-15'))).toBeLessThanOrEqual(0);
      expect(compareDates(row.dueFrom, row.dueTo)).toBeLessThanOrEqual(0);
    }
    const final = plan[plan.length - 1]!;
    expect([final.activity, toIsoDate(final.dueFrom), toIsoDate(final.dueTo)]).toEqual([
      'Итоговая встреча: самоанализ наставляемого, отзыв наставника',
      '2027-04-16',
      '2027-05-15',
    ]);
  });

  test('plan table in the document: columns, concrete months, «по запросу»', () => {
    const p = pair('НП-2026-022', [ivanova], [popova], { requests: [title('parents')] });
    const text = renderText(buildProgram({ settings, pair: p }).document);
    expect(text).toContain(
      '№ | Направление | Мероприятие | Форма работы | Срок | Ожидаемый результат | Форма отчётности / отметка о выполнении',
    );
    expect(text).toContain(
      '| Подготовка и проведение родительского собрания вместе с наставником | совместная работа | октябрь – ноябрь 2026 | собрание проведено | протокол, сценарий',
    );
    expect(text).toContain(
      '| Разбор сложных ситуаций общения с родителями | консультация | по запросу (в течение срока программы) |',
    );
    expect(text).toContain('| собеседование | июнь 2027 |');
  });

  test('a school library replaces the default and matches by code or title', () => {
    const library = [
      {
        request: title('lesson-design'),
        activity: 'Мастер-класс наставника',
        form: 'мастер-класс',
        months: '2',
        result: 'приёмы освоены',
        report: 'конспект',
      },
      {
        request: 'assessment',
        activity: 'Взаимопроверка работ',
        form: 'практикум',
        months: '4-5',
        result: 'единые критерии',
        report: 'протокол',
      },
      { request: 'gifted', activity: 'Олимпиада', form: 'совместная работа', months: '1', result: '—', report: '—' },
    ];
    const { plan } = buildProgram({ settings, pair: pairs[0]!, library });
    expect(plan.map((x) => `${x.activity} ${toIsoDate(x.dueFrom)}..${toIsoDate(x.dueTo)}`)).toEqual([
      'Мастер-класс наставника 2026-11-01..2026-11-30',
      'Взаимопроверка работ 2027-01-01..2027-02-28',
    ]);
  });

  test('group program: each mentee’s difficulties and strengths, every signature', () => {
    const text = renderText(buildProgram({ settings, pair: pairs[1]! }).document);
    expect(text).toContain('Профессиональные затруднения и сильные стороны наставляемых');
    expect(text).toContain('Наставляемый | Волков Дмитрий Игоревич | учитель (информатика) | менее 1 года |');
    for (const s of [
      'Наставник ____________ А.В. Смирнов',
      'Наставляемый ____________ Д.И. Волков',
      'Наставляемый ____________ К.П. Соколова',
      'Куратор ____________ М.С. Кузнецова',
    ])
      expect(count(text, s)).toBe(1);
    expect(text).toContain('Подготовлен отчёт о реализации персонализированной программы наставничества.');
  });

  test('the pair’s requests fall back to the mentees’ requests', () => {
    const p = pair('НП-2026-023', [ivanova], [popova], { requests: [] });
    expect(buildProgram({ settings, pair: p }).tasks).toHaveLength(2);
  });

  test('periods outside 3–12 months are flagged', () => {
    const short = pair('НП-2026-024', [ivanova], [popova], { startDate: d('2026-10-01'), endDate: d('2026-11-30') });
    expect(buildProgram({ settings, pair: short }).warnings[0]).toContain('меньше 3 месяцев');
    const long = pair('НП-2026-025', [ivanova], [popova], { startDate: d('2026-10-01'), endDate: d('2027-12-31') });
    expect(buildProgram({ settings, pair: long }).warnings[0]).toContain('больше 1 года');
  });

  test('strengths draw on subjects, experience and category', () => {
    expect(
      strengths(
        mentee('s', 'Тест Тест', {
          subjects: ['история', 'обществознание'],
          experienceYears: 11,
          category: 'педагог, перешедший на новую должность или новый предмет',
        }),
      ),
    ).toBe(
      'Знание содержания предметов (история, обществознание); педагогический опыт (11 лет); опыт работы в прежней должности.',
    );
  });

  test('deterministic', () => {
    expect(JSON.stringify(individual())).toBe(JSON.stringify(individual()));
  });
});
