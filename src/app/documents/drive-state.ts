// What Drive says now about the add-on's documents: one folder listing (a call per 1,000 files) plus a get for each
// recorded file that is no longer in the folder (moved by a person, or gone).
import type { CurrentFile } from '../../domain/documents/regeneration';
import { driveQueryString, fileInfo, listFiles, type FileInfo } from '../../google/docs';
import type { AppContext } from '../context';

export type FileStates = Map<string, (CurrentFile & { url: string }) | null>;

export function fileStates(ctx: AppContext, folderId: string | null, fileIds: readonly string[]): FileStates {
  const states: FileStates = new Map();
  const wanted = new Set(fileIds.filter(Boolean));
  if (wanted.size === 0) return states;
  const toState = (f: FileInfo) => ({ version: f.version, modifiedTime: f.modifiedTime, url: f.url });
  if (folderId)
    for (const f of listFiles(ctx, `${driveQueryString(folderId)} in parents`))
      if (wanted.has(f.id)) states.set(f.id, toState(f));
  for (const id of wanted) {
    if (states.has(id)) continue;
    const f = fileInfo(ctx, id);
    states.set(id, f ? toState(f) : null);
  }
  return states;
}
