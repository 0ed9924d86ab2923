// Sidebar shell calls: the header shows the school and the year as typed in «Настройки», and whether setup ran.
import { workbookOf } from '../../google/sheet-gateway';
import { readTable } from '../../workbook/repository';
import { settingsFrom } from '../../workbook/settings';
import { menteesTable } from '../../workbook/tables/mentees';
import { mentorsTable } from '../../workbook/tables/mentors';
import { settingsTable } from '../../workbook/tables/settings';
import type { RpcHandlers } from '../rpc-handler';

declare const __APP_VERSION__: string;

export const shellHandlers: Pick<RpcHandlers, 'getShellInfo'> = {
  getShellInfo(ctx) {
    const ss = ctx.spreadsheet();
    const workbook = workbookOf(ctx);
    const isSetUp = workbook.sheet(mentorsTable.sheetName) !== null && workbook.sheet(menteesTable.sheetName) !== null;
    const raw = workbook.sheet(settingsTable.sheetName)
      ? settingsFrom(readTable(workbook, settingsTable), ctx.timeZone()).raw
      : {};
    return {
      userEmail: ctx.userEmail(),
      spreadsheetName: ss.getName(),
      spreadsheetUrl: ss.getUrl(),
      schoolShortName: raw.schoolShortName ?? '',
      academicYear: raw.academicYear ?? '',
      isSetUp,
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
    };
  },
};
