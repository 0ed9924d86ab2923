// Error texts the services add to the core table (en + ru); sources in each comment.
import { defineMessages } from '../core/errors';

defineMessages({
  // [R RayBB/easy-gmail-scheduler #4] "No HTML file named Index was found."
  htmlFileNotFound: {
    en: (p) => `No HTML file named ${p.name} was found.`,
    ru: (p) => `HTML-файл с именем ${p.name} не найден.`,
  },
  // Pattern of §3.4 "Service invoked too many times for one day: <service>." [U for properties]
  propertiesDailyQuota: {
    en: () => 'Service invoked too many times for one day: properties.',
    ru: () => 'Сервис вызывался слишком много раз за день: properties.',
  },
  // §3.4 observed variants [R RomainVialard/ErrorHandler]
  mailNoRecipient: {
    en: () => 'Failed to send email: no recipient',
    ru: () => 'Не удалось отправить письмо: нет получателя',
  },
  mailBodySize: {
    en: () => 'Limit Exceeded: Email Body Size.',
    ru: () => 'Превышен лимит: размер текста письма.',
  },
  // Java ParseException text surfaced by Utilities.parseDate [U]
  unparseableDate: {
    en: (p) => `Unparseable date: "${p.text}"`,
    ru: (p) => `Не удалось разобрать дату: "${p.text}"`,
  },
  // [U] text: the reference says only that an invalid time zone ID throws.
  invalidTimeZone: {
    en: (p) => `Invalid argument: ${p.tz}`,
    ru: (p) => `Недопустимый аргумент: ${p.tz}`,
  },
  // [U] builder misuse (atHour without a frequency, create() without an event type).
  triggerBuilderIncomplete: {
    en: (p) => `The trigger is incomplete: ${p.what}.`,
    ru: (p) => `Триггер задан не полностью: ${p.what}.`,
  },
});

export {};
