// A stable hash of a document model: tells whether regenerating a document would change anything.
import type { Document } from './model';

/** JSON with object keys sorted and undefined fields dropped, so equal models give equal text. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`).join(',')}}`;
}

/** FNV-1a over UTF-16 code units; Apps Script has no crypto module and this needs none. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hex digits: two 32-bit FNV-1a passes with different offsets, for fewer accidental collisions. */
export function textHash(text: string): string {
  const a = fnv1a(text, 0x811c9dc5);
  const b = fnv1a(text, 0x050c5d1f ^ a);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function contentHash(doc: Document): string {
  return textHash(stableJson(doc));
}
