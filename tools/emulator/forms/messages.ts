// FormApp error texts in English and Russian (apps-script-facts §6, §13); exact wording is [U] unless noted.
import { defineMessages } from '../core/errors';

defineMessages({
  formNotFound: {
    en: () => 'No item with the given ID could be found, or you do not have permission to access it.',
    ru: () => 'Не удалось найти элемент с указанным идентификатором, или у вас нет доступа к нему.',
  },
  formItemNotFound: {
    en: (p) => `No item with the given ID could be found: ${p.id}`,
    ru: (p) => `Не удалось найти элемент с указанным идентификатором: ${p.id}`,
  },
  formItemCast: {
    en: (p) => `Item of type ${p.actual} cannot be cast to ${p.wanted}.`,
    ru: (p) => `Элемент типа ${p.actual} нельзя привести к типу ${p.wanted}.`,
  },
  formChoiceInvalid: {
    en: (p) => `Invalid response submitted to item ${p.item}: "${p.value}" is not one of the choices.`,
    ru: (p) => `Недопустимый ответ на вопрос ${p.item}: «${p.value}» нет среди вариантов.`,
  },
  formScaleOutOfBounds: {
    en: (p) => `Invalid response submitted to item ${p.item}: ${p.value} is outside the scale's bounds.`,
    ru: (p) => `Недопустимый ответ на вопрос ${p.item}: ${p.value} вне границ шкалы.`,
  },
  formLimitOneResponse: {
    en: () => 'Scripts cannot submit responses to a form that limits each user to one response.',
    ru: () => 'Скрипт не может отправлять ответы в форму, которая ограничивает пользователя одним ответом.',
  },
  formNotAccepting: {
    en: () => 'This form is no longer accepting responses.',
    ru: () => 'Форма больше не принимает ответы.',
  },
  formDestinationMissing: {
    en: (p) => `The destination spreadsheet ${p.id} could not be found.`,
    ru: (p) => `Таблица для ответов ${p.id} не найдена.`,
  },
});

export {};
