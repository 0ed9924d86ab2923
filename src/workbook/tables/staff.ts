// «Педагоги»: the school's teaching staff (optional): whom to remind about the request form before its deadline.
import { defineTable } from '../table-schema';
import { notesColumn } from './common-columns';

export const staffTable = defineTable({
  key: 'staff',
  sheetName: 'Педагоги',
  color: '#5d4037',
  columns: [
    {
      field: 'fullName',
      header: 'ФИО',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 220,
      note: 'Фамилия, имя, отчество педагога. Лист необязателен: по нему дополнение напоминает об анкете запросов тем, кто её ещё не заполнил.',
    },
    {
      field: 'email',
      header: 'Email',
      kind: 'email',
      required: true,
      managedBy: 'person',
      width: 200,
      note: 'Электронная почта педагога, тот же адрес, с которым он заполняет анкету (регистр букв не важен).',
    },
    {
      field: 'post',
      header: 'Должность',
      kind: 'text',
      managedBy: 'person',
      width: 180,
      note: 'Необязательно: должность педагога.',
    },
    {
      field: 'requestForm',
      header: 'Анкета запросов',
      kind: 'text',
      managedBy: 'addon',
      width: 220,
      note: '«ответ получен» или «нет ответа» и дата последнего напоминания. Заполняет дополнение при ежедневной проверке.',
    },
    notesColumn,
  ],
});

export type StaffField = (typeof staffTable.columns)[number]['field'];
