// Protection objects (Range.protect / Sheet.protect) and the edit check every write goes through (§5.7).
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import type { ProtectionModel, RangeRef, SpreadsheetModel } from './model';
import { findSheet } from './model';
import { RangeImpl } from './range';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

function overlaps(a: RangeRef, row: number, col: number, numRows: number, numCols: number): boolean {
  return a.row < row + numRows && row < a.row + a.numRows && a.col < col + numCols && col < a.col + a.numCols;
}

function covers(a: RangeRef, row: number, col: number, numRows: number, numCols: number): boolean {
  return a.row <= row && a.col <= col && a.row + a.numRows >= row + numRows && a.col + a.numCols >= col + numCols;
}

/** The user the current execution runs as; the world's user between executions. */
export function currentUser(world: World): string {
  return world.execution?.user ?? world.userEmail;
}

export function userCanEdit(ss: SpreadsheetModel, p: ProtectionModel, user: string): boolean {
  return user === ss.owner || p.editors.includes(user);
}

/** Throws protectedCell when a non-warning protection covers cells the user may not edit. Script writes go through this. */
export function assertEditable(
  world: World,
  ss: SpreadsheetModel,
  sheetId: number,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  const user = currentUser(world);
  for (const p of ss.protections) {
    if (p.warningOnly || p.range.sheetId !== sheetId || userCanEdit(ss, p, user)) continue;
    if (p.type === 'RANGE' && !overlaps(p.range, row, col, numRows, numCols)) continue;
    if (p.type === 'SHEET' && p.unprotected.some((u) => u.sheetId === sheetId && covers(u, row, col, numRows, numCols)))
      continue;
    throw world.error('protectedCell');
  }
}

export class ProtectionImpl extends GasObject {
  readonly [gasClass] = 'Protection';
  constructor(
    private readonly world: World,
    private readonly ss: SpreadsheetModel,
    private readonly model: ProtectionModel,
  ) {
    super();
  }

  getProtectionType(): string {
    return this.model.type;
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): ProtectionImpl {
    this.model.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }
  getRange(): RangeImpl {
    const r = this.model.range;
    const sheet = findSheet(this.ss, r.sheetId);
    if (!sheet) throw this.world.error('sheetDeleted');
    return new RangeImpl(this.world, this.ss, sheet, r.row, r.col, r.numRows, r.numCols);
  }
  /** Editors as plain emails (the real method returns User objects; the add-on only reads emails). */
  getEditors(): Array<{ getEmail(): string }> {
    return this.model.editors.map((email) => ({ getEmail: () => email }));
  }
  addEditor(emailAddress: string | { getEmail(): string }): ProtectionImpl {
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: string[]): ProtectionImpl {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  /** The owner can never be removed from a protection's editors. */
  removeEditor(emailAddress: string | { getEmail(): string }): ProtectionImpl {
    return this.removeEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }
  removeEditors(emailAddresses: Array<string | { getEmail(): string }>): ProtectionImpl {
    const drop = new Set(emailAddresses.map((e) => (typeof e === 'string' ? e : e.getEmail())));
    drop.delete(this.ss.owner);
    this.model.editors = this.model.editors.filter((e) => !drop.has(e));
    return this;
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  setDomainEdit(editable: boolean): ProtectionImpl {
    this.model.domainEdit = Boolean(editable);
    return this;
  }
  /** Whether the user running the script may edit the protected cells. */
  canEdit(): boolean {
    return this.model.warningOnly || userCanEdit(this.ss, this.model, currentUser(this.world));
  }
  setUnprotectedRanges(ranges: RangeImpl[]): ProtectionImpl {
    this.model.unprotected = ranges.map((r) => r._ref());
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this.model.unprotected.flatMap((u) => {
      const sheet = findSheet(this.ss, u.sheetId);
      return sheet ? [new RangeImpl(this.world, this.ss, sheet, u.row, u.col, u.numRows, u.numCols)] : [];
    });
  }
  remove(): void {
    this.ss.protections = this.ss.protections.filter((p) => p !== this.model);
  }
}

/** New protections mirror the spreadsheet's editors (§5.7: "permissions mirror the spreadsheet's"). */
export function newProtection(
  world: World,
  ss: SpreadsheetModel,
  type: 'RANGE' | 'SHEET',
  range: RangeRef,
): ProtectionImpl {
  const model: ProtectionModel = {
    id: world.newId('prot'),
    type,
    range,
    description: '',
    warningOnly: false,
    editors: [ss.owner, ...ss.editors.filter((e) => e !== ss.owner)],
    domainEdit: true,
    unprotected: [],
  };
  ss.protections.push(model);
  return new ProtectionImpl(world, ss, model);
}
