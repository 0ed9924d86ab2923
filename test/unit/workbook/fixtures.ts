// Shared fixtures of the workbook unit tests: a vocabulary from the seeds and grids built by header.
import type { Vocabulary } from '../../../src/domain/vocabulary/vocabulary';
import type { TableSchema } from '../../../src/workbook/table-schema';
import { TableSnapshot } from '../../../src/workbook/repository';
import { dictionarySeeds } from '../../../src/workbook/tables/dictionaries';

export const TZ = 'Europe/Moscow';
export const vocabulary: Vocabulary = { ...dictionarySeeds };
export const rowCtx = { timeZone: TZ, vocabulary };

/** A snapshot (no sheet) with the given headers and rows given as header → value. */
export function grid(table: TableSchema, headers: string[], rows: Array<Record<string, unknown>>): TableSnapshot {
  return new TableSnapshot(table, null, [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))]);
}

export const mentorHeaders = (table: TableSchema) => table.columns.map((c) => c.header);

export const goodMentor: Record<string, unknown> = {
  ФИО: 'Иванова Мария Петровна',
  Email: 'M.Ivanova@School.ru',
  Должность: 'учитель',
  Предметы: 'математика; алгебра',
  'Педагогический стаж, лет': 12,
  'Квалификационная категория': 'высшая — педагог-наставник',
  'Компетенции (с чем может помочь)': 'Методика преподавания предмета; Оценивание, в т. ч. формирующее; критерии и КИМ',
  'Вместимость, наставляемых': 2,
  'Формы наставничества': 'индивидуальная; групповая',
};
