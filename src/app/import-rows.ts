// Use case «Импорт»: rows pasted on «Импорт» are normalised and moved into a bank; questions come back; nothing is lost.
import { parseCalendarDate } from '../domain/calendar/calendar-date';
import {
  cleanEmail,
  cleanText,
  normalizeListValue,
  splitListCell,
  type ImportAnswer,
} from '../domain/import/normalize';
import { normalizeTerm, sourceRu } from '../domain/model';
import { dictionaryTitleRu, type DictionaryKey, type Vocabulary } from '../domain/vocabulary/vocabulary';
import { withDocumentLock } from '../google/lock';
import { workbookOf } from '../google/sheet-gateway';
import { cellNumber, cellText, textCell } from '../workbook/cells';
import { appendRecords, readTable, writeCells, type TableSnapshot } from '../workbook/repository';
import { MULTI_SEPARATOR, type TableSchema } from '../workbook/table-schema';
import { dictionariesTable } from '../workbook/tables/dictionaries';
import { importTable, importTargets, type ImportTarget } from '../workbook/tables/import';
import { menteesTable } from '../workbook/tables/mentees';
import { mentorsTable } from '../workbook/tables/mentors';
import { vocabularyFrom } from '../workbook/vocabulary';
import type { AppContext } from './context';
import { UserError } from './errors';
import { nextTableIds } from './id-floor';
import { appendJournal, describeRows, type JournalEntry } from './journal';

export interface ImportResult {
  applied: boolean;
  moved: Array<{ importRow: number; sheet: string; row: number; id: string }>;
  waiting: Array<{ importRow: number; reason: string }>;
  questions: Array<{
    dictionary: string;
    dictionaryTitle: string;
    value: string;
    suggestions: string[];
    rows: number[];
  }>;
  corrections: Array<{ importRow: number; column: string; from: string; to: string }>;
  addedToDictionaries: string[];
}

const MOVED_PREFIX = 'Перенесено';
const banks: Record<ImportTarget, TableSchema> = { mentors: mentorsTable, mentees: menteesTable } as Record<
  ImportTarget,
  TableSchema
>;

function targetOf(text: string): ImportTarget | null {
  const t = normalizeTerm(text);
  if (!t) return null;
  if (t.startsWith('наставляем')) return 'mentees';
  if (t.startsWith('наставник')) return 'mentors';
  return null;
}

export function importRows(ctx: AppContext, input: { apply: boolean; answers: readonly ImportAnswer[] }): ImportResult {
  const run = () => importNow(ctx, input);
  return input.apply ? withDocumentLock(ctx, run) : run();
}

