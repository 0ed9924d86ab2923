// Sidebar handlers of «Итоги года»: thin adapters from the contract to the closing use cases.
import { completePrograms } from '../../app/closing/complete-programs';
import { recordEvent } from '../../app/closing/events';
import { acceptProposal, addPractice, declineProposal, markBestPractices } from '../../app/closing/library';
import { eventsView, libraryView, monitoringView, openPairsView } from '../../app/closing/panel-views';
import { draftPublications, markPublished } from '../../app/closing/publications';
import { sendQuestionnaires } from '../../app/closing/send-questionnaires';
import { previewYearClose, runYearClose } from '../../app/closing/year-close';
import type { RpcHandlers } from '../rpc-handler';

type ClosingNames =
  | 'closingMonitoring'
  | 'closingEvents'
  | 'closingRecordEvent'
  | 'closingDraftPublications'
  | 'closingMarkPublished'
  | 'closingLibrary'
  | 'closingAddPractice'
  | 'closingAcceptProposal'
  | 'closingDeclineProposal'
  | 'closingMarkBest'
  | 'closingPairs'
  | 'closingCompletePrograms'
  | 'closingSendQuestionnaires'
  | 'yearClosePreview'
  | 'yearCloseRun';

export const closingHandlers: Pick<RpcHandlers, ClosingNames> = {
  closingMonitoring: (ctx) => monitoringView(ctx),
  closingEvents: (ctx) => eventsView(ctx),
  closingRecordEvent: (ctx, input) => recordEvent(ctx, input),
  closingDraftPublications: (ctx) => draftPublications(ctx),
  closingMarkPublished: (ctx, input) => markPublished(ctx, input),
  closingLibrary: (ctx, input) => libraryView(ctx, input),
  closingAddPractice: (ctx, input) => addPractice(ctx, input),
  closingAcceptProposal: (ctx, input) => acceptProposal(ctx, input.key),
  closingDeclineProposal: (ctx, input) => declineProposal(ctx, input.key),
  closingMarkBest: (ctx, input) => markBestPractices(ctx, input),
  closingPairs: (ctx) => openPairsView(ctx),
  closingCompletePrograms: (ctx, input) => completePrograms(ctx, input),
  closingSendQuestionnaires: (ctx) => sendQuestionnaires(ctx),
  yearClosePreview(ctx) {
    const p = previewYearClose(ctx);
    return {
      fromYear: p.plan.fromYear,
      toYear: p.plan.toYear,
      lines: p.lines,
      warnings: p.plan.warnings,
      blockers: p.plan.blockers,
      fingerprint: p.plan.fingerprint,
      resuming: p.resuming,
    };
  },
  yearCloseRun: (ctx, input) => runYearClose(ctx, input),
};
