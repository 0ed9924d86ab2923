// Form definitions: the request form and the mentor form per issue 4 item 1, choices from the vocabulary.
import { buildMentorForm, buildRequestForm, choicesOf, type FormDefinition } from '../../../src/domain/forms';
import { vocabulary } from './fixtures';

const ctx = { schoolName: 'МБОУ «СОШ № 1» г. Сосногорска', academicYear: { startYear: 2026 }, collectEmail: false };
const keys = (f: FormDefinition) => f.questions.map((q) => q.key);

describe('request form «Профессиональные запросы педагогов»', () => {
  const form = buildRequestForm(ctx);

  test('is titled with the school and the academic year', () => {
    expect(form.title).toBe(
      'Профессиональные запросы педагогов — МБОУ «СОШ № 1» г. Сосногорска, 2026/2027 учебный год',
    );
  });

  test('asks every item of issue 4 in order, the e-mail as a question when the form cannot collect it', () => {
    expect(keys(form)).toEqual([
      'fullName',
      'email',
      'post',
      'subjects',
      'experienceYears',
      'hiredOn',
      'category',
      'requests',
      'difficulties',
      'desiredForm',
      'preferredMentor',
      'consentPersonalData',
      'consentParticipation',
    ]);
    expect(keys(buildRequestForm({ ...ctx, collectEmail: true }))).not.toContain('email');
  });

  test('requests are checkboxes from the shared competence list plus «Другое»; the preferred mentor is optional', () => {
    const q = form.questions.find((x) => x.key === 'requests')!;
    expect(q.kind).toBe('checkbox');
    expect(q.other).toBe(true);
    expect(choicesOf(q, vocabulary)).toEqual(vocabulary.competencies);
    expect(form.questions.find((x) => x.key === 'preferredMentor')!.required).toBe(false);
  });

  test('the 152-ФЗ consent is required and states the purpose of processing', () => {
    const q = form.questions.find((x) => x.key === 'consentPersonalData')!;
    expect(q.required).toBe(true);
    expect(q.helpText).toContain('Цель обработки');
    expect(q.helpText).toContain('152-ФЗ');
    expect(q.helpText).toContain(ctx.schoolName);
  });

  test('choices follow the vocabulary: editing a list changes the rebuilt form', () => {
    const q = form.questions.find((x) => x.key === 'subjects')!;
    expect(choicesOf(q, { ...vocabulary, subjects: ['астрономия'] })).toEqual(['астрономия']);
  });
});

describe('mentor form «Анкета наставника»', () => {
  const form = buildMentorForm(ctx);
  test('asks profile, competencies, capacity, forms, the ст. 351.8 ТК РФ consent and the 152-ФЗ consent', () => {
    expect(form.title.startsWith('Анкета наставника — ')).toBe(true);
    expect(keys(form)).toEqual([
      'fullName',
      'email',
      'post',
      'subjects',
      'experienceYears',
      'schoolYears',
      'qualification',
      'competencies',
      'capacity',
      'forms',
      'consentDuties',
      'consentPersonalData',
    ]);
    const duties = form.questions.find((x) => x.key === 'consentDuties')!;
    expect(duties.title).toContain('351.8');
    expect(duties.required).toBe(true);
  });
});
