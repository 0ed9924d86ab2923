// Saves a whole emulated world as JSON and back: spreadsheets through the emulator's own snapshot, every other
// service slot through a tagged copy (Map, Set, Date). Slots holding functions or class instances are left out.
import type { World } from '../emulator';
import { restoreSpreadsheets, snapshotSpreadsheets, type SpreadsheetsSnapshot } from '../emulator/spreadsheet';
import { restoreForms, snapshotForms, type FormsSnapshot } from '../emulator/forms';
import { restoreDocuments, snapshotDocuments, type DocumentsSnapshot } from '../emulator/documents';

/** The World keeps service state in private fields; the playground reads them at run time (see the report). */
interface WorldInternals {
  slots: Map<string, unknown>;
  idSeq: number;
  executionSeq: number;
}

export interface WorldSnapshot {
  version: 1;
  now: number;
  idSeq: number;
  executionSeq: number;
  spreadsheets: SpreadsheetsSnapshot;
  /** Google Forms (class instances in the world, saved through the Forms emulator's own snapshot). */
  forms?: FormsSnapshot;
  /** Document trees keep parent links: saved through the emulator's own snapshot too. */
  documents?: DocumentsSnapshot;
  slots: Record<string, unknown>;
  logs: World['logs'];
  /** Slots that could not be saved (they start empty after a restart). */
  skipped: string[];
}

class NotPlain extends Error {}

function encode(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
  if (value === undefined) return { $undef: 1 };
  if (value instanceof Date) return { $date: value.getTime() };
  if (value instanceof Map) return { $map: [...value.entries()].map(([k, v]) => [encode(k), encode(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encode) };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new NotPlain();
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return out;
  }
  throw new NotPlain();
}

function decode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  const o = value as Record<string, unknown>;
  if ('$date' in o) return new Date(o.$date as number);
  if ('$map' in o) return new Map((o.$map as unknown[][]).map(([k, v]) => [decode(k), decode(v)]));
  if ('$set' in o) return new Set((o.$set as unknown[]).map(decode));
  if ('$undef' in o) return undefined;
  if ('$num' in o) return Number(o.$num);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = decode(v);
  return out;
}

/** Slots the spreadsheet, forms and documents snapshots cover, and run-time-only slots (locks are released when a process ends). */
const NOT_SAVED = new Set(['spreadsheet', 'forms', 'documents', 'services.lock', 'services.html']);

export function snapshotWorld(world: World): WorldSnapshot {
  const internals = world as unknown as WorldInternals;
  const slots: Record<string, unknown> = {};
  const skipped: string[] = [];
  for (const [key, value] of internals.slots) {
    if (NOT_SAVED.has(key)) continue;
    try {
      slots[key] = encode(key === 'spreadsheet.ui' ? withoutHtmlObjects(value) : value);
    } catch (e) {
      if (!(e instanceof NotPlain)) throw e;
      skipped.push(key);
    }
  }
  return {
    version: 1,
    now: world.clock.now(),
    idSeq: internals.idSeq,
    executionSeq: internals.executionSeq,
    spreadsheets: snapshotSpreadsheets(world),
    forms: snapshotForms(world),
    documents: snapshotDocuments(world),
    slots,
    logs: world.logs.slice(-500),
    skipped,
  };
}

/** The Ui record keeps the HtmlOutput objects it was given; their content is saved beside them. */
function withoutHtmlObjects(ui: unknown): unknown {
  const u = ui as { sidebar?: { output?: unknown } | null; dialogs?: Array<{ output?: unknown }> };
  return {
    ...u,
    sidebar: u.sidebar ? { ...u.sidebar, output: null } : null,
    dialogs: (u.dialogs ?? []).map((d) => ({ ...d, output: null })),
  };
}

export function restoreWorld(world: World, snapshot: WorldSnapshot): void {
  const internals = world as unknown as WorldInternals;
  world.clock.set(snapshot.now);
  internals.idSeq = Math.max(internals.idSeq, snapshot.idSeq);
  internals.executionSeq = Math.max(internals.executionSeq, snapshot.executionSeq);
  restoreSpreadsheets(world, snapshot.spreadsheets);
  if (snapshot.documents) restoreDocuments(world, snapshot.documents);
  for (const [key, value] of Object.entries(snapshot.slots)) internals.slots.set(key, decode(value));
  if (snapshot.forms) restoreForms(world, snapshot.forms);
  world.logs.push(...snapshot.logs);
}
