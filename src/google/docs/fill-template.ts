// Fills {{placeholders}} of a copied template with body.replaceText, one call per key; leftovers are reported and removed.
import type { AppContext } from '../../app/context';
import { documentAppOf } from './services';

/** RE2 metacharacters escaped, so a key is matched literally ("{" is a repetition operator, apps-script-facts §7.2). */
export function escapeRe2(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const placeholderPattern = (key: string): string => `\\{\\{${escapeRe2(key)}\\}\\}`;

const ANY_PLACEHOLDER = '\\{\\{[^{}]*\\}\\}';

export interface FillReport {
  /** Placeholders left in the document that no value filled, without braces, in document order, once each. */
  unknown: string[];
}

/**
 * Replaces every {{key}} with its value. Values are inserted as given; how Apps Script treats "$" in a replacement
 * is undocumented [U], and Russian school data has none.
 */
export function fillTemplate(ctx: AppContext, docId: string, values: Readonly<Record<string, string>>): FillReport {
  const doc = documentAppOf(ctx).openById(docId);
  const body = doc.getBody();
  for (const [key, value] of Object.entries(values)) body.replaceText(placeholderPattern(key), value);
  const unknown: string[] = [];
  for (let hit = body.findText(ANY_PLACEHOLDER); hit; hit = body.findText(ANY_PLACEHOLDER, hit)) {
    const text = hit
      .getElement()
      .asText()
      .getText()
      .slice(hit.getStartOffset() + 2, hit.getEndOffsetInclusive() - 1);
    if (!unknown.includes(text)) unknown.push(text);
  }
  if (unknown.length) body.replaceText(ANY_PLACEHOLDER, '');
  doc.saveAndClose();
  return { unknown };
}
