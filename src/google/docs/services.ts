// Typed access to DocumentApp and the advanced Drive service (v3): the only door to them in the add-on.
import type { AppContext } from '../../app/context';

export const DOC_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface DriveFileResource {
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
  /** Drive returns the version as a string of digits. */
  version?: string;
  modifiedTime?: string;
  webViewLink?: string;
  /** Key/value pairs private to the add-on (at most 30 per file, 124 bytes each): how it finds its own files again. */
  appProperties?: Record<string, string | null>;
}

/** The slice of the Drive v3 advanced service the add-on calls (AppsScriptServices types it `unknown`). */
export interface DriveV3 {
  Files: {
    create(
      resource: DriveFileResource,
      mediaData?: GoogleAppsScript.Base.Blob | null,
      optionalArgs?: { fields?: string },
    ): DriveFileResource;
    copy(resource: DriveFileResource, fileId: string, optionalArgs?: { fields?: string }): DriveFileResource;
    get(fileId: string, optionalArgs?: { fields?: string }): DriveFileResource;
    update(
      resource: DriveFileResource,
      fileId: string,
      mediaData?: GoogleAppsScript.Base.Blob | null,
      optionalArgs?: { fields?: string; addParents?: string; removeParents?: string },
    ): DriveFileResource;
    list(optionalArgs?: { q?: string; fields?: string; pageSize?: number; pageToken?: string; orderBy?: string }): {
      files?: DriveFileResource[];
      nextPageToken?: string;
    };
  };
}

export function driveOf(ctx: AppContext): DriveV3 {
  const d = ctx.services.Drive;
  if (!d) throw new Error('Расширенный сервис Google Drive не включён: документы нельзя сохранить в папку.');
  return d as DriveV3;
}

export function documentAppOf(ctx: AppContext): GoogleAppsScript.Document.DocumentApp {
  const app = ctx.services.DocumentApp;
  if (!app) throw new Error('Сервис Google Документов недоступен.');
  return app;
}
