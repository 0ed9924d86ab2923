// Shared setup for the services contract tests: a world, its globals typed as Apps Script, and a FULL execution helper.
import { createGlobals, World, type WorldOptions } from '../../tools/emulator';

export interface Gas {
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export function setup(options: WorldOptions = {}): {
  world: World;
  gas: Gas;
  run: <T>(fn: (gas: Gas) => T, user?: string) => T;
} {
  const world = new World(options);
  const gas = createGlobals(world) as unknown as Gas;
  const run = <T>(fn: (g: Gas) => T, user?: string): T =>
    world.execute({ authMode: 'FULL', kind: 'rpc', user }, () => fn(gas));
  return { world, gas, run };
}

/** The error an Apps Script call throws, for message assertions. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}

export const LOCALES = ['en', 'ru'] as const;
