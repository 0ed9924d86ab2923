// The curator's strengths / weaknesses / opportunities / threats summary (SWOT), prefilled from the results to edit.
import { countRu, pluralRu, type RuForms } from '../roadmap/plural-ru';
import { decimalRu, percentRu, signedRu } from '../text/number-ru';
import type { MonitoringQuestion, QuestionUse } from './questions';
import type { MonitoringSummary } from './summary';

export interface Swot {
  strengths: string[];
  weaknesses: string[];
  opportunities: string[];
  threats: string[];
}

/** What the workbook shows besides the questionnaires. */
export interface SwotFacts {
  pairs: number;
  pairsWithProgram: number;
  eventsHeld: number;
  practicesAdded: number;
  bestPractices: number;
}

const HIGH_RATING = 8;
const LOW_RATING = 6;
const GOOD_RATE = 0.8;
const POOR_RATE = 0.6;

const PAIRS: RuForms = ['пара', 'пары', 'пар'];
const MENTEES: RuForms = ['наставляемый', 'наставляемых', 'наставляемых'];
const MENTORS: RuForms = ['наставник', 'наставника', 'наставников'];
/** Accusative after «предложили N …», «пополнена N …». */
const PRACTICES: RuForms = ['практику', 'практики', 'практик'];
const EVENTS: RuForms = ['мероприятие', 'мероприятия', 'мероприятий'];

const swotUses: Record<keyof Swot, QuestionUse> = {
  strengths: 'strengths',
  weaknesses: 'weaknesses',
  opportunities: 'opportunities',
  threats: 'threats',
};

/** Lines of an open answer: one point per line or per «;». */
function points(text: string): string[] {
  return text
    .split(/[\n;]+/)
    .map((t) => t.trim().replace(/^[-–—•*]\s*/, ''))
    .filter(Boolean);
}

export function prefillSwot(
  summary: MonitoringSummary,
  questions: readonly MonitoringQuestion[],
  facts: SwotFacts,
): Swot {
  const swot: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
  const s = summary.school;
  if (s.rate !== null) {
    const line = `ответили ${percentRu(s.rate)} участников (${s.answered} из ${s.expected})`;
    if (s.rate >= GOOD_RATE) swot.strengths.push(`Высокая активность в мониторинге: ${line}.`);
    else if (s.rate < POOR_RATE) swot.weaknesses.push(`Низкая активность в мониторинге: ${line}.`);
  }
  for (const r of s.ratings) {
    if (r.average === null) continue;
    if (r.average >= HIGH_RATING)
      swot.strengths.push(`«${r.question}» — средняя оценка ${decimalRu(r.average)} из 10.`);
    else if (r.average < LOW_RATING)
      swot.weaknesses.push(`«${r.question}» — средняя оценка ${decimalRu(r.average)} из 10.`);
  }
  const c = s.competence;
  if (c.before !== null && c.after !== null && c.change !== null) {
    const line = `с ${decimalRu(c.before)} до ${decimalRu(c.after)} (${signedRu(c.change)})`;
    if (c.change >= 1) swot.strengths.push(`Рост владения компетенциями по запросам наставляемых: ${line}.`);
    else swot.weaknesses.push(`Слабый рост владения компетенциями по запросам: ${line}.`);
  }
  if (facts.pairs > 0 && facts.pairsWithProgram >= facts.pairs)
    swot.strengths.push(`Для всех ${facts.pairs} ${pluralRu(facts.pairs, ['пары', 'пар', 'пар'])} разработаны ПНП.`);
  else if (facts.pairs > 0)
    swot.weaknesses.push(`ПНП есть не у всех пар: ${facts.pairsWithProgram} из ${facts.pairs}.`);
  if (facts.eventsHeld > 0) swot.strengths.push(`Проведено ${countRu(facts.eventsHeld, EVENTS)} по наставничеству.`);
  if (summary.attention.length)
    swot.weaknesses.push(
      `Требуют внимания: ${countRu(summary.attention.length, PAIRS)} (${summary.attention.map((p) => p.pairId).join(', ')}).`,
    );

  const continues = (audience: 'mentee' | 'mentor') => {
    const uses = new Set(questions.filter((q) => q.use === 'continue' && q.audience === audience).map((q) => q.code));
    return s.yesNo
      .filter((y) => uses.has(y.code))
      .reduce((t, y) => ({ yes: t.yes + y.yes, no: t.no + y.no }), { yes: 0, no: 0 });
  };
  const mentees = continues('mentee');
  const mentors = continues('mentor');
  if (mentees.yes) swot.opportunities.push(`Хотят продолжить участие: ${countRu(mentees.yes, MENTEES)}.`);
  if (mentors.yes) swot.opportunities.push(`Готовы продолжить наставничество: ${countRu(mentors.yes, MENTORS)}.`);
  const proposed = summary.openAnswers.filter((g) => g.use === 'practice').reduce((n, g) => n + g.answers.length, 0);
  if (proposed)
    swot.opportunities.push(`Участники предложили ${countRu(proposed, PRACTICES)} для методической копилки.`);
  if (facts.bestPractices)
    swot.opportunities.push(`Отмечено лучших практик: ${facts.bestPractices}; их можно тиражировать в следующем году.`);
  else if (facts.practicesAdded)
    swot.opportunities.push(`Практик добавлено в копилку за год: ${facts.practicesAdded}.`);
  if (mentors.no) swot.threats.push(`Не готовы продолжать наставничество: ${countRu(mentors.no, MENTORS)}.`);
  if (mentees.no) swot.threats.push(`Не хотят продолжать участие: ${countRu(mentees.no, MENTEES)}.`);
  const mentorRate = s.byRole.mentor;
  if (mentorRate.expected > 0 && mentorRate.answered / mentorRate.expected < POOR_RATE)
    swot.threats.push(
      `Наставники мало участвуют в мониторинге: ответили ${mentorRate.answered} из ${mentorRate.expected}.`,
    );

  // The curator's own points come last: the prefill suggests, the curator decides.
  for (const key of Object.keys(swotUses) as Array<keyof Swot>) {
    const codes = new Set(questions.filter((q) => q.use === swotUses[key]).map((q) => q.code));
    for (const a of summary.curator) if (codes.has(a.code)) swot[key].push(...points(a.text));
  }
  return swot;
}

export const swotTitlesRu: Record<keyof Swot, string> = {
  strengths: 'Сильные стороны',
  weaknesses: 'Слабые стороны',
  opportunities: 'Возможности',
  threats: 'Угрозы',
};
