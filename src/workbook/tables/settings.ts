// «Настройки»: a key/value form (one parameter per row), parsed into SchoolSettings.
import { matchSettingSpecs } from '../match-setting-specs';
import { defineTable } from '../table-schema';

export const settingsTable = defineTable({
  key: 'settings',
  sheetName: 'Настройки',
  color: '#6a1b9a',
  columns: [
    {
      field: 'key',
      header: 'Параметр',
      kind: 'text',
      managedBy: 'addon',
      width: 300,
      note: 'Название параметра. Не меняйте: по нему дополнение находит значение.',
    },
    {
      field: 'value',
      header: 'Значение',
      kind: 'text',
      managedBy: 'person',
      width: 360,
      note: 'Значение параметра: заполните или исправьте.',
    },
    {
      field: 'hint',
      header: 'Пояснение',
      kind: 'text',
      managedBy: 'addon',
      width: 420,
      note: 'Что означает параметр и в каком виде его писать.',
    },
  ],
});

export type SettingKey =
  | 'schoolFullName'
  | 'schoolShortName'
  | 'city'
  | 'directorName'
  | 'directorTitle'
  | 'curatorName'
  | 'curatorPost'
  | 'curatorEmail'
  | 'academicYear'
  | 'timeZone'
  | 'alertRecipients'
  | 'alertLeadDays'
  | 'defaultMentorCapacity'
  | 'defaultProgramMonths'
  | 'maxGroupSize'
  | 'requestFormId'
  | 'requestFormEditUrl'
  | 'requestFormUrl'
  | 'requestFormSheet'
  | 'mentorFormId'
  | 'mentorFormEditUrl'
  | 'mentorFormUrl'
  | 'mentorFormSheet'
  | 'matchCoverage'
  | 'matchSubject'
  | 'matchExperience'
  | 'matchQualification'
  | 'matchTraining'
  | 'matchPreferred'
  | 'matchFreeCapacity'
  | 'matchMinScore'
  | 'matchMinSchoolYears'
  | 'orderNumber'
  | 'orderDate'
  | 'regulationReference'
  | 'documentsFolder'
  | 'dailyDocumentLimit'
  | 'monitoringLowScore'
  | `${MonitoringFormPrefix}${'Id' | 'EditUrl' | 'Url' | 'Sheet'}`;

/** The three monitoring questionnaires (issue 8), recorded like the intake forms. */
export type MonitoringFormPrefix = 'monitoringMenteeForm' | 'monitoringMentorForm' | 'monitoringCuratorForm';

export interface SettingSpec {
  key: SettingKey;
  /** The text in «Параметр»: how the row is found. */
  label: string;
  hint: string;
  required: boolean;
  /** Seed value written once, when the row is created; '' = left for the curator. */
  seed: string;
}

