// THE list of public functions: the build turns each into a top-level declaration Apps Script can see.
import { createContext, type AppContext } from '../app/context';
import { rpcContract, type RpcName } from '../rpc/contract';
import type { AppsScriptServices } from '../google/services';
import { rpcHandlers } from './handlers';
import { matchingMenuFunctions } from './matching-menu';
import { buildMenu } from './menu';
import { roadmapPublicFunctions } from './roadmap-menu';
import { runRpc } from './rpc-handler';
import { workbookMenuFunctions } from './workbook-menu';
import { formsMenuFunctions } from './forms-menu';
import { formsTriggerFunctions } from './forms-trigger';
import { documentsMenuFunctions } from './documents-menu';
import { closingMenuFunctions } from './closing-menu';

export type PublicKind = 'simple' | 'menu' | 'trigger' | 'rpc';

export interface PublicFunction {
  kind: PublicKind;
  /** JSDoc line of the generated top-level function. */
  doc: string;
  /** Parameter names of the generated declaration. */
  params: string[];
  run(...args: unknown[]): unknown;
}

export type PublicApi = Record<string, PublicFunction>;

import { SIDEBAR_TITLE } from './sidebar-start';

export { SIDEBAR_TITLE };

export function createPublicApi(getServices: () => AppsScriptServices): PublicApi {
  const context = (): AppContext => createContext(getServices());
  const log = (text: string) => console.error(text);

  const api: PublicApi = {
    onOpen: {
      kind: 'simple',
      doc: 'Builds the «Наставничество» menu. Runs in AuthMode.NONE/LIMITED, so it only touches the Ui.',
      params: ['e'],
      run() {
        buildMenu(getServices().SpreadsheetApp.getUi());
      },
    },
    onInstall: {
      kind: 'simple',
      doc: 'Runs when the add-on is installed from the editor: builds the menu like onOpen.',
      params: ['e'],
      run(e) {
        api.onOpen!.run(e);
      },
    },
    showSidebar: {
      kind: 'menu',
      doc: 'Opens the add-on sidebar.',
      params: [],
      run() {
        const s = getServices();
        const html = s.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
        s.SpreadsheetApp.getUi().showSidebar(html);
      },
    },
    showHelp: {
      kind: 'menu',
      doc: 'Shows a short help message.',
      params: [],
      run() {
        getServices()
          .SpreadsheetApp.getUi()
          .alert(
            'Наставничество',
            'Дополнение ведёт систему наставничества школы: банки наставников и наставляемых, подбор пар, приказ, программы, мониторинг и напоминания о сроках дорожной карты.\n\nОткройте панель: Расширения → Наставничество → Открыть панель.',
            getServices().SpreadsheetApp.getUi().ButtonSet.OK,
          );
      },
    },
    ...workbookMenuFunctions(context),
    ...formsMenuFunctions(context),
    ...formsTriggerFunctions(context),
    ...matchingMenuFunctions(context),
    ...roadmapPublicFunctions(context),
    ...documentsMenuFunctions(context),
    ...closingMenuFunctions(context),
  };

  for (const name of Object.keys(rpcContract) as RpcName[]) {
    api[name] = {
      kind: 'rpc',
      doc: rpcContract[name].doc,
      params: ['input'],
      run: (input) => runRpc(name, rpcHandlers[name] as never, context, input, log),
    };
  }
  return api;
}
