// Sidebar shell calls.
import type { RpcHandlers } from '../rpc-handler';

declare const __APP_VERSION__: string;

export const shellHandlers: Pick<RpcHandlers, 'getShellInfo'> = {
  getShellInfo(ctx) {
    const ss = ctx.spreadsheet();
    return {
      userEmail: ctx.userEmail(),
      spreadsheetName: ss.getName(),
      spreadsheetUrl: ss.getUrl(),
      schoolShortName: '',
      academicYear: '',
      isSetUp: false,
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
    };
  },
};
