// Wraps emulator objects so every method call is gated (AuthMode, scopes, time limit) and counted.
import type { World } from './world';

const CLASS = Symbol('gasClass');

/** Base class of every emulated Apps Script object; `gasClass` names it in call counts ("Range", "Sheet"). */
export abstract class GasObject {
  abstract readonly [CLASS]: string;
}

export function gasClassOf(obj: object): string | undefined {
  return (obj as { [CLASS]?: string })[CLASS];
}

export { CLASS as gasClass };

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** The unwrapped emulator object behind a proxy (for emulator internals that receive proxies as arguments). */
export function unwrap<T extends object>(obj: T): T {
  return (targets.get(obj) as T | undefined) ?? obj;
}

function wrapResult(world: World, value: unknown): unknown {
  if (value && typeof value === 'object') {
    if (Array.isArray(value)) {
      return value.length > 0 && value.some((v) => v instanceof GasObject)
        ? value.map((v) => wrapResult(world, v))
        : value;
    }
    if (value instanceof GasObject) return expose(world, value);
  }
  return value;
}

/** Returns the counted, gated view of an emulator object. Internal calls on the target stay uncounted. */
export function expose<T extends object>(world: World, target: T): T {
  if (targets.has(target)) return target;
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const cls = gasClassOf(target) ?? 'Object';
  const proxy = new Proxy(target, {
    get(t, prop, _receiver) {
      const value = Reflect.get(t, prop, t);
      if (typeof prop !== 'string' || typeof value !== 'function' || prop === 'constructor' || prop.startsWith('_')) {
        return value && typeof value === 'object' ? wrapResult(world, value) : value;
      }
      const name = `${cls}.${prop}`;
      return function (this: unknown, ...args: unknown[]) {
        world.beforeCall(name);
        const unwrapped = args.map((a) => (a && typeof a === 'object' ? unwrap(a as object) : a));
        return wrapResult(world, (value as (...a: unknown[]) => unknown).apply(t, unwrapped));
      };
    },
    set(t, prop, value) {
      return Reflect.set(t, prop, value, t);
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}
