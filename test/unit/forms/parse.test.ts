// Reading answers by title: valid answers, reordered and extra questions, Russian reasons for bad answers.
import {
  answerKey,
  isSpuriousEvent,
  parseMentorAnswer,
  parseRequestAnswer,
  splitChoices,
} from '../../../src/domain/forms';
import { mentorAnswer, requestAnswer, vocabulary } from './fixtures';

describe('parseRequestAnswer', () => {
  test('a valid answer becomes the mentee fields; e-mail normalised, «Другое» kept in requestText, dates read', () => {
    const r = parseRequestAnswer(requestAnswer(), vocabulary);
    if (!r.ok) throw new Error(r.reasons.join('; '));
    expect(r.profile).toMatchObject({
      fullName: 'Иванова Анна Сергеевна',
      email: 'anna.ivanova@school.example',
      subjects: ['математика', 'алгебра'],
      experienceYears: 1,
      hiredOn: { year: 2025, month: 9, day: 1 },
      requests: [
        'Проектирование урока по ФГОС и ФОП, технологическая карта урока',
        'Работа с родителями (законными представителями)',
      ],
      requestText: 'Другое: Ведение портфолио класса\nДисциплина в 7 классе',
      desiredForm: 'individual',
      requestDate: { year: 2026, month: 9, day: 10 },
    });
  });

  test('questions reordered, titles in other case/ё/spacing and extra questions added still read', () => {
    const entries = Object.entries(requestAnswer()).reverse();
    const shuffled = Object.fromEntries(entries.map(([k, v]) => [k === 'Должность' ? '  ДОЛЖНОСТЬ ' : k, v]));
    shuffled['Новый вопрос куратора'] = ['что-то'];
    const r = parseRequestAnswer(shuffled, vocabulary);
    expect(r.ok).toBe(true);
  });

  test('experience "пять лет" → «Стаж должен быть числом лет, получено: «пять лет»»', () => {
    const a = requestAnswer();
    a['Педагогический стаж (полных лет)'] = ['пять лет'];
    const r = parseRequestAnswer(a, vocabulary);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reasons).toContain('Стаж должен быть числом лет, получено: «пять лет»');
      expect(r.email).toBe('anna.ivanova@school.example');
    }
  });

  test('unknown subject, missing consent and a malformed e-mail each give a reason', () => {
    const a = requestAnswer();
    a['Преподаваемые предметы и направления'] = ['математика, астрология'];
    a['Согласие на обработку персональных данных'] = [''];
    a['Адрес электронной почты'] = ['anna@'];
    const r = parseRequestAnswer(a, vocabulary);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reasons).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Неизвестный предмет: «астрология»'),
          'Нет согласия на обработку персональных данных (152-ФЗ)',
          'Некорректный адрес электронной почты: «anna@»',
        ]),
      );
    }
  });

  test('"5 лет" and a typo in a list value are accepted; formula text in the name is kept as data', () => {
    const a = requestAnswer();
    a['Педагогический стаж (полных лет)'] = ['5 лет'];
    a['Должность'] = ['учител'];
    a['Фамилия, имя, отчество'] = ['=IMPORTXML("http://x","//a") Иванова'];
    const r = parseRequestAnswer(a, vocabulary);
    if (!r.ok) throw new Error(r.reasons.join('; '));
    expect(r.profile.experienceYears).toBe(5);
    expect(r.profile.post).toBe('учитель');
    expect(r.profile.fullName).toBe('=IMPORTXML("http://x","//a") Иванова');
  });
});

describe('parseMentorAnswer', () => {
  test('a valid answer becomes the mentor fields', () => {
    const r = parseMentorAnswer(mentorAnswer(), vocabulary);
    if (!r.ok) throw new Error(r.reasons.join('; '));
    expect(r.profile).toMatchObject({
      experienceYears: 22,
      schoolYears: 15,
      capacity: 2,
      forms: ['individual', 'group'],
    });
    expect(r.profile.competencies).toEqual([
      'Методика преподавания предмета',
      'Оценивание, в т. ч. формирующее; критерии и КИМ',
    ]);
  });

  test('without the ст. 351.8 ТК РФ consent the mentor is not accepted', () => {
    const a = mentorAnswer();
    delete a['Согласие на выполнение обязанностей наставника (ст. 351.8 ТК РФ)'];
    const r = parseMentorAnswer(a, vocabulary);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons).toContain('Нет согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)');
  });
});

describe('splitChoices', () => {
  test('choices containing commas are recognised whole; unknown neighbours are rejoined', () => {
    const s = splitChoices(
      'Проектирование урока по ФГОС и ФОП, технологическая карта урока, своё, ещё своё',
      vocabulary.competencies,
    );
    expect(s.known).toEqual(['Проектирование урока по ФГОС и ФОП, технологическая карта урока']);
    expect(s.unknown).toEqual(['своё, ещё своё']);
  });
});

describe('spurious and duplicate events (§6.4)', () => {
  test('empty values, empty namedValues and all-blank answers are spurious; a real answer is not', () => {
    expect(isSpuriousEvent({ values: [], namedValues: {} })).toBe(true);
    expect(
      isSpuriousEvent({
        values: ['10.09.2026 10:30:08', '', ''],
        namedValues: { 'Отметка времени': ['10.09.2026 10:30:08'], ФИО: [''] },
      }),
    ).toBe(true);
    expect(isSpuriousEvent(undefined)).toBe(true);
    expect(isSpuriousEvent({ values: ['t', 'Анна'], namedValues: { Timestamp: ['t'], ФИО: ['Анна'] } })).toBe(false);
  });

  test('answerKey: the same event twice gives one key; another timestamp or e-mail gives another', () => {
    const k = answerKey('10.09.2026 10:30:05', 'A@x.ru', ['t', 'Анна']);
    expect(answerKey('10.09.2026 10:30:05', 'a@x.ru ', ['t', 'Анна '])).toBe(k);
    expect(answerKey('10.09.2026 10:30:06', 'a@x.ru', ['t', 'Анна'])).not.toBe(k);
    expect(answerKey('10.09.2026 10:30:05', 'b@x.ru', ['t', 'Анна'])).not.toBe(k);
  });
});
