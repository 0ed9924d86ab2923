// One isolated Apps Script world: clock, users, executions, call counts, service state, faults.
import { CallLog } from './calls';
import { Clock } from './clock';
import { costOf } from './cost-model';
import { GasError, message, type Locale } from './errors';
import { allowedIn, requiredScopes, type AuthMode } from './scopes';

export interface WorldOptions {
  /** Start of the simulated clock. */
  now?: Date | string | number;
  /** Language of service error messages (§13): tests run under both. */
  locale?: Locale;
  /** The user running executions. */
  userEmail?: string;
  /** Manifest `timeZone` (Session.getScriptTimeZone). */
  scriptTimeZone?: string;
  /** Manifest `oauthScopes`; undefined = every scope granted. */
  oauthScopes?: string[];
  /** Quotas differ for consumer (gmail.com) and Workspace accounts (§3.1). */
  accountType?: 'consumer' | 'workspace';
  /** Runtime limit per execution, in estimated Apps Script ms (6 min; 30 s for simple triggers). */
  executionLimitMs?: number;
}

export type ExecutionKind = 'simple' | 'menu' | 'rpc' | 'trigger' | 'script';

export interface Execution {
  id: number;
  authMode: AuthMode;
  kind: ExecutionKind;
  user: string;
  startedAt: number;
  /** Estimated Apps Script milliseconds spent so far (sum of call costs). */
  estimatedMs: number;
  limitMs: number;
  functionName?: string;
}

export interface Faults {
  /** Throw "Exceeded maximum execution time" at the call after this many calls in the current execution. */
  timeLimitAfterCalls?: number;
  /** Per-method one-shot or permanent failure injection: "Class.method" → error text. */
  failNext?: Map<string, string>;
  /**
   * Per-method failure on every call until removed, optionally only in the executions of one user (a trigger whose
   * owner lost access to the document): "Class.method" → error text and user.
   */
  failAlways?: Map<string, { message: string; user?: string }>;
}

let worldCounter = 0;

export class World {
  readonly id = ++worldCounter;
  readonly clock: Clock;
  readonly calls = new CallLog();
  locale: Locale;
  userEmail: string;
  readonly scriptTimeZone: string;
  oauthScopes: string[] | undefined;
  readonly accountType: 'consumer' | 'workspace';
  readonly executionLimitMs: number;
  readonly faults: Faults = { failNext: new Map() };
  /** The execution in progress, or null between executions (test setup code runs ungated and uncounted). */
  execution: Execution | null = null;
  private executionSeq = 0;
  private callsInExecution = 0;
  private readonly slots = new Map<string, unknown>();
  private readonly endHooks: Array<(e: Execution) => void> = [];
  /** Log lines written by Logger/console during executions. */
  readonly logs: Array<{ at: number; level: string; text: string; execution: number }> = [];
  private idSeq = 0;

  constructor(options: WorldOptions = {}) {
    this.clock = new Clock(options.now);
    this.locale = options.locale ?? 'en';
    this.userEmail = options.userEmail ?? 'curator@school.example';
    this.scriptTimeZone = options.scriptTimeZone ?? 'Europe/Moscow';
    this.oauthScopes = options.oauthScopes;
    this.accountType = options.accountType ?? 'consumer';
    this.executionLimitMs = options.executionLimitMs ?? 6 * 60 * 1000;
  }

  /** Per-service state, created on first use: services keep their data here so worlds stay isolated. */
  state<T>(key: string, init: () => T): T {
    if (!this.slots.has(key)) this.slots.set(key, init());
    return this.slots.get(key) as T;
  }

  /** Deterministic ids (Drive-like) so runs are reproducible. */
  newId(prefix = ''): string {
    this.idSeq++;
    const base = (this.id * 1_000_003 + this.idSeq * 7919).toString(36).padStart(8, '0');
    return `${prefix}${base}${'x'.repeat(Math.max(0, 20 - base.length - prefix.length))}${this.idSeq}`;
  }

  error(key: string, params: Record<string, string | number> = {}): GasError {
    return new GasError(key, message(this.locale, key, params));
  }

  onExecutionEnd(hook: (e: Execution) => void): void {
    this.endHooks.push(hook);
  }

  /** Runs `fn` as one Apps Script execution: gates and counts its calls, releases its locks at the end. */
  execute<T>(
    options: { authMode?: AuthMode; kind?: ExecutionKind; user?: string; functionName?: string },
    fn: () => T,
  ): T {
    if (this.execution) throw new Error('emulator: executions do not nest; each one is a separate server run');
    const kind = options.kind ?? 'script';
    this.execution = {
      id: ++this.executionSeq,
      authMode: options.authMode ?? 'FULL',
      kind,
      user: options.user ?? this.userEmail,
      startedAt: this.clock.now(),
      estimatedMs: 0,
      limitMs: kind === 'simple' ? 30_000 : this.executionLimitMs,
      functionName: options.functionName,
    };
    this.callsInExecution = 0;
    const execution = this.execution;
    try {
      return fn();
    } finally {
      for (const hook of this.endHooks) hook(execution);
      this.execution = null;
    }
  }

  /** Called by every exposed method before it runs. */
  beforeCall(name: string): void {
    const e = this.execution;
    if (!e) return; // test setup outside executions: neither gated nor counted
    if (!allowedIn(e.authMode, name)) throw this.error('authModeNone', { method: name, mode: e.authMode });
    if (this.oauthScopes) {
      const needed = requiredScopes(name);
      if (needed && !needed.some((s) => this.oauthScopes!.includes(s))) {
        throw this.error('permission', { method: name, scope: needed[0]! });
      }
    }
    this.callsInExecution++;
    const limitCalls = this.faults.timeLimitAfterCalls;
    if (limitCalls !== undefined && this.callsInExecution > limitCalls) throw this.error('exceededMaxExecutionTime');
    e.estimatedMs += costOf(name);
    if (e.estimatedMs > e.limitMs) throw this.error('exceededMaxExecutionTime');
    const injected = this.faults.failNext?.get(name);
    if (injected !== undefined) {
      this.faults.failNext!.delete(name);
      throw new GasError('injected', injected);
    }
    const always = this.faults.failAlways?.get(name);
    if (always && (always.user === undefined || always.user === e.user)) throw new GasError('injected', always.message);
    this.calls.record(name, this.clock.now(), e.id);
  }

  log(level: string, text: string): void {
    this.logs.push({ at: this.clock.now(), level, text, execution: this.execution?.id ?? 0 });
  }
}
