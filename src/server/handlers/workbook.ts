// Sidebar handlers of the workbook calls: thin adapters from the contract to the use cases.
import { getBanksSummary } from '../../app/banks-summary';
import { importRows } from '../../app/import-rows';
import { selectCell } from '../../app/select-cell';
import { setupWorkbook } from '../../app/setup-workbook';
import { validateWorkbook } from '../../app/validate-workbook';
import type { RpcHandlers } from '../rpc-handler';

export const workbookHandlers: Pick<
  RpcHandlers,
  'workbookSetup' | 'workbookValidate' | 'getBanksSummary' | 'selectCell' | 'workbookImport'
> = {
  workbookSetup: (ctx) => setupWorkbook(ctx),
  workbookValidate(ctx) {
    const r = validateWorkbook(ctx);
    return {
      problemCount: r.check.problems.length,
      problems: r.check.problems.slice(0, 100),
      assignedIds: r.assignedIds.length,
      highlightedCells: r.highlightedCells,
    };
  },
  getBanksSummary: (ctx) => getBanksSummary(ctx),
  selectCell: (ctx, input) => selectCell(ctx, input),
  workbookImport: (ctx, input) => importRows(ctx, input),
};
