import { analyzeBank, verdictFor } from '../../../src/domain/matching/bank-analysis';
import { findUnservable, reofferCandidates } from '../../../src/domain/matching/unpaired';
import { defaultMatchWeights } from '../../../src/domain/matching/weights';
import { defaultCompetencies } from '../../../src/domain/vocabulary/defaults';
import { mentee, mentor } from './fixtures';

const titles = defaultCompetencies.map((c) => c.title);
const [lesson, methods, classroom, assessment, parents] = titles as [string, string, string, string, string];

describe('analyzeBank', () => {
  test('needs vs offers per competence with a Russian verdict, shortfalls first', () => {
    const mentees = [
      mentee({ id: 'E1', requests: [parents, assessment] }),
      mentee({ id: 'E2', requests: [parents] }),
      mentee({ id: 'E3', requests: [parents], status: 'paired' }),
      mentee({ id: 'E4', requests: ['Робототехника'] }),
    ];
    const mentors = [
      mentor({ id: 'R1', competencies: [assessment, classroom], capacity: 2 }),
      mentor({ id: 'R2', competencies: [classroom, methods], capacity: 3 }),
      mentor({ id: 'R3', competencies: [parents], consentDate: null }),
    ];
    const a = analyzeBank(mentees, mentors, titles, { load: new Map([['R1', 1]]) });
    const row = (t: string) => a.rows.find((r) => r.competence === t)!;
    expect(row(parents)).toMatchObject({
      waitingNeed: 2,
      pairedNeed: 1,
      mentorsOffering: 0,
      freePlaces: 0,
      verdictRu: 'дефицит',
    });
    expect(row(assessment)).toMatchObject({
      waitingNeed: 1,
      mentorsOffering: 1,
      freePlaces: 1,
      verdictRu: 'достаточно',
    });
    expect(row(classroom)).toMatchObject({ waitingNeed: 0, mentorsOffering: 2, freePlaces: 4, verdictRu: 'избыток' });
    expect(row('Робототехника')).toMatchObject({ outsideVocabulary: true, verdict: 'deficit' });
    expect(row(lesson).verdict).toBe('enough');
    expect(a.rows[0]!.competence).toBe(parents);
    expect(a.totals).toEqual({ waitingMentees: 3, pairedMentees: 1, activeMentors: 2, freePlaces: 4, deficits: 2 });
  });
  test('verdict thresholds', () => {
    expect(verdictFor(3, 2)).toBe('deficit');
    expect(verdictFor(3, 3)).toBe('enough');
    expect(verdictFor(3, 6)).toBe('surplus');
    expect(verdictFor(0, 0)).toBe('enough');
  });
});

describe('unservable mentees and re-offers', () => {
  const weights = { ...defaultMatchWeights, minScore: 50 };
  test('explains why nobody can serve a waiting mentee', () => {
    const mentors = [mentor({ id: 'R1', capacity: 1 }), mentor({ id: 'R2', email: 'x@s.ru', status: 'left' })];
    const load = new Map([['R1', 1]]);
    const out = findUnservable([mentee(), mentee({ id: 'E2', status: 'paired' })], mentors, { weights, load });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ reason: 'all_full' });
    expect(out[0]!.supportNoteRu).toContain('поддержка без пары');
    expect(findUnservable([mentee()], mentors, { weights })).toEqual([]);
    expect(findUnservable([mentee()], [], { weights })[0]!.reasonRu).toBe('банк наставников пуст');
    const weak = mentor({
      competencies: [],
      subjects: ['химия'],
      qualification: '',
      trainingDate: null,
      experienceYears: 3,
    });
    expect(findUnservable([mentee()], [weak], { weights })[0]!.reason).toBe('low_score');
  });
  test('re-offers supported mentees once an eligible mentor exists', () => {
    const supported = [
      mentee({ status: 'supported' }),
      mentee({ id: 'E2', email: 'e2@s.ru', status: 'supported', requests: [lesson], subjects: ['химия'] }),
    ];
    expect(reofferCandidates(supported, [mentor({ consentDate: null })], { weights })).toEqual([]);
    const r = reofferCandidates(supported, [mentor()], { weights });
    expect(r.map((x) => x.mentee.id)).toEqual(['E1']);
    expect(r[0]!.best.mentor.id).toBe('R1');
    expect(r[0]!.best.score).toBeGreaterThanOrEqual(50);
  });
});
