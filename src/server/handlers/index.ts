// All sidebar handlers; the type makes a missing implementation a compile error.
import type { RpcHandlers } from '../rpc-handler';
import { matchingHandlers } from './matching';
import { roadmapHandlers } from './roadmap';
import { documentsHandlers } from './documents';
import { homeHandlers } from './home';
import { closingHandlers } from './closing';
import { shellHandlers } from './shell';
import { workbookHandlers } from './workbook';
import { formsHandlers } from './forms';

export const rpcHandlers: RpcHandlers = {
  ...shellHandlers,
  ...homeHandlers,
  ...workbookHandlers,
  ...formsHandlers,
  ...matchingHandlers,
  ...roadmapHandlers,
  ...documentsHandlers,
  ...closingHandlers,
};