function importNow(ctx: AppContext, input: { apply: boolean; answers: readonly ImportAnswer[] }): ImportResult {
  const tz = ctx.timeZone();
  const workbook = workbookOf(ctx);
  const source = readTable(workbook, importTable);
  if (!source.sheet) throw new UserError('Листа «Импорт» нет: выберите «Наставничество → Настроить таблицу».');
  const dictionaries = readTable(workbook, dictionariesTable);
  const vocabulary: Vocabulary = vocabularyFrom(dictionaries, tz);
  const bankSnapshots: Record<ImportTarget, TableSnapshot> = {
    mentors: readTable(workbook, mentorsTable),
    mentees: readTable(workbook, menteesTable),
  };
  const emails: Record<ImportTarget, Map<string, number>> = { mentors: new Map(), mentees: new Map() };
  for (const key of Object.keys(emails) as ImportTarget[]) {
    for (const r of bankSnapshots[key].rows()) {
      const e = cleanEmail(cellText(r.cells.email, tz));
      if (e && !emails[key].has(e)) emails[key].set(e, r.row);
    }
  }

  const result: ImportResult = {
    applied: input.apply,
    moved: [],
    waiting: [],
    questions: [],
    corrections: [],
    addedToDictionaries: [],
  };
  const pending: Record<ImportTarget, Array<{ importRow: number; record: Record<string, unknown> }>> = {
    mentors: [],
    mentees: [],
  };
  const ask = (dictionary: DictionaryKey, value: string, suggestions: string[], row: number) => {
    const q = result.questions.find(
      (x) => x.dictionary === dictionary && normalizeTerm(x.value) === normalizeTerm(value),
    );
    if (q) q.rows.push(row);
    else
      result.questions.push({
        dictionary,
        dictionaryTitle: dictionaryTitleRu[dictionary],
        value,
        suggestions,
        rows: [row],
      });
  };

  for (const r of source.rows()) {
    if (cellText(r.cells.result, tz).startsWith(MOVED_PREFIX)) continue;
    const target = targetOf(cellText(r.cells.target, tz));
    if (!target) {
      result.waiting.push({
        importRow: r.row,
        reason: `Укажите в столбце «Куда»: ${Object.values(importTargets).join(' или ')}.`,
      });
      continue;
    }
    const table = banks[target];
    const record: Record<string, unknown> = {};
    const unresolved: string[] = [];
    for (const col of table.columns) {
      if (col.managedBy !== 'person' || !source.columns.has(col.header)) continue;
      const typed = cellText(r.cells[col.header], tz);
      if (!typed) continue;
      let value: unknown;
      if (col.kind === 'email') value = cleanEmail(typed);
      else if (col.kind === 'list' || col.kind === 'multi-list') {
        const list = vocabulary[col.dictionary!];
        const pieces = col.kind === 'list' ? [typed] : splitListCell(typed, list);
        const out: string[] = [];
        for (const p of pieces) {
          const n = normalizeListValue(p, list, col.dictionary!, input.answers);
          if (!n.ok) {
            ask(col.dictionary!, n.value, n.suggestions, r.row);
            unresolved.push(`«${n.value}» (${col.header})`);
          }
          out.push(n.value);
        }
        value = out.join(MULTI_SEPARATOR);
      } else if (col.kind === 'number') {
        const n = cellNumber(cleanText(typed));
        value = typeof n === 'number' ? n : cleanText(typed); // a bad number is kept as typed; the check flags it
      } else if (col.kind === 'date') value = parseCalendarDate(cleanText(typed)) ?? cleanText(typed);
      else value = cleanText(typed);
      if (typeof value === 'string' && value !== typed)
        result.corrections.push({ importRow: r.row, column: col.header, from: typed, to: value });
      record[col.field] = value;
    }
    if (unresolved.length) {
      result.waiting.push({ importRow: r.row, reason: `Уточните значения: ${unresolved.join(', ')}.` });
      continue;
    }
    if (!record.fullName && !record.email) {
      result.waiting.push({ importRow: r.row, reason: 'Нет ни ФИО, ни email: строку не с чем сопоставить.' });
      continue;
    }
    const email = String(record.email ?? '');
    const existing = email ? emails[target].get(email) : undefined;
    if (existing !== undefined) {
      result.waiting.push({
        importRow: r.row,
        reason: `Этот email уже есть на листе «${table.sheetName}», строка ${existing}: перенесите отличия вручную.`,
      });
      continue;
    }
    if (email) emails[target].set(email, -r.row);
    pending[target].push({ importRow: r.row, record: { ...record, source: 'import', addedOn: ctx.today() } });
  }

  if (!input.apply) return result;

  const journal: JournalEntry[] = [];
  addToDictionaries(dictionaries, vocabulary, input.answers, result, journal);
  for (const target of Object.keys(pending) as ImportTarget[]) {
    const items = pending[target];
    const snapshot = bankSnapshots[target];
    if (!items.length) continue;
    if (!snapshot.sheet)
      throw new UserError(`Листа «${banks[target].sheetName}» нет: выберите «Наставничество → Настроить таблицу».`);
    const ids = nextTableIds(ctx, snapshot, items.length);
    const rows = appendRecords(
      snapshot,
      items.map((it, i) => ({ ...it.record, id: ids[i] })),
      ctx.timeZone(),
    );
    items.forEach((it, i) =>
      result.moved.push({ importRow: it.importRow, sheet: banks[target].sheetName, row: rows[i]!, id: ids[i]! }),
    );
    journal.push({
      what: 'Импорт строк',
      sheet: banks[target].sheetName,
      rows: describeRows(rows),
      details: `Перенесено с листа «Импорт»: ${items.length}. Источник — «${sourceRu.import}».`,
    });
  }
  writeCells(source, [
    ...result.moved.map((m) => ({
      row: m.importRow,
      field: 'result',
      value: textCell(`${MOVED_PREFIX}: ${m.sheet}, строка ${m.row} (${m.id})`),
    })),
    ...result.waiting.map((w) => ({
      row: w.importRow,
      field: 'result',
      value: textCell(`Не перенесено. ${w.reason}`),
    })),
  ]);
  if (result.waiting.length)
    journal.push({
      what: 'Импорт: ждут уточнения',
      sheet: importTable.sheetName,
      rows: describeRows(result.waiting.map((w) => w.importRow)),
    });
  appendJournal(ctx, workbook, journal);
  return result;
}

/** Answers "add to the list": the values go below each list's last value, one block per list. */
function addToDictionaries(
  snapshot: TableSnapshot,
  vocabulary: Vocabulary,
  answers: readonly ImportAnswer[],
  result: ImportResult,
  journal: JournalEntry[],
): void {
  const byDictionary = new Map<DictionaryKey, string[]>();
  for (const a of answers) {
    if (a.action !== 'add') continue;
    const key = a.dictionary as DictionaryKey;
    const value = cleanText(a.value);
    const list = vocabulary[key];
    if (!list || !value || list.some((v) => normalizeTerm(v) === normalizeTerm(value))) continue;
    byDictionary.set(key, [...(byDictionary.get(key) ?? []), value]);
  }
  for (const [key, values] of byDictionary) {
    const col = snapshot.columns.get(key);
    if (col === undefined || !snapshot.sheet) continue;
    let last = 1;
    snapshot.grid.forEach((line, i) => {
      if (i > 0 && String(line[col - 1] ?? '').trim() !== '') last = i + 1;
    });
    snapshot.sheet.writeBlock(
      last + 1,
      col,
      values.map((v) => [textCell(v)]),
    );
    result.addedToDictionaries.push(...values.map((v) => `${dictionaryTitleRu[key]}: ${v}`));
    journal.push({
      what: 'Справочник дополнен',
      sheet: dictionariesTable.sheetName,
      details: `${dictionaryTitleRu[key]}: ${values.join('; ')}`,
    });
  }
}
