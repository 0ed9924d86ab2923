// The record of a «Завершить учебный год» run in document properties: which sheets are archived and cleared, so an
// interrupted run resumes where it stopped and a finished one is not repeated.
import { z } from 'zod';
import { documentStore } from '../../google/document-properties';
import type { AppContext } from '../context';

export const YEAR_CLOSE_KEY = 'closing.yearClose';

const stateSchema = z.object({
  /** The academic year being closed (its start year). */
  fromYear: z.number().int(),
  /** Per table key: copying → copied (archive complete) → done (working sheet rewritten). */
  steps: z.record(z.string(), z.enum(['copying', 'copied', 'done'])),
  /** Per table key: the archive sheet's name. */
  archives: z.record(z.string(), z.string()),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});

export type YearCloseState = z.infer<typeof stateSchema>;

export function readCloseState(ctx: AppContext): YearCloseState | null {
  const raw = documentStore(ctx).get(YEAR_CLOSE_KEY);
  if (!raw) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveCloseState(ctx: AppContext, state: YearCloseState): void {
  documentStore(ctx).set(YEAR_CLOSE_KEY, JSON.stringify(state));
}
