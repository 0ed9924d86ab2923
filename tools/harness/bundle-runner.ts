// Runs dist/Code.js as Apps Script does: one fresh global scope per execution, emulator globals, world clock.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createGlobals, type World } from '../emulator';
import type { AuthMode } from '../emulator';
import type { ExecutionKind } from '../emulator';
import { setHtmlFiles, wire } from '../emulator/services';
import { clockDateClass } from './clock-date';
import { readTopLevel } from './top-level';

export interface PublicFunctionInfo {
  name: string;
  kind: 'simple' | 'menu' | 'trigger' | 'rpc';
  doc: string;
  params: string[];
}

export interface BundleRunnerOptions {
  /** Folder holding Code.js and public-functions.json (default: <repo>/dist). */
  distDir?: string;
  /** Abort global code or a call that runs longer than this (real milliseconds; default 60 s). */
  timeoutMs?: number;
}

export interface RunOptions {
  authMode?: AuthMode;
  kind?: ExecutionKind;
  user?: string;
}

export interface BundleRunner {
  /** Runs a top-level function in one execution (default: FULL, kind 'script'); returns its raw result. */
  run(name: string, args?: unknown[], options?: RunOptions): unknown;
  /** One google.script.run call: wire rules on the argument and the result, FULL mode, kind 'rpc'. */
  rpc(name: string, ...args: unknown[]): unknown;
  /** Names of the top-level functions the build says are public, with their kinds. */
  readonly publicFunctions: readonly PublicFunctionInfo[];
  readonly publicNames: readonly string[];
  /** Top-level function declarations found in dist/Code.js. */
  readonly topLevelFunctions: readonly string[];
  readonly distDir: string;
}

export const defaultDistDir = path.resolve(__dirname, '../../dist');

/** Loads dist/Code.js once; each run() compiles nothing again and gets a fresh vm context over `world`. */
export function createBundleRunner(world: World, options: BundleRunnerOptions = {}): BundleRunner {
  const distDir = options.distDir ?? defaultDistDir;
  const codePath = path.join(distDir, 'Code.js');
  if (!fs.existsSync(codePath)) throw new Error(`bundle runner: ${codePath} not found; run \`npm run build\` first`);
  const code = fs.readFileSync(codePath, 'utf8');
  const script = new vm.Script(code, { filename: 'Code.js' });
  const declared = new Set(readTopLevel(code).functions);
  const listPath = path.join(distDir, 'public-functions.json');
  const publicFunctions: PublicFunctionInfo[] = fs.existsSync(listPath)
    ? JSON.parse(fs.readFileSync(listPath, 'utf8'))
    : [];
  const timeout = options.timeoutMs ?? 60_000;
  // The project's HTML files, as clasp pushes them: HtmlService.createHtmlOutputFromFile('Sidebar') finds them.
  const htmlFiles = Object.fromEntries(
    fs
      .readdirSync(distDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -'.html'.length), fs.readFileSync(path.join(distDir, f), 'utf8')]),
  );
  setHtmlFiles(world, htmlFiles);

  const freshContext = (): vm.Context => {
    const sandbox: Record<string, unknown> = { ...createGlobals(world) };
    if (!sandbox.console) sandbox.console = worldConsole(world);
    const context = vm.createContext(sandbox);
    // The context's own Date would read the host clock: replace it by one that reads the world clock.
    context.Date = clockDateClass(() => world.clock.now());
    return context;
  };

  const run = (name: string, args: unknown[] = [], opts: RunOptions = {}): unknown =>
    world.execute(
      { authMode: opts.authMode ?? 'FULL', kind: opts.kind ?? 'script', user: opts.user, functionName: name },
      () => {
        const context = freshContext();
        // Apps Script runs the whole script's global code at the start of every execution.
        script.runInContext(context, { timeout });
        const fn = (context as Record<string, unknown>)[name];
        // Only top-level function declarations are visible (§12): a var holding a function is not.
        if (typeof fn !== 'function' || !declared.has(name)) throw world.error('scriptFunctionNotFound', { name });
        context.__nastavnikCall = { fn, args };
        try {
          return new vm.Script('__nastavnikCall.fn.apply(undefined, __nastavnikCall.args)', {
            filename: `call:${name}`,
          }).runInContext(context, { timeout });
        } finally {
          delete context.__nastavnikCall;
        }
      },
    );

  const rpc = (name: string, ...args: unknown[]): unknown => {
    // Checked and copied on the way in (a Date throws here, synchronously, like the real client).
    const sent = wire.transferArguments(args);
    // Private names (ending in '_') and anything that is not a top-level declaration are not callable.
    if (!wire.isCallableName(name, declared)) throw world.error('scriptFunctionNotFound', { name });
    return wire.serializeResult(run(name, sent, { authMode: 'FULL', kind: 'rpc' }));
  };

  return {
    run,
    rpc,
    publicFunctions,
    publicNames: publicFunctions.map((f) => f.name),
    topLevelFunctions: [...declared],
    distDir,
  };
}

function worldConsole(world: World): Console {
  const write =
    (level: string) =>
    (...parts: unknown[]) =>
      world.log(level, parts.map((p) => (typeof p === 'string' ? p : safeString(p))).join(' '));
  return {
    log: write('info'),
    info: write('info'),
    warn: write('warning'),
    error: write('error'),
    debug: write('debug'),
  } as unknown as Console;
}

function safeString(v: unknown): string {
  try {
    return v instanceof Error ? (v.stack ?? v.message) : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
}
