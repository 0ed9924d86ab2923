// What a program says for each vocabulary competence: the task it sets and the result it expects.
import { normalizeTerm } from '../model';
import { defaultCompetencies } from '../vocabulary/defaults';

export interface CompetencePhrases {
  /** A task of the program, lower-case, as an infinitive clause. */
  task: string;
  /** An expected result, lower-case, as a statement about the mentee. */
  outcome: string;
}

export const competencePhrases: Readonly<Record<string, CompetencePhrases>> = {
  'lesson-design': {
    task: 'освоить проектирование урока в соответствии с требованиями ФГОС и ФОП, составление технологической карты урока',
    outcome: 'наставляемый самостоятельно проектирует уроки по ФГОС и ФОП и составляет технологические карты',
  },
  'subject-methods': {
    task: 'совершенствовать методику преподавания предмета, сформировать подборку методических материалов и ЦОР',
    outcome: 'наставляемый применяет эффективные методы преподавания предмета, провёл открытый урок',
  },
  classroom: {
    task: 'освоить приёмы организации учебной дисциплины и управления классом',
    outcome: 'наставляемый владеет приёмами управления классом, на уроках поддерживается рабочая дисциплина',
  },
  assessment: {
    task: 'освоить систему оценивания, в том числе формирующего; научиться разрабатывать критерии оценивания и КИМ',
    outcome: 'наставляемый использует критерии оценивания и приёмы формирующего оценивания',
  },
  parents: {
    task: 'сформировать навыки конструктивного взаимодействия с родителями (законными представителями) обучающихся',
    outcome: 'наставляемый проводит родительские собрания и выстраивает конструктивное общение с родителями',
  },
  homeroom: {
    task: 'освоить организацию классного руководства и воспитательной работы, проведение «Разговоров о важном»',
    outcome: 'составлен и реализуется план воспитательной работы класса',
  },
  paperwork: {
    task: 'освоить ведение документации: рабочей программы, КТП, электронного журнала',
    outcome: 'рабочая программа и КТП разработаны, документация ведётся своевременно и без замечаний',
  },
  exams: {
    task: 'освоить систему подготовки обучающихся к ГИА (ОГЭ, ЕГЭ) и ВПР',
    outcome: 'наставляемый знает структуру КИМ и ведёт системную подготовку обучающихся к ГИА и ВПР',
  },
  inclusion: {
    task: 'освоить приёмы работы с обучающимися с ОВЗ, адаптацию учебных материалов, адаптированные программы',
    outcome: 'наставляемый адаптирует задания и материалы урока для обучающихся с ОВЗ',
  },
  gifted: {
    task: 'освоить формы работы с одарёнными обучающимися и подготовку к олимпиадам',
    outcome: 'обучающиеся подготовлены к школьному и муниципальному этапам олимпиады',
  },
  literacy: {
    task: 'научиться включать в уроки задания на формирование функциональной грамотности',
    outcome: 'задания на функциональную грамотность систематически используются на уроках',
  },
  digital: {
    task: 'освоить цифровые образовательные ресурсы (ФГИС «Моя школа», «Сферум», ЦОК) и применять их в работе',
    outcome: 'наставляемый использует цифровые образовательные ресурсы на уроках и во взаимодействии с обучающимися',
  },
  projects: {
    task: 'освоить руководство проектной и исследовательской деятельностью обучающихся',
    outcome: 'под руководством наставляемого подготовлен и защищён проект обучающегося',
  },
  attestation: {
    task: 'подготовиться к аттестации, сформировать портфолио педагога',
    outcome: 'портфолио педагога сформировано, документы к аттестации подготовлены',
  },
  wellbeing: {
    task: 'освоить приёмы саморегуляции и профилактики профессионального выгорания',
    outcome: 'наставляемый владеет приёмами саморегуляции, снижен уровень профессиональной тревожности',
  },
  adaptation: {
    task: 'обеспечить адаптацию в педагогическом коллективе, знакомство с традициями и корпоративной культурой школы',
    outcome: 'наставляемый успешно адаптирован в коллективе, знает традиции и локальные акты школы',
  },
};

/** For a request outside the vocabulary (an «Другое» request written by the teacher). */
export function fallbackPhrases(request: string): CompetencePhrases {
  return {
    task: `оказать помощь в преодолении профессионального затруднения: «${request}»`,
    outcome: `затруднение «${request}» преодолено или существенно снижено`,
  };
}

const OTHER_PREFIX = /^другое\s*[:\-–—.]\s*/i;

export interface ResolvedRequest {
  /** The request as the workbook has it. */
  text: string;
  /** The vocabulary code, or null for a request outside the vocabulary. */
  code: string | null;
  /** The vocabulary title, or the request text itself. */
  title: string;
}

/** Finds a request's competence by title or code, ignoring case, ё and spacing. */
export function resolveRequest(
  request: string,
  competencies: ReadonlyArray<{ code: string; title: string }> = defaultCompetencies,
): ResolvedRequest {
  const key = normalizeTerm(request);
  const hit = competencies.find((c) => normalizeTerm(c.title) === key || normalizeTerm(c.code) === key);
  if (hit) return { text: request.trim(), code: hit.code, title: hit.title };
  // The intake form's «Другое: …» option: the prefix is the form's, the difficulty is the rest.
  const own = request.trim().replace(OTHER_PREFIX, '').trim();
  return { text: request.trim(), code: null, title: own ? own.charAt(0).toUpperCase() + own.slice(1) : request.trim() };
}
