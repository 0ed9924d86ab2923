// boundedList: a list that grows with the data fits one cell; what is left out is counted, never cut mid-item.
import { boundedList } from '../../src/domain/text/bounded-list';

describe('boundedList', () => {
  it('joins everything that fits', () => {
    expect(boundedList(['НП-2026-001', 'НП-2026-002'], 100)).toBe('НП-2026-001; НП-2026-002');
    expect(boundedList([], 10)).toBe('');
  });

  it('counts what does not fit, within the limit', () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `НП-2026-${String(i + 1).padStart(3, '0')}`);
    const text = boundedList(ids, 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.startsWith('НП-2026-001; НП-2026-002')).toBe(true);
    const shown = text.split('; ').filter((x) => x.startsWith('НП-')).length;
    expect(text.endsWith(`и ещё ${(2500 - shown).toLocaleString('ru-RU')}`)).toBe(true);
  });

  it('a first item longer than the limit is counted, not cut', () => {
    expect(boundedList(['x'.repeat(50)], 20)).toBe('и ещё 1');
  });
});
