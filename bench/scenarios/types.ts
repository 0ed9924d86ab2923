// The shape every benchmark scenario returns, one result per size.
export interface BenchResult {
  scenario: string;
  /** Rows in the sheet the scenario works on (50 / 500 / 5,000). */
  size: number;
  /** Service calls by kind ("Class.method"). */
  calls?: Record<string, number>;
  totalCalls?: number;
  /** Estimated Apps Script seconds from the emulator's cost model. */
  estimatedSeconds?: number;
  /** Wall-clock milliseconds in Node. */
  nodeMs: number;
  extra?: Record<string, unknown>;
}

export interface BenchScenario {
  name: string;
  run(sizes: readonly number[]): BenchResult[] | Promise<BenchResult[]>;
}

export const BENCH_SIZES = [50, 500, 5_000] as const;
