// CacheService: script / user / document caches with expiry on the world clock and the documented limits (§8.2).
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { byteLength, currentDocumentId, currentUser } from './context';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_SECONDS = 21_600;
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_KEEP_ITEMS = 900;

interface Entry {
  value: string;
  expiresAt: number;
}
type Store = Map<string, Entry>;

interface CacheState {
  script: Store;
  users: Map<string, Store>;
  documents: Map<string, Store>;
}

function cacheState(world: World): CacheState {
  return world.state<CacheState>('services.cache', () => ({
    script: new Map(),
    users: new Map(),
    documents: new Map(),
  }));
}

function storeIn(map: Map<string, Store>, key: string): Store {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Map()));
  return s;
}

/** Setup API: drop every cache entry (the reference says entries may vanish at any time). */
export function evictAllCaches(world: World): void {
  const s = cacheState(world);
  s.script.clear();
  s.users.clear();
  s.documents.clear();
}

export class CacheServiceImpl extends GasObject {
  readonly [gasClass] = 'CacheService';
  constructor(private readonly world: World) {
    super();
  }
  getScriptCache(): CacheImpl {
    return new CacheImpl(this.world, cacheState(this.world).script);
  }
  getUserCache(): CacheImpl {
    return new CacheImpl(this.world, storeIn(cacheState(this.world).users, currentUser(this.world)));
  }
  getDocumentCache(): CacheImpl | null {
    const id = currentDocumentId(this.world);
    return id === null ? null : new CacheImpl(this.world, storeIn(cacheState(this.world).documents, id));
  }
}

export class CacheImpl extends GasObject {
  readonly [gasClass] = 'Cache';
  constructor(
    private readonly world: World,
    private readonly store: Store,
  ) {
    super();
  }

  private live(key: string): Entry | undefined {
    const e = this.store.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.world.clock.now()) {
      this.store.delete(key);
      return undefined;
    }
    return e;
  }

  private checkKey(key: string): string {
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) throw this.world.error('argumentTooLarge', { name: 'key' });
    return k;
  }

  private insert(key: string, value: string, seconds: number): void {
    if (byteLength(value) > CACHE_VALUE_LIMIT) throw this.world.error('argumentTooLarge', { name: 'value' });
    // Expiry is capped at 6 h [G ref:cache/cache#put(String,String,Integer): "The maximum time ... is 21600 seconds"].
    const s = Math.min(Math.max(Number(seconds), 1), CACHE_MAX_SECONDS);
    this.store.delete(key);
    this.store.set(key, { value, expiresAt: this.world.clock.now() + s * 1000 });
  }

  /** Over 1,000 items the cache keeps the 900 farthest from expiry [G ref:cache/cache]. */
  private trim(): void {
    const now = this.world.clock.now();
    for (const [k, e] of this.store) if (e.expiresAt <= now) this.store.delete(k);
    if (this.store.size <= CACHE_MAX_ITEMS) return;
    const keep = [...this.store.entries()].sort((a, b) => b[1].expiresAt - a[1].expiresAt).slice(0, CACHE_KEEP_ITEMS);
    this.store.clear();
    for (const [k, e] of keep) this.store.set(k, e);
  }

  get(key: string): string | null {
    return this.live(this.checkKey(key))?.value ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const e = this.live(this.checkKey(key));
      if (e) out[String(key)] = e.value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this.insert(this.checkKey(key), String(value), expirationInSeconds);
    this.trim();
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.insert(this.checkKey(k), String(v), expirationInSeconds);
    this.trim();
  }
  remove(key: string): void {
    this.store.delete(this.checkKey(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(this.checkKey(key));
  }
}
