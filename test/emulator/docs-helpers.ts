// Shared setup for the DocumentApp/Drive contract tests: a world with its globals typed as Apps Script.
import { createGlobals, World, type WorldOptions } from '../../tools/emulator';
import { setDriveEnabled } from '../../tools/emulator/drive';
import type { DriveV3 } from '../../src/google/docs/services';

export interface DocsGas {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Drive: DriveV3;
}

export function docsWorld(options: WorldOptions & { drive?: boolean } = {}) {
  const world = new World(options);
  if (options.drive === false) setDriveEnabled(world, false);
  const gas = createGlobals(world) as unknown as DocsGas & Record<string, unknown>;
  const run = <T>(fn: (g: DocsGas) => T): T => world.execute({ authMode: 'FULL', kind: 'rpc' }, () => fn(gas));
  return { world, gas, run };
}

export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}
