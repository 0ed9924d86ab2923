// Error texts the SpreadsheetApp emulator adds to the core table (en + ru).
import { defineMessages } from '../core/errors';

defineMessages({
  uiContext: {
    en: () => 'Cannot call SpreadsheetApp.getUi() from this context.',
    ru: () => 'Невозможно вызвать SpreadsheetApp.getUi() из этого контекста.',
  },
  deleteOnlySheet: {
    en: () => "You can't remove all the sheets in a document.",
    ru: () => 'Нельзя удалить все листы в документе.',
  },
  rowsOutOfBounds: {
    en: () => 'Those rows are out of bounds.',
    ru: () => 'Эти строки находятся за пределами допустимого диапазона.',
  },
  columnsOutOfBounds: {
    en: () => 'Those columns are out of bounds.',
    ru: () => 'Эти столбцы находятся за пределами допустимого диапазона.',
  },
  deleteAllRows: {
    en: () => 'Sorry, it is not possible to delete all non-frozen rows.',
    ru: () => 'Невозможно удалить все незакрепленные строки.',
  },
  deleteAllColumns: {
    en: () => 'Sorry, it is not possible to delete all non-frozen columns.',
    ru: () => 'Невозможно удалить все незакрепленные столбцы.',
  },
  sheetNameEmpty: {
    en: () => 'Sheet names cannot be empty.',
    ru: () => 'Название листа не может быть пустым.',
  },
  namedRangeInvalid: {
    en: (p) => `Named range name is not valid: ${p.name}`,
    ru: (p) => `Недопустимое название именованного диапазона: ${p.name}`,
  },
  // Wording as reported by users hitting the limit [R*]; the 50,000 figure is Google's (§3.5).
  cellTooLong: {
    en: (p) => `Your input contains more than the maximum of ${p.max} characters in a single cell.`,
    ru: (p) => `Ваши входные данные содержат более ${p.max} символов в одной ячейке.`,
  },
  sheetDeleted: {
    en: () => 'Sheet not found',
    ru: () => 'Лист не найден',
  },
  frozenRowsTooMany: {
    en: () => "Sorry, it's not possible to freeze more rows than there are in the sheet.",
    ru: () => 'Нельзя закрепить больше строк, чем есть на листе.',
  },
  validationRangeEmpty: {
    en: () => 'The data validation rule requires a non-empty list of values.',
    ru: () => 'Для правила проверки данных требуется непустой список значений.',
  },
});

export {};

defineMessages({
  paramsMismatch: {
    en: (p) => `The parameters (${p.types}) don't match the method signature for ${p.method}.`,
    ru: (p) => `Параметры (${p.types}) не соответствуют сигнатуре метода ${p.method}.`,
  },
});
