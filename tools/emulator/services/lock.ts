// LockService: script / user / document locks, released at the end of each execution, with simulated contention (§8.3).
//
// Concurrency model. JavaScript is single-threaded and World.execute() does not nest, so two real
// executions can never overlap inside the emulator: a lock taken by execution A is released when A
// ends (World.onExecutionEnd), and a later execution B always finds it free. Contention is therefore
// simulated with `holdLock()`: a fake "other execution" holds the lock until a clock time (or forever).
// tryLock/waitLock(timeout) then behave as a real wait would: if the holder releases within the
// timeout, the world clock advances to the release time and the lock is acquired; otherwise the clock
// advances by the whole timeout and tryLock returns false / waitLock throws the lockTimeout message.
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { currentDocumentId, currentUser } from './context';

export type LockScope = 'script' | 'user' | 'document';

interface Holder {
  /** 'execution:<id>' for a real execution, anything else for a simulated one. */
  owner: string;
  executionId: number | null;
  /** Release time on the world clock; Infinity = until released by the test. */
  untilMs: number;
}

interface LockState {
  holders: Map<string, Holder>;
  hooked: boolean;
}

function lockState(world: World): LockState {
  const state = world.state<LockState>('services.lock', () => ({ holders: new Map(), hooked: false }));
  if (!state.hooked) {
    state.hooked = true;
    // Locks are released automatically when the script ends [G ref:lock/lock#releaseLock()].
    world.onExecutionEnd((e) => {
      for (const [key, h] of state.holders) if (h.executionId === e.id) state.holders.delete(key);
    });
  }
  return state;
}

function lockKey(world: World, scope: LockScope, who?: string): string {
  if (scope === 'script') return 'script';
  if (scope === 'user') return `user:${who ?? currentUser(world)}`;
  return `document:${who ?? currentDocumentId(world) ?? ''}`;
}

/**
 * Setup API: another (simulated) execution holds the lock. `user` / `documentId` pick whose user or
 * document lock (default: the world's user, the bound document). Without untilMs/forMs it is held forever.
 */
export function holdLock(
  world: World,
  scope: LockScope,
  options: { untilMs?: number; forMs?: number; owner?: string; user?: string; documentId?: string } = {},
): void {
  const untilMs =
    options.untilMs ?? (options.forMs !== undefined ? world.clock.now() + options.forMs : Number.POSITIVE_INFINITY);
  lockState(world).holders.set(lockKey(world, scope, scope === 'user' ? options.user : options.documentId), {
    owner: options.owner ?? 'simulated',
    executionId: null,
    untilMs,
  });
}

/** Setup API: the simulated holder gives the lock back. */
export function releaseHeldLock(world: World, scope: LockScope, who?: string): void {
  lockState(world).holders.delete(lockKey(world, scope, who));
}

/** Setup API: who holds a lock now ('execution:<id>', a simulated owner, or null). */
export function lockHolder(world: World, scope: LockScope, who?: string): string | null {
  const h = lockState(world).holders.get(lockKey(world, scope, who));
  if (!h || h.untilMs <= world.clock.now()) return null;
  return h.owner;
}

export class LockServiceImpl extends GasObject {
  readonly [gasClass] = 'LockService';
  constructor(private readonly world: World) {
    super();
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this.world, lockKey(this.world, 'script'));
  }
  getUserLock(): LockImpl {
    return new LockImpl(this.world, lockKey(this.world, 'user'));
  }
  /** null outside a containing document [G ref:lock/lock-service#getDocumentLock()]. */
  getDocumentLock(): LockImpl | null {
    return currentDocumentId(this.world) === null ? null : new LockImpl(this.world, lockKey(this.world, 'document'));
  }
}

export class LockImpl extends GasObject {
  readonly [gasClass] = 'Lock';
  constructor(
    private readonly world: World,
    private readonly key: string,
  ) {
    super();
  }

  private me(): string {
    return `execution:${this.world.execution?.id ?? 0}`;
  }

  private acquire(timeoutInMillis: number): boolean {
    const state = lockState(this.world);
    const now = this.world.clock.now();
    const h = state.holders.get(this.key);
    const take = (): true => {
      state.holders.set(this.key, {
        owner: this.me(),
        executionId: this.world.execution?.id ?? null,
        untilMs: Infinity,
      });
      return true;
    };
    if (!h || h.untilMs <= now) return take();
    // Same execution already holds this lock (another Lock object of the same scope): re-entrant [U, §15].
    if (h.owner === this.me()) return true;
    const timeout = Math.max(0, Number(timeoutInMillis) || 0);
    if (h.untilMs <= now + timeout) {
      this.world.clock.set(h.untilMs);
      return take();
    }
    this.world.clock.advance(timeout);
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw this.world.error('lockTimeout');
  }
  hasLock(): boolean {
    const h = lockState(this.world).holders.get(this.key);
    return !!h && h.owner === this.me() && h.untilMs > this.world.clock.now();
  }
  releaseLock(): void {
    const state = lockState(this.world);
    if (state.holders.get(this.key)?.owner === this.me()) state.holders.delete(this.key);
  }
}
