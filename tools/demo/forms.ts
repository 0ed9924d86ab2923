// The demo school's Google Forms: both forms created and linked (trigger installed), and a few teachers' answers sent
// through the emulated browser form, so the banks, «Карантин» and the «Формы» panel have something to show.
//
// API
//   seedDemoForms(world, services) → creates the request form and the mentor profile as «Формы → Создать…» does,
//     then submits DEMO_ANSWERS and delivers each submit event to the installed trigger's use case.
import { createContext } from '../../src/app/context';
import { createForm } from '../../src/app/forms/create-form';
import { handleFormSubmit } from '../../src/app/forms/handle-submit';
import {
  MENTEE_PARTICIPATION_CHOICE,
  MENTEE_PARTICIPATION_TITLE,
  MENTOR_DUTIES_CHOICE,
  MENTOR_DUTIES_TITLE,
  PERSONAL_DATA_CONSENT_CHOICE,
  PERSONAL_DATA_CONSENT_TITLE,
} from '../../src/domain/forms';
import type { AppsScriptServices } from '../../src/google/services';
import type { World } from '../emulator';
import { submitForm } from '../emulator/forms';

type Answers = Record<string, string | string[]>;

interface DemoAnswer {
  kind: 'requests' | 'mentors';
  email: string;
  answers: Answers;
}

const consentRequest = {
  [PERSONAL_DATA_CONSENT_TITLE]: [PERSONAL_DATA_CONSENT_CHOICE],
  [MENTEE_PARTICIPATION_TITLE]: [MENTEE_PARTICIPATION_CHOICE],
};
const consentMentor = {
  [MENTOR_DUTIES_TITLE]: [MENTOR_DUTIES_CHOICE],
  [PERSONAL_DATA_CONSENT_TITLE]: [PERSONAL_DATA_CONSENT_CHOICE],
};

/** Two requests (one with only a surname: it goes to «Карантин»), one mentor profile. */
export const DEMO_ANSWERS: readonly DemoAnswer[] = [
  {
    kind: 'requests',
    email: 'd.sokolova@sosh2.example',
    answers: {
      'Фамилия, имя, отчество': 'Соколова Дарья Андреевна',
      Должность: 'учитель',
      'Преподаваемые предметы и направления': ['английский язык'],
      'Педагогический стаж (полных лет)': '0',
      'Дата приёма на работу в школу': '2026-08-28',
      'Категория наставляемого': 'молодой специалист (стаж до 3 лет)',
      'Профессиональные запросы': [
        'Проектирование урока по ФГОС и ФОП, технологическая карта урока',
        'Организация учебной дисциплины, управление классом',
      ],
      'Опишите профессиональные затруднения': 'Трудно удерживать внимание 6 «Б» на втором уроке.',
      'Желаемая форма наставничества': 'индивидуальная',
      ...consentRequest,
    },
  },
  {
    kind: 'mentors',
    email: 't.orlova@sosh2.example',
    answers: {
      'Фамилия, имя, отчество': 'Орлова Татьяна Викторовна',
      Должность: 'учитель',
      'Преподаваемые предметы и направления': ['английский язык', 'немецкий язык'],
      'Педагогический стаж (полных лет)': '24',
      'Стаж работы в нашей школе (полных лет)': '17',
      'Квалификационная категория': 'высшая — педагог-наставник',
      'Компетенции, которыми вы готовы делиться': [
        'Проектирование урока по ФГОС и ФОП, технологическая карта урока',
        'Организация учебной дисциплины, управление классом',
      ],
      'Скольких наставляемых вы готовы сопровождать одновременно': '2',
      'Формы наставничества': ['индивидуальная', 'групповая'],
      ...consentMentor,
    },
  },
  {
    kind: 'requests',
    email: 'semenova@sosh2.example',
    answers: {
      'Фамилия, имя, отчество': 'Семёнова',
      Должность: 'учитель начальных классов',
      'Преподаваемые предметы и направления': ['начальные классы'],
      'Педагогический стаж (полных лет)': '1',
      'Категория наставляемого': 'вновь принятый педагог',
      'Профессиональные запросы': ['Работа с родителями (законными представителями)'],
      'Желаемая форма наставничества': 'групповая',
      ...consentRequest,
    },
  },
];

export function seedDemoForms(world: World, services: AppsScriptServices): void {
  const run = <T>(
    functionName: string,
    kind: 'script' | 'trigger',
    fn: (ctx: ReturnType<typeof createContext>) => T,
  ): T => world.execute({ authMode: 'FULL', kind, functionName }, () => fn(createContext(services)));
  const ids = {
    requests: run('createRequestForm', 'script', (ctx) => createForm(ctx, 'requests')).id,
    mentors: run('createMentorForm', 'script', (ctx) => createForm(ctx, 'mentors')).id,
  };
  for (const a of DEMO_ANSWERS) {
    world.clock.advance(7 * 60_000);
    const s = submitForm(world, ids[a.kind], a.answers, { respondentEmail: a.email });
    for (const d of s.deliveries)
      run(d.trigger.handlerFunction, 'trigger', (ctx) =>
        handleFormSubmit(ctx, d.event, (line) => world.log('info', line)),
      );
  }
}
