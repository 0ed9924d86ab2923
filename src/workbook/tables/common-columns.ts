// Columns several sheets share: a bank's identity columns, source and notes; the monitoring sheets' role.
import { sourceRu } from '../../domain/model';
import { audienceRu } from '../../domain/monitoring/questions';
import type { ColumnSpec } from '../table-schema';

type PersonField = 'id' | 'fullName' | 'email' | 'post' | 'subjects' | 'experienceYears';

/** The identity columns of a bank; `who` is the genitive noun used in notes ("наставника"). */
export function personColumns(who: string, idExample: string): ColumnSpec<PersonField>[] {
  return [
    {
      field: 'id',
      header: 'ID',
      kind: 'text',
      managedBy: 'addon',
      width: 80,
      note: `Номер ${who} (например, ${idExample}). Заполняет дополнение при проверке данных; не меняйте его — по нему строка связана с парами и документами.`,
    },
    {
      field: 'fullName',
      header: 'ФИО',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 220,
      note: 'Фамилия, имя, отчество полностью, например «Иванова Мария Петровна».',
    },
    {
      field: 'email',
      header: 'Email',
      kind: 'email',
      required: true,
      managedBy: 'person',
      width: 200,
      note: 'Электронная почта педагога: по ней человек узнаётся во всей таблице (регистр букв не важен). В банке не может быть двух строк с одним адресом.',
    },
    {
      field: 'post',
      header: 'Должность',
      kind: 'list',
      dictionary: 'posts',
      required: true,
      managedBy: 'person',
      width: 180,
      note: 'Должность из списка «Должности» на листе «Справочники». Нет нужной — добавьте её в справочник.',
    },
    {
      field: 'subjects',
      header: 'Предметы',
      kind: 'multi-list',
      dictionary: 'subjects',
      managedBy: 'person',
      width: 200,
      note: 'Предметы и направления из листа «Справочники», несколько — через «; ».',
    },
    {
      field: 'experienceYears',
      header: 'Педагогический стаж, лет',
      aliases: ['Стаж', 'Стаж, лет'],
      kind: 'number',
      required: true,
      min: 0,
      max: 70,
      managedBy: 'person',
      width: 110,
      note: 'Полных лет педагогического стажа: число от 0 до 70, например 5.',
    },
  ];
}

export const sourceColumn: ColumnSpec<'source'> = {
  field: 'source',
  header: 'Источник',
  kind: 'enum',
  labels: sourceRu,
  managedBy: 'addon',
  width: 90,
  note: 'Откуда строка: форма / вручную / импорт. Пусто — вручную.',
};

export const notesColumn: ColumnSpec<'notes'> = {
  field: 'notes',
  header: 'Примечания',
  kind: 'text',
  managedBy: 'person',
  width: 240,
  note: 'Любые пометки куратора. Дополнение их не меняет.',
};

/** Whose questionnaire: «Мониторинг» answers and «Рассылка анкет» invitations alike. */
export const monitoringRoleColumn = {
  field: 'role',
  header: 'Роль',
  kind: 'enum',
  labels: audienceRu,
  required: true,
  managedBy: 'addon',
  width: 120,
  note: 'наставляемый / наставник / куратор.',
} as const satisfies ColumnSpec<'role'>;
