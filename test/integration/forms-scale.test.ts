// Batching of the form-submit trigger: the calls of handling one answer do not grow with the bank (50 / 500 / 5,000 rows)
// nor with the response sheet; the one possible extra is growing a full sheet's grid (Sheet.insertRowsAfter).
import { runFormsBench } from '../../bench/scenarios/forms';

describe('form answer call counts do not grow with rows', () => {
  const results = runFormsBench([50, 500, 1500]);
  const scenarios = [...new Set(results.map((r) => r.scenario))];

  it.each(scenarios)('%s', (scenario) => {
    const [small, medium, large] = results
      .filter((r) => r.scenario === scenario)
      .map((r) => {
        const { 'Sheet.insertRowsAfter': _grow, ...calls } = r.calls ?? {};
        void _grow;
        return { ...r, calls };
      });
    expect(medium!.calls).toEqual(small!.calls);
    expect(large!.calls).toEqual(small!.calls);
    // One bulk read per sheet: settings, the response sheet, lists, the bank, «Карантин», the journal's header. A new or
    // changed mentor also runs the matching reaction (src/app/hooks.ts: re-offer mentors to mentees without a pair),
    // which reads settings, lists, both banks, «Пары и группы» and the journal's header once more.
    const reads = scenario.includes('mentor') ? 12 : 6;
    if (!scenario.includes('duplicate')) expect(small!.calls['Range.getValues']).toBe(reads);
    expect(large!.estimatedSeconds).toBeLessThan(5);
  });
});
