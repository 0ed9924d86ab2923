// The advanced Drive service (v3): Drive.Files.create/copy/get/update/list/remove under drive.file semantics.
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { BlobImpl } from '../services/blob';
import { chargeDocumentQuota, createDocRecord, findDoc } from '../documents/store';
import { compileQuery } from './query';
import { addFile, DOC_MIME, driveState, FOLDER_MIME, touchFile, visibleToApp, type DriveFile } from './files';

export interface FileResource {
  name?: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
  /** Private to the app; in `update` a key set to null is removed, others are merged (v3 files resource). */
  appProperties?: Record<string, string | null>;
}

/**
 * Custom property limits (developers.google.com/drive/api/guides/properties, "Custom properties have the following
 * limits"): at most 30 private properties per file from one app, at most 124 bytes of key + value in UTF-8.
 */
export const APP_PROPERTY_LIMITS = { perFile: 30, bytes: 124 } as const;

/** v3 returns only kind, id, name and mimeType unless `fields` asks for more. */
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

export function webViewLink(f: DriveFile): string {
  if (f.mimeType === DOC_MIME) return `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`;
  if (f.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${f.id}`;
  return `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
}

function fullResource(f: DriveFile): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
    version: String(f.version),
    createdTime: new Date(f.createdTime).toISOString(),
    modifiedTime: new Date(f.modifiedTime).toISOString(),
    webViewLink: webViewLink(f),
    size: f.content ? String(f.content.length) : undefined,
    appProperties: f.appProperties && Object.keys(f.appProperties).length ? { ...f.appProperties } : undefined,
  };
}

/** Splits "a,b,files(c,d)" at top-level commas. */
function splitFields(fields: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of fields) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function project(f: DriveFile, fields: string | undefined): Record<string, unknown> {
  const all = fullResource(f);
  const wanted = fields === undefined ? DEFAULT_FIELDS : fields.trim() === '*' ? Object.keys(all) : splitFields(fields);
  const out: Record<string, unknown> = {};
  for (const k of wanted) if (all[k] !== undefined) out[k] = all[k];
  return out;
}

function commaList(s: unknown): string[] {
  return typeof s === 'string' && s.trim()
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

/** The app properties after applying `changes` (null removes a key), checked against the documented limits. */
function mergeAppProperties(
  world: World,
  method: string,
  current: Record<string, string> | undefined,
  changes: Record<string, string | null> | undefined,
): Record<string, string> | undefined {
  if (changes === undefined || changes === null) return current;
  if (typeof changes !== 'object') throw world.error('driveInvalid', { method, what: 'appProperties' });
  const out: Record<string, string> = { ...(current ?? {}) };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete out[k];
    else {
      const value = String(v);
      if (Buffer.byteLength(k + value, 'utf8') > APP_PROPERTY_LIMITS.bytes)
        throw world.error('drivePropertyTooLarge', { method, key: k });
      out[k] = value;
    }
  }
  if (Object.keys(out).length > APP_PROPERTY_LIMITS.perFile)
    throw world.error('driveTooManyProperties', { method, limit: APP_PROPERTY_LIMITS.perFile });
  return out;
}

export class DriveFilesImpl extends GasObject {
  readonly [gasClass] = 'Drive.Files';
  constructor(private readonly world: World) {
    super();
  }

  private visible(id: string, method: string): DriveFile {
    const f = driveState(this.world).files.get(String(id));
    if (!visibleToApp(this.world, f)) throw this.world.error('driveNotFound', { method, id: String(id) });
    return f;
  }

  private checkParents(parents: string[], method: string): void {
    for (const p of parents) if (p !== 'root') this.visible(p, method);
  }

  /** A Google Doc mime type creates a real document (DocumentApp.openById works on it). */
  create(
    resource: FileResource = {},
    mediaData?: BlobImpl,
    optionalArgs: { fields?: string } = {},
  ): Record<string, unknown> {
    const parents = resource.parents?.length ? [...resource.parents] : ['root'];
    this.checkParents(parents, 'create');
    const name = resource.name ?? 'Untitled';
    const mimeType = resource.mimeType ?? (mediaData?.getContentType() || 'application/octet-stream');
    const appProperties = mergeAppProperties(this.world, 'create', undefined, resource.appProperties);
    let file: DriveFile;
    if (mimeType === DOC_MIME) {
      chargeDocumentQuota(this.world); // [U] whether Drive-created Docs count toward the Apps Script quota
      file = driveState(this.world).files.get(createDocRecord(this.world, name, { parents, createdByApp: true }).id)!;
    } else {
      file = addFile(this.world, {
        name,
        mimeType,
        parents,
        createdByApp: true,
        content: mediaData ? Buffer.from(mediaData._buffer()) : undefined,
      });
    }
    if (appProperties) file.appProperties = appProperties;
    return project(file, optionalArgs.fields);
  }

