// Counts every service call by "Class.method" and prices it with the cost model.
import { costOf } from './cost-model';

export interface CallRecord {
  name: string;
  at: number;
  execution: number;
}

export class CallLog {
  private counts = new Map<string, number>();
  private recent: CallRecord[] = [];
  total = 0;
  constructor(private readonly keepRecent = 500) {}

  record(name: string, at: number, execution: number): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.total++;
    this.recent.push({ name, at, execution });
    if (this.recent.length > this.keepRecent) this.recent.splice(0, this.recent.length - this.keepRecent);
  }

  /** Counts by "Class.method", sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Counts grouped by the service/class prefix ("Range", "Sheet", ...). */
  byClass(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, n] of this.counts) {
      const cls = name.split('.')[0] ?? name;
      out[cls] = (out[cls] ?? 0) + n;
    }
    return out;
  }

  count(pattern?: string | RegExp): number {
    if (pattern === undefined) return this.total;
    let n = 0;
    for (const [name, c] of this.counts) {
      if (typeof pattern === 'string' ? name === pattern || name.startsWith(pattern + '.') : pattern.test(name)) n += c;
    }
    return n;
  }

  estimatedSeconds(): number {
    let ms = 0;
    for (const [name, n] of this.counts) ms += costOf(name) * n;
    return ms / 1000;
  }

  recentCalls(): readonly CallRecord[] {
    return this.recent;
  }

  reset(): void {
    this.counts.clear();
    this.recent = [];
    this.total = 0;
  }
}
