// «Мониторинг»: the monitoring answers, one row per answer to one question, each tied to a pair/group.
import { audienceRu } from '../../domain/monitoring/questions';
import { defineTable } from '../table-schema';
import { notesColumn } from './common-columns';

export const monitoringTable = defineTable({
  key: 'monitoring',
  sheetName: 'Мониторинг',
  color: '#c62828',
  columns: [
    {
      field: 'responseId',
      header: 'ID анкеты',
      kind: 'text',
      required: true,
      managedBy: 'addon',
      width: 130,
      note: 'Одна заполненная анкета: у всех её ответов один номер. Заполняет дополнение.',
    },
    { field: 'answeredOn', header: 'Дата ответа', kind: 'date', managedBy: 'addon', width: 100, note: 'Когда участник ответил на анкету.' },
    { field: 'pairId', header: 'ID пары/группы', kind: 'text', managedBy: 'addon', width: 120, note: 'Пара или группа, о работе которой ответ. У анкеты куратора — пусто.' },
    { field: 'role', header: 'Роль', kind: 'enum', labels: audienceRu, required: true, managedBy: 'addon', width: 120, note: 'наставляемый / наставник / куратор.' },
    { field: 'personId', header: 'ID участника', kind: 'text', managedBy: 'addon', width: 100, note: 'ID участника из банка наставников или наставляемых (у куратора — email).' },
    { field: 'personName', header: 'Участник', kind: 'text', managedBy: 'addon', width: 220, note: 'ФИО участника.' },
    {
      field: 'questionCode',
      header: 'Код вопроса',
      kind: 'text',
      required: true,
      managedBy: 'addon',
      width: 150,
      note: 'Код вопроса с листа «Вопросы мониторинга»: по нему ответы считаются в сводке, даже если формулировку поменяли.',
    },
    { field: 'question', header: 'Вопрос', kind: 'text', managedBy: 'addon', width: 300, note: 'Вопрос, как он был задан.' },
    {
      field: 'competence',
      header: 'Запрос / компетенция',
      kind: 'text',
      managedBy: 'addon',
      width: 260,
      note: 'Для вопросов «уровень до и после»: какой запрос оценивается.',
    },
    { field: 'text', header: 'Ответ', kind: 'text', managedBy: 'addon', width: 320, note: 'Ответ участника.' },
    {
      field: 'score',
      header: 'Оценка',
      kind: 'number',
      integer: true,
      min: 1,
      max: 10,
      managedBy: 'addon',
      width: 80,
      note: 'Оценка от 1 до 10 (для «уровня до и после» — уровень сейчас).',
    },
    {
      field: 'scoreBefore',
      header: 'Оценка до',
      kind: 'number',
      integer: true,
      min: 1,
      max: 10,
      managedBy: 'addon',
      width: 80,
      note: 'Для «уровня до и после»: уровень до программы, от 1 до 10.',
    },
    {
      field: 'libraryMark',
      header: 'В копилку',
      kind: 'text',
      managedBy: 'addon',
      width: 130,
      note: 'Для предложенных практик: «добавлена МК-…» или «отклонено». Заполняет дополнение по действию куратора.',
    },
    notesColumn,
  ],
});

export type MonitoringField = (typeof monitoringTable.columns)[number]['field'];
