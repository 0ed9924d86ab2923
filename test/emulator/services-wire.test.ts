// Contract tests: google.script.run wire rules (apps-script-facts §2, §14.3).
import { wire } from '../../tools/emulator/services';

const ILLEGAL = (key: string) => `Failed due to illegal value in property: ${key}`;

describe('google.script.run arguments (§2)', () => {
  // [G html-comm]: Number, Boolean, String, null and objects/arrays of them are legal
  test('primitives, null and plain objects/arrays pass', () => {
    expect(() => wire.checkArguments([1, 'a', true, null, { a: [1, { b: 'c' }] }, [null]])).not.toThrow();
  });

  // [G html-comm] Date is illegal; key = 0-based argument index at top level [R* §2; Zenn article]
  test('a Date argument throws TypeError synchronously with the argument index as key', () => {
    expect(() => wire.checkArguments(['x', new Date()])).toThrow(new TypeError(ILLEGAL('1')));
    expect(() => wire.checkArguments(['x', new Date()])).toThrow(TypeError);
  });

  // [G html-comm] "including prohibited types inside objects or arrays"; key = innermost property name / index
  test('nested Date, function and DOM element are refused with the innermost key', () => {
    expect(() => wire.checkArguments([{ meeting: { when: new Date() } }])).toThrow(ILLEGAL('when'));
    expect(() => wire.checkArguments([{ list: [1, () => 2] }])).toThrow(ILLEGAL('1'));
    expect(() => wire.checkArguments(['a', () => 1])).toThrow(ILLEGAL('1'));
    expect(() => wire.checkArguments([{ el: { nodeType: 1, tagName: 'DIV', ownerDocument: {} } }])).toThrow(
      ILLEGAL('el'),
    );
  });

  // [G html-comm]: a form element is legal only as the sole parameter
  test('a form element passes only as the sole argument', () => {
    const form = { nodeType: 1, tagName: 'FORM', ownerDocument: {} };
    expect(() => wire.checkArguments([form])).not.toThrow();
    expect(() => wire.checkArguments([form, 1])).toThrow(ILLEGAL('0'));
  });

  // §2 / §14.3: class instances with prototype methods are refused [U]; Map/Set likewise ("other prohibited types")
  test('class instances with methods, Map and Set are refused; data-only class instances pass', () => {
    class WithMethod {
      x = 1;
      m() {
        return this.x;
      }
    }
    class DataOnly {
      x = 1;
    }
    expect(() => wire.checkArguments([{ v: new WithMethod() }])).toThrow(ILLEGAL('v'));
    expect(() => wire.checkArguments([new Map()])).toThrow(ILLEGAL('0'));
    expect(() => wire.checkArguments([new Set()])).toThrow(ILLEGAL('0'));
    expect(() => wire.checkArguments([new DataOnly()])).not.toThrow();
  });

  // [G html-comm] "Objects that create circular references will also fail"; text from Google's client bundle [R*]
  test('circular references throw "Failed due to circular reference."', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = { back: a };
    expect(() => wire.checkArguments([a])).toThrow(new TypeError('Failed due to circular reference.'));
    const shared = { s: 1 };
    expect(() => wire.checkArguments([{ p: shared, q: shared }])).not.toThrow(); // shared, not circular
  });

  // [G html-comm]: undefined fields within arrays become null; objects are copies
  test('transferArguments copies: undefined in arrays → null, server changes do not reach the client', () => {
    const arg = { list: [1, undefined, 3], gone: undefined };
    const [copy] = wire.transferArguments([arg]) as [{ list: unknown[] }];
    expect(copy).toEqual({ list: [1, null, 3] });
    copy.list.push(4);
    expect(arg.list).toHaveLength(3);
  });
});

describe('google.script.run return values (§2)', () => {
  // A Date anywhere makes the whole return value null [R digita-l-ocal.tech/?p=523; tanaikech 2023-08-28]
  test('a return value containing a Date anywhere arrives as null', () => {
    expect(
      wire.serializeResult([
        [1, 'a'],
        [new Date(), 'b'],
      ]),
    ).toBeNull();
    expect(wire.serializeResult({ deep: { d: new Date() } })).toBeNull();
    expect(wire.serializeResult(new Date())).toBeNull();
  });

  test('undefined array entries → null, undefined properties dropped, deep copy, undefined result → null', () => {
    const original = { a: [1, undefined], b: undefined, c: { d: 'x' } };
    const out = wire.serializeResult(original) as { c: { d: string } };
    expect(out).toEqual({ a: [1, null], c: { d: 'x' } });
    expect(Object.prototype.hasOwnProperty.call(out, 'b')).toBe(false);
    expect(out.c).not.toBe(original.c);
    expect(wire.serializeResult(undefined)).toBeNull();
  });

  // Service objects arrive as {} [R enuchi/React-Google-Apps-Script #84]; class instances → own enumerable data [U]
  test('class instances become plain objects of their own enumerable data', () => {
    class Person {
      constructor(public name: string) {}
      greet() {
        return this.name;
      }
    }
    const out = wire.serializeResult({ p: new Person('Anna') }) as { p: object };
    expect(out).toEqual({ p: { name: 'Anna' } });
    expect(Object.getPrototypeOf(out.p)).toBe(Object.prototype);
  });
});

describe('callable names and concurrency (§2)', () => {
  // [G html-comm]: names ending in "_" are private; only top-level functions are visible (§12)
  test('isCallableName refuses "_"-suffixed and unknown names', () => {
    const names = ['getState', 'saveMentor', 'helper_'];
    expect(wire.isCallableName('getState', names)).toBe(true);
    expect(wire.isCallableName('helper_', names)).toBe(false);
    expect(wire.isCallableName('eval', names)).toBe(false);
    expect(wire.isCallableName('', names)).toBe(false);
  });

  // [G html-comm]: 10 concurrent calls; an 11th waits until one finishes
  test('RunQueue keeps at most 10 calls in flight; the 11th starts when one finishes', async () => {
    const queue = new wire.RunQueue();
    const releases: Array<() => void> = [];
    const started: number[] = [];
    const calls = Array.from({ length: 11 }, (_, i) =>
      queue.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(i);
            releases.push(() => resolve(i));
          }),
      ),
    );
    await Promise.resolve();
    expect(started).toHaveLength(10);
    expect(queue.queued).toBe(1);
    releases[0]!();
    await calls[0];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    releases.slice(1).forEach((r) => r());
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(queue.maxObserved).toBe(10);
  });
});
