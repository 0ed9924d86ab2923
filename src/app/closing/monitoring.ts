// The monitoring results as the closing use cases need them: the summary, the practices proposed, the SWOT prefill.
import { heldByKind } from '../../domain/events/event';
import { practiceProposals, type PracticeProposal } from '../../domain/monitoring/proposals';
import type { MonitoringQuestion } from '../../domain/monitoring/questions';
import { summarizeMonitoring, type MonitoringSummary } from '../../domain/monitoring/summary';
import { prefillSwot, type Swot, type SwotFacts } from '../../domain/monitoring/swot';
import { academicYearLabel } from '../../domain/calendar/academic-year';
import type { CalendarDate } from '../../domain/calendar/calendar-date';
import type { ClosingData } from './data';

export interface MonitoringResults {
  summary: MonitoringSummary;
  questions: MonitoringQuestion[];
  proposals: PracticeProposal[];
}

export function monitoringResults(data: ClosingData): MonitoringResults {
  const questions = data.questions().records.map((r) => r.value);
  const answers = data.answers().records.map((r) => r.value);
  const summary = summarizeMonitoring({
    pairs: data.monitoredPairs(),
    questions,
    answers,
    lowScore: data.check().settings?.monitoringLowScore,
  });
  const practices = data.practices().records.map((r) => r.value);
  return { summary, questions, proposals: practiceProposals(answers, questions, practices) };
}

/** What the SWOT prefill reads besides the questionnaires. */
export function swotFacts(data: ClosingData, today: CalendarDate): SwotFacts {
  const pairs = data
    .pairs()
    .records.map((r) => r.value)
    .filter((p) => p.status !== 'dissolved');
  const year = academicYearLabel(data.year());
  const practices = data
    .practices()
    .records.map((r) => r.value)
    .filter((p) => p.year === year);
  const held = heldByKind(
    data.events().records.map((r) => r.value),
    today,
  );
  return {
    pairs: pairs.length,
    pairsWithProgram: pairs.filter((p) => p.programLink.trim() !== '').length,
    eventsHeld: Object.values(held).reduce((s, n) => s + (n ?? 0), 0),
    practicesAdded: practices.length,
    bestPractices: practices.filter((p) => p.best).length,
  };
}

export function swotOf(data: ClosingData, results: MonitoringResults, today: CalendarDate): Swot {
  return prefillSwot(results.summary, results.questions, swotFacts(data, today));
}
