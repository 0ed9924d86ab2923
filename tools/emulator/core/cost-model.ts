// Turns counted service calls into estimated Apps Script seconds (weights: performance-and-style.md §1.4).
export interface CostRule {
  /** Matches "Class.method". */
  pattern: RegExp;
  /** Milliseconds per call. */
  ms: number;
  why: string;
}

export const costRules: CostRule[] = [
  {
    pattern:
      /^(SpreadsheetApp\.(getActive|getActiveSpreadsheet|getUi|flush|newDataValidation|getActiveSheet)|Spreadsheet\.(getSheetByName|getSheets|getId|getUrl|getName|getRangeByName|getSpreadsheetTimeZone|getSpreadsheetLocale)|Sheet\.(getRange|getName|getSheetId|getMaxRows|getMaxColumns|getDataRange))$/,
    ms: 2,
    why: 'handle / navigation call (S8: ≈0–5 ms)',
  },
  { pattern: /^Sheet\.(getLastRow|getLastColumn)$/, ms: 40, why: 'getLastRow/Column (S7)' },
  {
    pattern:
      /^Range\.(getValues|getDisplayValues|getFormulas|getNumberFormats|getBackgrounds|getNotes|getDataValidations|getValue|getDisplayValue|getFormula)$/,
    ms: 200,
    why: 'bulk read (S8, S11: 150–300 ms)',
  },
  {
    pattern:
      /^Range\.(setValues|setValue|setFormulas|setFormula|setNumberFormat|setNumberFormats|setBackground|setBackgrounds|setNote|setNotes|setDataValidation|setDataValidations|setFontWeight|setFontWeights|clearDataValidations|setWrap|setHorizontalAlignment|setVerticalAlignment|clearFormat|setFontColor)$/,
    ms: 50,
    why: 'write, deferred (S2, S3)',
  },
  {
    pattern:
      /^Sheet\.(appendRow|insertRowsAfter|insertColumnsAfter|setFrozenRows|setColumnWidth|setColumnWidths|protect|setName|setTabColor|hideColumns|autoResizeColumns|deleteRows|insertRows)$/,
    ms: 60,
    why: 'sheet mutation',
  },
  {
    pattern: /^Spreadsheet\.(insertSheet|deleteSheet|setNamedRange|moveActiveSheet|setActiveSheet)$/,
    ms: 150,
    why: 'structure change',
  },
  { pattern: /^Properties\.(getProperty|getProperties|getKeys)$/, ms: 30, why: 'Properties get (P1)' },
  {
    pattern: /^Properties\.(setProperty|setProperties|deleteProperty|deleteAllProperties)$/,
    ms: 62,
    why: 'Properties set (P1)',
  },
  { pattern: /^Cache\.(get|getAll)$/, ms: 3, why: 'Cache get (P2)' },
  { pattern: /^Cache\.(put|putAll|remove|removeAll)$/, ms: 93, why: 'Cache put (P2)' },
  { pattern: /^MailApp\.sendEmail$/, ms: 1250, why: 'Mail send (M1, M2)' },
  {
    pattern: /^(DocumentApp\.create|Drive\.Files\.(copy|create)|Files\.copy)$/,
    ms: 1500,
    why: 'document create / copy (D5)',
  },
  { pattern: /^(Body|Paragraph|Table|TableRow|TableCell|ListItem|Text|Document)\./, ms: 20, why: 'Docs mutation' },
  {
    pattern: /^(DataValidationBuilder|DataValidation)\./,
    ms: 2,
    why: 'validation rule builder: local object, no round trip [U]',
  },
  {
    pattern: /^(Charts|DataTableBuilder|DataTable|BarChartBuilder|ColumnChartBuilder)\./,
    ms: 2,
    why: 'chart builder: local object [U]',
  },
  {
    pattern: /^Chart\.(getAs|getBlob)$/,
    ms: 600,
    why: 'chart rendered to an image on the server [U: no published timing; like a UrlFetch round trip, U1]',
  },
  { pattern: /^InlineImage\./, ms: 20, why: 'Docs mutation' },
  {
    pattern: /^(Form|FormApp|\w+Item|\w+Builder|\w+Validation)\./,
    ms: 80,
    why: 'FormApp mutation (G5: tens–hundreds of ms)',
  },
  { pattern: /^(Lock\.(waitLock|tryLock)|LockService\.)/, ms: 20, why: 'lock' },
  { pattern: /^ScriptApp\.newTrigger|\w*TriggerBuilder\.create$/, ms: 300, why: 'trigger install' },
];

export const defaultCallMs = 10;

export function costOf(name: string): number {
  for (const rule of costRules) if (rule.pattern.test(name)) return rule.ms;
  return defaultCallMs;
}
