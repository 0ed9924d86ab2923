// The monitoring questionnaires as data: who answers, how each question is asked, what the report does with it.
// The school adapts them on the «Вопросы мониторинга» sheet; these are the seeds (vocabulary.md, «Анкета мониторинга»).

export type Audience = 'mentee' | 'mentor' | 'curator';

export const audienceRu: Record<Audience, string> = {
  mentee: 'наставляемый',
  mentor: 'наставник',
  curator: 'куратор',
};

/** How a question is asked. */
export type QuestionType = 'rating' | 'competence' | 'choice' | 'yesno' | 'text';

export const questionTypeRu: Record<QuestionType, string> = {
  rating: 'оценка 1–10',
  competence: 'уровень до и после (1–10)',
  choice: 'выбор',
  yesno: 'да/нет',
  text: 'текст',
};

/** What the add-on does with the answers besides the summary. */
export type QuestionUse = 'practice' | 'continue' | 'strengths' | 'weaknesses' | 'opportunities' | 'threats';

export const questionUseRu: Record<QuestionUse, string> = {
  practice: 'предложение в копилку',
  continue: 'желание продолжить',
  strengths: 'SWOT: сильные стороны',
  weaknesses: 'SWOT: слабые стороны',
  opportunities: 'SWOT: возможности',
  threats: 'SWOT: угрозы',
};

export interface MonitoringQuestion {
  /** Stable code: answers are filed under it, so a reworded question keeps its history. */
  code: string;
  audience: Audience;
  type: QuestionType;
  text: string;
  /** Choices of a 'choice' question. */
  choices: string[];
  required: boolean;
  use: QuestionUse | null;
  active: boolean;
}

export const RATING_MIN = 1;
export const RATING_MAX = 10;

export const YES = 'да';
export const NO = 'нет';

const q = (
  code: string,
  audience: Audience,
  type: QuestionType,
  text: string,
  more: Partial<Pick<MonitoringQuestion, 'choices' | 'required' | 'use'>> = {},
): MonitoringQuestion => ({
  code,
  audience,
  type,
  text,
  choices: more.choices ?? [],
  required: more.required ?? type !== 'text',
  use: more.use ?? null,
  active: true,
});

const FREQUENCY = ['ежедневно', 'раз в неделю', 'раз в месяц', 'реже'];

export const defaultQuestions: readonly MonitoringQuestion[] = [
  q('mentee_comfort', 'mentee', 'rating', 'Комфортность общения с наставником'),
  q('mentee_joint_work', 'mentee', 'rating', 'Полезность совместной работы'),
  q('mentee_advice', 'mentee', 'rating', 'Полезность советов наставника'),
  q('mentee_goals_clear', 'mentee', 'rating', 'Понятность целей программы'),
  q('mentee_goals_achieved', 'mentee', 'rating', 'Насколько достигнуты цели программы'),
  q('mentee_competence', 'mentee', 'competence', 'Уровень владения компетенцией из вашего запроса'),
  q('mentee_frequency', 'mentee', 'choice', 'Частота встреч с наставником', { choices: FREQUENCY }),
  q('mentee_continue', 'mentee', 'yesno', 'Хотели бы вы продолжить участие в наставничестве?', { use: 'continue' }),
  q('mentee_valuable', 'mentee', 'text', 'Что было самым ценным?'),
  q('mentee_missing', 'mentee', 'text', 'Чего не хватило, что стоит изменить?'),
  q('mentee_practice', 'mentee', 'text', 'Какую практику стоит передать коллегам?', { use: 'practice' }),
  q('mentor_comfort', 'mentor', 'rating', 'Комфортность работы с наставляемым'),
  q('mentor_goals_achieved', 'mentor', 'rating', 'Насколько наставляемый достиг целей программы'),
  q('mentor_time', 'mentor', 'rating', 'Достаточность времени на наставничество'),
  q('mentor_admin_support', 'mentor', 'rating', 'Поддержка администрации'),
  q('mentor_frequency', 'mentor', 'choice', 'Частота встреч с наставляемым', { choices: FREQUENCY }),
  q('mentor_needs_help', 'mentor', 'yesno', 'Нужна ли вам методическая помощь как наставнику?'),
  q('mentor_continue', 'mentor', 'yesno', 'Готовы ли вы продолжить быть наставником?', { use: 'continue' }),
  q('mentor_best_practice', 'mentor', 'text', 'Лучшая практика этого года', { use: 'practice' }),
  q('mentor_proposals', 'mentor', 'text', 'Ваши предложения'),
  q('curator_plan_done', 'curator', 'rating', 'Насколько выполнены мероприятия планов пар'),
  q('curator_pair_problems', 'curator', 'text', 'Проблемы пар, требующие решения'),
  q('curator_strengths', 'curator', 'text', 'Сильные стороны системы наставничества', { use: 'strengths' }),
  q('curator_weaknesses', 'curator', 'text', 'Слабые стороны системы наставничества', { use: 'weaknesses' }),
  q('curator_opportunities', 'curator', 'text', 'Возможности для развития', { use: 'opportunities' }),
  q('curator_threats', 'curator', 'text', 'Угрозы и риски', { use: 'threats' }),
];

/** The active questions of one questionnaire, in sheet order. */
export function questionnaire(questions: readonly MonitoringQuestion[], audience: Audience): MonitoringQuestion[] {
  return questions.filter((x) => x.active && x.audience === audience);
}

/** Reads a yes/no answer as people type it; null when it is neither. */
export function parseYesNo(text: string): boolean | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.!]+$/, '');
  if (['да', 'yes', 'конечно', 'скорее да'].includes(t)) return true;
  if (['нет', 'no', 'скорее нет'].includes(t)) return false;
  return null;
}

/** A 1–10 rating; null when blank or outside the scale. */
export function parseRating(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : Number(
          String(value ?? '')
            .trim()
            .replace(',', '.'),
        );
  if (String(value ?? '').trim() === '' || !Number.isInteger(n) || n < RATING_MIN || n > RATING_MAX) return null;
  return n;
}
