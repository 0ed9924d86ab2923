// Charts error texts in English and Russian [U: the exact wording of Google's messages is not documented].
import { defineMessages } from '../core/errors';

defineMessages({
  chartDataTable: {
    en: () => 'The data table is empty or incorrectly formatted.',
    ru: () => 'Таблица данных пуста или имеет неверный формат.',
  },
  chartNoData: {
    en: () => 'The chart has no data table.',
    ru: () => 'У диаграммы нет таблицы данных.',
  },
  chartContentType: {
    en: (p) => `Converting a chart to ${p.type} is not supported.`,
    ru: (p) => `Преобразование диаграммы в ${p.type} не поддерживается.`,
  },
});
