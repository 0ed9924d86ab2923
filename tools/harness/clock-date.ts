// A Date class for vm contexts whose no-argument constructor, Date() and Date.now() read an emulated clock.

/**
 * Returns a subclass of the host Date. `instanceof` accepts every host Date too, so Dates that emulated
 * services return (getValues of date cells) pass the bundle's `x instanceof Date` checks.
 */
export function clockDateClass(now: () => number): DateConstructor {
  const HostDate = Date;
  class ClockDate extends HostDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now();
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return Object.prototype.toString.call(value) === '[object Date]';
    }
  }
  // Calling Date() without `new` returns the current time as a string; a class cannot be called, so wrap it.
  const callable = new Proxy(ClockDate, {
    apply: () => new HostDate(now()).toString(),
  });
  return callable as unknown as DateConstructor;
}
