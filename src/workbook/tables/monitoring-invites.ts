// «Рассылка анкет»: who was sent a personal monitoring link, when, and when reminded; one row per participant.
import { defineTable } from '../table-schema';
import { monitoringRoleColumn, notesColumn } from './common-columns';

export const monitoringInvitesTable = defineTable({
  key: 'monitoringInvites',
  sheetName: 'Рассылка анкет',
  color: '#e53935',
  columns: [
    {
      field: 'pairId',
      header: 'ID пары/группы',
      kind: 'text',
      managedBy: 'addon',
      width: 120,
      note: 'Пара или группа, о которой анкета. У анкеты куратора — пусто.',
    },
    monitoringRoleColumn,
    {
      field: 'personId',
      header: 'ID участника',
      kind: 'text',
      required: true,
      managedBy: 'addon',
      width: 100,
      note: 'ID из банка (у куратора — email).',
    },
    { field: 'personName', header: 'Участник', kind: 'text', managedBy: 'addon', width: 220, note: 'ФИО участника.' },
    { field: 'email', header: 'Email', kind: 'email', managedBy: 'addon', width: 200, note: 'Куда отправлена ссылка.' },
    {
      field: 'link',
      header: 'Личная ссылка',
      kind: 'text',
      managedBy: 'addon',
      width: 260,
      note: 'Ссылка на анкету с заполненным кодом участника: по ней ответ попадает к нужной паре. Не пересылайте её другим.',
    },
    {
      field: 'sentOn',
      header: 'Отправлено',
      kind: 'date',
      managedBy: 'addon',
      width: 100,
      note: 'Когда письмо со ссылкой отправлено. Пусто — ещё не отправлено.',
    },
    notesColumn,
  ],
});

export type MonitoringInviteField = (typeof monitoringInvitesTable.columns)[number]['field'];
