// Document properties: small per-workbook records (schema version, ...) shared by all users of the add-on.
import type { AppContext } from '../app/context';

export interface DocumentStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  /** Every property in one call (getProperties): read a family of keys at once. */
  all(): Record<string, string>;
  /** Several properties in one call (setProperties); the others are kept. */
  setMany(values: Record<string, string>): void;
  remove(key: string): void;
}

function storeOf(props: GoogleAppsScript.Properties.Properties): DocumentStore {
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => void props.setProperty(key, value),
    all: () => props.getProperties(),
    setMany: (values) => {
      if (Object.keys(values).length) props.setProperties(values);
    },
    remove: (key) => void props.deleteProperty(key),
  };
}

export function documentStore(ctx: AppContext): DocumentStore {
  const props = ctx.services.PropertiesService.getDocumentProperties();
  if (!props) throw new Error('Свойства документа недоступны: дополнение должно работать внутри таблицы.');
  return storeOf(props);
}

/** The running user's own properties (for a trigger: its owner's), reachable even without the document. */
export function userStore(ctx: AppContext): DocumentStore {
  return storeOf(ctx.services.PropertiesService.getUserProperties());
}
