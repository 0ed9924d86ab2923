// «Документы»: the register of generated documents, one row per document (regenerating updates its row), also the
// per-item status of a generation run so an interrupted run resumes with nothing duplicated or skipped.
import { defineTable } from '../table-schema';
import { notesColumn } from './common-columns';

export const documentTypeRu = {
  order: 'приказ',
  consents: 'согласия (общий документ)',
  consent: 'согласие',
  program: 'программа (ПНП)',
  template: 'шаблон',
  monitoringReport: 'отчёт о мониторинге',
  pairReport: 'итоговый отчёт пары',
} as const;

export type DocumentType = keyof typeof documentTypeRu;

export const documentStatusRu = {
  queued: 'в очереди',
  done: 'готов',
  error: 'ошибка',
  cancelled: 'отменён',
  edited: 'изменён вручную',
  active: 'используется',
  inactive: 'не используется',
} as const;

export type DocumentStatus = keyof typeof documentStatusRu;

export const documentsTable = defineTable({
  key: 'documents',
  sheetName: 'Документы',
  color: '#3949ab',
  columns: [
    {
      field: 'title',
      header: 'Документ',
      kind: 'text',
      managedBy: 'addon',
      width: 320,
      note: 'Название документа на Google Диске. Заполняет дополнение при формировании.',
    },
    {
      field: 'type',
      header: 'Тип',
      kind: 'enum',
      labels: documentTypeRu,
      managedBy: 'addon',
      width: 150,
      note: 'приказ / согласия (общий документ) / согласие / программа (ПНП) / шаблон.',
    },
    {
      field: 'number',
      header: 'Номер',
      kind: 'text',
      managedBy: 'addon',
      width: 90,
      note: 'Номер документа (у приказа — из «Настроек»).',
    },
    {
      field: 'date',
      header: 'Дата',
      kind: 'date',
      managedBy: 'addon',
      width: 100,
      note: 'Дата документа, ДД.ММ.ГГГГ.',
    },
    {
      field: 'pairs',
      header: 'Пара/группа',
      kind: 'text',
      managedBy: 'addon',
      width: 150,
      note: 'ID пары (группы), к которой относится документ; пусто у документов на все пары (приказ, общий документ согласий).',
    },
    {
      field: 'link',
      header: 'Ссылка',
      kind: 'text',
      managedBy: 'addon',
      width: 260,
      note: 'Ссылка на документ Google. При повторном формировании документ обновляется по той же ссылке.',
    },
    {
      field: 'version',
      header: 'Версия',
      kind: 'number',
      integer: true,
      min: 0,
      managedBy: 'addon',
      width: 70,
      note: 'Сколько раз документ сформирован: 1 — впервые, дальше растёт при каждом обновлении.',
    },
    {
      field: 'by',
      header: 'Сформировал',
      kind: 'text',
      managedBy: 'addon',
      width: 200,
      note: 'Кто сформировал последнюю версию (адрес почты).',
    },
    {
      field: 'at',
      header: 'Когда',
      kind: 'datetime',
      managedBy: 'addon',
      width: 140,
      note: 'Когда сформирована последняя версия.',
    },
    {
      field: 'status',
      header: 'Статус',
      kind: 'enum',
      labels: documentStatusRu,
      managedBy: 'addon',
      width: 130,
      note: 'в очереди / готов / ошибка / отменён / изменён вручную (не перезаписан без согласия куратора); у шаблонов — используется / не используется.',
    },
    {
      field: 'message',
      header: 'Пояснение',
      kind: 'text',
      managedBy: 'addon',
      width: 320,
      note: 'Что произошло при последнем формировании: ошибка, пропуск, не вошедшие пары.',
    },
    {
      field: 'key',
      header: 'Ключ',
      kind: 'text',
      managedBy: 'addon',
      width: 160,
      note: 'Служебный ключ документа (order, program:НП-2026-001 …): по нему дополнение находит строку. Не меняйте.',
    },
    {
      field: 'fileId',
      header: 'ID файла',
      kind: 'text',
      managedBy: 'addon',
      width: 120,
      note: 'Служебное: ID файла на Google Диске.',
    },
    {
      field: 'hash',
      header: 'Контрольная сумма',
      kind: 'text',
      managedBy: 'addon',
      width: 120,
      note: 'Служебное: отпечаток содержимого; одинаковый — документ не менялся и повторно не перерисовывается.',
    },
    {
      field: 'driveVersion',
      header: 'Версия файла в Drive',
      kind: 'number',
      integer: true,
      min: 0,
      managedBy: 'addon',
      width: 110,
      note: 'Служебное: версия файла на Диске сразу после формирования. Если файл потом правили вручную, версия растёт — и дополнение не перезапишет правки без вопроса.',
    },
    {
      field: 'modifiedTime',
      header: 'Изменён в Drive',
      kind: 'text',
      managedBy: 'addon',
      width: 170,
      note: 'Служебное: время изменения файла на Диске сразу после формирования (UTC).',
    },
    {
      field: 'run',
      header: 'Запуск',
      kind: 'text',
      managedBy: 'addon',
      width: 110,
      note: 'Служебное: какой запуск формирования последним брал документ в работу.',
    },
    notesColumn,
  ],
});

export type DocumentField = (typeof documentsTable.columns)[number]['field'];
