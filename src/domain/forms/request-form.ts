// The teachers' request form «Профессиональные запросы педагогов» (issue 4, item 1) as data.
import { academicYearLabel, type AcademicYear } from '../calendar/academic-year';
import {
  MENTEE_PARTICIPATION_CHOICE,
  MENTEE_PARTICIPATION_HELP,
  MENTEE_PARTICIPATION_TITLE,
  PERSONAL_DATA_CONSENT_CHOICE,
  PERSONAL_DATA_CONSENT_TITLE,
  personalDataConsentHelp,
} from './consents';
import {
  consentQuestion,
  emailQuestion,
  experienceQuestion,
  fullNameQuestion,
  LONG_MAX,
  postQuestion,
  SHORT_MAX,
  subjectsQuestion,
} from './common-questions';
import type { FormDefinition, QuestionDef } from './form-definition';

export const REQUEST_FORM_TITLE = 'Профессиональные запросы педагогов';

export interface FormContext {
  schoolName: string;
  academicYear: AcademicYear;
  /** True when the form collects the respondent's e-mail (Workspace domain); else an e-mail question is asked. */
  collectEmail: boolean;
}

export const requestQuestions = {
  hiredOn: {
    key: 'hiredOn',
    title: 'Дата приёма на работу в школу',
    kind: 'date',
    required: false,
    helpText: 'Если не помните точно — укажите примерно.',
  },
  category: {
    key: 'category',
    title: 'Категория наставляемого',
    kind: 'choice',
    required: true,
    helpText: 'Выберите то, что лучше всего описывает вашу ситуацию.',
    choicesFrom: 'menteeCategories',
  },
  requests: {
    key: 'requests',
    title: 'Профессиональные запросы',
    kind: 'checkbox',
    required: true,
    helpText:
      'В чём вам нужна поддержка наставника? Можно выбрать несколько пунктов или написать свой в поле «Другое».',
    choicesFrom: 'competencies',
    other: true,
  },
  difficulties: {
    key: 'difficulties',
    title: 'Опишите профессиональные затруднения',
    kind: 'paragraph',
    required: false,
    helpText: 'С чем именно сложно: ситуации, классы, темы. Это поможет подобрать наставника.',
    maxLength: LONG_MAX,
  },
  desiredForm: {
    key: 'desiredForm',
    title: 'Желаемая форма наставничества',
    kind: 'choice',
    required: true,
    helpText: 'Индивидуальная — один наставник и вы; групповая — наставник и несколько педагогов.',
    choicesFrom: 'forms',
  },
  preferredMentor: {
    key: 'preferredMentor',
    title: 'Предпочитаемый наставник',
    kind: 'text',
    required: false,
    helpText: 'Необязательно. ФИО коллеги, с которым вы хотели бы работать.',
    maxLength: SHORT_MAX,
  },
} satisfies Record<string, QuestionDef>;

/** The request form built from the current vocabulary; «Обновить формы» rebuilds choices from it. */
export function buildRequestForm(ctx: FormContext): FormDefinition {
  const q = requestQuestions;
  const questions: QuestionDef[] = [
    fullNameQuestion,
    ...(ctx.collectEmail ? [] : [emailQuestion]),
    postQuestion,
    subjectsQuestion,
    experienceQuestion,
    q.hiredOn,
    q.category,
    q.requests,
    q.difficulties,
    q.desiredForm,
    q.preferredMentor,
    consentQuestion(
      'consentPersonalData',
      PERSONAL_DATA_CONSENT_TITLE,
      personalDataConsentHelp(ctx.schoolName),
      PERSONAL_DATA_CONSENT_CHOICE,
    ),
    consentQuestion(
      'consentParticipation',
      MENTEE_PARTICIPATION_TITLE,
      MENTEE_PARTICIPATION_HELP,
      MENTEE_PARTICIPATION_CHOICE,
    ),
  ];
  return {
    kind: 'requests',
    title: `${REQUEST_FORM_TITLE} — ${ctx.schoolName}, ${academicYearLabel(ctx.academicYear)} учебный год`,
    description:
      'Анкета для педагогов, которым нужна поддержка наставника: молодых специалистов, вновь принятых, ' +
      'сменивших должность или предмет и всех, кто испытывает профессиональные затруднения. ' +
      'Ответы получает куратор наставничества школы.',
    confirmationMessage: 'Спасибо! Ваш запрос получен. Куратор наставничества свяжется с вами.',
    collectEmail: ctx.collectEmail,
    questions,
  };
}
