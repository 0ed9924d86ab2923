import { suggestMentors } from '../../../src/domain/matching/suggest';
import { defaultMatchWeights } from '../../../src/domain/matching/weights';
import { makeInstance } from '../../../bench/scenarios/matching-instances';
import { mentee, mentor } from './fixtures';

const ctx = { weights: defaultMatchWeights };

describe('suggestMentors', () => {
  test('ranks by score, then covered requests, then name; excluded mentors carry their blockers', () => {
    const mentors = [
      mentor({ id: 'A', fullName: 'Яковлева Яна', email: 'a@s.ru' }),
      mentor({ id: 'B', fullName: 'Андреева Анна', email: 'b@s.ru' }),
      mentor({ id: 'C', fullName: 'Борисова Вера', email: 'c@s.ru', consentDate: null }),
      mentor({
        id: 'D',
        fullName: 'Волкова Ирина',
        email: 'd@s.ru',
        competencies: [],
        subjects: ['химия'],
        qualification: '',
        trainingDate: null,
        experienceYears: 3,
      }),
    ];
    const r = suggestMentors(mentee(), mentors, { weights: { ...defaultMatchWeights, minScore: 40 } }, { limit: 5 });
    expect(r.suggestions.map((s) => s.mentor.id)).toEqual(['B', 'A']);
    expect(r.suggestions[0]!.rank).toBe(1);
    expect(r.suggestions[0]!.summaryRu).toContain('закрывает 3 из 4 запросов');
    expect(r.excluded).toEqual([{ mentor: mentors[2], blockers: [expect.objectContaining({ code: 'no_consent' })] }]);
    expect(r.belowMinimum.map((b) => b.mentor.id)).toEqual(['D']);
  });

  test('respects the limit and is deterministic', () => {
    const inst = makeInstance({ seed: 3, mentees: 1, mentors: 200 });
    const a = suggestMentors(inst.mentees[0]!, inst.mentors, ctx, { limit: 7 });
    const b = suggestMentors(inst.mentees[0]!, inst.mentors, ctx, { limit: 7 });
    expect(a.suggestions).toHaveLength(7);
    expect(a.suggestions.map((s) => s.mentor.id)).toEqual(b.suggestions.map((s) => s.mentor.id));
    for (let k = 1; k < a.suggestions.length; k++)
      expect(a.suggestions[k - 1]!.score).toBeGreaterThanOrEqual(a.suggestions[k]!.score);
    expect(a.eligibleCount + a.excluded.length + a.belowMinimum.length).toBe(200);
  });

  test('1,500 mentors: every active mentor scored, the best first (time is measured by `npm run bench`)', () => {
    const inst = makeInstance({ seed: 11, mentees: 3, mentors: 1500 });
    const r = suggestMentors(inst.mentees[1]!, inst.mentors, ctx);
    expect(r.suggestions.length).toBeGreaterThan(0);
    for (let i = 1; i < r.suggestions.length; i++)
      expect(r.suggestions[i - 1]!.score).toBeGreaterThanOrEqual(r.suggestions[i]!.score);
  });
});
