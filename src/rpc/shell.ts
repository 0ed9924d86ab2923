// Contract of the sidebar shell: who is using it and what the workbook looks like.
import { z } from 'zod';
import { defineRpc } from './define';

export const shellRpc = {
  getShellInfo: defineRpc(
    'Returns what the sidebar shows in its header: school, academic year, user, whether setup was done.',
    z.object({}),
    z.object({
      userEmail: z.string(),
      spreadsheetName: z.string(),
      spreadsheetUrl: z.string(),
      schoolShortName: z.string(),
      academicYear: z.string(),
      isSetUp: z.boolean(),
      version: z.string(),
    }),
  ),
};
