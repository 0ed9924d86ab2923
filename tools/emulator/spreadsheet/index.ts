// SpreadsheetApp emulator: registers the global and exports the uncounted setup API for tests and the playground.
import './messages';
import { expose } from '../core/gas-object';
import { registerGlobals } from '../globals';
import { SpreadsheetAppImpl } from './spreadsheet-app';

registerGlobals((world, g) => {
  g.SpreadsheetApp = expose(
    world,
    new SpreadsheetAppImpl(world),
  ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
});

export {
  createSpreadsheet,
  getSpreadsheetModel,
  openSpreadsheet,
  deleteSheetAsPerson,
  renameSheetAsPerson,
  typeIntoCell,
  pushUiAnswer,
  setTextFormatKeepsFormulasAsText,
  uiState,
  spreadsheetState,
  type CreateSpreadsheetOptions,
  type TypeResult,
} from './setup';
export { snapshotSpreadsheets, restoreSpreadsheets, type SpreadsheetsSnapshot } from './snapshot';
export { toSerial, fromSerial } from './zone';
export { Formula, type SpreadsheetModel, type SheetModel, type CellValue } from './model';
export type { MenuModel, MenuEntry, ShownHtml, AlertRecord, ScriptedAnswer, UiState } from './ui';
export { SpreadsheetAppImpl } from './spreadsheet-app';
