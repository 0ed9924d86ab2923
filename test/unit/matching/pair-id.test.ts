import { nextPairId, nextPairIds, parsePairId } from '../../../src/domain/matching/pair-id';

describe('pair ids', () => {
  test('first id of the year', () => {
    expect(nextPairId([], { startYear: 2026 })).toBe('НП-2026-001');
  });
  test('one after the largest of the year, ignoring other years, gaps and junk', () => {
    expect(nextPairId(['НП-2026-001', 'НП-2026-007', 'НП-2025-030', 'пара 3', ''], 2026)).toBe('НП-2026-008');
  });
  test('reads hand-typed variants', () => {
    expect(parsePairId(' нп 2026–12 ')).toEqual({ year: 2026, number: 12 });
    expect(parsePairId('HП-2026-0005')).toEqual({ year: 2026, number: 5 });
    expect(parsePairId('NP-2026-1000')).toEqual({ year: 2026, number: 1000 });
    expect(parsePairId('НП-26-1')).toBeNull();
    expect(nextPairId(['нп-2026-9', 'НП—2026—010'], 2026)).toBe('НП-2026-011');
    expect(nextPairId(['НП-2026-999'], 2026)).toBe('НП-2026-1000');
  });
  test('a batch of consecutive ids', () => {
    expect(nextPairIds(['НП-2026-002'], 2026, 3)).toEqual(['НП-2026-003', 'НП-2026-004', 'НП-2026-005']);
  });
});
