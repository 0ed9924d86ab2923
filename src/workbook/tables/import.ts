// «Импорт»: a landing sheet where rows from elsewhere are pasted, normalised and moved into a bank.
import { defineTable, headerKey, type ColumnSpec } from '../table-schema';
import { menteesTable } from './mentees';
import { mentorsTable } from './mentors';

/** Bank names as typed in «Куда»; matched with normalizeTerm. */
export const importTargets = { mentors: 'Наставники', mentees: 'Наставляемые' } as const;
export type ImportTarget = keyof typeof importTargets;

// Every person column of both banks, once by header, all as text: a pasted cell is kept exactly as typed.
const bankColumns: ColumnSpec[] = [];
for (const c of [...mentorsTable.columns, ...menteesTable.columns] as ColumnSpec[]) {
  if (c.managedBy !== 'person' || bankColumns.some((b) => headerKey(b.header) === headerKey(c.header))) continue;
  bankColumns.push({
    field: c.header,
    header: c.header,
    kind: 'text',
    managedBy: 'person',
    width: c.width,
    note: c.note,
  });
}

export const importTable = defineTable<string>({
  key: 'import',
  sheetName: 'Импорт',
  color: '#ef6c00',
  columns: [
    {
      field: 'target',
      header: 'Куда',
      kind: 'enum',
      labels: importTargets,
      required: true,
      managedBy: 'person',
      width: 120,
      note: 'В какой банк перенести строку: «Наставники» или «Наставляемые».',
    },
    {
      field: 'result',
      header: 'Результат импорта',
      kind: 'text',
      managedBy: 'addon',
      width: 260,
      note: 'Заполняет дополнение: куда перенесена строка или что нужно уточнить. Перенесённые строки остаются здесь, их можно удалить.',
    },
    ...bankColumns,
  ],
});
