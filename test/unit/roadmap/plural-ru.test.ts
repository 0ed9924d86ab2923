import { countRu, DAY_FORMS, pluralRu } from '../../../src/domain/roadmap/plural-ru';
import { escapeHtml } from '../../../src/domain/text/escape-html';

describe('Russian plurals', () => {
  test.each([
    [0, '0 дней'],
    [1, '1 день'],
    [2, '2 дня'],
    [4, '4 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [12, '12 дней'],
    [14, '14 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [25, '25 дней'],
    [101, '101 день'],
    [111, '111 дней'],
    [112, '112 дней'],
    [260, '260 дней'],
  ])('%i → %s', (n, expected) => {
    expect(countRu(n, DAY_FORMS)).toBe(expected);
  });

  test('negative counts agree like positive ones', () => {
    expect(pluralRu(-1, DAY_FORMS)).toBe('день');
    expect(pluralRu(-3, DAY_FORMS)).toBe('дня');
  });
});

describe('escapeHtml', () => {
  test('escapes the five characters that matter in bodies and attributes', () => {
    expect(escapeHtml(`<a href="x">'Ю' & «СОШ №2»</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;Ю&#39; &amp; «СОШ №2»&lt;/a&gt;',
    );
  });
});
