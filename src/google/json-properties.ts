// A JSON record in document properties that may outgrow one value (9 KB): split over numbered keys, read and
// written with one call each (getProperties / setProperties), stale parts deleted.
import type { AppContext } from '../app/context';
import { documentStore } from './document-properties';

/** Under the 9 KB per value limit (apps-script-facts §3.2) with room for multi-byte characters' escapes. */
const CHUNK = 4000;

export function loadJson<T>(ctx: AppContext, key: string): T | null {
  const all = documentStore(ctx).all();
  const count = Number(all[key] ?? '');
  if (!Number.isInteger(count) || count < 1) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = all[`${key}#${i}`];
    if (part === undefined) return null; // a torn write: treat as absent rather than guess
    text += part;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function saveJson(ctx: AppContext, key: string, value: unknown): void {
  const store = documentStore(ctx);
  const text = JSON.stringify(value);
  const parts: Record<string, string> = {};
  const count = Math.max(1, Math.ceil(text.length / CHUNK));
  for (let i = 0; i < count; i++) parts[`${key}#${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  const old = Number(store.get(key) ?? '0');
  parts[key] = String(count);
  store.setMany(parts);
  for (let i = count; i < old; i++) store.remove(`${key}#${i}`);
}

export function deleteJson(ctx: AppContext, key: string): void {
  const store = documentStore(ctx);
  const count = Number(store.get(key) ?? '0');
  store.remove(key);
  for (let i = 0; i < count; i++) store.remove(`${key}#${i}`);
}
