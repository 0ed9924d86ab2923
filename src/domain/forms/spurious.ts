// Recognises spurious form-submit events (empty, all blank) and keys answers so a duplicate delivery is seen (§6.4).
import { normalizeEmail, normalizeTerm } from '../model';
import { TIMESTAMP_TITLES } from './form-definition';

const isBlank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.every(isBlank));

const timestampKeys = new Set(TIMESTAMP_TITLES.map(normalizeTerm));

/**
 * True for events with no answer in them: no/empty `values`, no/empty `namedValues`, or every value
 * except the timestamp blank (the "blank event a few seconds later" reported in §6.4).
 */
export function isSpuriousEvent(e: unknown): boolean {
  if (!e || typeof e !== 'object') return true;
  const { values, namedValues } = e as { values?: unknown; namedValues?: unknown };
  if (!Array.isArray(values) || values.length === 0) return true;
  if (values.slice(1).every(isBlank)) return true;
  if (!namedValues || typeof namedValues !== 'object') return true;
  const answers = Object.entries(namedValues as Record<string, unknown>).filter(
    ([k]) => !timestampKeys.has(normalizeTerm(k)),
  );
  return answers.length === 0 || answers.every(([, v]) => isBlank(v));
}

/** FNV-1a 32-bit, two seeds: a short stable digest (not security). */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * Idempotency key of one answer: the same event delivered twice gives the same key; a new answer of the same
 * person has a new timestamp. Values are trimmed so spacing differences do not split one answer in two.
 */
export function answerKey(timestamp: string, email: string, values: readonly unknown[]): string {
  const body = values.map((v) => (v === null || v === undefined ? '' : String(v).trim())).join('\u001f');
  return `${timestamp.trim()}|${normalizeEmail(email)}|${digest(body)}`;
}
