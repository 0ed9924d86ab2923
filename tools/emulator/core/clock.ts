// The emulator's controllable clock: every service reads "now" from here, never from Date.now().
export class Clock {
  private ms: number;
  constructor(start: Date | string | number = '2026-09-01T08:00:00+03:00') {
    this.ms = new Date(start).getTime();
    if (Number.isNaN(this.ms)) throw new Error(`emulator: bad clock start ${String(start)}`);
  }
  now(): number {
    return this.ms;
  }
  date(): Date {
    return new Date(this.ms);
  }
  set(to: Date | string | number): void {
    const ms = new Date(to).getTime();
    if (Number.isNaN(ms)) throw new Error(`emulator: bad clock value ${String(to)}`);
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}
