// SpreadsheetApp global: the bound spreadsheet, openById, getUi, flush, newDataValidation and the enums the add-on reads.
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { DataValidationBuilderImpl, DataValidationCriteria } from './data-validation';
import { spreadsheetState } from './model';
import { ProtectionType } from './protection';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { UiImpl } from './ui';

export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;
export const ValueRenderOption = {
  FORMATTED_VALUE: 'FORMATTED_VALUE',
  UNFORMATTED_VALUE: 'UNFORMATTED_VALUE',
  FORMULA: 'FORMULA',
} as const;

export class SpreadsheetAppImpl extends GasObject {
  readonly [gasClass] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;

  constructor(private readonly world: World) {
    super();
  }

  /** The bound spreadsheet, or null for a script with no container. */
  getActiveSpreadsheet(): SpreadsheetImpl | null {
    const state = spreadsheetState(this.world);
    const model = state.activeId === null ? undefined : state.spreadsheets.get(state.activeId);
    return model ? new SpreadsheetImpl(this.world, model) : null;
  }
  getActive(): SpreadsheetImpl | null {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): SheetImpl | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }
  /** The selection; A1 of the active sheet when nothing was selected. */
  getActiveRange(): RangeImpl | null {
    return this.getActiveSpreadsheet()?.getActiveRange() ?? null;
  }
  /** Needs the spreadsheets scope (gated by name); unknown ids get the document-missing error. */
  openById(id: string): SpreadsheetImpl {
    const model = spreadsheetState(this.world).spreadsheets.get(String(id));
    if (!model) throw this.world.error('documentMissing', { id: String(id) });
    return new SpreadsheetImpl(this.world, model);
  }
  openByUrl(url: string): SpreadsheetImpl {
    const m = /\/d\/([^/]+)/.exec(String(url));
    if (!m) throw this.world.error('invalidArgument', { name: 'url' });
    return this.openById(m[1]!);
  }
  /** Time-driven and form triggers have no UI to talk to. */
  getUi(): UiImpl {
    if (this.world.execution?.kind === 'trigger') throw this.world.error('uiContext');
    return new UiImpl(this.world);
  }
  /** Recorded per bound spreadsheet; writes are applied immediately, so there is nothing pending. */
  flush(): void {
    const state = spreadsheetState(this.world);
    const model = state.activeId === null ? undefined : state.spreadsheets.get(state.activeId);
    if (model) model.flushes++;
    this.world.state('spreadsheet.flushes', () => ({ count: 0 })).count++;
  }
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.world);
  }
}
