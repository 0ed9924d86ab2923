// The «Документы» panel's calls through dist/Code.js: a wire result unwrapped, a whole run driven batch by batch.
import type { BundleRunner } from '../../tools/harness/bundle-runner';

export type Wire<T> = { ok: true; data: T } | { ok: false; error: { message: string; details?: string[] } };

/** The data of a successful call; a refused one throws with its message. */
export function wireData<T>(r: unknown): T {
  const w = r as Wire<T>;
  if (!w.ok) throw new Error([w.error.message, ...(w.error.details ?? [])].join(' '));
  return w.data;
}

export interface BundleRunProgress {
  runId: string;
  finished: boolean;
  stopped: string | null;
  total: number;
  done: number;
  errors: number;
}

/** What the panel does: preview, start, then continue batch by batch (each call one execution) until it ends. */
export function generateThroughBundle(
  runner: BundleRunner,
  request: Record<string, unknown>,
  client = 'bundle',
): { preview: { canGenerate: boolean; html: string }; progress: BundleRunProgress } {
  const preview = wireData<{ canGenerate: boolean; html: string }>(runner.rpc('documentsPreview', { request }));
  let p = wireData<BundleRunProgress>(runner.rpc('documentsStart', { request, overwrite: [] }));
  while (!p.finished && p.stopped === null)
    p = wireData<BundleRunProgress>(runner.rpc('documentsContinue', { runId: p.runId, client }));
  return { preview, progress: p };
}
