// Whether generating a document creates it, updates it, can skip it, or must not touch it (a person edited it).

/** What the register recorded right after the add-on last wrote the file. */
export interface RecordedFile {
  fileId: string;
  hash: string;
  /** Drive's version then; null when the register lost it (a person cleared the cell). */
  driveVersion: number | null;
  modifiedTime: string;
}

/** The file as Drive reports it now; null when it is gone (deleted, trashed, or no longer visible). */
export interface CurrentFile {
  version: number;
  modifiedTime: string;
}

export type Decision = 'create' | 'update' | 'unchanged' | 'edited';

/**
 * Drive's version "reflects every change made to the file on the server", and modifiedTime is "the last time the file
 * was modified by anyone": either one past what was recorded means a change after generation. Metadata changes
 * (sharing) may also raise the version: asking once too often is the safe side of never losing a person's edits.
 */
export function editedByHand(recorded: RecordedFile, current: CurrentFile): boolean {
  if (recorded.driveVersion === null) return true;
  if (current.version > recorded.driveVersion) return true;
  return recorded.modifiedTime !== '' && current.modifiedTime > recorded.modifiedTime;
}

export function decide(
  recorded: RecordedFile | null,
  current: CurrentFile | null,
  hash: string,
  overwriteEdited: boolean,
): Decision {
  if (!recorded || !recorded.fileId || !current) return 'create';
  const edited = editedByHand(recorded, current);
  if (edited && !overwriteEdited) return 'edited';
  if (!edited && recorded.hash === hash) return 'unchanged';
  return 'update';
}
