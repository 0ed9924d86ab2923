// Per-world context the services share: who is running, which document is bound, add-on flags.
import type { World } from '../core/world';

export interface ServicesContext {
  /**
   * Id of the document the script runs in (the bound spreadsheet), or null when there is no containing
   * document (getDocumentProperties/getDocumentCache/getDocumentLock then return null, §8).
   * A resolver lets the spreadsheet emulator supply its active spreadsheet's id lazily.
   */
  document: string | null | (() => string | null);
  /** Editor add-on rules for triggers (§4.1). This project is an add-on: default true. */
  addonMode: boolean;
  /** ScriptApp.getAuthorizationInfo(...).getAuthorizationStatus() returns REQUIRED when true (§4.1). */
  authorizationRequired: boolean;
  /** Session.getActiveUserLocale(). */
  userLocale: string;
  scriptId: string;
}

export function servicesContext(world: World): ServicesContext {
  return world.state<ServicesContext>('services.context', () => ({
    document: 'bound-spreadsheet',
    addonMode: true,
    authorizationRequired: false,
    userLocale: 'ru',
    scriptId: `1script${world.id.toString(36).padStart(6, '0')}emulator`,
  }));
}

/** Setup API: the bound document's id (a string), a resolver, or null for "no containing document". */
export function setBoundDocument(world: World, document: string | null | (() => string | null)): void {
  servicesContext(world).document = document;
}

export function currentDocumentId(world: World): string | null {
  const d = servicesContext(world).document;
  return typeof d === 'function' ? d() : d;
}

/** The user whose data an execution touches: the execution's user, else the world's user (test setup). */
export function currentUser(world: World): string {
  return world.execution?.user ?? world.userEmail;
}

/** Setup API: flip add-on mode, authorization status, the user's locale. */
export function configureServices(
  world: World,
  options: Partial<Omit<ServicesContext, 'document' | 'scriptId'>>,
): void {
  Object.assign(servicesContext(world), options);
}

/** UTF-8 size of a string (Apps Script limits are in bytes). */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A quota that resets 24 h after the first use of its window (§3.1). */
export interface DailyWindow {
  start: number | null;
  used: number;
}

export function rollWindow(window: DailyWindow, now: number): void {
  if (window.start !== null && now >= window.start + 24 * 3600_000) {
    window.start = null;
    window.used = 0;
  }
}
