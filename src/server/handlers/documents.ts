// Sidebar handlers of the «Документы» panel: thin adapters from the contract to the documents use cases.
import { documentsOverview, selectedPairIds } from '../../app/documents/overview';
import { previewDocuments } from '../../app/documents/preview';
import { cancelRun, continueRun, startRun } from '../../app/documents/run';
import { createTemplates, listTemplates, setTemplateActive } from '../../app/documents/templates';
import type { RpcHandlers } from '../rpc-handler';

type DocumentsRpcName =
  | 'documentsOverview'
  | 'documentsPreview'
  | 'documentsStart'
  | 'documentsContinue'
  | 'documentsCancel'
  | 'documentsTemplates'
  | 'documentsCreateTemplates'
  | 'documentsSetTemplate'
  | 'documentsSelectedPairs';

export const documentsHandlers: Pick<RpcHandlers, DocumentsRpcName> = {
  documentsOverview: (ctx) => documentsOverview(ctx),
  documentsPreview: (ctx, input) => previewDocuments(ctx, input),
  documentsStart: (ctx, input) => startRun(ctx, input),
  documentsContinue: (ctx, input) => continueRun(ctx, input),
  documentsCancel: (ctx, input) => cancelRun(ctx, input.runId),
  documentsTemplates: (ctx, input) => listTemplates(ctx, { check: input.check }),
  documentsCreateTemplates: (ctx) => createTemplates(ctx),
  documentsSetTemplate: (ctx, input) => setTemplateActive(ctx, input.kind, input.active),
  documentsSelectedPairs: (ctx) => ({ pairIds: selectedPairIds(ctx) }),
};
