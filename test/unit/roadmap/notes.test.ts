import { parseCalendarDate, type CalendarDate } from '../../../src/domain/calendar/calendar-date';
import {
  problemsNote,
  requestFormReminder,
  requestFormSummary,
  waitingMenteesNote,
  yearEndedNote,
} from '../../../src/domain/roadmap/notes';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;

describe('the roadmap’s own notes', () => {
  const teacher = { fullName: 'Сидоров Павел Андреевич', email: 'sidorov@s.ru' };

  test('a teacher’s reminder: by when, why, where the form is; keyed by teacher and day', () => {
    const note = requestFormReminder(teacher, d('15.09.2026'), 7, d('08.09.2026'), {
      formUrl: 'https://forms.gle/abc',
      curatorName: '',
      curatorEmail: 'c@s.ru',
    });
    expect(note.key).toBe('request-form:sidorov@s.ru:2026-09-08');
    // No name in the text: the day's reminders are one text, sent in blind copy.
    expect(note.lines[0]).toBe(
      'Просим вас заполнить анкету о ваших профессиональных запросах до 15.09.2026 (через 7 дней).',
    );
    expect(note.lines[2]).toBe('Ссылка на анкету — ниже.');
    expect(note.link).toBe('https://forms.gle/abc');
    const noLink = requestFormReminder(teacher, d('15.09.2026'), 0, d('15.09.2026'), {
      formUrl: null,
      curatorName: '',
      curatorEmail: '',
    });
    expect(noLink.lines[0]).toContain('до 15.09.2026 (срок сегодня)');
    expect(noLink.lines[2]).toBe('Ссылку на анкету можно получить у куратора наставничества.');
    expect(noLink.link).toBeUndefined();
    // The curator reads the shared message as a copy; without a curator's address each goes alone and says nothing of it.
    expect(note.lines.at(-1)).toBe(
      'Это напоминание получают все педагоги школы, кто ещё не заполнил анкету; куратор получает копию.',
    );
    expect(noLink.lines.join(' ')).not.toContain('копию');
  });

  test('the curator’s summary lists at most 20 names', () => {
    const people = Array.from({ length: 23 }, (_, i) => ({ fullName: `Педагог ${i + 1}`, email: `p${i}@s.ru` }));
    const note = requestFormSummary(people, 40, 23, d('15.09.2026'), 14, d('01.09.2026'));
    expect(note.lines[0]).toBe(
      'Не заполнили анкету 23 из 40 педагогов по листу «Педагоги» (срок до 15.09.2026 (через 14 дней)).',
    );
    expect(note.lines[2]).toMatch(/^Не ответили: Педагог 1, .*, Педагог 20 и ещё 3\.$/);
    expect(requestFormSummary(people.slice(0, 1), 1, 1, d('15.09.2026'), 1, d('14.09.2026')).lines[0]).toContain(
      '1 из 1 педагога',
    );
  });

  test('waiting mentees, problems and the year’s end', () => {
    expect(waitingMenteesNote(['А', 'Б'], 5, d('02.09.2026')).lines).toEqual([
      'Добавлено в банк и ждут наставника: 2 — А, Б.',
      'Всего ждут пары: 5. Подберите наставников в панели «Подбор» или отметьте поддержку без пары.',
    ]);
    // The key follows the problems: the same set is sent once, a changed set again.
    expect(problemsNote(['a']).key).toBe(problemsNote(['a']).key);
    expect(problemsNote(['a']).key).not.toBe(problemsNote(['a', 'b']).key);
    expect(yearEndedNote('2025/2026', 2025, d('01.09.2026')).lines[0]).toBe(
      'Сегодня 01.09.2026, а в «Настройки» указан учебный год 2025/2026: сроки дорожной карты считаются по нему.',
    );
  });
});
