// The mentor profile form «Анкета наставника» (issue 4, item 1) as data.
import { academicYearLabel } from '../calendar/academic-year';
import {
  MENTOR_DUTIES_CHOICE,
  MENTOR_DUTIES_HELP,
  MENTOR_DUTIES_TITLE,
  PERSONAL_DATA_CONSENT_CHOICE,
  PERSONAL_DATA_CONSENT_TITLE,
  personalDataConsentHelp,
} from './consents';
import {
  consentQuestion,
  emailQuestion,
  experienceQuestion,
  fullNameQuestion,
  postQuestion,
  subjectsQuestion,
} from './common-questions';
import type { FormDefinition, QuestionDef } from './form-definition';
import type { FormContext } from './request-form';

export const MENTOR_FORM_TITLE = 'Анкета наставника';

export const mentorQuestions = {
  schoolYears: {
    key: 'schoolYears',
    title: 'Стаж работы в нашей школе (полных лет)',
    aliases: ['Стаж работы в школе'],
    kind: 'wholeNumber',
    required: false,
    helpText: 'Необязательно.',
    range: { min: 0, max: 60 },
  },
  qualification: {
    key: 'qualification',
    title: 'Квалификационная категория',
    kind: 'list',
    required: true,
    helpText: '',
    choicesFrom: 'qualifications',
  },
  competencies: {
    key: 'competencies',
    title: 'Компетенции, которыми вы готовы делиться',
    aliases: ['Компетенции'],
    kind: 'checkbox',
    required: true,
    helpText: 'В чём вы можете поддержать коллег. Список совпадает со списком запросов педагогов.',
    choicesFrom: 'competencies',
  },
  capacity: {
    key: 'capacity',
    title: 'Скольких наставляемых вы готовы сопровождать одновременно',
    aliases: ['Количество наставляемых'],
    kind: 'wholeNumber',
    required: true,
    helpText: 'Обычно 1–3 человека.',
    range: { min: 1, max: 10 },
  },
  forms: {
    key: 'forms',
    title: 'Формы наставничества',
    kind: 'checkbox',
    required: true,
    helpText: 'В каких формах вы готовы работать.',
    choicesFrom: 'forms',
  },
} satisfies Record<string, QuestionDef>;

/** The mentor form built from the current vocabulary; «Обновить формы» rebuilds choices from it. */
export function buildMentorForm(ctx: FormContext): FormDefinition {
  const q = mentorQuestions;
  const questions: QuestionDef[] = [
    fullNameQuestion,
    ...(ctx.collectEmail ? [] : [emailQuestion]),
    postQuestion,
    subjectsQuestion,
    experienceQuestion,
    q.schoolYears,
    q.qualification,
    q.competencies,
    q.capacity,
    q.forms,
    consentQuestion('consentDuties', MENTOR_DUTIES_TITLE, MENTOR_DUTIES_HELP, MENTOR_DUTIES_CHOICE),
    consentQuestion(
      'consentPersonalData',
      PERSONAL_DATA_CONSENT_TITLE,
      personalDataConsentHelp(ctx.schoolName),
      PERSONAL_DATA_CONSENT_CHOICE,
    ),
  ];
  return {
    kind: 'mentors',
    title: `${MENTOR_FORM_TITLE} — ${ctx.schoolName}, ${academicYearLabel(ctx.academicYear)} учебный год`,
    description:
      'Анкета для опытных педагогов, готовых стать наставниками. По ней куратор составляет банк наставников ' +
      'и подбирает наставнические пары.',
    confirmationMessage: 'Спасибо! Ваша анкета получена и будет добавлена в банк наставников.',
    collectEmail: ctx.collectEmail,
    questions,
  };
}
