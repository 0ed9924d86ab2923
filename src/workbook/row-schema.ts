// The zod schema of a table row, built from its column specs and the school's lists; issues become Problems.
import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar/calendar-date';
import { isEmailAddress, normalizeEmail, normalizeTerm } from '../domain/model';
import type { Problem } from '../domain/validation/problem';
import { dictionaryTitleRu, matchTerm, splitListValues, type Vocabulary } from '../domain/vocabulary/vocabulary';
import { cellDate, cellNumber, cellText, isBlank } from './cells';
import type { ColumnSpec, TableSchema } from './table-schema';

export interface RowContext {
  timeZone: string;
  vocabulary: Vocabulary;
}

/** Extra data an issue carries to its Problem. */
interface IssueParams {
  fix?: string;
  suggestion?: string;
  value?: string;
}

/** Two or more addresses typed into one cell (a common slip): said so, not just "not an address". */
const SEVERAL_EMAILS = /@[^,;]*[,;][^@]*@/;

/** What a parsed cell holds, by column kind. */
export type ParsedCell = string | string[] | number | null | Date | CalendarDate;

/** An enum column's codes by their normalised label (and by the code itself): built once per schema, not per cell. */
function enumLookup(col: ColumnSpec): Map<string, string> {
  const byText = new Map<string, string>();
  for (const [code, label] of Object.entries(col.labels ?? {})) {
    if (!byText.has(normalizeTerm(label))) byText.set(normalizeTerm(label), code);
  }
  return byText;
}

function cellSchema(col: ColumnSpec, ctx: RowContext) {
  const codes = col.kind === 'enum' ? enumLookup(col) : null;
  return z.unknown().transform((raw, c): ParsedCell => {
    const text = cellText(raw, ctx.timeZone);
    const fail = (message: string, params: IssueParams = {}) => {
      c.addIssue({
        code: 'custom',
        message,
        params: { fix: params.fix ?? col.note, value: text, suggestion: params.suggestion },
      });
      return z.NEVER;
    };
    if (isBlank(raw) && col.required) return fail('Обязательная ячейка не заполнена.');
    switch (col.kind) {
      case 'text':
        return text;
      case 'email': {
        if (text === '') return '';
        const email = normalizeEmail(text);
        if (isEmailAddress(email)) return email;
        if (SEVERAL_EMAILS.test(email))
          return fail(`В ячейке несколько адресов: «${text}».`, {
            fix: 'Оставьте в ячейке один адрес: человек в банке узнаётся по своему адресу. Второй можно записать в примечание.',
          });
        return fail(`«${text}» не похоже на адрес электронной почты.`, {
          fix: 'Укажите адрес вида name@school.ru без пробелов.',
        });
      }
      case 'number': {
        const n = cellNumber(raw);
        if (n === null) return null;
        if (n === 'invalid') return fail(`«${text}» — не число.`);
        if (col.integer && !Number.isInteger(n)) return fail(`Нужно целое число, а указано ${text}.`);
        if (col.min !== undefined && n < col.min) return fail(`Число ${text} меньше допустимого (${col.min}).`);
        if (col.max !== undefined && n > col.max) return fail(`Число ${text} больше допустимого (${col.max}).`);
        return n;
      }
      case 'date': {
        const d = cellDate(raw, ctx.timeZone);
        return d === 'invalid'
          ? fail(`«${text}» — не дата.`, { fix: 'Укажите дату в виде ДД.ММ.ГГГГ, например 01.09.2026.' })
          : d;
      }
      case 'datetime':
        return raw instanceof Date ? raw : null;
      case 'enum': {
        if (text === '') return '';
        const labels = col.labels ?? {};
        const code =
          codes!.get(normalizeTerm(text)) ?? (Object.prototype.hasOwnProperty.call(labels, text) ? text : undefined);
        return (
          code ??
          fail(`«${text}» — неизвестное значение.`, { fix: `Выберите из списка: ${Object.values(labels).join(', ')}.` })
        );
      }
      case 'list':
      case 'multi-list': {
        const list = ctx.vocabulary[col.dictionary!];
        const values = col.kind === 'list' ? (text ? [text] : []) : splitListValues(text, list);
        const out: string[] = [];
        for (const v of values) {
          const m = matchTerm(v, list);
          if (m.kind === 'exact') out.push(m.value);
          else {
            const where = `списка «${dictionaryTitleRu[col.dictionary!]}» на листе «Справочники»`;
            if (m.kind === 'near')
              return fail(`«${v}» нет в справочнике.`, {
                fix: `Возможно, имелось в виду «${m.value}»: исправьте или запустите «Импорт» — он заменит сам.`,
                suggestion: m.value,
              });
            return fail(`«${v}» нет в справочнике.`, {
              fix: m.suggestions.length
                ? `Выберите значение из ${where} (похожие: ${m.suggestions.map((s) => `«${s}»`).join(', ')}) или добавьте его в справочник.`
                : `Выберите значение из ${where} или добавьте его в справочник.`,
            });
          }
        }
        return col.kind === 'list' ? (out[0] ?? '') : out;
      }
    }
  });
}

/** The row schema of a table: one cell schema per column; parse a record of raw cells keyed by field. */
export function rowSchema(table: TableSchema, ctx: RowContext) {
  const shape: Record<string, ReturnType<typeof cellSchema>> = {};
  for (const col of table.columns) shape[col.field] = cellSchema(col, ctx);
  return z.object(shape);
}

export type ParsedRow = Record<string, ParsedCell>;

/** Validates one row; every issue becomes a Problem at its cell. */
export function parseRow(
  schema: ReturnType<typeof rowSchema>,
  table: TableSchema,
  row: number,
  cells: Record<string, unknown>,
): { ok: true; value: ParsedRow } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(cells);
  if (result.success) return { ok: true, value: result.data as ParsedRow };
  const problems = result.error.issues.map((issue): Problem => {
    const field = String(issue.path[0] ?? '');
    const col = table.columns.find((c) => c.field === field);
    const params = ((issue as { params?: IssueParams }).params ?? {}) as IssueParams;
    return {
      sheet: table.sheetName,
      row,
      column: col?.header ?? '',
      message: issue.message,
      fix: params.fix ?? col?.note ?? '',
      ...(params.value ? { value: params.value } : {}),
      ...(params.suggestion ? { suggestion: params.suggestion } : {}),
    };
  });
  return { ok: false, problems };
}