/** The parameters in the order they appear on the sheet. */
export const settingSpecs: readonly SettingSpec[] = [
  {
    key: 'schoolFullName',
    label: 'Полное название школы',
    hint: 'Как в уставе, например: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2» г. Сосногорска.',
    required: true,
    seed: '',
  },
  {
    key: 'schoolShortName',
    label: 'Краткое название школы',
    hint: 'Например: МБОУ «СОШ № 2» г. Сосногорска.',
    required: true,
    seed: '',
  },
  { key: 'city', label: 'Город', hint: 'Город или населённый пункт для документов.', required: false, seed: '' },
  {
    key: 'directorName',
    label: 'ФИО директора',
    hint: 'Для подписи приказов, например: Петров П. П.',
    required: false,
    seed: '',
  },
  {
    key: 'directorTitle',
    label: 'Должность директора',
    hint: 'Например: директор.',
    required: false,
    seed: 'директор',
  },
  {
    key: 'curatorName',
    label: 'Куратор наставничества: ФИО',
    hint: 'Кто ведёт систему наставничества.',
    required: false,
    seed: '',
  },
  {
    key: 'curatorPost',
    label: 'Куратор наставничества: должность',
    hint: 'Например: заместитель директора по УВР.',
    required: false,
    seed: '',
  },
  {
    key: 'curatorEmail',
    label: 'Куратор наставничества: email',
    hint: 'Адрес электронной почты куратора.',
    required: false,
    seed: '',
  },
  { key: 'academicYear', label: 'Учебный год', hint: 'В виде 2026/2027.', required: true, seed: '' },
  {
    key: 'timeZone',
    label: 'Часовой пояс',
    hint: 'Название пояса, например Europe/Moscow. Пусто — пояс таблицы.',
    required: false,
    seed: '',
  },
  {
    key: 'alertRecipients',
    label: 'Получатели напоминаний',
    hint: 'Адреса через запятую или «;». Пусто — только куратор.',
    required: false,
    seed: '',
  },
  {
    key: 'alertLeadDays',
    label: 'За сколько дней напоминать',
    hint: 'Числа дней до срока через запятую, например: 14, 7, 1.',
    required: true,
    seed: '14, 7, 1',
  },
  {
    key: 'defaultMentorCapacity',
    label: 'Вместимость наставника по умолчанию',
    hint: 'Сколько наставляемых у наставника, если в банке не указано: целое число от 1 до 10.',
    required: true,
    seed: '2',
  },
  {
    key: 'defaultProgramMonths',
    label: 'Длительность программы по умолчанию, месяцев',
    hint: 'Целое число от 1 до 36, обычно 9.',
    required: true,
    seed: '9',
  },
  {
    key: 'maxGroupSize',
    label: 'Максимальный размер группы',
    hint: 'Сколько наставляемых может быть в группе: целое число от 2 до 30.',
    required: true,
    seed: '5',
  },
  ...formSettingSpecs('requestForm', 'Форма запросов', 'Создать форму запросов'),
  ...formSettingSpecs('mentorForm', 'Анкета наставника', 'Создать анкету наставника'),
  // Matching («Подбор»): weights of the compatibility score and the optional hard rule; see src/workbook/match-settings.ts.
  ...matchSettingSpecs,
  {
    key: 'orderNumber',
    label: 'Приказ о закреплении пар: номер',
    hint: 'Номер приказа, например 112-од. Пусто — в приказе останется место, чтобы вписать номер от руки.',
    required: false,
    seed: '',
  },
  {
    key: 'orderDate',
    label: 'Приказ о закреплении пар: дата',
    hint: 'Дата приказа, ДД.ММ.ГГГГ (по дорожной карте — не позднее 1 октября). Пусто — дата формирования.',
    required: false,
    seed: '',
  },
  {
    key: 'regulationReference',
    label: 'Положение о наставничестве: чем утверждено',
    hint: 'Реквизиты приказа об утверждении Положения о системе наставничества, например: от 30.08.2026 № 95-од. Цитируется в преамбуле приказа.',
    required: false,
    seed: '',
  },
  {
    key: 'documentsFolder',
    label: 'Папка документов на Google Диске',
    hint: 'Название папки для приказа, согласий и программ. Пусто — «Наставничество 2026-2027» по учебному году. Папку дополнение создаёт само, один раз.',
    required: false,
    seed: '',
  },
  {
    key: 'dailyDocumentLimit',
    label: 'Лимит новых документов в день',
    hint: 'Google разрешает создавать в день 250 документов на обычном аккаунте и 1500 в Google Workspace. Укажите 1500, если школа работает в Workspace; дополнение остановится, не превысив лимит, и продолжит на следующий день. Пусто — 250.',
    required: false,
    seed: '250',
  },
  {
    key: 'monitoringLowScore',
    label: 'Порог низкой оценки в мониторинге',
    hint: 'Оценка от 1 до 9: пара с такой оценкой или ниже попадает в список «требуют внимания». Пусто — 4.',
    required: false,
    seed: '4',
  },
  ...formSettingSpecs(
    'monitoringMenteeForm',
    'Анкета мониторинга (наставляемые)',
    'Разослать анкеты мониторинга',
    'Итоги года',
  ),
  ...formSettingSpecs(
    'monitoringMentorForm',
    'Анкета мониторинга (наставники)',
    'Разослать анкеты мониторинга',
    'Итоги года',
  ),
  ...formSettingSpecs(
    'monitoringCuratorForm',
    'Анкета мониторинга (куратор)',
    'Разослать анкеты мониторинга',
    'Итоги года',
  ),
];

/** The four rows of one Google Form (id, links, response sheet): filled by the add-on, read to find the form again. */
function formSettingSpecs(
  prefix: 'requestForm' | 'mentorForm' | MonitoringFormPrefix,
  form: string,
  command: string,
  menu = 'Формы',
): SettingSpec[] {
  const filled = `Заполняет дополнение командой «Наставничество → ${menu} → ${command}»; не меняйте вручную.`;
  return [
    {
      key: `${prefix}Id`,
      label: `${form}: ID`,
      hint: `Идентификатор Google Формы. ${filled}`,
      required: false,
      seed: '',
    },
    {
      key: `${prefix}EditUrl`,
      label: `${form}: ссылка для редактирования`,
      hint: `Открывает форму в редакторе Google Форм. ${filled}`,
      required: false,
      seed: '',
    },
    {
      key: `${prefix}Url`,
      label: `${form}: ссылка для педагогов`,
      hint: `Эту ссылку отправьте педагогам. ${filled}`,
      required: false,
      seed: '',
    },
    {
      key: `${prefix}Sheet`,
      label: `${form}: лист ответов`,
      hint: `Лист этой таблицы, куда Google Формы записывают ответы. ${filled}`,
      required: false,
      seed: '',
    },
  ];
}
