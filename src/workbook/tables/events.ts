// «Мероприятия»: seminars, conferences, the round table, consultations and mentor training; the roadmap reads them.
import { eventKindRu, eventStatusRu } from '../../domain/events/event';
import { defineTable } from '../table-schema';
import { notesColumn } from './common-columns';

export const eventsTable = defineTable({
  key: 'events',
  sheetName: 'Мероприятия',
  idField: 'id',
  idPrefix: 'МР-',
  color: '#2e7d32',
  columns: [
    {
      field: 'id',
      header: 'ID',
      kind: 'text',
      managedBy: 'addon',
      width: 80,
      note: 'Номер мероприятия, например МР-0003. Заполняет дополнение; по нему с мероприятием связаны публикации.',
    },
    { field: 'date', header: 'Дата', kind: 'date', required: true, managedBy: 'person', width: 100, note: 'Дата проведения, ДД.ММ.ГГГГ.' },
    {
      field: 'kind',
      header: 'Вид',
      kind: 'enum',
      labels: eventKindRu,
      required: true,
      managedBy: 'person',
      width: 170,
      note: 'семинар / конференция / круглый стол / консультация / обучение наставников / обмен опытом.',
    },
    { field: 'title', header: 'Тема', kind: 'text', required: true, managedBy: 'person', width: 280, note: 'Тема или название мероприятия.' },
    {
      field: 'roadmapItem',
      header: 'Пункт дорожной карты',
      kind: 'text',
      managedBy: 'person',
      width: 110,
      note: 'Номер пункта дорожной карты, например 6.2. Пусто — по виду: обучение, консультации и обмен опытом — 4.2; семинар и конференция — 6.2; круглый стол — 6.3.',
    },
    { field: 'participants', header: 'Участники', kind: 'text', managedBy: 'person', width: 260, note: 'Кто участвовал: ФИО или группы (например, «наставники, молодые специалисты»).' },
    {
      field: 'participantCount',
      header: 'Число участников',
      kind: 'number',
      integer: true,
      min: 0,
      max: 10000,
      managedBy: 'person',
      width: 100,
      note: 'Сколько человек участвовало: целое число.',
    },
    { field: 'materials', header: 'Материалы (ссылки)', kind: 'text', managedBy: 'person', width: 260, note: 'Ссылки на презентации, записи, фотографии; несколько — через пробел или с новой строки.' },
    { field: 'outcome', header: 'Итог', kind: 'text', managedBy: 'person', width: 300, note: 'Что решили или чему научились: одно-два предложения для отчёта и публикации.' },
    {
      field: 'status',
      header: 'Статус',
      kind: 'enum',
      labels: eventStatusRu,
      managedBy: 'person',
      width: 120,
      note: 'запланировано / проведено / отменено. Пусто — «проведено», когда дата наступила.',
    },
    notesColumn,
  ],
});

export type EventField = (typeof eventsTable.columns)[number]['field'];
