// The advanced Drive service (v3) global, installed when enabled in the world (default), and its test setup API.
import '../documents/messages';
import { expose } from '../core/gas-object';
import type { World } from '../core/world';
import { registerGlobals } from '../globals';
import { createDocRecord } from '../documents/store';
import { paragraphNode, appendChild } from '../documents/nodes';
import { DriveServiceImpl } from './drive-service';
import { addFile, DOC_MIME, driveState, touchFile, type DriveFile } from './files';

registerGlobals((world, globals) => {
  if (driveState(world).enabled) globals.Drive = expose(world, new DriveServiceImpl(world));
});

/** Turns the advanced service off/on in the manifest; call before createGlobals (the global is installed there). */
export function setDriveEnabled(world: World, enabled: boolean): void {
  driveState(world).enabled = enabled;
}

/**
 * A file "created by the user elsewhere": invisible to the Drive service under drive.file. A Google Doc gets
 * paragraphs from `lines` (DocumentApp, with the documents scope, can still open it).
 */
export function seedForeignFile(
  world: World,
  f: { name: string; mimeType?: string; parents?: string[]; lines?: string[] },
): DriveFile {
  const mimeType = f.mimeType ?? DOC_MIME;
  if (mimeType === DOC_MIME) {
    const rec = createDocRecord(world, f.name, { parents: f.parents, createdByApp: false });
    if (f.lines?.length) {
      rec.body.children = [];
      for (const l of f.lines) appendChild(rec.body, paragraphNode(l));
    }
    return driveState(world).files.get(rec.id)!;
  }
  return addFile(world, { name: f.name, mimeType, parents: f.parents ?? ['root'], createdByApp: false });
}

/** The user deleted the file for good (emptied the trash). */
export function deleteFilePermanently(world: World, id: string): void {
  const f = driveState(world).files.get(id);
  if (f) f.deleted = true;
}

/** The user moved the file to the trash in the Drive UI. */
export function trashFile(world: World, id: string): void {
  const f = driveState(world).files.get(id);
  if (f) {
    f.trashed = true;
    touchFile(world, id);
  }
}

/** Raw file record, for assertions. */
export function driveFile(world: World, id: string): DriveFile | undefined {
  return driveState(world).files.get(id);
}

export { DriveServiceImpl, DriveFilesImpl, webViewLink, type FileResource } from './drive-service';
export { FOLDER_MIME, DOC_MIME, FORM_MIME, driveState, visibleToApp, type DriveFile } from './files';
