// Where the add-on keeps what it knows about each of its forms: four rows of «Настройки» per form (id, links, sheet).
import type { SettingKey } from '../../workbook/tables/settings';

/** The «Настройки» rows of one form. */
export interface FormSettingKeys {
  id: SettingKey;
  editUrl: SettingKey;
  url: SettingKey;
  sheet: SettingKey;
}

/** What «Настройки» records about one form ('' where nothing is recorded). */
export interface FormRecord {
  id: string;
  editUrl: string;
  url: string;
  sheet: string;
}

export function formRecordFrom(raw: Partial<Record<SettingKey, string>>, keys: FormSettingKeys): FormRecord {
  return {
    id: raw[keys.id] ?? '',
    editUrl: raw[keys.editUrl] ?? '',
    url: raw[keys.url] ?? '',
    sheet: raw[keys.sheet] ?? '',
  };
}

export function formRecordValues(
  keys: FormSettingKeys,
  record: Partial<FormRecord>,
): Partial<Record<SettingKey, string>> {
  const out: Partial<Record<SettingKey, string>> = {};
  for (const field of ['id', 'editUrl', 'url', 'sheet'] as const)
    if (record[field] !== undefined) out[keys[field]] = record[field];
  return out;
}
