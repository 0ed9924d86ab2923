// Reads a «Профессиональные запросы педагогов» answer into the mentee fields, or into reasons — never throws.
import { z } from 'zod';
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
  MENTEE_PARTICIPATION_CHOICE,
  PERSONAL_DATA_CONSENT_CHOICE,
  PERSONAL_DATA_CONSENT_TITLE,
  MENTEE_PARTICIPATION_TITLE,
} from './consents';
import {
  consentField,
  dateField,
  emailField,
  mentoringFormOf,
  multiChoiceField,
  nameField,
  singleChoiceField,
  textField,
  wholeNumberField,
} from './field-schemas';
import type { QuestionDef } from './form-definition';
import {
  answeredOn,
  answerEmail,
  parseGuarded,
  readAnswers,
  reasonsOf,
  type MenteeFromForm,
  type ParseOptions,
  type ParseResult,
} from './parse-result';
import { requestQuestions as rq } from './request-form';

const consentPd: QuestionDef = {
  key: 'consentPersonalData',
  title: PERSONAL_DATA_CONSENT_TITLE,
  kind: 'consent',
  required: true,
  helpText: '',
};
const consentPart: QuestionDef = {
  key: 'consentParticipation',
  title: MENTEE_PARTICIPATION_TITLE,
  kind: 'consent',
  required: true,
  helpText: '',
};

/** Every question the reader looks for, by key; titles match after normalizeTerm, in any order. */
export const requestAnswerQuestions: readonly QuestionDef[] = [
  fullNameQuestion,
  emailQuestion,
  postQuestion,
  subjectsQuestion,
  experienceQuestion,
  rq.hiredOn,
  rq.category,
  rq.requests,
  rq.difficulties,
  rq.desiredForm,
  rq.preferredMentor,
  consentPd,
  consentPart,
];

function requestSchema(v: Vocabulary) {
  return z.object({
    fullName: nameField(fullNameQuestion),
    email: emailField(emailQuestion),
    post: singleChoiceField(postQuestion, v.posts),
    subjects: multiChoiceField(subjectsQuestion, v.subjects),
    experienceYears: wholeNumberField(experienceQuestion, 'Стаж'),
    hiredOn: dateField(rq.hiredOn),
    category: singleChoiceField(rq.category, v.menteeCategories),
    requests: multiChoiceField(rq.requests, v.competencies),
    difficulties: textField(rq.difficulties),
    desiredForm: singleChoiceField(rq.desiredForm, v.forms),
    preferredMentor: textField(rq.preferredMentor),
    consentPersonalData: consentField(consentPd, 'Нет согласия на обработку персональных данных (152-ФЗ)', (s) =>
      consentGiven(s, PERSONAL_DATA_CONSENT_CHOICE),
    ),
    consentParticipation: consentField(consentPart, 'Нет согласия на участие в программе наставничества', (s) =>
      consentGiven(s, MENTEE_PARTICIPATION_CHOICE),
    ),
  });
}

export function parseRequestAnswer(
  namedValues: unknown,
  vocabulary: Vocabulary,
  options: ParseOptions = {},
): ParseResult<MenteeFromForm> {
  return parseGuarded(() => {
    const { raw, reasons, reader } = readAnswers(namedValues, requestAnswerQuestions);
    const parsed = requestSchema(vocabulary).safeParse(raw);
    const email = answerEmail(raw);
    if (!parsed.success) return { ok: false, reasons: [...reasons, ...reasonsOf(parsed.error)], email };
    const p = parsed.data;
    const desiredForm = mentoringFormOf(p.desiredForm);
    if (!desiredForm) reasons.push(`Неизвестная форма наставничества: «${p.desiredForm}»`);
    if (p.requests.values.length === 0 && p.requests.other.length === 0)
      reasons.push('Не выбран ни один профессиональный запрос');
    if (reasons.length > 0 || !desiredForm) return { ok: false, reasons, email };
    const date = answeredOn(reader, options);
    const requestText = [p.requests.other.length ? `Другое: ${p.requests.other.join('; ')}` : '', p.difficulties]
      .filter((s) => s !== '')
      .join('\n');
    return {
      ok: true,
      warnings: [],
      profile: {
        fullName: p.fullName,
        email: p.email,
        post: p.post,
        subjects: p.subjects.values,
        experienceYears: p.experienceYears ?? 0,
        hiredOn: p.hiredOn,
        category: p.category,
        requests: p.requests.values,
        requestText,
        desiredForm,
        preferredMentor: p.preferredMentor,
        requestDate: date,
        consentDate: date,
      },
    };
  });
}
