// google.script.run wire rules (apps-script-facts §2): argument checks, what a return value becomes, callable names, 10 in flight.

/** Thrown synchronously on the client, before sending; never routed to the failure handler (§2) [R*]. */
export class WireError extends TypeError {}

function illegal(key: string): never {
  throw new WireError(`Failed due to illegal value in property: ${key}`);
}

function isDomLike(v: object): boolean {
  const n = v as { nodeType?: unknown; tagName?: unknown };
  return typeof n.nodeType === 'number' || (typeof n.tagName === 'string' && 'ownerDocument' in v);
}

function isFormElement(v: unknown): boolean {
  return (
    !!v &&
    typeof v === 'object' &&
    isDomLike(v) &&
    String((v as { tagName?: unknown }).tagName).toUpperCase() === 'FORM'
  );
}

/** Plain object or array (no prototype methods): the only composite shapes the wire accepts. */
function hasPrototypeMethods(v: object): boolean {
  let proto = Object.getPrototypeOf(v) as object | null;
  while (proto && proto !== Object.prototype && proto !== Array.prototype) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (desc && (typeof desc.value === 'function' || desc.get || desc.set)) return true;
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

function checkValue(value: unknown, key: string, stack: Set<object>): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'boolean' || t === 'number') return; // NaN/Infinity travel as null [U]
  if (t === 'function' || t === 'symbol' || t === 'bigint') illegal(key);
  const obj = value as object;
  if (obj instanceof Date || isDomLike(obj) || hasPrototypeMethods(obj)) illegal(key);
  if (stack.has(obj)) throw new WireError('Failed due to circular reference.');
  stack.add(obj);
  if (Array.isArray(obj)) obj.forEach((v, i) => checkValue(v, String(i), stack));
  else for (const [k, v] of Object.entries(obj)) checkValue(v, k, stack);
  stack.delete(obj);
}

/**
 * Client-side check of google.script.run arguments [G html-comm]: Date, functions, DOM elements other
 * than a form as the sole argument, objects with prototype methods (class instances, Map, Set, RegExp…)
 * and circular references are refused, also when nested. The key is the innermost property name or
 * array index, or the 0-based argument index at the top level.
 */
export function checkArguments(args: readonly unknown[]): void {
  if (args.length === 1 && isFormElement(args[0])) return;
  args.forEach((arg, i) => checkValue(arg, String(i), new Set()));
}

function copyArgument(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : copyArgument(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = copyArgument(v);
  return out;
}

/** What the server function receives: checked, then deep-copied (undefined array entries → null; §2). */
export function transferArguments(args: readonly unknown[]): unknown[] {
  checkArguments(args);
  return args.map((a) => (a === undefined ? null : copyArgument(a)));
}

class DropWhole extends Error {}

function copyResult(value: unknown, stack: Set<object>): unknown {
  if (value === undefined || value === null) return value === undefined ? undefined : null;
  const t = typeof value;
  if (t === 'number') return Number.isFinite(value) ? value : null;
  if (t === 'string' || t === 'boolean') return value;
  // A Date anywhere makes the whole value arrive as null [R digita-l-ocal.tech/?p=523; tanaikech 2023-08-28];
  // functions and symbols are treated the same way [U].
  if (t === 'function' || t === 'symbol' || t === 'bigint' || value instanceof Date) throw new DropWhole();
  const obj = value as object;
  if (stack.has(obj)) throw new DropWhole(); // a circular return value cannot be serialized [U]
  stack.add(obj);
  let out: unknown;
  // The copy belongs to the client's realm: a plain array, even when the script's array came from another realm.
  if (Array.isArray(obj)) out = Array.from(obj, (v) => (v === undefined ? null : copyResult(v, stack)));
  else {
    // Class instances and service objects: own enumerable data only ({} for a Spreadsheet, [R enuchi #84]).
    const rec: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      rec[k] = copyResult(v, stack);
    }
    out = rec;
  }
  stack.delete(obj);
  return out;
}

/**
 * What the success handler receives for a server return value: a deep copy; a Date anywhere → null for
 * the whole value; undefined array entries → null; undefined object properties dropped; class instances
 * → their own enumerable data as a plain object; non-finite numbers → null [U].
 */
export function serializeResult(value: unknown): unknown {
  try {
    const out = copyResult(value, new Set());
    return out === undefined ? null : out;
  } catch (e) {
    if (e instanceof DropWhole) return null;
    throw e;
  }
}

/** Names ending in "_" are private and never callable; only known top-level functions are (§2, §12). */
export function isCallableName(name: string, publicNames: Iterable<string>): boolean {
  if (typeof name !== 'string' || name === '' || name.endsWith('_')) return false;
  for (const n of publicNames) if (n === name) return true;
  return false;
}

/** At most 10 google.script.run calls in flight; the 11th waits for a free slot [G html-comm]. */
export class RunQueue {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  /** Highest number of calls that were in flight at once. */
  maxObserved = 0;
  constructor(readonly limit = 10) {}

  get active(): number {
    return this.inFlight;
  }
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T> | T): Promise<T> {
    // A finishing call hands its slot straight to the first waiter, so the limit holds at every instant.
    if (this.inFlight >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inFlight++;
    this.maxObserved = Math.max(this.maxObserved, this.inFlight);
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.inFlight--;
    }
  }
}
