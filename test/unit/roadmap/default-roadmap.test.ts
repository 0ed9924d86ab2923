import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultRoadmap, defaultRoadmapItems } from '../../../src/domain/roadmap/default-roadmap';
import { parseDeadlineRule } from '../../../src/domain/roadmap/deadline-rule';

describe('the default roadmap', () => {
  test('has the school’s fourteen items in order', () => {
    expect(defaultRoadmap.map((d) => d.number)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
      '6.3',
      '7.1',
    ]);
  });

  test.each(defaultRoadmap.map((d) => [d.number, d] as const))(
    '%s: the written deadline parses to its rule',
    (_n, d) => {
      expect(parseDeadlineRule(d.deadlineText)).toEqual({ ok: true, rule: d.rule });
    },
  );

  test('each item says which fact shows it done', () => {
    const keys = new Set(defaultRoadmap.map((d) => d.autoStatusKey));
    expect([...keys].sort()).toEqual(
      [
        'requestsCollected',
        'mentorBank',
        'menteeBank',
        'mentorsChosen',
        'pairsFormed',
        'orderIssued',
        'programs',
        'supportUnpaired',
        'mentorTraining',
        'monitoring',
        'conference',
        'roundTable',
        'publications',
      ].sort(),
    );
    expect(defaultRoadmap.filter((d) => d.autoStatusKey === 'programs').map((d) => d.number)).toEqual(['1.2', '5.2']);
  });

  // The wording must be the school's: every activity appears word for word in the approved text
  // (a copy of shared/domain/roadmap-ru.txt kept as a fixture so the check runs on every machine).
  const sourcePath = join(__dirname, '../../fixtures/roadmap-ru.txt');
  describe('against the approved text', () => {
    const source = readFileSync(sourcePath, 'utf8')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      // Row 5 wraps over two lines of the table: stitch its cells back together.
      .replace('для ежегодно, до 1 октября ежегодно, до 1 ноября наставнических пар/групп каждой', 'для каждой');

    test.each(defaultRoadmap.map((d) => [d.number, d] as const))('%s: wording and stage', (_n, d) => {
      expect(source).toContain(d.activity.toLowerCase());
      // Stage 5's title is split over the wrap too; its first words are on the first line.
      expect(source).toContain(d.stage.toLowerCase().split(' ').slice(0, 4).join(' '));
      expect(source).toContain(d.deadlineText.toLowerCase());
    });
  });

  test('a fresh sheet has no named person and no manual status', () => {
    for (const item of defaultRoadmapItems()) {
      expect(item.responsibleEmail).toBe('');
      expect(item.manualStatus).toBeNull();
    }
  });
});
