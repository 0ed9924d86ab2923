// DataValidationBuilder and DataValidation. Rules are stored on cells as plain specs; script writes are not checked
// against them (only the UI enforces allowInvalid=false), apps-script-facts §5.7 and the Range.setValue reference.
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import type { RangeRef, SpreadsheetModel, ValidationSpec } from './model';
import { findSheet } from './model';
import { RangeImpl } from './range';

export const DataValidationCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

function isRangeRef(v: unknown): v is RangeRef & { $range: true } {
  return !!v && typeof v === 'object' && (v as { $range?: boolean }).$range === true;
}

/** Criteria arguments as callers see them: stored range refs become Range objects again. */
function liveArgs(world: World, ss: SpreadsheetModel, args: unknown[]): unknown[] {
  return args.map((a) => {
    if (!isRangeRef(a)) return Array.isArray(a) ? [...(a as unknown[])] : a instanceof Date ? new Date(a.getTime()) : a;
    const sheet = findSheet(ss, a.sheetId);
    return sheet ? new RangeImpl(world, ss, sheet, a.row, a.col, a.numRows, a.numCols) : null;
  });
}

export class DataValidationImpl extends GasObject {
  readonly [gasClass] = 'DataValidation';
  constructor(
    private readonly world: World,
    private readonly ss: SpreadsheetModel | null,
    readonly _spec: ValidationSpec,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this._spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.ss ? liveArgs(this.world, this.ss, this._spec.args) : [...this._spec.args];
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.world, { ...this._spec, args: [...this._spec.args] }, this.ss);
  }
}

export class DataValidationBuilderImpl extends GasObject {
  readonly [gasClass] = 'DataValidationBuilder';
  private spec: ValidationSpec;
  constructor(
    private readonly world: World,
    spec?: ValidationSpec,
    private ss: SpreadsheetModel | null = null,
  ) {
    super();
    this.spec = spec ?? { criteria: '', args: [], allowInvalid: true, helpText: null };
  }
  private criteria(criteria: string, args: unknown[]): DataValidationBuilderImpl {
    this.spec = { ...this.spec, criteria, args };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilderImpl {
    if (!Array.isArray(values)) throw this.world.error('invalidArgument', { name: 'values' });
    return this.criteria(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(range: RangeImpl, showDropdown = true): DataValidationBuilderImpl {
    const r = unwrap(range);
    if (!(r instanceof RangeImpl)) throw this.world.error('invalidArgument', { name: 'range' });
    this.ss = r._spreadsheet();
    return this.criteria(DataValidationCriteria.VALUE_IN_RANGE, [{ ...r._ref(), $range: true }, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    return this.criteria(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderImpl {
    return this.criteria(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }
  requireDate(): DataValidationBuilderImpl {
    return this.criteria(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilderImpl {
    return this.criteria(DataValidationCriteria.DATE_BETWEEN, [new Date(start.getTime()), new Date(end.getTime())]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilderImpl {
    const args =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.criteria(DataValidationCriteria.CHECKBOX, args);
  }
  requireTextIsEmail(): DataValidationBuilderImpl {
    return this.criteria(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilderImpl {
    return this.criteria(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): DataValidationBuilderImpl {
    return this.criteria(String(criteria), [...args]);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderImpl {
    this.spec = { ...this.spec, allowInvalid: Boolean(allowInvalidData) };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.spec = { ...this.spec, helpText: String(helpText) };
    return this;
  }
  getCriteriaType(): string {
    return this.spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.ss ? liveArgs(this.world, this.ss, this.spec.args) : [...this.spec.args];
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  /** A rule without criteria cannot be built. */
  build(): DataValidationImpl {
    if (!this.spec.criteria) throw this.world.error('invalidArgument', { name: 'criteria' });
    return new DataValidationImpl(this.world, this.ss, { ...this.spec, args: [...this.spec.args] });
  }
}