  /** Copies content too; parents default to the source's (v3 files.copy). Only app-visible sources (drive.file). */
  copy(resource: FileResource = {}, fileId: string, optionalArgs: { fields?: string } = {}): Record<string, unknown> {
    const src = this.visible(fileId, 'copy');
    const parents = resource.parents?.length
      ? [...resource.parents]
      : src.parents.filter((p) => p === 'root' || visibleToApp(this.world, driveState(this.world).files.get(p)));
    this.checkParents(parents, 'copy');
    const name = resource.name ?? `Copy of ${src.name}`;
    // [U] Whether files.copy carries the source's appProperties is undocumented; the copy gets only those the request sets.
    const appProperties = mergeAppProperties(this.world, 'copy', undefined, resource.appProperties);
    let file: DriveFile;
    if (src.mimeType === DOC_MIME) {
      chargeDocumentQuota(this.world);
      const from = findDoc(this.world, src.id) ?? undefined;
      file = driveState(this.world).files.get(
        createDocRecord(this.world, name, { parents, createdByApp: true, from }).id,
      )!;
    } else {
      file = addFile(this.world, {
        name,
        mimeType: src.mimeType,
        parents,
        createdByApp: true,
        content: src.content ? Buffer.from(src.content) : undefined,
      });
    }
    if (appProperties) file.appProperties = appProperties;
    return project(file, optionalArgs.fields);
  }

  get(fileId: string, optionalArgs: { fields?: string } = {}): Record<string, unknown> {
    return project(this.visible(fileId, 'get'), optionalArgs.fields);
  }

  /** Renames, trashes/untrashes, replaces content and moves between folders (addParents/removeParents, comma lists). */
  update(
    resource: FileResource = {},
    fileId: string,
    mediaData?: BlobImpl,
    optionalArgs: { fields?: string; addParents?: string; removeParents?: string } = {},
  ): Record<string, unknown> {
    const f = this.visible(fileId, 'update');
    const add = commaList(optionalArgs.addParents);
    this.checkParents(add, 'update');
    if (resource.parents !== undefined)
      throw this.world.error('driveInvalid', { method: 'update', what: 'parents (use addParents/removeParents)' });
    const appProperties = mergeAppProperties(this.world, 'update', f.appProperties, resource.appProperties);
    if (resource.name !== undefined) f.name = String(resource.name);
    if (resource.trashed !== undefined) f.trashed = Boolean(resource.trashed);
    f.appProperties = appProperties;
    if (mediaData && f.mimeType !== DOC_MIME) f.content = Buffer.from(mediaData._buffer());
    const remove = new Set(commaList(optionalArgs.removeParents));
    f.parents = [...f.parents.filter((p) => !remove.has(p)), ...add.filter((p) => !f.parents.includes(p))];
    touchFile(this.world, f.id);
    return project(f, optionalArgs.fields);
  }

  /** Only files the app may see; trashed files are included unless `q` says "trashed = false" (v3). */
  list(
    optionalArgs: { q?: string; fields?: string; pageSize?: number; pageToken?: string; orderBy?: string } = {},
  ): Record<string, unknown> {
    const test = compileQuery(this.world, optionalArgs.q);
    const all = [...driveState(this.world).files.values()].filter((f) => visibleToApp(this.world, f) && test(f));
    const size = Math.min(Math.max(1, optionalArgs.pageSize ?? 100), 1000);
    const start = optionalArgs.pageToken ? Number(optionalArgs.pageToken) : 0;
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? String(start + size) : undefined;
    const fields = optionalArgs.fields;
    const fileFields = fields ? /files\(([^)]*)\)/.exec(fields)?.[1] : undefined;
    const out: Record<string, unknown> = { kind: 'drive#fileList', files: page.map((f) => project(f, fileFields)) };
    if (next && (!fields || fields.includes('nextPageToken'))) out.nextPageToken = next;
    if (fields && !fields.includes('kind')) delete out.kind;
    return out;
  }

  /** Permanent deletion (skips the trash). */
  remove(fileId: string): void {
    const f = this.visible(fileId, 'delete');
    f.deleted = true;
  }
}

export class DriveServiceImpl extends GasObject {
  readonly [gasClass] = 'Drive';
  readonly Files: DriveFilesImpl;
  constructor(world: World) {
    super();
    this.Files = new DriveFilesImpl(world);
  }
}
