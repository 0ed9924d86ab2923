// Logger (log with %s formatting, getLog, clear) and the console object, both writing into world.logs.
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { formatString } from './format-string';

interface LoggerState {
  lines: string[];
}

function loggerState(world: World): LoggerState {
  return world.state<LoggerState>('services.logger', () => ({ lines: [] }));
}

/** How Logger/console print a non-string value (V8 runtime: JSON-like; exact Java-style output not modelled [U]). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export class LoggerImpl extends GasObject {
  readonly [gasClass] = 'Logger';
  constructor(private readonly world: World) {
    super();
  }
  /** log(data) or log(format, ...values) with %s-style placeholders [G ref:base/logger#log(String,Object...)]. */
  log(data: unknown, ...values: unknown[]): this {
    const text = values.length > 0 && typeof data === 'string' ? formatString(data, ...values) : describe(data);
    loggerState(this.world).lines.push(text);
    this.world.log('info', text);
    return this;
  }
  getLog(): string {
    return loggerState(this.world)
      .lines.map((l) => l + '\n')
      .join('');
  }
  clear(): void {
    loggerState(this.world).lines = [];
  }
}

/** The console global: each call is one line in world.logs with its level (Cloud Logging in Apps Script). */
export class ConsoleImpl extends GasObject {
  readonly [gasClass] = 'console';
  private timers = new Map<string, number>();
  constructor(private readonly world: World) {
    super();
  }
  private write(level: string, args: unknown[]): void {
    const [first, ...rest] = args;
    const text =
      typeof first === 'string' && /%[sdifoOj]/.test(first)
        ? formatString(first.replace(/%[oOj]/g, '%s'), ...rest.map((v) => (typeof v === 'object' ? describe(v) : v)))
        : args.map(describe).join(' ');
    this.world.log(level, text);
  }
  log(...args: unknown[]): void {
    this.write('info', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  time(label = 'default'): void {
    this.timers.set(label, this.world.clock.now());
  }
  timeEnd(label = 'default'): void {
    const start = this.timers.get(label);
    if (start === undefined) return;
    this.timers.delete(label);
    this.world.log('info', `${label}: ${this.world.clock.now() - start}ms`);
  }
}
