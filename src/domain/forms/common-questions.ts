// Questions both forms ask (name, e-mail, post, subjects, experience) and the consent question shape.
import type { QuestionDef } from './form-definition';
import { RESPONDENT_EMAIL_TITLES } from './form-definition';

export const NAME_MAX = 200;
export const SHORT_MAX = 500;
export const LONG_MAX = 5000;

export const fullNameQuestion: QuestionDef = {
  key: 'fullName',
  title: 'Фамилия, имя, отчество',
  aliases: ['ФИО', 'Фамилия имя отчество'],
  kind: 'text',
  required: true,
  helpText: 'Полностью, как в трудовом договоре.',
  maxLength: NAME_MAX,
};

/** Asked only when the form cannot collect the respondent's e-mail itself. */
export const emailQuestion: QuestionDef = {
  key: 'email',
  title: RESPONDENT_EMAIL_TITLES[0]!,
  aliases: [...RESPONDENT_EMAIL_TITLES.slice(1), 'Электронная почта', 'E-mail'],
  kind: 'email',
  required: true,
  helpText: 'Рабочий адрес: по нему вас узнают при повторном заполнении анкеты.',
  maxLength: 254,
};

export const postQuestion: QuestionDef = {
  key: 'post',
  title: 'Должность',
  kind: 'list',
  required: true,
  helpText: '',
  choicesFrom: 'posts',
};

export const subjectsQuestion: QuestionDef = {
  key: 'subjects',
  title: 'Преподаваемые предметы и направления',
  aliases: ['Предметы'],
  kind: 'checkbox',
  required: true,
  helpText: 'Отметьте все, что ведёте в этом учебном году.',
  choicesFrom: 'subjects',
};

export const experienceQuestion: QuestionDef = {
  key: 'experienceYears',
  title: 'Педагогический стаж (полных лет)',
  aliases: ['Педагогический стаж', 'Стаж'],
  kind: 'wholeNumber',
  required: true,
  helpText: 'Целое число лет, например 0, 2 или 15.',
  range: { min: 0, max: 60 },
};

export function consentQuestion(key: string, title: string, helpText: string, statement: string): QuestionDef {
  return { key, title, kind: 'consent', required: true, helpText, choices: [statement] };
}
