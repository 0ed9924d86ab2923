// Menu functions of «Подбор»: «Подобрать наставника» and «Автоподбор» open the sidebar on the «Подбор» panel (the
// proposal needs the curator's edits and confirmation), «Анализ банка» rewrites its sheet and reports in a dialog.
import { bankAnalysis } from '../app/matching/analysis';
import type { AppContext } from '../app/context';
import { UserError } from '../app/errors';
import { selectedRows } from '../google/selection';
import { bankAnalysisTable } from '../workbook/tables/bank-analysis';
import { menteesTable } from '../workbook/tables/mentees';
import type { PublicApi } from './public-api';
import { showSidebarAt } from './sidebar-start';
import { menuAction } from './workbook-menu';

/** The panel and what it should do first (its start section). */
export type MatchingStart = 'selection' | 'propose';
export const MATCHING_PANEL = 'matching';

export function matchingMenuFunctions(context: () => AppContext): PublicApi {
  return {
    matchingSuggestSelected: {
      kind: 'menu',
      doc: 'Menu «Подбор → Подобрать наставника»: opens «Подбор» with suggestions for the rows selected on «Наставляемые».',
      params: [],
      run: menuAction(context, 'Подобрать наставника', (ctx) => {
        const selection = selectedRows(ctx);
        if (selection.sheet !== menteesTable.sheetName || selection.rows.every((r) => r < 2)) {
          throw new UserError(
            `Выделите на листе «${menteesTable.sheetName}» строки педагогов, которым нужен наставник (одну или несколько подряд), и снова выберите «Подобрать наставника».`,
          );
        }
        showSidebarAt(ctx.services, MATCHING_PANEL, 'selection');
      }),
    },
    matchingAutoAssign: {
      kind: 'menu',
      doc: 'Menu «Подбор → Автоподбор»: opens «Подбор» with the optimal proposal for everyone waiting, to edit and confirm.',
      params: [],
      run: menuAction(context, 'Автоподбор', (ctx) => showSidebarAt(ctx.services, MATCHING_PANEL, 'propose')),
    },
    matchingBankAnalysis: {
      kind: 'menu',
      doc: 'Menu «Подбор → Анализ банка»: rewrites the printable «Анализ банка» sheet and summarises the shortfalls.',
      params: [],
      run: menuAction(context, 'Анализ банка', (ctx) => {
        const r = bankAnalysis(ctx, { write: true });
        ctx.spreadsheet().getSheetByName(bankAnalysisTable.sheetName)?.activate();
        const deficits = r.rows.filter((x) => x.verdict === 'deficit');
        return [
          `Лист «${bankAnalysisTable.sheetName}» обновлён (${r.date}); его можно распечатать: Файл → Печать.`,
          `Ждут наставника: ${r.totals.waitingMentees}. Активных наставников: ${r.totals.activeMentors}, свободных мест: ${r.totals.freePlaces}.`,
          deficits.length
            ? `Не хватает наставников по запросам: ${deficits
                .slice(0, 8)
                .map((x) => `${x.competence} (${x.shortfall})`)
                .join('; ')}${deficits.length > 8 ? ` и ещё ${deficits.length - 8}` : ''}.`
            : 'Дефицита по запросам нет.',
        ].join('\n');
      }),
    },
  };
}
