// Contract of the «Документы» panel: overview, preview, a generation run (start, continue in batches, cancel),
// the school's templates and «the pairs selected on the sheet».
import { z } from 'zod';
import { defineRpc } from './define';

export const generationRequestSchema = z.object({
  kind: z.enum(['order', 'consents', 'programs', 'monitoringReport', 'pairReports']),
  /** Null: every open pair. */
  pairIds: z.array(z.string().min(1).max(100)).max(5000).nullable(),
  consentMode: z.enum(['pagePerPerson', 'perPerson']).default('pagePerPerson'),
});

const missingSchema = z.object({
  level: z.enum(['error', 'warning']),
  message: z.string(),
  fix: z.string(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});

const processedSchema = z.object({
  key: z.string(),
  title: z.string(),
  status: z.string(),
  url: z.string(),
  message: z.string(),
});

export const runProgressSchema = z.object({
  runId: z.string(),
  kind: z.enum(['order', 'consents', 'programs', 'monitoringReport', 'pairReports']),
  total: z.number().int(),
  done: z.number().int(),
  edited: z.number().int(),
  errors: z.number().int(),
  cancelled: z.number().int(),
  remaining: z.number().int(),
  finished: z.boolean(),
  stopped: z.enum(['quota', 'busy', 'create_failed']).nullable(),
  message: z.string(),
  processed: z.array(processedSchema),
  quota: z.object({ used: z.number().int(), limit: z.number().int() }),
});

const templateKindSchema = z.enum(['order', 'program', 'consentMentor', 'consentMentee']);

const templateInfoSchema = z.object({
  kind: templateKindSchema,
  title: z.string(),
  url: z.string(),
  exists: z.boolean(),
  active: z.boolean(),
  problems: z.array(z.string()),
  placeholders: z.array(z.object({ name: z.string(), description: z.string(), kind: z.enum(['text', 'block']) })),
});

const overviewSchema = z.object({
  ready: z.boolean(),
  academicYear: z.string(),
  folder: z.object({ name: z.string(), url: z.string() }),
  pairs: z.array(
    z.object({
      id: z.string(),
      row: z.number().int(),
      form: z.string(),
      mentors: z.string(),
      mentees: z.string(),
      status: z.string(),
      consent: z.boolean(),
      orderLink: z.string(),
      programLink: z.string(),
    }),
  ),
  register: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      type: z.string(),
      status: z.string(),
      version: z.number(),
      url: z.string(),
      at: z.string(),
      message: z.string(),
      row: z.number().int(),
    }),
  ),
  run: runProgressSchema.nullable(),
  quota: z.object({ used: z.number().int(), limit: z.number().int() }),
});

const previewSchema = z.object({
  title: z.string(),
  html: z.string(),
  note: z.string(),
  missing: z.array(missingSchema),
  items: z.number().int(),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    edited: z.number().int(),
  }),
  edited: z.array(z.object({ key: z.string(), title: z.string(), url: z.string() })),
  quota: z.object({
    used: z.number().int(),
    limit: z.number().int(),
    remaining: z.number().int(),
    needed: z.number().int(),
  }),
  template: z.object({ title: z.string(), url: z.string() }).nullable(),
  choices: z.array(z.object({ key: z.string(), title: z.string() })),
  previewKey: z.string(),
  canGenerate: z.boolean(),
});

const runId = z.string().min(1).max(40);

export const documentsRpc = {
  documentsOverview: defineRpc(
    'The «Документы» panel: pairs, the register with links, an unfinished run, today\u2019s quota.',
    z.object({}),
    overviewSchema,
  ),
  documentsPreview: defineRpc(
    'Preview of the order, consents or a program as HTML, with what is missing and what generation would do.',
    z.object({ request: generationRequestSchema, previewKey: z.string().max(200).optional() }),
    previewSchema,
  ),
  documentsStart: defineRpc(
    'Queues the documents of a request in «Документы» (hand-edited ones only if listed in overwrite).',
    z.object({ request: generationRequestSchema, overwrite: z.array(z.string().max(200)).max(5000).default([]) }),
    runProgressSchema,
  ),
  documentsContinue: defineRpc(
    'Writes the next batch of a run (well inside the 6-minute limit) and reports the progress.',
    z.object({ runId, client: z.string().min(1).max(60) }),
    runProgressSchema,
  ),
  documentsCancel: defineRpc(
    'Cancels what is still queued in a run; written documents stay.',
    z.object({ runId }),
    runProgressSchema.nullable(),
  ),
  documentsTemplates: defineRpc(
    'The school\u2019s templates, their placeholders and (check: true) what each asks for that cannot be filled.',
    z.object({ check: z.boolean().default(false) }),
    z.array(templateInfoSchema),
  ),
  documentsCreateTemplates: defineRpc(
    '«Шаблоны»: creates the missing editable template documents (once).',
    z.object({}),
    z.array(templateInfoSchema),
  ),
  documentsSetTemplate: defineRpc(
    'Turns a school template on or off for generation.',
    z.object({ kind: templateKindSchema, active: z.boolean() }),
    z.array(templateInfoSchema),
  ),
  documentsSelectedPairs: defineRpc(
    'Pair ids of the rows selected on «Пары и группы».',
    z.object({}),
    z.object({ pairIds: z.array(z.string()) }),
  ),
};
