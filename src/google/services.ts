// The Apps Script services the add-on uses, gathered once per execution and injected everywhere.
export interface AppsScriptServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Logger: GoogleAppsScript.Base.Logger;
  FormApp?: GoogleAppsScript.Forms.FormApp;
  DocumentApp?: GoogleAppsScript.Document.DocumentApp;
  /** Charts rendered to images (the monitoring report's diagrams). */
  Charts?: GoogleAppsScript.Charts.Charts;
  /** The advanced Drive service (v3), enabled in appsscript.json. */
  Drive?: unknown;
  /** The current instant; the emulator's controllable clock in tests and the playground. */
  now(): Date;
}

declare const Drive: unknown;
declare const FormApp: GoogleAppsScript.Forms.FormApp;
declare const DocumentApp: GoogleAppsScript.Document.DocumentApp;
declare const Charts: GoogleAppsScript.Charts.Charts;

/** Reads the real Apps Script globals. Called inside an entry point, never at load time (AuthMode.NONE). */
export function servicesFromGlobals(): AppsScriptServices {
  const g = globalThis as unknown as Record<string, unknown>;
  return {
    SpreadsheetApp,
    HtmlService,
    PropertiesService,
    CacheService,
    LockService,
    ScriptApp,
    Session,
    Utilities,
    MailApp,
    Logger,
    FormApp: g.FormApp === undefined ? undefined : FormApp,
    DocumentApp: g.DocumentApp === undefined ? undefined : DocumentApp,
    Charts: g.Charts === undefined ? undefined : Charts,
    Drive: g.Drive === undefined ? undefined : Drive,
    now: () => new Date(),
  };
}
