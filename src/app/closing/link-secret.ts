// The workbook's secret for the codes in personal questionnaire links: made once, kept in document properties.
import { documentStore } from '../../google/document-properties';
import type { AppContext } from '../context';

const KEY = 'closing.linkSecret';

export function linkSecret(ctx: AppContext): string {
  const store = documentStore(ctx);
  const found = store.get(KEY);
  if (found) return found;
  const secret = ctx.services.Utilities.getUuid();
  store.set(KEY, secret);
  return secret;
}
