// The answer as text in «Карантин» (and back), and the handled-answers record (watermark + keys at the watermark).
import { ANSWER_TEXT_MAX, CLIPPED_MARK, formatAnswerText, parseAnswerText } from '../../../src/app/forms/answer-text';
import {
  isHandled,
  markHandled,
  pendingAnswers,
  type ProcessedAnswers,
} from '../../../src/app/forms/processed-answers';
import { answersFromGrid, type FormAnswer } from '../../../src/app/forms/response-sheet';

describe('answer text in «Карантин»', () => {
  test('«Вопрос»: ответ per question, without the timestamp; multi-line answers and commas survive the round trip', () => {
    const named = {
      'Отметка времени': ['10.09.2026 10:30:05'],
      'Фамилия, имя, отчество': ['Иванова Анна'],
      'Опишите профессиональные затруднения': ['первая строка\nвторая: с двоеточием\n«третья»'],
      'Педагогический стаж (полных лет)': ['пять лет'],
    };
    const text = formatAnswerText(named);
    expect(text.split('\n')[0]).toBe('«Фамилия, имя, отчество»: Иванова Анна');
    expect(text).not.toContain('Отметка времени');
    const back = parseAnswerText(text);
    expect(back['Опишите профессиональные затруднения']).toEqual(['первая строка\nвторая: с двоеточием\n«третья»']);
    expect(back['Педагогический стаж (полных лет)']).toEqual(['пять лет']);
  });

  test('a curator’s correction is read back; text before the first question is ignored; Windows line ends are fine', () => {
    expect(parseAnswerText('заметка куратора\r\n«Стаж»: 5\r\n«ФИО»:Петров Пётр')).toEqual({
      Стаж: ['5'],
      ФИО: ['Петров Пётр'],
    });
  });

  test('an answer too long for a cell is clipped with a mark saying where the whole text is', () => {
    const text = formatAnswerText({ Затруднения: ['я'.repeat(60_000)] });
    expect(text.length).toBe(ANSWER_TEXT_MAX);
    expect(text.endsWith(CLIPPED_MARK)).toBe(true);
  });
});

function answer(row: number, ms: number | null, key = `k${row}`): FormAnswer {
  return { sheetName: 'Ответы', row, answeredAt: ms === null ? null : new Date(ms), key, namedValues: {}, link: '' };
}

describe('handled answers: a watermark and the keys at it', () => {
  const none: ProcessedAnswers = { w: -Infinity, k: [] };

  test('everything is pending at first, oldest first whatever the sheet order; rows without a timestamp never are', () => {
    const list = [answer(2, 3000), answer(3, 1000), answer(4, null), answer(5, 2000)];
    expect(pendingAnswers(none, list).map((a) => a.row)).toEqual([3, 5, 2]);
  });

  test('after handling, earlier answers and those at the watermark are done; a later one (or one sharing the millisecond) is new', () => {
    const done = markHandled(none, [answer(3, 1000), answer(5, 2000)]);
    expect(done).toEqual({ w: 2000, k: ['k5'] });
    expect(isHandled(done, answer(3, 1000))).toBe(true);
    expect(isHandled(done, answer(5, 2000))).toBe(true);
    expect(isHandled(done, answer(6, 2000, 'same-ms-other-answer'))).toBe(false);
    expect(isHandled(done, answer(7, 2001))).toBe(false);
    expect(markHandled(done, [answer(6, 2000, 'same-ms-other-answer')])).toEqual({
      w: 2000,
      k: ['k5', 'same-ms-other-answer'],
    });
  });

  test('the record stays bounded (keys only at the watermark, at most 200)', () => {
    const many = Array.from({ length: 250 }, (_, i) => answer(i + 2, 5000, `k${i}`));
    expect(markHandled(none, many).k).toHaveLength(200);
  });
});

describe('reading a response sheet grid', () => {
  const grid = [
    ['Отметка времени', 'ФИО', 'Стаж', 'Дата приёма'],
    [new Date('2026-09-10T07:30:05Z'), 'Иванова Анна', 5, new Date('2025-08-27T21:00:00Z')],
    ['', '', '', ''],
    ['', 'вписано вручную', '', ''],
    [new Date('2026-09-10T07:31:00Z'), '=IMPORTXML("x")', '', ''],
  ];
  const read = (since?: number) =>
    answersFromGrid(grid, 'Ответы на форму (1)', (r) => `#A${r}`, 'Europe/Moscow', since);

  test('rows as answers: numbers as typed, dates as ДД.ММ.ГГГГ of the zone, blank rows skipped, formula text kept', () => {
    const answers = read();
    expect(answers.map((a) => a.row)).toEqual([2, 4, 5]);
    expect(answers[0]!.namedValues).toMatchObject({
      ФИО: ['Иванова Анна'],
      Стаж: ['5'],
      'Дата приёма': ['28.08.2025'],
    });
    expect(answers[1]!.answeredAt).toBeNull();
    expect(answers[2]!.namedValues['ФИО']).toEqual(['=IMPORTXML("x")']);
    expect(answers[0]!.link).toBe('#A2');
  });

  test('the same row gives the same key on every read; a different row a different key', () => {
    expect(read()[0]!.key).toBe(read()[0]!.key);
    expect(read()[0]!.key).not.toBe(read()[2]!.key);
  });

  test('with `since`, only answers at or after it are built', () => {
    expect(read(Date.parse('2026-09-10T07:31:00Z')).map((a) => a.row)).toEqual([5]);
  });
});
