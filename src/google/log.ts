// One line in the execution log (Logger → Cloud Logging): what a trigger run did, readable without opening the sheet.
import type { AppContext } from '../app/context';

export function logLine(ctx: AppContext, text: string): void {
  ctx.services.Logger.log(text);
}
