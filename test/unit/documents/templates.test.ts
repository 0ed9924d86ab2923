import {
  BLANK,
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  fillPlaceholders,
  findUnknownPlaceholders,
  isKnownPlaceholder,
} from '../../../src/domain/documents/templates';

describe('templates with {{placeholders}}', () => {
  test('the supported placeholders have Russian descriptions and unique names', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of [
      'школа',
      'школа_кратко',
      'город',
      'директор',
      'должность_директора',
      'куратор',
      'учебный_год',
      'номер_приказа',
      'дата_приказа',
      'наставник',
      'наставляемый',
      'форма',
      'срок',
      'таблица_пар',
      'план',
    ])
      expect(names).toContain(n);
    for (const p of PLACEHOLDERS) expect(p.description).toMatch(/[А-Яа-яЁё]/);
    expect(PLACEHOLDERS.find((p) => p.name === 'таблица_пар')!.kind).toBe('block');
  });

  test('unknown placeholders are reported once each, in order', () => {
    expect(findUnknownPlaceholders('{{школа}} {{ директр }} {{подпись}} {{директр}} {{Учебный Год}}')).toEqual([
      'директр',
      'подпись',
    ]);
    expect(findUnknownPlaceholders('без полей')).toEqual([]);
  });

  test('names match ignoring case, ё, spaces around and inside', () => {
    expect(isKnownPlaceholder('  ШКОЛА_КРАТКО ')).toBe(true);
    expect(isKnownPlaceholder('учебный год')).toBe(true);
    expect(fillPlaceholders('{{ Учебный_Год }}', { учебный_год: '2026/2027' }).text).toBe('2026/2027');
  });

  test('fills values; unknown ones are removed and reported; missing ones leave a blank', () => {
    const r = fillPlaceholders('Приказ № {{номер_приказа}} от {{дата_приказа}} {{печать}}, {{куратор}}.', {
      номер_приказа: '112-од',
      дата_приказа: '25.09.2026',
    });
    expect(r.text).toBe(`Приказ № 112-од от 25.09.2026, ${BLANK}.`);
    expect(r.unknown).toEqual(['печать']);
    expect(r.missing).toEqual(['куратор']);
    expect(r.text).not.toMatch(/\{\{|\}\}/);
  });

  test('values are inserted literally (no $-patterns, no re-expansion)', () => {
    expect(fillPlaceholders('{{школа}}', { школа: '$& {{город}}' }).text).toBe('$& {{город}}');
  });

  test('the default templates use only supported placeholders', () => {
    for (const t of Object.values(DEFAULT_TEMPLATES)) expect(findUnknownPlaceholders(t)).toEqual([]);
  });
});
