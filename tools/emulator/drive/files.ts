// Per-world Drive file registry shared by DocumentApp and the Drive v3 service: names, parents, versions, visibility.
import type { World } from '../core/world';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const FORM_MIME = 'application/vnd.google-apps.form';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** drive.file: only files the app created (or the user picked) are visible to the Drive service. */
  createdByApp: boolean;
  trashed: boolean;
  /** Permanently deleted: gone for every service. */
  deleted: boolean;
  /** Drive's `version`: increases on every change to the file. */
  version: number;
  createdTime: number;
  modifiedTime: number;
  /** Content of non-Google files (blob uploads). */
  content?: Buffer;
  /** v3 `appProperties`: key/value pairs private to the app that set them (developers.google.com/drive/api/guides/properties). */
  appProperties?: Record<string, string>;
}

export interface DriveState {
  files: Map<string, DriveFile>;
  /** The advanced Drive service is enabled in the manifest (default true). */
  enabled: boolean;
}

export function driveState(world: World): DriveState {
  return world.state<DriveState>('drive', () => ({ files: new Map(), enabled: true }));
}

export function addFile(
  world: World,
  f: Omit<DriveFile, 'id' | 'version' | 'createdTime' | 'modifiedTime' | 'trashed' | 'deleted'> & { id?: string },
): DriveFile {
  const now = world.clock.now();
  const file: DriveFile = {
    trashed: false,
    deleted: false,
    version: 1,
    createdTime: now,
    modifiedTime: now,
    ...f,
    id: f.id ?? world.newId('1'),
  };
  driveState(world).files.set(file.id, file);
  return file;
}

/** Records a change: bumps the version and the modified time (both Drive fields the add-on compares). */
export function touchFile(world: World, id: string): void {
  const f = driveState(world).files.get(id);
  if (!f) return;
  f.version++;
  f.modifiedTime = Math.max(world.clock.now(), f.modifiedTime);
}

/**
 * Whether the Drive service may see the file. Under drive.file only app-created files are visible; the full `drive`
 * scope (listed explicitly in the manifest) sees everything. An unset scope list means the project manifest, which
 * asks for drive.file only.
 */
export function visibleToApp(world: World, f: DriveFile | undefined): f is DriveFile {
  if (!f || f.deleted) return false;
  if (f.createdByApp) return true;
  const scopes = world.oauthScopes ?? [];
  return scopes.some((s) => s.endsWith('/auth/drive') || s.endsWith('/auth/drive.readonly'));
}
