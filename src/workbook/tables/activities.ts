// «Типовые мероприятия»: the school's editable library of ПНП activities per professional request, seeded once.
//
// A sheet of its own rather than columns in «Справочники»: every «Справочники» column is an independent list of
// values (dropdown sources, seeded per column, read as a set), while an activity is a record of six fields tied to a
// request; mixing records into the list columns would make every list read carry the library and break the
// one-value-per-cell lists. Here each row is one activity, its «Запрос» checked against the competence list.
import { defaultActivityLibrary, defaultCompetencies } from '../../domain/vocabulary/defaults';
import { defineTable } from '../table-schema';

/** What «Запрос» says for activities every program gets (the library's '*'). */
export const ALL_PROGRAMS = 'все программы';

export const activitiesTable = defineTable({
  key: 'activities',
  sheetName: 'Типовые мероприятия',
  color: '#ef6c00',
  columns: [
    {
      field: 'request',
      header: 'Запрос / компетенция',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 300,
      note: `Профессиональный запрос из списка «Профессиональные запросы / компетенции» на листе «Справочники», или «${ALL_PROGRAMS}» — мероприятие войдёт в каждую программу.`,
    },
    {
      field: 'activity',
      header: 'Мероприятие',
      kind: 'text',
      required: true,
      managedBy: 'person',
      width: 360,
      note: 'Содержание мероприятия, как оно будет записано в план ПНП.',
    },
    {
      field: 'form',
      header: 'Форма работы',
      kind: 'text',
      managedBy: 'person',
      width: 180,
      note: 'Например: консультация, взаимопосещение, совместная работа.',
    },
    {
      field: 'months',
      header: 'Месяцы программы',
      kind: 'text',
      managedBy: 'person',
      width: 130,
      note: 'Когда проводить, в месяцах 9-месячной программы: «1», «2–3» или «по запросу». Для программы другой длины сроки пересчитываются пропорционально.',
    },
    {
      field: 'result',
      header: 'Ожидаемый результат',
      kind: 'text',
      managedBy: 'person',
      width: 220,
      note: 'Что должно получиться.',
    },
    {
      field: 'report',
      header: 'Форма отчётности',
      kind: 'text',
      managedBy: 'person',
      width: 200,
      note: 'Чем подтверждается выполнение (лист наблюдения, конспект …).',
    },
  ],
  seedRows: () =>
    defaultActivityLibrary.map((a) => ({
      ...a,
      request:
        a.request.trim() === '*'
          ? ALL_PROGRAMS
          : (defaultCompetencies.find((c) => c.code === a.request)?.title ?? a.request),
    })),
});

export type ActivityField = (typeof activitiesTable.columns)[number]['field'];
