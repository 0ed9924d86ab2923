// All sidebar handlers; the type makes a missing implementation a compile error.
import type { RpcHandlers } from '../rpc-handler';
import { roadmapHandlers } from './roadmap';
import { documentsHandlers } from './documents';
import { shellHandlers } from './shell';
import { workbookHandlers } from './workbook';

export const rpcHandlers: RpcHandlers = {
  ...shellHandlers,
  ...workbookHandlers,
  ...roadmapHandlers,
  ...documentsHandlers,
};
