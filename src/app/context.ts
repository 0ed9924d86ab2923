// What one execution works with: the services, the bound spreadsheet and the clock, resolved lazily and once.
import { toCalendarDate } from '../domain/calendar/zoned';
import type { CalendarDate } from '../domain/calendar/calendar-date';
import type { AppsScriptServices } from '../google/services';

export interface AppContext {
  readonly services: AppsScriptServices;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The spreadsheet's time zone: the domain's calendar dates are dates of this zone. */
  timeZone(): string;
  now(): Date;
  today(): CalendarDate;
  /** The signed-in user's email, or '' where Google does not reveal it (consumer accounts, other domains). */
  userEmail(): string;
}

export function createContext(services: AppsScriptServices): AppContext {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  let timeZone: string | undefined;
  let email: string | undefined;
  const ctx: AppContext = {
    services,
    spreadsheet() {
      if (!spreadsheet) {
        const active = services.SpreadsheetApp.getActiveSpreadsheet();
        if (!active) throw new Error('Дополнение работает только внутри Google Таблицы.');
        spreadsheet = active;
      }
      return spreadsheet;
    },
    timeZone() {
      return (timeZone ??= ctx.spreadsheet().getSpreadsheetTimeZone() || services.Session.getScriptTimeZone());
    },
    now: () => services.now(),
    today: () => toCalendarDate(services.now(), ctx.timeZone()),
    userEmail() {
      if (email === undefined) {
        try {
          email = services.Session.getActiveUser().getEmail() || services.Session.getEffectiveUser().getEmail() || '';
        } catch {
          email = '';
        }
      }
      return email;
    },
  };
  return ctx;
}
