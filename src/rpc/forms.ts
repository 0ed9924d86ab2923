// Contract of the «Формы» panel calls: the forms' state, create/rebuild, update, the trigger, waiting answers, «Карантин».
import { z } from 'zod';
import { defineRpc } from './define';

const formStatusSchema = z.object({
  kind: z.string(),
  label: z.string(),
  state: z.enum(['none', 'open', 'closed', 'trashed', 'deleted', 'incomplete']),
  id: z.string(),
  editUrl: z.string(),
  publishedUrl: z.string(),
  sheet: z.string(),
  sheetUrl: z.string(),
  answers: z.number().int(),
  pending: z.number().int(),
});

const quarantineItemSchema = z.object({
  row: z.number().int(),
  key: z.string(),
  /** ISO instant ('' if the cell holds no date). */
  at: z.string(),
  form: z.string(),
  email: z.string(),
  fullName: z.string(),
  reason: z.string(),
  answer: z.string(),
  responseRow: z.string(),
  link: z.string(),
});

const formsStatusSchema = z.object({
  isSetUp: z.boolean(),
  forms: z.array(formStatusSchema),
  trigger: z.object({ installed: z.boolean(), count: z.number().int() }),
  quarantine: z.object({ url: z.string(), waiting: z.array(quarantineItemSchema), total: z.number().int() }),
});

const createResultSchema = z.object({
  kind: z.string(),
  label: z.string(),
  outcome: z.enum(['created', 'exists', 'rebuilt', 'resumed', 'recreated']),
  id: z.string(),
  editUrl: z.string(),
  publishedUrl: z.string(),
  sheet: z.string(),
  notes: z.array(z.string()),
});

const quarantineRefSchema = z.object({ row: z.number().int().min(2), key: z.string().min(1).max(200) });

export const formsRpc = {
  getFormsStatus: defineRpc(
    'Both forms with their state and links, the trigger, answers waiting, «Карантин» rows waiting.',
    z.object({}),
    formsStatusSchema,
  ),
  formsCreate: defineRpc(
    'Creates the form of this kind (requests | mentors), or reports the existing one; rebuild: re-applies its questions.',
    z.object({ kind: z.string().min(1).max(40), rebuild: z.boolean().default(false) }),
    createResultSchema,
  ),
  formsUpdate: defineRpc(
    '«Обновить формы»: the forms’ choices follow «Справочники».',
    z.object({}),
    z.object({ lines: z.array(z.string()), updated: z.number().int() }),
  ),
  formsInstallTrigger: defineRpc(
    'Installs the one form-submit trigger of this spreadsheet (idempotent).',
    z.object({}),
    z.object({ installed: z.boolean(), uniqueId: z.string() }),
  ),
  formsProcessAnswers: defineRpc(
    'Files every answer the trigger has not filed yet.',
    z.object({}),
    z.object({
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      quarantined: z.number().int(),
      remaining: z.number().int(),
      lines: z.array(z.string()),
    }),
  ),
  quarantineAccept: defineRpc(
    '«Принять»: re-checks the corrected answer of a «Карантин» row and files it into its bank.',
    quarantineRefSchema,
    z.object({ accepted: z.boolean(), message: z.string(), reasons: z.array(z.string()) }),
  ),
  quarantineReject: defineRpc(
    '«Отклонить»: marks a «Карантин» row rejected (nothing is deleted).',
    quarantineRefSchema,
    z.object({ message: z.string() }),
  ),
};
