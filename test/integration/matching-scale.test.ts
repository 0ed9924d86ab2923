// Batching: every matching operation makes the same SpreadsheetApp calls at 50 and 500 mentees (the benchmark adds
// 5,000, where the only extra call is one insertRowsAfter when «Пары и группы» must grow past its 1,000 rows).
import { MATCHING_WORKBOOK_SCENARIOS, runMatchingWorkbookBench } from '../../bench/scenarios/matching-workbook';

describe('matching call counts do not grow with rows', () => {
  const results = runMatchingWorkbookBench([50, 500]);

  it.each(MATCHING_WORKBOOK_SCENARIOS)('%s', (scenario) => {
    const [small, large] = results.filter((r) => r.scenario === scenario);
    expect(large!.calls).toEqual(small!.calls);
    // One bulk read per sheet: settings, lists, both banks, «Пары и группы» (and the report or a re-read after writing).
    expect(small!.calls!['Range.getValues']).toBeLessThanOrEqual(16);
    expect(small!.estimatedSeconds).toBeLessThan(5);
  });

  it('the confirm wrote every proposed pair in one execution', () => {
    const confirm = results.filter((r) => r.scenario.startsWith('matching: confirm'));
    for (const r of confirm) expect(r.extra).toMatchObject({ refused: 0 });
    expect((confirm[1]!.extra as { written: number }).written).toBeGreaterThan(150);
  });
});
