// A JSON record in document properties that may outgrow one value (9 KB): split over numbered keys, read and
// written with one call each (getProperties / setProperties), stale parts deleted.
import type { AppContext } from '../app/context';

/** Under the 9 KB per value limit (apps-script-facts §3.2) with room for multi-byte characters' escapes. */
const CHUNK = 4000;

function props(ctx: AppContext): GoogleAppsScript.Properties.Properties {
  const p = ctx.services.PropertiesService.getDocumentProperties();
  if (!p) throw new Error('Свойства документа недоступны: дополнение должно работать внутри таблицы.');
  return p;
}

export function loadJson<T>(ctx: AppContext, key: string): T | null {
  const all = props(ctx).getProperties();
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
  const p = props(ctx);
  const text = JSON.stringify(value);
  const parts: Record<string, string> = {};
  const count = Math.max(1, Math.ceil(text.length / CHUNK));
  for (let i = 0; i < count; i++) parts[`${key}#${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  const old = Number(p.getProperty(key) ?? '0');
  parts[key] = String(count);
  p.setProperties(parts);
  for (let i = count; i < old; i++) p.deleteProperty(`${key}#${i}`);
}

export function deleteJson(ctx: AppContext, key: string): void {
  const p = props(ctx);
  const count = Number(p.getProperty(key) ?? '0');
  p.deleteProperty(key);
  for (let i = 0; i < count; i++) p.deleteProperty(`${key}#${i}`);
}
