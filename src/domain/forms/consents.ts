// Consent statements of the forms: personal data (152-ФЗ, with its purpose) and mentoring (ст. 351.8 ТК РФ).

/** Help text of the personal-data consent: operator, purpose, data, actions, term and withdrawal (152-ФЗ ст. 9). */
export function personalDataConsentHelp(schoolName: string): string {
  return (
    `Оператор персональных данных — ${schoolName}. ` +
    'Цель обработки: организация и сопровождение наставничества педагогических работников школы ' +
    '(подбор наставнических пар, составление и реализация программ наставничества, подготовка приказов и отчётов). ' +
    'Перечень данных: фамилия, имя, отчество; адрес электронной почты; должность; преподаваемые предметы; стаж; ' +
    'квалификационная категория; профессиональные запросы и компетенции. ' +
    'Действия: сбор, запись, систематизация, хранение, уточнение, использование, удаление. ' +
    'Согласие действует до окончания участия в программе наставничества и может быть отозвано письменным заявлением ' +
    '(ст. 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»).'
  );
}

export const PERSONAL_DATA_CONSENT_TITLE = 'Согласие на обработку персональных данных';
export const PERSONAL_DATA_CONSENT_CHOICE =
  'Даю согласие на обработку моих персональных данных в целях организации наставничества в соответствии с Федеральным законом № 152-ФЗ';

export const MENTEE_PARTICIPATION_TITLE = 'Согласие на участие в программе наставничества';
export const MENTEE_PARTICIPATION_HELP =
  'Участие в наставничестве добровольное. Наставник, формы работы и программа наставничества согласуются с вами.';
export const MENTEE_PARTICIPATION_CHOICE =
  'Даю согласие на участие в программе наставничества в качестве наставляемого';

export const MENTOR_DUTIES_TITLE = 'Согласие на выполнение обязанностей наставника (ст. 351.8 ТК РФ)';
export const MENTOR_DUTIES_HELP =
  'По статье 351.8 Трудового кодекса РФ наставничество поручается педагогическому работнику только с его письменного согласия; ' +
  'условия и размер доплаты закрепляются дополнительным соглашением к трудовому договору. ' +
  'Отметка в анкете — предварительное согласие; письменное согласие оформляется отдельно.';
export const MENTOR_DUTIES_CHOICE = 'Даю согласие на выполнение обязанностей наставника';

/** Whether a consent answer means "given": the statement (or any text starting «Даю согласие») was ticked. */
export function consentGiven(answer: string, statement: string): boolean {
  const a = answer.trim().toLowerCase().replace(/ё/g, 'е');
  if (a === '') return false;
  return a === statement.toLowerCase().replace(/ё/g, 'е') || a.startsWith('даю согласие');
}
