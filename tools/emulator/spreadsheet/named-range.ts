// NamedRange objects and the naming rule Sheets applies to them.
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { parseA1 } from './a1';
import { findSheet, type NamedRangeModel, type SpreadsheetModel } from './model';
import { RangeImpl } from './range';

/** Letters, digits and underscores, not starting with a digit, not a cell reference, not TRUE/FALSE (Sheets UI rule). */
export function assertNamedRangeName(world: World, name: string): void {
  const ok =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    name.length <= 250 &&
    !parseA1(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^R\d*C\d*$/i.test(name);
  if (!ok) throw world.error('namedRangeInvalid', { name });
}

export class NamedRangeImpl extends GasObject {
  readonly [gasClass] = 'NamedRange';
  constructor(
    private readonly world: World,
    private readonly ss: SpreadsheetModel,
    private readonly model: NamedRangeModel,
  ) {
    super();
  }
  getName(): string {
    return this.model.name;
  }
  setName(name: string): NamedRangeImpl {
    assertNamedRangeName(this.world, String(name));
    this.model.name = String(name);
    return this;
  }
  getRange(): RangeImpl {
    const r = this.model.range;
    const sheet = findSheet(this.ss, r.sheetId);
    if (!sheet) throw this.world.error('rangeNotFound');
    return new RangeImpl(this.world, this.ss, sheet, r.row, r.col, r.numRows, r.numCols);
  }
  setRange(range: RangeImpl): NamedRangeImpl {
    this.model.range = unwrap(range)._ref();
    return this;
  }
  remove(): void {
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n !== this.model);
  }
}
