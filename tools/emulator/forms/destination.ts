// The Forms → Sheets link: response sheet name and headers per locale, column layout, stored and display values.
import type { World } from '../core/world';
import { formatDate } from '../services/date-format';
import { zonedToUtc } from '../services/zone';
import type { FormImpl } from './form';
import type { ItemImpl } from './items';
import { isQuestionType } from './item-type';
import { formsState } from './state';

export type Column = { kind: 'timestamp' } | { kind: 'email' } | { kind: 'item'; itemId: number; title: string };

export interface Destination {
  spreadsheetId: string;
  sheetName: string;
  /** Columns only ever grow: a deleted question keeps its column (§6.2 [U]). */
  columns: Column[];
}

const isRussian = (locale: string) => locale.toLowerCase().startsWith('ru');

/** "Form Responses N" / «Ответы на форму (N)» (§6.2 [R*]; the issue's «Ответы на форму N» is the same sheet). */
export function responseSheetName(locale: string, n: number): string {
  return isRussian(locale) ? `Ответы на форму (${n})` : `Form Responses ${n}`;
}

export function timestampHeader(locale: string): string {
  return isRussian(locale) ? 'Отметка времени' : 'Timestamp';
}

export function emailHeader(locale: string): string {
  return isRussian(locale) ? 'Адрес электронной почты' : 'Email Address';
}

/** Creates the response sheet: the first free "Form Responses N", Timestamp, e-mail (if collected), questions. */
export function linkDestination(world: World, form: FormImpl, spreadsheetId: string): Destination {
  const host = formsState(world).host;
  if (!host.exists(spreadsheetId)) throw world.error('formDestinationMissing', { id: spreadsheetId });
  const locale = host.locale(spreadsheetId);
  const taken = new Set(host.sheetNames(spreadsheetId));
  let n = 1;
  while (taken.has(responseSheetName(locale, n))) n++;
  const sheetName = responseSheetName(locale, n);
  const columns: Column[] = [{ kind: 'timestamp' }];
  if (form.collectsEmail()) columns.push({ kind: 'email' });
  for (const item of form._items())
    if (isQuestionType(item.type)) columns.push({ kind: 'item', itemId: item.id, title: item.getTitle() });
  const dest: Destination = { spreadsheetId, sheetName, columns };
  host.createSheet(spreadsheetId, sheetName, headersOf(dest, locale));
  return dest;
}

function headersOf(dest: Destination, locale: string): string[] {
  return dest.columns.map((c) =>
    c.kind === 'timestamp' ? timestampHeader(locale) : c.kind === 'email' ? emailHeader(locale) : c.title,
  );
}

/** New questions (and e-mail collection switched on later) get columns at the end; titles follow edits [U]. */
export function syncColumns(world: World, form: FormImpl, dest: Destination): string[] {
  const host = formsState(world).host;
  const locale = host.locale(dest.spreadsheetId);
  if (form.collectsEmail() && !dest.columns.some((c) => c.kind === 'email')) dest.columns.push({ kind: 'email' });
  const byId = new Map(form._items().map((i) => [i.id, i]));
  for (const c of dest.columns) if (c.kind === 'item') c.title = byId.get(c.itemId)?.getTitle() ?? c.title;
  const known = new Set(dest.columns.flatMap((c) => (c.kind === 'item' ? [c.itemId] : [])));
  for (const item of form._items()) {
    if (isQuestionType(item.type) && !known.has(item.id))
      dest.columns.push({ kind: 'item', itemId: item.id, title: item.getTitle() });
  }
  const headers = headersOf(dest, locale);
  host.setHeaders(dest.spreadsheetId, dest.sheetName, headers);
  return headers;
}

const NUMBER_EN = /^[+-]?\d+(\.\d+)?$/;
const NUMBER_RU = /^[+-]?\d+(,\d+)?$/;

/**
 * What the response sheet stores for an answer. Forms types numbers like the UI ("01524" → 1524, the
 * known lost-leading-zero complaint) but keeps "=…" as text, never a formula [U]; checkboxes are joined
 * with ", "; a date question stores a date.
 */
export function storedValue(
  item: ItemImpl | undefined,
  value: string | string[] | undefined,
  locale: string,
  timeZone: string,
): unknown {
  if (value === undefined || item === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (value === '') return '';
  if (item.type === 'DATE') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return dateAtMidnight(+m[1]!, +m[2]!, +m[3]!, timeZone);
  }
  if (item.type === 'SCALE') return Number(value);
  const t = value.trim();
  if (NUMBER_EN.test(t) && (!isRussian(locale) || !t.includes('.'))) return Number(t);
  if (isRussian(locale) && NUMBER_RU.test(t)) return Number(t.replace(',', '.'));
  return value;
}

function dateAtMidnight(y: number, m: number, d: number, timeZone: string): Date {
  return new Date(zonedToUtc(y, m, d, 0, 0, 0, 0, timeZone));
}

/** The display string of a stored value in the spreadsheet's locale and zone (`e.values`, `e.namedValues`). */
export function displayValue(stored: unknown, locale: string, timeZone: string, isTimestamp = false): string {
  const ru = isRussian(locale);
  if (stored instanceof Date) {
    const pattern = isTimestamp ? (ru ? 'dd.MM.yyyy H:mm:ss' : 'M/d/yyyy H:mm:ss') : ru ? 'dd.MM.yyyy' : 'M/d/yyyy';
    return formatDate(stored.getTime(), timeZone, pattern);
  }
  if (typeof stored === 'number') return ru ? String(stored).replace('.', ',') : String(stored);
  return stored == null ? '' : String(stored);
}
