// «Методическая копилка»: the school's library of mentoring practices and materials, kept from year to year.
import { practiceKindRu, practiceSourceRu } from '../../domain/practices/practice';
import { defineTable } from '../table-schema';
import { notesColumn } from './common-columns';
import { yesNoLabels } from './yes-no';

export const practicesTable = defineTable({
  key: 'practices',
  sheetName: 'Методическая копилка',
  idField: 'id',
  idPrefix: 'МК-',
  color: '#ef6c00',
  columns: [
    { field: 'id', header: 'ID', kind: 'text', managedBy: 'addon', width: 80, note: 'Номер практики, например МК-0007. Заполняет дополнение.' },
    { field: 'title', header: 'Название', kind: 'text', required: true, managedBy: 'person', width: 280, note: 'Краткое название практики или материала.' },
    { field: 'authors', header: 'Авторы', kind: 'text', required: true, managedBy: 'person', width: 220, note: 'ФИО авторов через «; ».' },
    { field: 'pairId', header: 'Пара/группа', kind: 'text', managedBy: 'person', width: 120, note: 'ID пары или группы, в работе которой сложилась практика (например, НП-2026-003). Можно оставить пустым.' },
    {
      field: 'competencies',
      header: 'Запросы / компетенции',
      kind: 'multi-list',
      dictionary: 'competencies',
      managedBy: 'person',
      width: 300,
      note: 'На какие профессиональные запросы отвечает практика: значения из листа «Справочники» через «; ».',
    },
    { field: 'description', header: 'Описание', kind: 'text', managedBy: 'person', width: 360, note: 'Суть практики: что делали, что получилось, как повторить.' },
    { field: 'materials', header: 'Материалы (ссылки)', kind: 'text', managedBy: 'person', width: 240, note: 'Ссылки на материалы; несколько — через пробел или с новой строки.' },
    { field: 'year', header: 'Учебный год', kind: 'text', managedBy: 'person', width: 100, note: 'Учебный год в виде 2026/2027.' },
    { field: 'tags', header: 'Теги', kind: 'text', managedBy: 'person', width: 200, note: 'Ключевые слова для поиска через «; », например: урок; дисциплина; родители.' },
    {
      field: 'best',
      header: 'Лучшая практика',
      kind: 'enum',
      labels: yesNoLabels,
      managedBy: 'person',
      width: 110,
      note: '«да» — практика признана лучшей на итоговом круглом столе. Пусто — «нет».',
    },
    {
      field: 'kind',
      header: 'Тип',
      kind: 'enum',
      labels: practiceKindRu,
      managedBy: 'person',
      width: 190,
      note: 'практика наставничества / методический материал (материалы для обучения наставников, пункт 4.2). Пусто — практика.',
    },
    { field: 'source', header: 'Источник', kind: 'enum', labels: practiceSourceRu, managedBy: 'addon', width: 150, note: 'Откуда практика: круглый стол / анкета мониторинга / вручную. Пусто — вручную.' },
    {
      field: 'origin',
      header: 'Из анкеты',
      kind: 'text',
      managedBy: 'addon',
      width: 150,
      note: 'Ответ анкеты мониторинга, из которого добавлена практика. Заполняет дополнение, чтобы не предлагать её дважды.',
    },
    notesColumn,
  ],
});

export type PracticeField = (typeof practicesTable.columns)[number]['field'];
