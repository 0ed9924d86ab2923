// Contract of the «Дорожная карта» calls: the timeline and reminders, the check now (shown or sent), reminders on/off.
import { z } from 'zod';
import { defineRpc, isoDate } from './define';
import { problemSchema } from './workbook';

const runSchema = z.object({
  at: z.string(),
  date: z.string(),
  source: z.enum(['trigger', 'manual']),
  ok: z.boolean(),
  message: z.string(),
  sent: z.number().int(),
  sentTo: z.array(z.string()),
  notSent: z.number().int(),
  alreadySent: z.number().int(),
  withoutRecipient: z.number().int(),
  alerts: z.number().int(),
  errors: z.array(z.string()),
});

const remindersSchema = z.object({
  on: z.boolean(),
  mine: z.boolean(),
  owner: z.string(),
  hour: z.number().int(),
  timeZone: z.string(),
  installedAt: z.string().nullable(),
  warning: z.string().nullable(),
  info: z.string().nullable(),
  runs: z.array(runSchema),
});

export const roadmapItemSchema = z.object({
  row: z.number().int(),
  number: z.string(),
  activity: z.string(),
  deadlineText: z.string(),
  deadline: isoDate.nullable(),
  deadlineRu: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  state: z.enum(['not_started', 'in_progress', 'done', 'not_needed']),
  statusRu: z.string(),
  source: z.enum(['manual', 'auto', 'none']),
  basis: z.string(),
  overdue: z.boolean(),
  responsible: z.string(),
});

const overviewSchema = z.object({
  isSetUp: z.boolean(),
  missingSheets: z.array(z.string()),
  academicYear: z.string(),
  today: isoDate,
  stages: z.array(z.object({ title: z.string(), items: z.array(roadmapItemSchema) })),
  next: z.array(z.number().int()),
  overdue: z.array(z.number().int()),
  doneCount: z.number().int(),
  totalCount: z.number().int(),
  problems: z.array(problemSchema),
  warnings: z.array(z.string()),
  recipients: z.array(z.string()),
  sheetUrl: z.string(),
  reminders: remindersSchema,
});

const checkSchema = z.object({
  ok: z.boolean(),
  mode: z.enum(['preview', 'send']),
  date: isoDate,
  message: z.string(),
  digests: z.array(
    z.object({
      recipient: z.string(),
      subject: z.string(),
      items: z.array(z.string()),
      notes: z.array(z.string()),
      outcome: z.enum(['planned', 'sent', 'quota', 'error', 'limit']),
      message: z.string().optional(),
    }),
  ),
  digestCount: z.number().int(),
  alreadySent: z.array(z.string()),
  withoutRecipient: z.array(z.string()),
  deferred: z.number().int(),
  problems: z.array(z.string()),
  errors: z.array(z.string()),
  sent: z.number().int(),
  notSent: z.number().int(),
  sentTo: z.array(z.string()),
});

export const roadmapRpc = {
  getRoadmap: defineRpc(
    'The roadmap of the academic year: stages, statuses and deadlines, next and overdue items, reminders and their last runs.',
    z.object({}),
    overviewSchema,
  ),
  roadmapCheck: defineRpc(
    'Runs the daily check now: shows what would be mailed today, or mails it when send is true (never twice a day).',
    z.object({ send: z.boolean() }),
    checkSchema,
  ),
  roadmapReminders: defineRpc(
    'Switches the daily reminders on (one trigger at about 08:00 in the workbook time zone) or off.',
    z.object({ on: z.boolean() }),
    remindersSchema,
  ),
};
