// User properties: small per-user records shared by all the user's workbooks (the daily document counter).
import type { AppContext } from '../app/context';
import type { DocumentStore } from './document-properties';

/** Google's daily quotas are per user, so what counts against them is kept per user, not per workbook. */
export function userStore(ctx: AppContext): DocumentStore {
  const props = ctx.services.PropertiesService.getUserProperties();
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => void props.setProperty(key, value),
  };
}
