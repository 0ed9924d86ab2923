// Test fixtures: МБОУ «СОШ №2» г. Сосногорска with mentors, mentees and pairs for 2026/2027.
import { calendarDate, type CalendarDate } from '../../../src/domain/calendar/calendar-date';
import type { Mentee, Mentor, Pair, SchoolSettings } from '../../../src/domain/model';
import type { ResolvedPair } from '../../../src/domain/documents/participants';
import { defaultCompetencies } from '../../../src/domain/vocabulary/defaults';

export const d = (iso: string): CalendarDate => {
  const [y, m, dd] = iso.split('-').map(Number) as [number, number, number];
  return calendarDate(y, m, dd);
};

export const title = (code: string): string => defaultCompetencies.find((c) => c.code === code)!.title;

export const settings: SchoolSettings = {
  schoolFullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2» г. Сосногорска',
  schoolShortName: 'МБОУ «СОШ №2» г. Сосногорска',
  city: 'Сосногорск',
  directorName: 'Петрова Ольга Викторовна',
  directorTitle: 'Директор',
  curatorName: 'Кузнецова Марина Сергеевна',
  curatorPost: 'заместитель директора по учебно-воспитательной работе',
  curatorEmail: 'kuznetsova@sosh2.ru',
  academicYear: { startYear: 2026 },
  timeZone: 'Europe/Moscow',
  alertRecipients: [],
  alertLeadDays: [7, 1],
  defaultMentorCapacity: 2,
  defaultProgramMonths: 9,
  maxGroupSize: 4,
};

export function mentor(id: string, fullName: string, over: Partial<Mentor> = {}): Mentor {
  return {
    id,
    fullName,
    email: `${id}@sosh2.ru`,
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 18,
    schoolYears: 10,
    qualification: 'высшая',
    competencies: [],
    capacity: 2,
    forms: ['individual', 'group'],
    consentDate: d('2026-09-10'),
    trainingDate: null,
    status: 'active',
    addedOn: d('2026-09-01'),
    source: 'form',
    notes: '',
    ...over,
  };
}

export function mentee(id: string, fullName: string, over: Partial<Mentee> = {}): Mentee {
  return {
    id,
    fullName,
    email: `${id}@sosh2.ru`,
    post: 'учитель',
    subjects: ['математика'],
    experienceYears: 1,
    hiredOn: d('2025-08-28'),
    category: 'молодой специалист (стаж до 3 лет)',
    requests: [],
    requestText: '',
    desiredForm: 'individual',
    preferredMentor: '',
    requestDate: d('2026-09-05'),
    consentDate: d('2026-09-11'),
    status: 'paired',
    pairId: '',
    notes: '',
    ...over,
  };
}

export const ivanova = mentor('m1', 'Иванова Светлана Николаевна');
export const smirnov = mentor('m2', 'Смирнов Алексей Владимирович', {
  subjects: ['информатика', 'физика'],
  experienceYears: 12,
  qualification: 'первая',
  consentDate: d('2026-09-12'),
});
export const fedorova = mentor('m3', 'Фёдорова Елена Андреевна', {
  post: 'учитель начальных классов',
  subjects: ['начальные классы'],
  experienceYears: 25,
  qualification: 'высшая — педагог-наставник',
  consentDate: null,
});

export const popova = mentee('e1', 'Попова Анна Дмитриевна', {
  requests: [title('lesson-design'), title('assessment')],
  requestText: 'Трудно удерживать внимание 7 класса на втором часе урока',
});
export const volkov = mentee('e2', 'Волков Дмитрий Игоревич', {
  subjects: ['информатика'],
  experienceYears: 0,
  requests: [
    'цифровые образовательные ресурсы (ФГИС «Моя школа», «Сферум», ЦОК)',
    'Организация учебной дисциплины, управление классом',
  ],
});
export const sokolova = mentee('e3', 'Соколова Ксения Павловна', {
  subjects: ['информатика'],
  experienceYears: 2,
  consentDate: d('2026-09-15'),
});
export const morozova = mentee('e4', 'Морозова Алёна Викторовна', {
  post: 'учитель начальных классов',
  subjects: ['начальные классы'],
});
export const lebedeva = mentee('e5', 'Лебедева Ирина Олеговна', { subjects: ['алгебра'], consentDate: null });
export const novikova = mentee('e6', 'Новикова Полина Сергеевна', {
  subjects: ['геометрия'],
  experienceYears: 7,
  category: 'педагог, вышедший после длительного перерыва (в т. ч. отпуска по уходу за ребёнком)',
});

export function pair(id: string, mentors: Mentor[], mentees: Mentee[], over: Partial<Pair> = {}): ResolvedPair {
  return {
    pair: {
      id,
      form: mentees.length > 1 ? 'group' : 'individual',
      mentorIds: mentors.map((m) => m.id),
      menteeIds: mentees.map((m) => m.id),
      requests: [...new Set(mentees.flatMap((m) => m.requests))],
      startDate: d('2026-10-01'),
      endDate: d('2027-06-30'),
      status: 'formed',
      locked: false,
      orderLink: '',
      programLink: '',
      notes: '',
      ...over,
    },
    mentors,
    mentees,
  };
}

export const pairs: ResolvedPair[] = [
  pair('НП-2026-001', [ivanova], [popova]),
  pair('НП-2026-002', [smirnov], [volkov, sokolova], { endDate: d('2027-05-31') }),
  pair('НП-2026-003', [fedorova], [morozova]),
  pair('НП-2026-004', [ivanova], [lebedeva]),
  pair('НП-2026-005', [ivanova], [novikova], {
    requests: [title('attestation'), 'Другое: составление индивидуального маршрута для ученика'],
  }),
];

/** Occurrences of a substring. */
export const count = (text: string, part: string): number => text.split(part).length - 1;
