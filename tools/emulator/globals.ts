// Builds the Apps Script global objects (SpreadsheetApp, ScriptApp, ...) for one world.
import type { World } from './core/world';

export type GlobalsInstaller = (world: World, globals: Record<string, unknown>) => void;

const installers: GlobalsInstaller[] = [];

/** Each service module registers how it installs its globals. */
export function registerGlobals(installer: GlobalsInstaller): void {
  installers.push(installer);
}

/** The globals an Apps Script execution sees, all bound to `world`. */
export function createGlobals(world: World): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const install of installers) install(world, globals);
  return globals;
}
