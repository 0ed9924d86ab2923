// Document properties: small per-workbook records (schema version, ...) shared by all users of the add-on.
import type { AppContext } from '../app/context';

export interface DocumentStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export function documentStore(ctx: AppContext): DocumentStore {
  const props = ctx.services.PropertiesService.getDocumentProperties();
  if (!props) throw new Error('Свойства документа недоступны: дополнение должно работать внутри таблицы.');
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => void props.setProperty(key, value),
  };
}
