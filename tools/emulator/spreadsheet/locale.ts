// Spreadsheet-locale conventions used when parsing typed input and formatting display values.

export interface SheetLocale {
  decimal: string;
  /** Thousands separators accepted when parsing; the first one is used for display. */
  groups: string[];
  /** Order of numeric dates typed with separators: ru_RU 01.09.2026 (D.M.Y), en_US 9/1/2026 (M/D/Y). */
  dateOrder: 'DMY' | 'MDY';
  dateSeparators: string[];
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
  trueWord: string;
  falseWord: string;
}

const RU: SheetLocale = {
  decimal: ',',
  groups: ['\u00a0', ' '],
  dateOrder: 'DMY',
  dateSeparators: ['.', '/'],
  dateFormat: 'dd.MM.yyyy',
  dateTimeFormat: 'dd.MM.yyyy H:mm:ss',
  timeFormat: 'H:mm:ss',
  trueWord: 'ИСТИНА',
  falseWord: 'ЛОЖЬ',
};

const EN_US: SheetLocale = {
  decimal: '.',
  groups: [','],
  dateOrder: 'MDY',
  dateSeparators: ['/'],
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  timeFormat: 'H:mm:ss',
  trueWord: 'TRUE',
  falseWord: 'FALSE',
};

const EN_GB: SheetLocale = {
  ...EN_US,
  dateOrder: 'DMY',
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy H:mm:ss',
};

/** Conventions of a Sheets locale id ("ru_RU", "en_US"); unknown locales fall back to en_US. */
export function sheetLocale(id: string): SheetLocale {
  if (id.startsWith('ru')) return RU;
  if (id === 'en_GB') return EN_GB;
  return EN_US;
}
