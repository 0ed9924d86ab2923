// Apps Script error texts in English and Russian; code never branches on them (apps-script-facts §13).
export type Locale = 'en' | 'ru';

type Template = (p: Record<string, string | number>) => string;

const messages: Record<string, Record<Locale, Template>> = {
  rangeRowsTooFew: {
    en: () => 'The number of rows in the range must be at least 1.',
    ru: () => 'Количество строк в диапазоне должно быть не меньше 1.',
  },
  rangeColumnsTooFew: {
    en: () => 'The number of columns in the range must be at least 1.',
    ru: () => 'Количество столбцов в диапазоне должно быть не меньше 1.',
  },
  rangeOutside: {
    en: () => 'The coordinates of the range are outside the dimensions of the sheet.',
    ru: () => 'Координаты диапазона находятся за пределами листа.',
  },
  startRowTooSmall: {
    en: () => 'The starting row of the range is too small.',
    ru: () => 'Начальная строка диапазона слишком мала.',
  },
  startColumnTooSmall: {
    en: () => 'The starting column of the range is too small.',
    ru: () => 'Начальный столбец диапазона слишком мал.',
  },
  dataColumnsMismatch: {
    en: (p) =>
      `The number of columns in the data does not match the number of columns in the range. The data has ${p.data} but the range has ${p.range}.`,
    ru: (p) =>
      `Число столбцов в данных не соответствует числу столбцов в диапазоне. В данных: ${p.data}, в диапазоне: ${p.range}.`,
  },
  dataRowsMismatch: {
    en: (p) =>
      `The number of rows in the data does not match the number of rows in the range. The data has ${p.data} but the range has ${p.range}.`,
    ru: (p) =>
      `Число строк в данных не соответствует числу строк в диапазоне. В данных: ${p.data}, в диапазоне: ${p.range}.`,
  },
  sheetExists: {
    en: (p) => `A sheet with the name "${p.name}" already exists. Please enter another name.`,
    ru: (p) => `Лист "${p.name}" уже существует. Введите другое название.`,
  },
  invalidArgument: {
    en: (p) => `Invalid argument: ${p.name}`,
    ru: (p) => `Недопустимый аргумент: ${p.name}`,
  },
  rangeNotFound: {
    en: () => 'Range not found',
    ru: () => 'Диапазон не найден',
  },
  protectedCell: {
    en: () =>
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    ru: () =>
      'Вы пытаетесь изменить защищенную ячейку или объект. Если вам нужно внести изменения, обратитесь к владельцу таблицы.',
  },
  permission: {
    en: (p) => `You do not have permission to call ${p.method}. Required permissions: ${p.scope}`,
    ru: (p) => `У вас нет разрешения на вызов ${p.method}. Необходимые разрешения: ${p.scope}`,
  },
  authModeNone: {
    en: (p) => `You do not have permission to call ${p.method} in this context (AuthMode.${p.mode}).`,
    ru: (p) => `У вас нет разрешения на вызов ${p.method} в этом контексте (AuthMode.${p.mode}).`,
  },
  lockTimeout: {
    en: () => 'Lock timeout: another process was holding the lock for too long.',
    ru: () => 'Истекло время ожидания блокировки: другой процесс слишком долго удерживал блокировку.',
  },
  propertyQuota: {
    en: () => 'You have exceeded the property storage quota. Please remove some properties and try again.',
    ru: () => 'Превышена квота хранилища свойств. Удалите некоторые свойства и повторите попытку.',
  },
  argumentTooLarge: {
    en: (p) => `Argument too large: ${p.name}`,
    ru: (p) => `Слишком большой аргумент: ${p.name}`,
  },
  tooManyTriggers: {
    en: () => 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    ru: () => 'В этом скрипте слишком много триггеров. Удалите триггеры, прежде чем добавлять новые.',
  },
  addonTriggerInterval: {
    en: () => 'The recurrence interval for an Add-on trigger must be at least one hour.',
    ru: () => 'Интервал повторения триггера дополнения должен быть не меньше одного часа.',
  },
  addonTriggerDuplicate: {
    en: (p) => `An add-on may have only one ${p.type} trigger per user per document.`,
    ru: (p) => `Дополнение может иметь только один триггер типа ${p.type} на пользователя в документе.`,
  },
  mailDailyQuota: {
    en: () => 'Service invoked too many times for one day: email.',
    ru: () => 'Сервис вызывался слишком много раз за день: email.',
  },
  mailRecipientsPerMessage: {
    en: () => 'Limit Exceeded: Email Recipients Per Message.',
    ru: () => 'Превышен лимит: число получателей в одном письме.',
  },
  invalidEmail: {
    en: (p) => `Invalid email: ${p.email}`,
    ru: (p) => `Недопустимый адрес электронной почты: ${p.email}`,
  },
  documentMissing: {
    en: (p) => `Document ${p.id} is missing (perhaps it was deleted, or you don't have read access?)`,
    ru: (p) => `Документ ${p.id} отсутствует (возможно, он был удален)`,
  },
  exceededMaxExecutionTime: {
    en: () => 'Exceeded maximum execution time',
    ru: () => 'Превышено максимальное время выполнения',
  },
  scriptFunctionNotFound: {
    en: (p) => `Script function not found: ${p.name}`,
    ru: (p) => `Функция скрипта не найдена: ${p.name}`,
  },
  documentQuota: {
    en: () => 'Service invoked too many times for one day: docs create.',
    ru: () => 'Сервис вызывался слишком много раз за день: docs create.',
  },
};

export type MessageKey = keyof typeof messages;

/** Formats an Apps Script service error in the world's locale. */
export function message(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const entry = messages[key];
  if (!entry) throw new Error(`emulator: unknown message key ${key}`);
  return entry[locale](params);
}

/** Services throw plain Error objects whose message is the localized text (V8 logs add "Exception: "). */
export class GasError extends Error {
  constructor(
    readonly key: string,
    text: string,
  ) {
    super(text);
    this.name = 'Exception';
  }
}

/** Registers more messages (later services add theirs). */
export function defineMessages(more: Record<string, Record<Locale, Template>>): void {
  Object.assign(messages, more);
}
