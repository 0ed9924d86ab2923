// Menu functions of the workbook: «Настроить таблицу», «Проверка данных», «Импорт»; each reports in a Russian dialog.
import { importRows } from '../app/import-rows';
import { setupWorkbook } from '../app/setup-workbook';
import { validateWorkbook } from '../app/validate-workbook';
import type { AppContext } from '../app/context';
import { UserError } from '../app/errors';
import { describeProblem } from '../domain/validation/problem';
import type { PublicApi } from './public-api';

export function alert(ctx: AppContext, title: string, text: string): void {
  const ui = ctx.services.SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/**
 * Runs a menu action and shows its report in a dialog; nothing more is shown when the action returns '' (the person
 * declined a question) or nothing (it opened the sidebar instead). A UserError becomes a dialog, anything else is
 * rethrown so Apps Script logs it.
 */
export function menuAction(
  context: () => AppContext,
  title: string,
  action: (ctx: AppContext) => string | void,
): () => void {
  return () => {
    const ctx = context();
    try {
      const report = action(ctx);
      if (report) alert(ctx, title, report);
    } catch (e) {
      if (e instanceof UserError) alert(ctx, title, [e.message, ...e.details].join('\n'));
      else throw e;
    }
  };
}

export function workbookMenuFunctions(context: () => AppContext): PublicApi {
  return {
    setupWorkbook: {
      kind: 'menu',
      doc: 'Menu «Настроить таблицу»: creates missing sheets and columns, refreshes formats and dropdowns; safe to repeat.',
      params: [],
      run: menuAction(context, 'Настройка таблицы', (ctx) => {
        const r = setupWorkbook(ctx);
        return [
          r.createdSheets.length ? `Созданы листы: ${r.createdSheets.join(', ')}.` : 'Все листы уже были на месте.',
          ...r.addedColumns.map((a) => `${a.sheet}: добавлены столбцы ${a.columns.join(', ')}.`),
          ...r.migrations,
          'Данные не изменялись. Заполните лист «Настройки».',
        ].join('\n');
      }),
    },
    validateWorkbook: {
      kind: 'menu',
      doc: 'Menu «Проверка данных»: checks the banks and settings, highlights bad cells, lists the problems.',
      params: [],
      run: menuAction(context, 'Проверка данных', (ctx) => {
        const r = validateWorkbook(ctx);
        const ps = r.check.problems;
        if (!ps.length) return 'Проблем не найдено.';
        const shown = ps.slice(0, 15).map(describeProblem);
        return [
          `Найдено проблем: ${ps.length}. Ячейки с ошибками выделены цветом.`,
          ...shown,
          ps.length > 15 ? `…и ещё ${ps.length - 15}: полный список — в панели, вкладка «Банки».` : '',
        ]
          .filter(Boolean)
          .join('\n');
      }),
    },
    importRows: {
      kind: 'menu',
      doc: 'Menu «Импорт»: moves the rows pasted on «Импорт» into the banks; values that need a decision stay.',
      params: [],
      run: menuAction(context, 'Импорт', (ctx) => {
        const r = importRows(ctx, { apply: true, answers: [] });
        return [
          `Перенесено строк: ${r.moved.length}.`,
          r.waiting.length ? `Ждут уточнения: ${r.waiting.length} (см. столбец «Результат импорта»).` : '',
          r.questions.length
            ? `Значения не из справочников: ${r.questions.map((q) => `«${q.value}»`).join(', ')}. Решите, что с ними делать, в панели «Банки» или исправьте на листе «Импорт».`
            : '',
        ]
          .filter(Boolean)
          .join('\n');
      }),
    },
  };
}
