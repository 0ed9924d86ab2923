// Upsert planning: insert a new teacher, update only the form's fields of a known one (e-mail case-insensitive).
import { planUpsert } from '../../../src/domain/forms';

const profile = {
  email: 'Anna@School.example',
  fullName: 'Иванова Анна',
  subjects: ['математика', 'алгебра'],
  experienceYears: 2,
  requestText: '',
};

describe('planUpsert', () => {
  test('no row with this e-mail → insert', () => {
    expect(planUpsert([{ rowIndex: 2, email: 'other@school.example' }], profile)).toEqual({ kind: 'insert' });
  });

  test('e-mails compare case-insensitively; only changed form fields are listed, curator fields are never touched', () => {
    const existing = [
      {
        rowIndex: 7,
        email: 'anna@school.example',
        fullName: 'Иванова Анна',
        subjects: ['алгебра', 'математика'],
        experienceYears: 1,
        status: 'paired',
        pairId: 'НП-2026-001',
        notes: 'важно',
      },
    ];
    const plan = planUpsert(existing, { ...profile, status: 'waiting', notes: '' } as typeof profile);
    expect(plan).toEqual({
      kind: 'update',
      rowIndex: 7,
      changes: [{ field: 'experienceYears', before: 1, after: 2 }],
      duplicates: [],
    });
  });

  test('blank equals blank; repeated identical answers plan an update with no changes', () => {
    const plan = planUpsert(
      [{ ...profile, rowIndex: 3, email: 'ANNA@school.example', requestText: null as unknown as string }],
      profile,
    );
    expect(plan).toEqual({ kind: 'update', rowIndex: 3, changes: [], duplicates: [] });
  });

  test('several rows with the e-mail: the first row is updated, the others reported as duplicates', () => {
    const plan = planUpsert(
      [
        { rowIndex: 9, email: 'anna@school.example' },
        { rowIndex: 4, email: 'Anna@school.example' },
      ],
      profile,
    );
    expect(plan.kind === 'update' && [plan.rowIndex, plan.duplicates]).toEqual([4, [9]]);
  });
});
