// Use case «Анализ банка» (roadmap 4.1): per competence, mentees who need it vs mentors who offer it and their free
// places; shown in the panel and, on request, written to the printable sheet «Анализ банка».
import { analyzeBank, type BankAnalysis, type CompetenceBalance } from '../../domain/matching/bank-analysis';
import { toRuDate } from '../../domain/calendar/calendar-date';
import { withDocumentLock } from '../../google/lock';
import { reportSnapshot, rewriteReport } from '../../workbook/report';
import { bankAnalysisTable } from '../../workbook/tables/bank-analysis';
import type { AppContext } from '../context';
import { appendJournal } from '../journal';
import { readMatchingState, type MatchingState } from './state';

export interface BankAnalysisRow {
  competence: string;
  waitingNeed: number;
  pairedNeed: number;
  mentorsOffering: number;
  freePlaces: number;
  shortfall: number;
  verdict: CompetenceBalance['verdict'];
  verdictRu: string;
  advice: string;
  outsideVocabulary: boolean;
}

export interface BankAnalysisView {
  date: string;
  rows: BankAnalysisRow[];
  totals: BankAnalysis['totals'];
  /** The sheet's link once written ('' when only shown). */
  sheetUrl: string;
  written: boolean;
}

/** What the school should do about one competence, in the curator's words. */
export function adviceFor(r: CompetenceBalance): string {
  let text: string;
  if (r.verdict === 'deficit') {
    const lack = r.waitingNeed - r.freePlaces;
    text =
      r.mentorsOffering === 0
        ? `нет ни одного наставника: привлеките или обучите наставников (нужно мест: ${lack})`
        : `не хватает мест: ${lack}; у ${r.mentorsOffering} наставников свободно ${r.freePlaces} — привлеките или обучите ещё`;
  } else if (r.verdict === 'surplus') text = `свободных мест с запасом (${r.freePlaces - r.waitingNeed} сверх запроса)`;
  else if (r.waitingNeed === 0) text = r.mentorsOffering === 0 ? 'запроса нет, наставников нет' : 'запроса пока нет';
  else text = 'мест хватает';
  if (r.outsideVocabulary) text += '. Значения нет в «Справочниках»: проверьте написание или добавьте его в список';
  return text;
}

function analyse(ctx: AppContext, state: MatchingState): Omit<BankAnalysisView, 'sheetUrl' | 'written'> {
  const a = analyzeBank(state.mentees, state.mentors, state.check.vocabulary.competencies, { load: state.load });
  return {
    date: toRuDate(ctx.today()),
    rows: a.rows.map((r) => ({
      competence: r.competence,
      waitingNeed: r.waitingNeed,
      pairedNeed: r.pairedNeed,
      mentorsOffering: r.mentorsOffering,
      freePlaces: r.freePlaces,
      shortfall: Math.max(0, r.discrepancy),
      verdict: r.verdict,
      verdictRu: r.verdictRu,
      advice: adviceFor(r),
      outsideVocabulary: r.outsideVocabulary,
    })),
    totals: a.totals,
  };
}

export function bankAnalysis(ctx: AppContext, input: { write: boolean }): BankAnalysisView {
  if (!input.write) return { ...analyse(ctx, readMatchingState(ctx)), sheetUrl: '', written: false };
  return withDocumentLock(ctx, () => {
    const state = readMatchingState(ctx);
    const view = analyse(ctx, state);
    const snapshot = reportSnapshot(state.workbook, bankAnalysisTable);
    const t = view.totals;
    const footer = {
      competence: `Итого на ${view.date}`,
      waitingNeed: t.waitingMentees,
      pairedNeed: t.pairedMentees,
      mentorsOffering: t.activeMentors,
      freePlaces: t.freePlaces,
      shortfall: Math.max(0, t.waitingMentees - t.freePlaces),
      verdict: t.deficits ? `дефицитов: ${t.deficits}` : 'дефицитов нет',
      advice: 'Наставляемые и наставники считаются по одному разу; запросов у одного педагога может быть несколько.',
    };
    const written = rewriteReport(
      snapshot,
      [...view.rows.map((r) => ({ ...r, verdict: r.verdictRu })), footer],
      ctx.timeZone(),
    );
    // Deficits stand out on paper too: the verdict column's background, one call.
    const verdictCol = snapshot.columns.get('verdict')!;
    const height = Math.max(written.rows, snapshot.lastRow() - 1);
    const colors = Array.from({ length: height }, (_, k) => [
      view.rows[k]?.verdict === 'deficit' ? '#f4c7c3' : view.rows[k]?.verdict === 'surplus' ? '#d9ead3' : '#ffffff',
    ]);
    snapshot.sheet!.writeBackgrounds(2, verdictCol, colors);
    appendJournal(ctx, state.workbook, [
      {
        what: 'Анализ банка наставников',
        sheet: bankAnalysisTable.sheetName,
        rows: `2–${written.rows + 1}`,
        details: `Ждут наставника: ${t.waitingMentees}; активных наставников: ${t.activeMentors}, свободных мест: ${t.freePlaces}; дефицит по ${t.deficits} запросам: ${
          view.rows
            .filter((r) => r.verdict === 'deficit')
            .map((r) => r.competence)
            .slice(0, 6)
            .join('; ') || 'нет'
        }.`,
      },
    ]);
    return { ...view, sheetUrl: state.workbook.sheetUrl(bankAnalysisTable.sheetName), written: true };
  });
}
