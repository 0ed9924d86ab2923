// Test and playground setup API (never counted): create spreadsheets, inspect them, and act as a person would in the UI.
import { expose } from '../core/gas-object';
import type { World } from '../core/world';
import { rangeFromA1 } from './sheet';
import { writeValue } from './cells';
import { cellMeta, cellValue, spreadsheetState, type SpreadsheetModel } from './model';
import { assertEditable } from './protection';
import { SpreadsheetImpl, addSheet, removeSheet } from './spreadsheet';
import { isValidTimeZone } from './zone';
import { uiState, type ScriptedAnswer } from './ui';

export interface CreateSpreadsheetOptions {
  name: string;
  timeZone?: string;
  locale?: string;
  id?: string;
  /** Owner's email; the world's user by default (so script writes pass protections). */
  owner?: string;
  editors?: string[];
  /** Sheet names; one default sheet ("Лист1" in ru_RU, "Sheet1" otherwise) when omitted. */
  sheets?: string[];
  /** Make it the bound spreadsheet (SpreadsheetApp.getActive()); default true. */
  bind?: boolean;
}

/** Creates a spreadsheet and (by default) makes it the active, bound one. */
export function createSpreadsheet(world: World, options: CreateSpreadsheetOptions): SpreadsheetModel {
  const state = spreadsheetState(world);
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  if (!isValidTimeZone(timeZone)) throw new Error(`emulator: unknown time zone ${timeZone}`);
  const id = options.id ?? world.newId('1');
  if (state.spreadsheets.has(id)) throw new Error(`emulator: spreadsheet ${id} already exists`);
  const locale = options.locale ?? 'ru_RU';
  const model: SpreadsheetModel = {
    id,
    name: options.name,
    timeZone,
    locale,
    owner: options.owner ?? world.userEmail,
    editors: options.editors ?? [],
    sheets: [],
    activeSheetId: 0,
    activeRange: null,
    namedRanges: [],
    protections: [],
    nextSheetId: 0,
    flushes: 0,
    toasts: [],
  };
  const names = options.sheets?.length ? options.sheets : [locale.startsWith('ru') ? 'Лист1' : 'Sheet1'];
  for (const n of names) addSheet(model, n);
  model.activeSheetId = model.sheets[0]!.id;
  state.spreadsheets.set(id, model);
  if (options.bind ?? true) state.activeId = id;
  return model;
}

/** The model behind a spreadsheet (the bound one by default), for assertions. */
export function getSpreadsheetModel(world: World, id?: string): SpreadsheetModel {
  const state = spreadsheetState(world);
  const key = id ?? state.activeId;
  const model = key === null ? undefined : state.spreadsheets.get(key);
  if (!model) throw new Error(`emulator: no spreadsheet ${key ?? '(none bound)'}`);
  return model;
}

/** The counted Spreadsheet object user code would get (handy in tests). */
export function openSpreadsheet(world: World, id?: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return expose(
    world,
    new SpreadsheetImpl(world, getSpreadsheetModel(world, id)),
  ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Fault injection: a person deletes a tab while the add-on holds references to it. */
export function deleteSheetAsPerson(world: World, sheetName: string, spreadsheetId?: string): void {
  const ss = getSpreadsheetModel(world, spreadsheetId);
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`emulator: no sheet ${sheetName}`);
  if (ss.sheets.length === 1) throw new Error('emulator: the UI does not allow deleting the only sheet');
  removeSheet(ss, sheet);
}

/** A person renames a tab in the UI. */
export function renameSheetAsPerson(world: World, sheetName: string, newName: string, spreadsheetId?: string): void {
  const ss = getSpreadsheetModel(world, spreadsheetId);
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`emulator: no sheet ${sheetName}`);
  sheet.name = newName;
}

export interface TypeResult {
  accepted: boolean;
  reason?: 'protected' | 'validation';
}

/**
 * A person types `text` into a cell ("Sheet!B3" or "B3" on the active sheet): parsed as USER_ENTERED.
 * Unlike script writes, the UI rejects input that breaks a strict (allowInvalid = false) list rule, and a
 * protected cell rejects a person who is not an editor.
 */
export function typeIntoCell(
  world: World,
  a1: string,
  text: string,
  options: { user?: string; spreadsheetId?: string } = {},
): TypeResult {
  const ss = getSpreadsheetModel(world, options.spreadsheetId);
  const active = ss.sheets.find((s) => s.id === ss.activeSheetId) ?? ss.sheets[0]!;
  const range = rangeFromA1(world, ss, active, a1);
  const sheet = range._sheetModel();
  const { row, col } = range._ref();
  const saved = world.userEmail;
  try {
    if (options.user) world.userEmail = options.user;
    assertEditable(world, ss, sheet.id, row, col, 1, 1);
  } catch {
    return { accepted: false, reason: 'protected' };
  } finally {
    world.userEmail = saved;
  }
  const before = cellValue(sheet, row - 1, col - 1);
  const beforeFormat = cellMeta(sheet, row - 1, col - 1)?.numberFormat;
  writeValue(world, ss, sheet, row - 1, col - 1, text);
  const rule = cellMeta(sheet, row - 1, col - 1)?.validation;
  if (rule && !rule.allowInvalid && text !== '' && !satisfies(world, ss, rule.criteria, rule.args, text)) {
    const restore = cellMeta(sheet, row - 1, col - 1);
    sheet.rows[row - 1]![col - 1] = before;
    if (restore) restore.numberFormat = beforeFormat;
    return { accepted: false, reason: 'validation' };
  }
  return { accepted: true };
}

function satisfies(world: World, ss: SpreadsheetModel, criteria: string, args: unknown[], text: string): boolean {
  if (criteria === 'VALUE_IN_LIST') return ((args[0] as unknown[]) ?? []).map(String).includes(text);
  if (criteria === 'VALUE_IN_RANGE') {
    const ref = args[0] as { sheetId: number; row: number; col: number; numRows: number; numCols: number };
    const sheet = ss.sheets.find((s) => s.id === ref.sheetId);
    if (!sheet) return false;
    for (let r = ref.row; r < ref.row + ref.numRows; r++)
      for (let c = ref.col; c < ref.col + ref.numCols; c++)
        if (String(cellValue(sheet, r - 1, c - 1) ?? '') === text) return true;
    return false;
  }
  if (criteria === 'NUMBER_BETWEEN') {
    const n = Number(text.replace(',', '.'));
    return Number.isFinite(n) && n >= Number(args[0]) && n <= Number(args[1]);
  }
  void world;
  return true;
}

/** The answer the "user" gives to the next alert/prompt (default: the first button, empty text). */
export function pushUiAnswer(world: World, answer: ScriptedAnswer): void {
  uiState(world).answers.push(answer);
}

/** §5.4 open question: whether "=…" written into an '@' cell stays text (default false: it becomes a formula). */
export function setTextFormatKeepsFormulasAsText(world: World, keep: boolean): void {
  spreadsheetState(world).textFormatKeepsFormulasAsText = keep;
}

export { uiState, spreadsheetState };
