// Installs and removes the add-on's triggers idempotently (one of each type per user per document, §4.1, §4.5).
import type { AppContext } from '../app/context';

export type TriggerKind = 'daily' | 'formSubmit';

export interface TriggerStatus {
  installed: boolean;
  uniqueId: string | null;
  /** Count of this user's triggers of that kind in this document (more than one means a leftover to clean). */
  count: number;
}

function isKind(t: GoogleAppsScript.Script.Trigger, kind: TriggerKind, handler: string, ctx: AppContext): boolean {
  return t.getHandlerFunction() === handler && isSameEventType(t, kind, ctx);
}

/** This user's triggers of the add-on in this spreadsheet (getUserTriggers is the add-on-safe listing). */
function userTriggers(ctx: AppContext): GoogleAppsScript.Script.Trigger[] {
  return ctx.services.ScriptApp.getUserTriggers(ctx.spreadsheet());
}

/**
 * Removes this user's trigger with this unique id (a leftover that fired); true when it was found. Listed with
 * getProjectTriggers, which needs no document: it works even when the owner lost access to the spreadsheet.
 */
export function removeTriggerById(ctx: AppContext, uniqueId: string): boolean {
  const hit = ctx.services.ScriptApp.getProjectTriggers().filter((t) => t.getUniqueId() === uniqueId);
  for (const t of hit) ctx.services.ScriptApp.deleteTrigger(t);
  return hit.length > 0;
}

export function triggerStatus(ctx: AppContext, kind: TriggerKind, handler: string): TriggerStatus {
  const mine = userTriggers(ctx).filter((t) => isKind(t, kind, handler, ctx));
  return { installed: mine.length > 0, uniqueId: mine[0]?.getUniqueId() ?? null, count: mine.length };
}

/**
 * Makes sure exactly one trigger of this kind exists: removes extras (left by an older version), creates one if none.
 * Returns its unique id.
 */
export function ensureTrigger(
  ctx: AppContext,
  kind: TriggerKind,
  handler: string,
  options: { hour?: number; timeZone?: string } = {},
): string {
  const { ScriptApp } = ctx.services;
  const all = userTriggers(ctx);
  const mine = all.filter((t) => isKind(t, kind, handler, ctx));
  // Any other trigger of the same event type would block creation (one per type per user per document).
  const sameType = all.filter((t) => !mine.includes(t) && isSameEventType(t, kind, ctx));
  for (const t of sameType) ScriptApp.deleteTrigger(t);
  const [keep, ...extra] = mine;
  for (const t of extra) ScriptApp.deleteTrigger(t);
  if (keep && (kind !== 'daily' || options.hour === undefined)) return keep.getUniqueId();
  if (keep) ScriptApp.deleteTrigger(keep); // re-created so a changed hour or time zone takes effect
  const builder = ScriptApp.newTrigger(handler);
  const created =
    kind === 'daily'
      ? builder
          .timeBased()
          .everyDays(1)
          .atHour(options.hour ?? 8)
          .inTimezone(options.timeZone ?? ctx.timeZone())
          .create()
      : builder.forSpreadsheet(ctx.spreadsheet()).onFormSubmit().create();
  return created.getUniqueId();
}

function isSameEventType(t: GoogleAppsScript.Script.Trigger, kind: TriggerKind, ctx: AppContext): boolean {
  const type = ctx.services.ScriptApp.EventType;
  return kind === 'daily' ? t.getEventType() === type.CLOCK : t.getEventType() === type.ON_FORM_SUBMIT;
}

/** Removes this user's triggers of this kind in this document (any handler when `handler` is null); returns the count. */
export function removeTriggers(ctx: AppContext, kind: TriggerKind, handler: string | null): number {
  const mine = userTriggers(ctx).filter((t) =>
    handler === null ? isSameEventType(t, kind, ctx) : isKind(t, kind, handler, ctx),
  );
  for (const t of mine) ctx.services.ScriptApp.deleteTrigger(t);
  return mine.length;
}
