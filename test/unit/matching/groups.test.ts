import { proposeGroups, validateGroup } from '../../../src/domain/matching/groups';
import { defaultMatchWeights } from '../../../src/domain/matching/weights';
import { defaultCompetencies } from '../../../src/domain/vocabulary/defaults';
import { mentee, mentor } from './fixtures';

const titles = defaultCompetencies.map((c) => c.title);
const [lesson, , classroom, assessment, parents, , , exams] = titles as string[];
const ctx = { weights: { ...defaultMatchWeights, minScore: 20 } };

describe('proposeGroups', () => {
  const g = (id: string, requests: string[]) => mentee({ id, email: `${id}@s.ru`, desiredForm: 'group', requests });
  test('clusters by the most common request, caps size, picks the mentor who covers it', () => {
    const mentees = [
      g('E1', [parents!, assessment!]),
      g('E2', [parents!, assessment!]),
      g('E3', [parents!]),
      g('E4', [exams!]),
      mentee({ id: 'E5', email: 'e5@s.ru', requests: [parents!] }), // individual form: not grouped
    ];
    const mentors = [
      mentor({ id: 'R1', email: 'r1@s.ru', competencies: [lesson!], capacity: 3 }),
      mentor({ id: 'R2', email: 'r2@s.ru', competencies: [parents!, assessment!], capacity: 2 }),
      mentor({ id: 'R3', email: 'r3@s.ru', competencies: [parents!, classroom!], capacity: 3, forms: ['individual'] }),
    ];
    const r = proposeGroups(mentees, mentors, ctx, { maxGroupSize: 3 });
    expect(r.groups).toHaveLength(1);
    const [grp] = r.groups;
    expect(grp!.mentor.id).toBe('R2');
    // R2 has 2 places: the two who share most join.
    expect(grp!.mentees.map((e) => e.id)).toEqual(['E1', 'E2']);
    expect(grp!.sharedRequests).toEqual(expect.arrayContaining([parents, assessment]));
    expect(grp!.reasonsRu[0]).toBe('общий запрос группы — работа с родителями');
    expect(r.ungrouped.map((u) => u.mentee.id).sort()).toEqual(['E3', 'E4']);
  });
});

describe('validateGroup', () => {
  const mentees = [
    mentee({ id: 'E1' }),
    mentee({ id: 'E2', email: 'e2@s.ru' }),
    mentee({ id: 'E3', email: 'e3@s.ru' }),
  ];
  test('a sound group passes; co-mentors use no places', () => {
    const mentors = [mentor({ id: 'R1', capacity: 3 }), mentor({ id: 'R2', email: 'r2@s.ru', capacity: 0 })];
    expect(
      validateGroup({ mentorIds: ['R1', 'R2'], menteeIds: ['E1', 'E2', 'E3'] }, mentors, mentees, ctx, {
        maxGroupSize: 5,
      }),
    ).toEqual({
      ok: true,
      problems: [],
    });
  });
  test('reports places, size, duplicates and hard rules in Russian', () => {
    const mentors = [mentor({ id: 'R1', capacity: 2 }), mentor({ id: 'R2', email: 'e2@s.ru', consentDate: null })];
    const r = validateGroup({ mentorIds: ['R1', 'R2'], menteeIds: ['E1', 'E2', 'E3', 'E3'] }, mentors, mentees, ctx, {
      maxGroupSize: 2,
    });
    expect(r.ok).toBe(false);
    const codes = r.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate', 'too_large', 'no_places', 'blocked']));
    expect(r.problems.some((p) => p.textRu.includes('не дал согласие'))).toBe(true);
    expect(r.problems.some((p) => p.textRu.includes('один и тот же человек'))).toBe(true);
    expect(
      validateGroup({ mentorIds: [], menteeIds: ['E1'] }, mentors, mentees, ctx, { maxGroupSize: 5 }).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['no_mentor', 'too_small']);
  });
});
