// «Журнал»: the append-only log of what the add-on did, who asked, and on which rows.
import { defineTable } from '../table-schema';

export const journalTable = defineTable({
  key: 'journal',
  sheetName: 'Журнал',
  appendOnly: true,
  color: '#757575',
  columns: [
    {
      field: 'at',
      header: 'Когда',
      kind: 'datetime',
      managedBy: 'addon',
      width: 130,
      note: 'Дата и время операции (часовой пояс таблицы).',
    },
    {
      field: 'who',
      header: 'Кто',
      kind: 'text',
      managedBy: 'addon',
      width: 180,
      note: 'Email пользователя, запустившего операцию (пусто, если Google его не сообщает).',
    },
    {
      field: 'what',
      header: 'Что',
      kind: 'text',
      managedBy: 'addon',
      width: 220,
      note: 'Операция: настройка таблицы, проверка данных, импорт…',
    },
    {
      field: 'sheet',
      header: 'Лист',
      kind: 'text',
      managedBy: 'addon',
      width: 130,
      note: 'Лист, который затронула операция.',
    },
    {
      field: 'rows',
      header: 'Строки',
      kind: 'text',
      managedBy: 'addon',
      width: 110,
      note: 'Номера строк листа, например «2–15» или «4, 9».',
    },
    {
      field: 'details',
      header: 'Подробности',
      kind: 'text',
      managedBy: 'addon',
      width: 360,
      note: 'Что именно сделано. Журнал только дополняется, строки не меняются.',
    },
  ],
});

export type JournalField = (typeof journalTable.columns)[number]['field'];
