// DocumentApp and Drive v3 error texts in English and Russian (apps-script-facts §3.4, §7, §13); [U] where noted.
import { defineMessages } from '../core/errors';

defineMessages({
  // Seen verbatim in user scripts after saveAndClose(), e.g. "Exception: Document is closed, its contents cannot be updated."
  docClosed: {
    en: () => 'Document is closed, its contents cannot be updated.',
    ru: () => 'Документ закрыт, его содержимое не может быть изменено.',
  },
  // apps-script-facts §7.1 [R*]; widely quoted in scripts that prune bodies.
  // [U] wording: a blob that is not an image cannot be inserted (reference/document/body#appendImage(BlobSource)).
  docInvalidImage: {
    en: () => 'Invalid image data.',
    ru: () => 'Недопустимые данные изображения.',
  },
  docLastParagraph: {
    en: () => "Can't remove the last paragraph in a document section.",
    ru: () => 'Невозможно удалить последний абзац в разделе документа.',
  },
  docChildIndex: {
    en: (p) => `Child index (${p.index}) must be less than the number of child elements (${p.count}).`,
    ru: (p) => `Индекс дочернего элемента (${p.index}) должен быть меньше числа дочерних элементов (${p.count}).`,
  },
  docNotChild: {
    en: () => 'Element does not contain the specified child element.',
    ru: () => 'Элемент не содержит указанный дочерний элемент.',
  },
  docOffset: {
    en: (p) => `Offset (${p.offset}) is out of range.`,
    ru: (p) => `Смещение (${p.offset}) вне допустимого диапазона.`,
  },
  docConvert: {
    en: (p) => `Converting from application/vnd.google-apps.document to ${p.type} is not supported.`,
    ru: (p) => `Преобразование из application/vnd.google-apps.document в ${p.type} не поддерживается.`,
  },
  docRegex: {
    en: (p) => `Invalid regular expression: ${p.pattern}`,
    ru: (p) => `Недопустимое регулярное выражение: ${p.pattern}`,
  },
  docHeaderExists: {
    en: (p) => `Document tab already contains a ${p.what}.`,
    ru: (p) => `Вкладка документа уже содержит ${p.what === 'header' ? 'верхний колонтитул' : 'нижний колонтитул'}.`,
  },
  docTableRagged: {
    en: () => 'All rows of the table must have the same number of cells.',
    ru: () => 'Все строки таблицы должны содержать одинаковое число ячеек.',
  },
  // Drive v3 404 through the advanced service: "API call to drive.files.get failed with error: File not found: <id>."
  // (REST text "File not found: <id>." per googleapis issues; the Russian prefix is [U]).
  driveNotFound: {
    en: (p) => `API call to drive.files.${p.method} failed with error: File not found: ${p.id}.`,
    ru: (p) => `Ошибка вызова API drive.files.${p.method}: File not found: ${p.id}.`,
  },
  driveInvalid: {
    en: (p) => `API call to drive.files.${p.method} failed with error: Invalid Value: ${p.what}`,
    ru: (p) => `Ошибка вызова API drive.files.${p.method}: Invalid Value: ${p.what}`,
  },
});

export {};

defineMessages({
  docDetached: {
    en: () => 'Element must be detached.',
    ru: () => 'Элемент должен быть отсоединён.',
  },
  docCast: {
    en: (p) => `Cannot cast element of type ${p.actual} to ${p.wanted}.`,
    ru: (p) => `Невозможно привести элемент типа ${p.actual} к типу ${p.wanted}.`,
  },
});

defineMessages({
  // The REST error reasons for property limits are not quoted in the guide; wording [U], limits per the properties guide.
  drivePropertyTooLarge: {
    en: (p) =>
      `API call to drive.files.${p.method} failed with error: The size of the property ${p.key} exceeds the limit of 124 bytes.`,
    ru: (p) =>
      `Ошибка вызова API drive.files.${p.method}: The size of the property ${p.key} exceeds the limit of 124 bytes.`,
  },
  driveTooManyProperties: {
    en: (p) =>
      `API call to drive.files.${p.method} failed with error: A file may have at most ${p.limit} private properties per app.`,
    ru: (p) =>
      `Ошибка вызова API drive.files.${p.method}: A file may have at most ${p.limit} private properties per app.`,
  },
});
