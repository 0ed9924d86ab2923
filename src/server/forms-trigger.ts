// The installable form-submit trigger of the spreadsheet: one handler for every form whose answers land here.
import type { AppContext } from '../app/context';
import { FORM_SUBMIT_HANDLER, handleFormSubmit } from '../app/forms/handle-submit';
import type { PublicApi } from './public-api';

export function formsTriggerFunctions(context: () => AppContext): PublicApi {
  return {
    [FORM_SUBMIT_HANDLER]: {
      kind: 'trigger',
      doc: 'Form-submit trigger (installed by the forms commands): files new answers into the banks or «Карантин».',
      params: ['e'],
      run(e) {
        // Apps Script shows console output in the trigger's execution log.
        return handleFormSubmit(context(), e, (line) => console.log(line)).status;
      },
    },
  };
}
