// «Публикации»: news drafts for the school's website and social networks, then the published link (stage 7).
import { publicationStatusRu } from '../../domain/publications/publication';
import { defineTable } from '../table-schema';
import { notesColumn } from './common-columns';

export const publicationsTable = defineTable({
  key: 'publications',
  sheetName: 'Публикации',
  idField: 'id',
  idPrefix: 'ПБ-',
  color: '#5e35b1',
  columns: [
    {
      field: 'id',
      header: 'ID',
      kind: 'text',
      managedBy: 'addon',
      width: 80,
      note: 'Номер публикации, например ПБ-0002. Заполняет дополнение.',
    },
    {
      field: 'occasion',
      header: 'Повод (код)',
      kind: 'text',
      managedBy: 'addon',
      width: 150,
      note: 'Служебная отметка: о каком мероприятии или этапе публикация. Заполняет дополнение, чтобы не готовить черновик дважды.',
    },
    {
      field: 'eventId',
      header: 'ID мероприятия',
      kind: 'text',
      managedBy: 'addon',
      width: 110,
      note: 'Мероприятие с листа «Мероприятия», о котором публикация.',
    },
    {
      field: 'roadmapItem',
      header: 'Пункт дорожной карты',
      kind: 'text',
      managedBy: 'person',
      width: 110,
      note: 'Пункт дорожной карты, который подтверждает публикация, например 6.2.',
    },
    {
      field: 'date',
      header: 'Дата',
      kind: 'date',
      managedBy: 'person',
      width: 100,
      note: 'Дата публикации (для черновика — дата события).',
    },
    {
      field: 'title',
      header: 'Заголовок',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 260,
      note: 'Заголовок новости. Черновик пишет дополнение, дальше правьте свободно.',
    },
    {
      field: 'text',
      header: 'Текст',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 480,
      note: 'Текст новости для сайта и социальных сетей.',
    },
    {
      field: 'attachments',
      header: 'Что приложить',
      kind: 'text',
      managedBy: 'person',
      width: 240,
      note: 'Фотографии, материалы, документы, которые стоит приложить к новости.',
    },
    {
      field: 'status',
      header: 'Статус',
      kind: 'enum',
      labels: publicationStatusRu,
      managedBy: 'person',
      width: 120,
      note: 'черновик / опубликовано. Опубликовали — поставьте «опубликовано» и вставьте ссылку.',
    },
    {
      field: 'link',
      header: 'Ссылка на публикацию',
      kind: 'text',
      managedBy: 'person',
      width: 240,
      note: 'Адрес новости на сайте школы или в социальной сети.',
    },
    notesColumn,
  ],
});

export type PublicationField = (typeof publicationsTable.columns)[number]['field'];
