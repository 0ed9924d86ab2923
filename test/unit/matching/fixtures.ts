// Hand-made mentors and mentees for readable matching tests.
import type { Mentee, Mentor } from '../../../src/domain/model';

const d = { year: 2026, month: 9, day: 1 };

export function mentor(over: Partial<Mentor> = {}): Mentor {
  return {
    id: 'R1',
    fullName: 'Семёнова Ольга Петровна',
    email: 'semenova@school.ru',
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 22,
    schoolYears: 10,
    qualification: 'высшая — педагог-наставник',
    competencies: [
      'Оценивание, в т. ч. формирующее; критерии и КИМ',
      'Работа с родителями (законными представителями)',
      'Организация учебной дисциплины, управление классом',
    ],
    capacity: 2,
    forms: ['individual', 'group'],
    consentDate: d,
    trainingDate: d,
    status: 'active',
    addedOn: d,
    source: 'manual',
    notes: '',
    ...over,
  };
}

export function mentee(over: Partial<Mentee> = {}): Mentee {
  return {
    id: 'E1',
    fullName: 'Попова Анна Сергеевна',
    email: 'popova@school.ru',
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 3,
    hiredOn: d,
    category: 'молодой специалист (стаж до 3 лет)',
    requests: [
      'Оценивание, в т. ч. формирующее; критерии и КИМ',
      'Работа с родителями (законными представителями)',
      'Организация учебной дисциплины, управление классом',
      'Подготовка к аттестации, портфолио педагога',
    ],
    requestText: '',
    desiredForm: 'individual',
    preferredMentor: '',
    requestDate: d,
    consentDate: d,
    status: 'waiting',
    pairId: '',
    notes: '',
    ...over,
  };
}
