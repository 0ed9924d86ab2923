// Shared fixtures for the forms unit tests: the default vocabulary and valid answers as namedValues.
import type { Vocabulary } from '../../../src/domain/vocabulary/vocabulary';
import {
  defaultCompetencies,
  defaultMenteeCategories,
  defaultMentoringForms,
  defaultPosts,
  defaultQualifications,
  defaultSubjects,
} from '../../../src/domain/vocabulary/defaults';
import {
  MENTEE_PARTICIPATION_CHOICE,
  MENTOR_DUTIES_CHOICE,
  PERSONAL_DATA_CONSENT_CHOICE,
} from '../../../src/domain/forms';

export const vocabulary: Vocabulary = {
  posts: defaultPosts,
  subjects: defaultSubjects,
  qualifications: defaultQualifications,
  menteeCategories: defaultMenteeCategories,
  forms: defaultMentoringForms,
  competencies: defaultCompetencies.map((c) => c.title),
};

export function requestAnswer(): Record<string, string[]> {
  return {
    'Отметка времени': ['10.09.2026 10:30:05'],
    'Фамилия, имя, отчество': ['Иванова Анна Сергеевна'],
    'Адрес электронной почты': ['Anna.Ivanova@School.example'],
    Должность: ['учитель'],
    'Преподаваемые предметы и направления': ['математика, алгебра'],
    'Педагогический стаж (полных лет)': ['1'],
    'Дата приёма на работу в школу': ['01.09.2025'],
    'Категория наставляемого': ['молодой специалист (стаж до 3 лет)'],
    'Профессиональные запросы': [
      'Проектирование урока по ФГОС и ФОП, технологическая карта урока, Работа с родителями (законными представителями), Ведение портфолио класса',
    ],
    'Опишите профессиональные затруднения': ['Дисциплина в 7 классе'],
    'Желаемая форма наставничества': ['индивидуальная'],
    'Предпочитаемый наставник': [''],
    'Согласие на обработку персональных данных': [PERSONAL_DATA_CONSENT_CHOICE],
    'Согласие на участие в программе наставничества': [MENTEE_PARTICIPATION_CHOICE],
  };
}

export function mentorAnswer(): Record<string, string[]> {
  return {
    'Отметка времени': ['10.09.2026 10:30:05'],
    'Фамилия, имя, отчество': ['Петрова Мария Ивановна'],
    'Адрес электронной почты': ['petrova@school.example'],
    Должность: ['учитель'],
    'Преподаваемые предметы и направления': ['математика'],
    'Педагогический стаж (полных лет)': ['22'],
    'Стаж работы в нашей школе (полных лет)': ['15'],
    'Квалификационная категория': ['высшая — педагог-наставник'],
    'Компетенции, которыми вы готовы делиться': [
      'Методика преподавания предмета, Оценивание, в т. ч. формирующее; критерии и КИМ',
    ],
    'Скольких наставляемых вы готовы сопровождать одновременно': ['2'],
    'Формы наставничества': ['индивидуальная, групповая'],
    'Согласие на выполнение обязанностей наставника (ст. 351.8 ТК РФ)': [MENTOR_DUTIES_CHOICE],
    'Согласие на обработку персональных данных': [PERSONAL_DATA_CONSENT_CHOICE],
  };
}
