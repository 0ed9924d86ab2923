// PropertiesService: script / user / document string stores with the 9 KB / 500 KB limits and daily r/w quota (§8.1, §3.1).
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { byteLength, currentDocumentId, currentUser, rollWindow, type DailyWindow } from './context';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

interface PropertiesState {
  script: Map<string, string>;
  users: Map<string, Map<string, string>>;
  documents: Map<string, Map<string, string>>;
  /** Reads + writes per user in the current 24 h window. */
  ops: Map<string, DailyWindow>;
}

export function propertiesState(world: World): PropertiesState {
  return world.state<PropertiesState>('services.properties', () => ({
    script: new Map(),
    users: new Map(),
    documents: new Map(),
    ops: new Map(),
  }));
}

function storeIn<K>(map: Map<K, Map<string, string>>, key: K): Map<string, string> {
  let store = map.get(key);
  if (!store) map.set(key, (store = new Map()));
  return store;
}

/** Setup API: the raw store (a live Map) for tests and the playground. */
export function propertyStore(world: World, kind: 'script' | 'user' | 'document', owner?: string): Map<string, string> {
  const state = propertiesState(world);
  if (kind === 'script') return state.script;
  if (kind === 'user') return storeIn(state.users, owner ?? world.userEmail);
  return storeIn(state.documents, owner ?? currentDocumentId(world) ?? '');
}

/** Properties read/write operations used today by a user (daily quota 50,000 / 500,000). */
export function propertiesOpsUsed(world: World, user = world.userEmail): number {
  const w = propertiesState(world).ops.get(user);
  if (!w) return 0;
  rollWindow(w, world.clock.now());
  return w.used;
}

export class PropertiesServiceImpl extends GasObject {
  readonly [gasClass] = 'PropertiesService';
  constructor(private readonly world: World) {
    super();
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this.world, propertiesState(this.world).script);
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this.world, storeIn(propertiesState(this.world).users, currentUser(this.world)));
  }
  /** null when there is no containing document (add-on outside a document, standalone script). */
  getDocumentProperties(): PropertiesImpl | null {
    const id = currentDocumentId(this.world);
    return id === null ? null : new PropertiesImpl(this.world, storeIn(propertiesState(this.world).documents, id));
  }
}

function storeSize(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += byteLength(k) + byteLength(v);
  return n;
}

export class PropertiesImpl extends GasObject {
  readonly [gasClass] = 'Properties';
  constructor(
    private readonly world: World,
    private readonly store: Map<string, string>,
  ) {
    super();
  }

  private count(): void {
    const user = currentUser(this.world);
    const state = propertiesState(this.world);
    let w = state.ops.get(user);
    if (!w) state.ops.set(user, (w = { start: null, used: 0 }));
    const now = this.world.clock.now();
    rollWindow(w, now);
    const limit = this.world.accountType === 'workspace' ? 500_000 : 50_000;
    if (w.used >= limit) throw this.world.error('propertiesDailyQuota');
    if (w.start === null) w.start = now;
    w.used++;
  }

  /** Applies `entries` (after `clear`) only if every value and the whole store stay within the limits. */
  private write(entries: Array<[string, string]>, clear: boolean): void {
    const next = clear ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of entries) {
      if (byteLength(v) > PROPERTY_VALUE_LIMIT) throw this.world.error('propertyQuota');
      next.set(k, v);
    }
    if (storeSize(next) > PROPERTY_STORE_LIMIT) throw this.world.error('propertyQuota');
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    this.count();
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    this.count();
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    this.count();
    return [...this.store.keys()];
  }
  setProperty(key: string, value: string): this {
    this.count();
    this.write([[String(key), String(value)]], false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    this.count();
    this.write(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers,
    );
    return this;
  }
  deleteProperty(key: string): this {
    this.count();
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.count();
    this.store.clear();
    return this;
  }
}
