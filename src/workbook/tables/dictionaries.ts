// «Справочники»: the school's editable lists, one per column; banks' dropdowns and checks read them.
import {
  defaultCompetencies,
  defaultMenteeCategories,
  defaultMentoringForms,
  defaultPosts,
  defaultQualifications,
  defaultSubjects,
} from '../../domain/vocabulary/defaults';
import { defineTable, type DictionaryKey } from '../table-schema';

const note = (what: string) =>
  `${what}. Список можно править: добавляйте значения в конец столбца, исправляйте формулировки. Дополнение заполняет столбец только когда он пуст.`;

export const dictionariesTable = defineTable<DictionaryKey>({
  key: 'dictionaries',
  sheetName: 'Справочники',
  color: '#f9a825',
  columns: [
    {
      field: 'posts',
      header: 'Должности',
      kind: 'text',
      managedBy: 'person',
      width: 260,
      note: note('Должности педагогов'),
    },
    {
      field: 'subjects',
      header: 'Предметы',
      kind: 'text',
      managedBy: 'person',
      width: 240,
      note: note('Предметы и направления'),
    },
    {
      field: 'qualifications',
      header: 'Квалификационные категории',
      kind: 'text',
      managedBy: 'person',
      width: 220,
      note: note('Квалификационные категории и статусы'),
    },
    {
      field: 'menteeCategories',
      header: 'Категории наставляемых',
      kind: 'text',
      managedBy: 'person',
      width: 300,
      note: note('Категории наставляемых'),
    },
    {
      field: 'forms',
      header: 'Формы наставничества',
      kind: 'text',
      managedBy: 'person',
      width: 170,
      note: 'Формы наставничества: «индивидуальная» и «групповая» (подбор пар понимает только эти две).',
    },
    {
      field: 'competencies',
      header: 'Профессиональные запросы / компетенции',
      kind: 'text',
      managedBy: 'person',
      width: 420,
      note: note(
        'Один общий список: запрос наставляемого и компетенция наставника — одно и то же, поэтому их можно сравнивать',
      ),
    },
  ],
});

/** The seed of each list: written only into an empty or missing column. */
export const dictionarySeeds: Record<DictionaryKey, readonly string[]> = {
  posts: defaultPosts,
  subjects: defaultSubjects,
  qualifications: defaultQualifications,
  menteeCategories: defaultMenteeCategories,
  forms: defaultMentoringForms,
  competencies: defaultCompetencies.map((c) => c.title),
};
