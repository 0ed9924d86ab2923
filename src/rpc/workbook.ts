// Contract of the workbook calls: setup, data check, the «Банки» summary, selecting a problem's cell, import.
import { z } from 'zod';
import { defineRpc } from './define';

export const problemSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  fix: z.string(),
  value: z.string().optional(),
  suggestion: z.string().optional(),
});

const setupResultSchema = z.object({
  previousVersion: z.number().int().nullable(),
  version: z.number().int(),
  createdSheets: z.array(z.string()),
  addedColumns: z.array(z.object({ sheet: z.string(), columns: z.array(z.string()) })),
  seeded: z.array(z.string()),
  migrations: z.array(z.string()),
});

const banksSummarySchema = z.object({
  isSetUp: z.boolean(),
  mentors: z.object({
    rows: z.number(),
    invalid: z.number(),
    active: z.number(),
    withConsent: z.number(),
    trained: z.number(),
    freePlaces: z.number(),
  }),
  mentees: z.object({
    rows: z.number(),
    invalid: z.number(),
    waiting: z.number(),
    paired: z.number(),
    supported: z.number(),
  }),
  problemCount: z.number(),
  problems: z.array(problemSchema),
  sheets: z.array(z.object({ name: z.string(), url: z.string(), exists: z.boolean() })),
});

const importAnswerSchema = z.object({
  dictionary: z.string(),
  value: z.string(),
  /** map: replace with `to`; add: add the value to the list; keep: move as typed (the check will flag it). */
  action: z.enum(['map', 'add', 'keep']),
  to: z.string().optional(),
});

const importResultSchema = z.object({
  applied: z.boolean(),
  moved: z.array(z.object({ importRow: z.number(), sheet: z.string(), row: z.number(), id: z.string() })),
  waiting: z.array(z.object({ importRow: z.number(), reason: z.string() })),
  questions: z.array(
    z.object({
      dictionary: z.string(),
      dictionaryTitle: z.string(),
      value: z.string(),
      suggestions: z.array(z.string()),
      rows: z.array(z.number()),
    }),
  ),
  corrections: z.array(z.object({ importRow: z.number(), column: z.string(), from: z.string(), to: z.string() })),
  addedToDictionaries: z.array(z.string()),
});

export const workbookRpc = {
  workbookSetup: defineRpc(
    'Creates or updates the workbook sheets (safe to run again).',
    z.object({}),
    setupResultSchema,
  ),
  workbookValidate: defineRpc(
    'Checks both banks and the settings, assigns ids to new rows, highlights bad cells, returns the problems.',
    z.object({}),
    z.object({
      problemCount: z.number(),
      problems: z.array(problemSchema),
      assignedIds: z.number(),
      highlightedCells: z.number(),
    }),
  ),
  getBanksSummary: defineRpc(
    'Counts of both banks, the problems found and links to the sheets.',
    z.object({}),
    banksSummarySchema,
  ),
  selectCell: defineRpc(
    'Selects a cell by sheet, row and column header (the «Показать» button of a problem).',
    z.object({ sheet: z.string().min(1), row: z.number().int().min(1), column: z.string() }),
    z.object({ a1: z.string() }),
  ),
  workbookImport: defineRpc(
    'Normalises the rows on «Импорт» and, when apply is true, moves the ready ones into the banks.',
    z.object({ apply: z.boolean(), answers: z.array(importAnswerSchema).default([]) }),
    importResultSchema,
  ),
};
