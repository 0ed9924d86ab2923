// Sidebar handlers of the «Формы» panel: thin adapters from the contract to the forms use cases.
import { createForm } from '../../app/forms/create-form';
import { getFormsStatus } from '../../app/forms/forms-status';
import { FORM_SUBMIT_HANDLER } from '../../app/forms/handle-submit';
import { processPendingAnswers } from '../../app/forms/process-answers';
import { acceptQuarantined, rejectQuarantined } from '../../app/forms/quarantine-decisions';
import { updateForms } from '../../app/forms/update-forms';
import { ensureTrigger } from '../../google/triggers';
import type { RpcHandlers } from '../rpc-handler';

export const formsHandlers: Pick<
  RpcHandlers,
  | 'getFormsStatus'
  | 'formsCreate'
  | 'formsUpdate'
  | 'formsInstallTrigger'
  | 'formsProcessAnswers'
  | 'quarantineAccept'
  | 'quarantineReject'
> = {
  getFormsStatus: (ctx) => getFormsStatus(ctx),
  formsCreate: (ctx, input) => createForm(ctx, input.kind, { rebuild: input.rebuild }),
  formsUpdate: (ctx) => updateForms(ctx),
  formsInstallTrigger: (ctx) => ({ installed: true, uniqueId: ensureTrigger(ctx, 'formSubmit', FORM_SUBMIT_HANDLER) }),
  formsProcessAnswers: (ctx) => processPendingAnswers(ctx),
  quarantineAccept: (ctx, input) => acceptQuarantined(ctx, input),
  quarantineReject: (ctx, input) => rejectQuarantined(ctx, input),
};
