// Who the execution runs as and the script's own zone: what a trigger knows even without its spreadsheet.
import type { AppContext } from '../app/context';

/** The account the execution runs as (for a trigger, the one who installed it); '' where Google hides it. */
export function effectiveUserEmail(ctx: AppContext): string {
  try {
    return ctx.services.Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** The manifest's time zone (Session.getScriptTimeZone), for dates when the spreadsheet cannot be opened. */
export function scriptTimeZone(ctx: AppContext): string {
  return ctx.services.Session.getScriptTimeZone();
}
