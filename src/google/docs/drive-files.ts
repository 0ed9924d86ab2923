// The add-on's Drive files under drive.file: its folder (created once), documents in it, template copies, file info.
import type { AppContext } from '../../app/context';
import { documentStore } from '../document-properties';
import { DOC_MIME, driveOf, FOLDER_MIME } from './services';

export const DEFAULT_FOLDER_NAME = 'Наставничество 2026-2027';

const folderKey = (name: string): string => `docs.folder:${name}`;

export interface FileInfo {
  id: string;
  name: string;
  /** Drive's version counter: grows on every change, so a change since generation means a manual edit. */
  version: number;
  modifiedTime: string;
  url: string;
}

/** Version and modified time of a file, or null when it was deleted, trashed or is not visible to the add-on. */
export function fileInfo(ctx: AppContext, id: string): FileInfo | null {
  let f;
  try {
    f = driveOf(ctx).Files.get(id, { fields: 'id,name,version,modifiedTime,trashed,webViewLink' });
  } catch {
    return null; // a 404 under drive.file: deleted, or never ours
  }
  if (f.trashed) return null;
  return {
    id,
    name: f.name ?? '',
    version: Number(f.version ?? 0),
    modifiedTime: f.modifiedTime ?? '',
    url: f.webViewLink ?? '',
  };
}

/** The documents folder: created once, its id kept in the workbook's document properties, recreated only if gone. */
export function ensureFolder(ctx: AppContext, name: string = DEFAULT_FOLDER_NAME): string {
  const store = documentStore(ctx);
  const known = store.get(folderKey(name));
  if (known) {
    try {
      const f = driveOf(ctx).Files.get(known, { fields: 'id,trashed' });
      if (!f.trashed) return known;
    } catch {
      // deleted: fall through and create it again
    }
  }
  const created = driveOf(ctx).Files.create({ name, mimeType: FOLDER_MIME }, null, { fields: 'id' });
  const id = created.id!;
  store.set(folderKey(name), id);
  return id;
}

/** The documents folder if it was created and still exists; null otherwise (nothing is created: a preview reads only). */
export function knownFolder(ctx: AppContext, name: string = DEFAULT_FOLDER_NAME): string | null {
  const known = documentStore(ctx).get(folderKey(name));
  if (!known) return null;
  try {
    return driveOf(ctx).Files.get(known, { fields: 'id,trashed' }).trashed ? null : known;
  } catch {
    return null;
  }
}

/**
 * An empty Google Doc in the folder (DocumentApp.create cannot choose a folder, and DriveApp needs the full drive
 * scope). `appProperties` tag the file so a later run finds it again even if the run died before recording it.
 */
export function createDocInFolder(
  ctx: AppContext,
  name: string,
  folderId: string,
  appProperties?: Record<string, string>,
): { id: string; url: string } {
  return idAndUrl(
    driveOf(ctx).Files.create(
      { name, mimeType: DOC_MIME, parents: [folderId], ...(appProperties ? { appProperties } : {}) },
      null,
      { fields: 'id,webViewLink' },
    ),
  );
}

/** Copies a template the add-on created (drive.file cannot see others) into the folder. */
export function copyTemplate(
  ctx: AppContext,
  templateId: string,
  name: string,
  folderId: string,
  appProperties?: Record<string, string>,
): { id: string; url: string } {
  return idAndUrl(
    driveOf(ctx).Files.copy({ name, parents: [folderId], ...(appProperties ? { appProperties } : {}) }, templateId, {
      fields: 'id,webViewLink',
    }),
  );
}

export const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

const idAndUrl = (f: { id?: string; webViewLink?: string }): { id: string; url: string } => ({
  id: f.id!,
  url: f.webViewLink ?? docUrl(f.id!),
});

export interface ListedFile extends FileInfo {
  appProperties: Record<string, string>;
}

/** Every file matching `q` (not trashed), a page of up to 1,000 per call: calls grow with thousands of files, not one per file. */
export function listFiles(ctx: AppContext, q: string): ListedFile[] {
  const out: ListedFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = driveOf(ctx).Files.list({
      q: `${q} and trashed = false`,
      pageSize: 1000,
      fields: 'nextPageToken,files(id,name,version,modifiedTime,webViewLink,appProperties)',
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? [])
      out.push({
        id: f.id!,
        name: f.name ?? '',
        version: Number(f.version ?? 0),
        modifiedTime: f.modifiedTime ?? '',
        url: f.webViewLink ?? docUrl(f.id!),
        appProperties: Object.fromEntries(
          Object.entries(f.appProperties ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
        ),
      });
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

/** Drive's query string literal: backslash and quote escaped (developers.google.com/drive/api/guides/ref-search-terms). */
export function driveQueryString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
