// Which OAuth scope each service method needs (apps-script-facts §10), and what each AuthMode may call (§1.2).
export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

const SCOPE = 'https://www.googleapis.com/auth/';

interface ScopeRule {
  pattern: RegExp;
  /** Any one of these scopes is enough. */
  anyOf: string[];
}

export const scopeRules: ScopeRule[] = [
  { pattern: /^SpreadsheetApp\.(openById|openByUrl|open|create)$/, anyOf: [SCOPE + 'spreadsheets'] },
  {
    pattern: /^Ui\.(showSidebar|showModalDialog|showModelessDialog|showDialog)$/,
    anyOf: [SCOPE + 'script.container.ui'],
  },
  {
    pattern: /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection|NamedRange|DataValidation\w*)\./,
    anyOf: [SCOPE + 'spreadsheets.currentonly', SCOPE + 'spreadsheets'],
  },
  {
    pattern: /^(ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)|\w*TriggerBuilder\.create)$/,
    anyOf: [SCOPE + 'script.scriptapp'],
  },
  { pattern: /^MailApp\.(sendEmail|getRemainingDailyQuota)$/, anyOf: [SCOPE + 'script.send_mail'] },
  { pattern: /^(FormApp|Form|\w+Item|FormResponse|ItemResponse)\./, anyOf: [SCOPE + 'forms'] },
  {
    pattern:
      /^(DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|ListItem|Text|RangeElement|PageBreak|HorizontalRule|InlineImage|HeaderSection|FooterSection)\./,
    anyOf: [SCOPE + 'documents'],
  },
  { pattern: /^(Drive|Files)\./, anyOf: [SCOPE + 'drive.file', SCOPE + 'drive'] },
  { pattern: /^DriveApp\./, anyOf: [SCOPE + 'drive', SCOPE + 'drive.readonly'] },
  { pattern: /^(Session\.(getActiveUser|getEffectiveUser)|User\.getEmail)$/, anyOf: [SCOPE + 'userinfo.email'] },
];

export function requiredScopes(name: string): string[] | null {
  for (const rule of scopeRules) if (rule.pattern.test(name)) return rule.anyOf;
  return null;
}

/** AuthMode.NONE: only menu building, Logger, Utilities and the user's locale (auth-lifecycle, §1.2–1.3). */
const allowedInNone =
  /^(SpreadsheetApp\.getUi|Ui\.(createAddonMenu|createMenu)|Menu\.(addItem|addSeparator|addSubMenu|addToUi)|Logger\.\w+|Utilities\.\w+|Session\.getActiveUserLocale|console\.\w+)$/;

/** LIMITED: the bound document and Properties, but no dialogs/sidebars, no other files, no mail (§1.2). */
const forbiddenInLimited =
  /^(Ui\.(showSidebar|showModalDialog|showModelessDialog|showDialog)|SpreadsheetApp\.(openById|openByUrl|open|create)|MailApp\.\w+|FormApp\.\w+|DocumentApp\.\w+|Drive(\.\w+)+|ScriptApp\.(newTrigger|deleteTrigger)|UrlFetchApp\.\w+)$/;

export function allowedIn(mode: AuthMode, name: string): boolean {
  if (mode === 'FULL') return true;
  if (mode === 'NONE') return allowedInNone.test(name);
  return !forbiddenInLimited.test(name);
}
