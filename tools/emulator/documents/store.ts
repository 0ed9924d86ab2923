// Per-world document storage, open-document handles (closed after saveAndClose) and the daily documents-created quota.
import type { World } from '../core/world';
import { addFile, DOC_MIME, driveState, touchFile } from '../drive/files';
import { cloneNode, newNode, paragraphNode, appendChild, type Attrs, type DocNode } from './nodes';

export interface DocRecord {
  id: string;
  body: DocNode;
  header: DocNode | null;
  footer: DocNode | null;
  /** Body.setHeadingAttributes: the named paragraph styles. */
  headingStyles: Record<string, Attrs>;
}

export interface DocumentsState {
  docs: Map<string, DocRecord>;
  /** Documents created on `quotaDay` (DocumentApp.create, Drive create/copy of a Google Doc). */
  createdToday: number;
  quotaDay: string;
}

export function documentsState(world: World): DocumentsState {
  return world.state<DocumentsState>('documents', () => ({ docs: new Map(), createdToday: 0, quotaDay: '' }));
}

/** "Documents created" per day: 250 consumer, 1,500 Workspace (apps-script-facts §3.1). */
export function dailyDocumentLimit(world: World): number {
  return world.accountType === 'workspace' ? 1500 : 250;
}

function dayKey(world: World): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: world.scriptTimeZone }).format(world.clock.date());
}

/** Documents created so far on the world clock's day (the counter resets when the day changes). */
export function documentsCreatedToday(world: World): number {
  const s = documentsState(world);
  const today = dayKey(world);
  if (s.quotaDay !== today) {
    s.quotaDay = today;
    s.createdToday = 0;
  }
  return s.createdToday;
}

/** Test setup: pretend `n` documents were already created today. */
export function setDocumentsCreatedToday(world: World, n: number): void {
  documentsCreatedToday(world);
  documentsState(world).createdToday = n;
}

/** Counts one created document, or throws the quota error once the day's limit is reached. */
export function chargeDocumentQuota(world: World): void {
  const used = documentsCreatedToday(world);
  if (used >= dailyDocumentLimit(world)) throw world.error('documentQuota');
  documentsState(world).createdToday = used + 1;
}

function emptyBody(): DocNode {
  const body = newNode('BODY_SECTION');
  appendChild(body, paragraphNode('')); // a new document's body holds one empty paragraph (§7.1)
  return body;
}

/** Creates the stored document and its Drive file (no quota check: callers charge it). */
export function createDocRecord(
  world: World,
  name: string,
  opts: { parents?: string[]; createdByApp?: boolean; from?: DocRecord } = {},
): DocRecord {
  const file = addFile(world, {
    name,
    mimeType: DOC_MIME,
    parents: opts.parents ?? ['root'],
    createdByApp: opts.createdByApp ?? true,
  });
  const src = opts.from;
  const rec: DocRecord = {
    id: file.id,
    body: src ? cloneNode(src.body) : emptyBody(),
    header: src?.header ? cloneNode(src.header) : null,
    footer: src?.footer ? cloneNode(src.footer) : null,
    headingStyles: src ? structuredClone(src.headingStyles) : {},
  };
  documentsState(world).docs.set(rec.id, rec);
  return rec;
}

/** The stored document if it exists and is not permanently deleted. */
export function findDoc(world: World, id: string): DocRecord | null {
  const rec = documentsState(world).docs.get(String(id));
  const file = driveState(world).files.get(String(id));
  return rec && file && !file.deleted ? rec : null;
}

export function docName(world: World, id: string): string {
  return driveState(world).files.get(id)?.name ?? '';
}

/** One open Document object. saveAndClose closes this handle only; openById returns a fresh one. */
export class DocHandle {
  closed = false;
  constructor(
    readonly world: World,
    readonly rec: DocRecord,
  ) {}

  /** Before a read: a closed document refuses all content access. */
  read(): void {
    if (this.closed) throw this.world.error('docClosed');
  }

  /** Before a change: refuses on a closed document, then records the change in Drive (version, modifiedTime). */
  mut(): void {
    if (this.closed) throw this.world.error('docClosed');
    touchFile(this.world, this.rec.id);
  }
}
