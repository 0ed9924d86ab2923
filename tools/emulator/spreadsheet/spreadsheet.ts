// Spreadsheet: the file — its sheets, active sheet, time zone and locale, named ranges, protections, toasts (§5.1, §5.5–5.7).
import { GasObject, gasClass, unwrap } from '../core/gas-object';
import type { World } from '../core/world';
import { spreadsheetState, newSheetModel, findSheet, type SheetModel, type SpreadsheetModel } from './model';
import { NamedRangeImpl, assertNamedRangeName } from './named-range';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { SheetImpl, rangeFromA1 } from './sheet';
import { isValidTimeZone } from './zone';

/** Sheet names are unique regardless of case; the documented duplicate error otherwise (§5.5). */
export function assertNewSheetName(world: World, ss: SpreadsheetModel, name: string, except?: SheetModel): void {
  if (name.trim() === '') throw world.error('sheetNameEmpty');
  const lower = name.toLowerCase();
  if (ss.sheets.some((s) => s !== except && s.name.toLowerCase() === lower)) throw world.error('sheetExists', { name });
}

/** "Sheet1" / "Лист1": the UI's default names follow the spreadsheet locale. */
function defaultSheetName(ss: SpreadsheetModel): string {
  const base = ss.locale.startsWith('ru') ? 'Лист' : 'Sheet';
  let n = ss.sheets.length + 1;
  while (ss.sheets.some((s) => s.name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
  return `${base}${n}`;
}

/** Adds a sheet to the model; shared by insertSheet and the setup API. */
export function addSheet(ss: SpreadsheetModel, name: string, index?: number, rows?: number, cols?: number): SheetModel {
  const sheet = newSheetModel(ss.nextSheetId, name, rows, cols);
  ss.nextSheetId += 1 + ((ss.nextSheetId * 7919) % 1_000_003);
  const at = index === undefined ? ss.sheets.length : Math.max(0, Math.min(ss.sheets.length, index));
  ss.sheets.splice(at, 0, sheet);
  return sheet;
}

export function removeSheet(ss: SpreadsheetModel, sheet: SheetModel): void {
  const idx = ss.sheets.indexOf(sheet);
  if (idx < 0) return;
  ss.sheets.splice(idx, 1);
  ss.namedRanges = ss.namedRanges.filter((n) => n.range.sheetId !== sheet.id);
  ss.protections = ss.protections.filter((p) => p.range.sheetId !== sheet.id);
  if (ss.activeRange?.sheetId === sheet.id) ss.activeRange = null;
  if (ss.activeSheetId === sheet.id) ss.activeSheetId = ss.sheets[Math.min(idx, ss.sheets.length - 1)]?.id ?? 0;
}

export class SpreadsheetImpl extends GasObject {
  readonly [gasClass] = 'Spreadsheet';
  constructor(
    private readonly world: World,
    private readonly model: SpreadsheetModel,
  ) {
    super();
  }

  _model(): SpreadsheetModel {
    return this.model;
  }
  private sheet(s: SheetModel): SheetImpl {
    return new SheetImpl(this.world, this.model, s);
  }
  private live(): void {
    if (spreadsheetState(this.world).spreadsheets.get(this.model.id) !== this.model)
      throw this.world.error('documentMissing', { id: this.model.id });
  }

  getId(): string {
    return this.model.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }
  getName(): string {
    return this.model.name;
  }
  rename(newName: string): void {
    this.live();
    this.model.name = String(newName);
  }
  getSheets(): SheetImpl[] {
    this.live();
    return this.model.sheets.map((s) => this.sheet(s));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  /** null when absent; names match exactly as stored. */
  getSheetByName(name: string): SheetImpl | null {
    this.live();
    const s = this.model.sheets.find((x) => x.name === name);
    return s ? this.sheet(s) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    this.live();
    const s = findSheet(this.model, id);
    return s ? this.sheet(s) : null;
  }
  /** insertSheet(), (name), (index), (name, index); the new sheet becomes active (§5.5). */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetImpl {
    this.live();
    let name: string;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') {
      name = defaultSheetName(this.model);
      at = nameOrIndex;
    } else {
      name = nameOrIndex === undefined ? defaultSheetName(this.model) : String(nameOrIndex);
      at = index;
    }
    assertNewSheetName(this.world, this.model, name);
    if (at !== undefined && !(at >= 0 && at <= this.model.sheets.length))
      throw this.world.error('invalidArgument', { name: 'sheetIndex' });
    const sheet = addSheet(this.model, name, at);
    this.model.activeSheetId = sheet.id;
    this.model.activeRange = null;
    return this.sheet(sheet);
  }
  deleteSheet(sheet: SheetImpl): void {
    this.live();
    const model = unwrap(sheet)._model();
    if (!this.model.sheets.includes(model)) throw this.world.error('sheetDeleted');
    if (this.model.sheets.length === 1) throw this.world.error('deleteOnlySheet');
    removeSheet(this.model, model);
  }
  getActiveSheet(): SheetImpl {
    this.live();
    const s = findSheet(this.model, this.model.activeSheetId) ?? this.model.sheets[0]!;
    return this.sheet(s);
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    this.live();
    const model = unwrap(sheet)._model();
    this.model.activeSheetId = model.id;
    this.model.activeRange = null;
    return this.sheet(model);
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.live();
    const s = findSheet(this.model, this.model.activeSheetId);
    if (!s) return;
    if (!(pos >= 1 && pos <= this.model.sheets.length)) throw this.world.error('invalidArgument', { name: 'pos' });
    this.model.sheets.splice(this.model.sheets.indexOf(s), 1);
    this.model.sheets.splice(pos - 1, 0, s);
  }
  getActiveRange(): RangeImpl {
    return this.getActiveSheet().getActiveRange();
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(String(timezone))) throw this.world.error('invalidArgument', { name: 'timezone' });
    this.model.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = String(locale);
  }
  /** 'Sheet!A1:B2', or A1 on the active sheet. */
  getRange(a1Notation: string): RangeImpl {
    this.live();
    const active = findSheet(this.model, this.model.activeSheetId) ?? this.model.sheets[0]!;
    return rangeFromA1(this.world, this.model, active, a1Notation);
  }
  /** null when no range has that name (§5.1). */
  getRangeByName(name: string): RangeImpl | null {
    this.live();
    const n = this.model.namedRanges.find((x) => x.name === name);
    if (!n) return null;
    const sheet = findSheet(this.model, n.range.sheetId);
    return sheet
      ? new RangeImpl(this.world, this.model, sheet, n.range.row, n.range.col, n.range.numRows, n.range.numCols)
      : null;
  }
  /** Setting an existing name points it at the new range. */
  setNamedRange(name: string, range: RangeImpl): void {
    this.live();
    assertNamedRangeName(this.world, String(name));
    const ref = unwrap(range)._ref();
    const existing = this.model.namedRanges.find((x) => x.name === name);
    if (existing) existing.range = ref;
    else this.model.namedRanges.push({ name: String(name), range: ref });
  }
  getNamedRanges(): NamedRangeImpl[] {
    return this.model.namedRanges.map((n) => new NamedRangeImpl(this.world, this.model, n));
  }
  removeNamedRange(name: string): void {
    this.live();
    if (!this.model.namedRanges.some((n) => n.name === name)) throw this.world.error('rangeNotFound');
    this.model.namedRanges = this.model.namedRanges.filter((n) => n.name !== name);
  }
  getProtections(type: string): ProtectionImpl[] {
    return this.model.protections
      .filter((p) => p.type === String(type))
      .map((p) => new ProtectionImpl(this.world, this.model, p));
  }
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.model.toasts.push({
      message: String(msg),
      title: String(title),
      seconds: timeoutSeconds,
      at: this.world.clock.now(),
    });
  }
  getOwner(): { getEmail(): string } {
    const email = this.model.owner;
    return { getEmail: () => email };
  }
  getEditors(): Array<{ getEmail(): string }> {
    return [this.model.owner, ...this.model.editors.filter((e) => e !== this.model.owner)].map((email) => ({
      getEmail: () => email,
    }));
  }
  addEditor(emailAddress: string): SpreadsheetImpl {
    if (!this.model.editors.includes(emailAddress)) this.model.editors.push(String(emailAddress));
    return this;
  }
}
