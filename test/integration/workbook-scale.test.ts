// Batching: the number of SpreadsheetApp calls of setup, check and summary does not grow with the rows (50/500/5,000).
import { runWorkbookBench } from '../../bench/scenarios/workbook';

describe('workbook call counts do not grow with rows', () => {
  const results = runWorkbookBench([50, 500, 5000]);

  it.each([
    'workbook: setup (filled workbook)',
    'workbook: read and validate both banks',
    'workbook: «Банки» summary',
    'workbook: «Проверка данных» (ids, highlights, journal)',
  ])('%s', (scenario) => {
    const [small, medium, large] = results.filter((r) => r.scenario === scenario);
    expect(medium!.calls).toEqual(small!.calls);
    expect(large!.calls).toEqual(small!.calls);
    // One bulk read per sheet: settings, lists, two banks (and «Пары и группы» for the summary's free places).
    if (scenario.includes('read and validate')) expect(small!.calls['Range.getValues']).toBe(4);
    if (scenario.includes('summary')) expect(small!.calls['Range.getValues']).toBe(5);
    expect(large!.estimatedSeconds).toBeLessThan(30);
  });
});
