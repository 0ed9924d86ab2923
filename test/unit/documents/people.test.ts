import {
  compareRuNames,
  placeLine,
  postWithSubjects,
  shortPersonName,
  yearsRu,
} from '../../../src/domain/documents/people';

describe('people and places in documents', () => {
  test('initials before the surname', () => {
    expect(shortPersonName('Петрова Ольга Викторовна')).toBe('О.В. Петрова');
    expect(shortPersonName('  Смирнов   алексей ')).toBe('А. Смирнов');
    expect(shortPersonName('Иванова')).toBe('Иванова');
    expect(shortPersonName('')).toBe('');
  });

  test('post with subjects', () => {
    expect(postWithSubjects({ post: 'учитель', subjects: ['физика', ' '] })).toBe('учитель (физика)');
    expect(postWithSubjects({ post: 'педагог-психолог', subjects: [] })).toBe('педагог-психолог');
  });

  test('settlement type is added only when missing', () => {
    expect(placeLine('Сосногорск')).toBe('г. Сосногорск');
    expect(placeLine('г. Сосногорск')).toBe('г. Сосногорск');
    expect(placeLine('пгт Нижний Одес')).toBe('пгт Нижний Одес');
    expect(placeLine('')).toBe('');
  });

  test('years of experience agree with the number', () => {
    expect([0, 1, 2, 5, 11, 21, 24].map(yearsRu)).toEqual([
      'менее 1 года',
      '1 год',
      '2 года',
      '5 лет',
      '11 лет',
      '21 год',
      '24 года',
    ]);
  });

  test('names sort with ё as е, ignoring case', () => {
    expect(['Фёдорова', 'Федоров', 'абрамов', 'Яковлев'].sort(compareRuNames)).toEqual([
      'абрамов',
      'Федоров',
      'Фёдорова',
      'Яковлев',
    ]);
  });
});
