// Reads an «Анкета наставника» answer into the mentor fields, or into reasons — never throws.
import { z } from 'zod';
import type { MentoringForm } from '../model';
import type { Vocabulary } from '../vocabulary/vocabulary';
import {
  emailQuestion,
  experienceQuestion,
  fullNameQuestion,
  postQuestion,
  subjectsQuestion,
} from './common-questions';
import {
  consentGiven,
  MENTOR_DUTIES_CHOICE,
  MENTOR_DUTIES_TITLE,
  PERSONAL_DATA_CONSENT_CHOICE,
  PERSONAL_DATA_CONSENT_TITLE,
} from './consents';
import {
  consentField,
  emailField,
  mentoringFormOf,
  multiChoiceField,
  nameField,
  singleChoiceField,
  wholeNumberField,
} from './field-schemas';
import type { QuestionDef } from './form-definition';
import { mentorQuestions as mq } from './mentor-form';
import {
  answeredOn,
  answerEmail,
  parseGuarded,
  readAnswers,
  reasonsOf,
  type MentorFromForm,
  type ParseOptions,
  type ParseResult,
} from './parse-result';

const consentDuties: QuestionDef = {
  key: 'consentDuties',
  title: MENTOR_DUTIES_TITLE,
  aliases: ['Согласие на выполнение обязанностей наставника'],
  kind: 'consent',
  required: true,
  helpText: '',
};
const consentPd: QuestionDef = {
  key: 'consentPersonalData',
  title: PERSONAL_DATA_CONSENT_TITLE,
  kind: 'consent',
  required: true,
  helpText: '',
};

export const mentorAnswerQuestions: readonly QuestionDef[] = [
  fullNameQuestion,
  emailQuestion,
  postQuestion,
  subjectsQuestion,
  experienceQuestion,
  mq.schoolYears,
  mq.qualification,
  mq.competencies,
  mq.capacity,
  mq.forms,
  consentDuties,
  consentPd,
];

function mentorSchema(v: Vocabulary) {
  return z.object({
    fullName: nameField(fullNameQuestion),
    email: emailField(emailQuestion),
    post: singleChoiceField(postQuestion, v.posts),
    subjects: multiChoiceField(subjectsQuestion, v.subjects),
    experienceYears: wholeNumberField(experienceQuestion, 'Стаж'),
    schoolYears: wholeNumberField(mq.schoolYears, 'Стаж работы в школе'),
    qualification: singleChoiceField(mq.qualification, v.qualifications),
    competencies: multiChoiceField(mq.competencies, v.competencies),
    capacity: wholeNumberField(mq.capacity, 'Число наставляемых'),
    forms: multiChoiceField(mq.forms, v.forms),
    consentDuties: consentField(
      consentDuties,
      'Нет согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)',
      (s) => consentGiven(s, MENTOR_DUTIES_CHOICE),
    ),
    consentPersonalData: consentField(consentPd, 'Нет согласия на обработку персональных данных (152-ФЗ)', (s) =>
      consentGiven(s, PERSONAL_DATA_CONSENT_CHOICE),
    ),
  });
}

export function parseMentorAnswer(
  namedValues: unknown,
  vocabulary: Vocabulary,
  options: ParseOptions = {},
): ParseResult<MentorFromForm> {
  return parseGuarded(() => {
    const { raw, reasons, reader } = readAnswers(namedValues, mentorAnswerQuestions);
    const parsed = mentorSchema(vocabulary).safeParse(raw);
    const email = answerEmail(raw);
    if (!parsed.success) return { ok: false, reasons: [...reasons, ...reasonsOf(parsed.error)], email };
    const p = parsed.data;
    const forms = [...new Set(p.forms.values.map(mentoringFormOf).filter((f): f is MentoringForm => f !== null))];
    if (forms.length === 0) reasons.push('Не выбрана ни одна форма наставничества');
    if (p.competencies.values.length === 0) reasons.push('Не выбрана ни одна компетенция');
    if (reasons.length > 0) return { ok: false, reasons, email };
    const date = answeredOn(reader, options);
    return {
      ok: true,
      warnings: [],
      profile: {
        fullName: p.fullName,
        email: p.email,
        post: p.post,
        subjects: p.subjects.values,
        experienceYears: p.experienceYears ?? 0,
        schoolYears: p.schoolYears,
        qualification: p.qualification,
        competencies: p.competencies.values,
        capacity: p.capacity ?? 1,
        forms,
        consentDate: date,
      },
    };
  });
}
