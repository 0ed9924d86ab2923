// `npm run bench`: runs every registered scenario at 50 / 500 / 5,000 rows, prints a table, writes test-results/bench.json.
import fs from 'node:fs';
import path from 'node:path';
import { BENCH_SIZES, scenarios, type BenchResult } from './scenarios';

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** Calls grouped by class ("Range", "Sheet", ...) — the "kind" of call. */
function byKind(calls: Record<string, number> = {}): string {
  const kinds: Record<string, number> = {};
  for (const [name, n] of Object.entries(calls)) {
    const k = name.split('.')[0] ?? name;
    kinds[k] = (kinds[k] ?? 0) + n;
  }
  return Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: BenchResult[] = [];
  for (const s of scenarios) {
    if (only.length && !only.includes(s.name)) continue;
    try {
      results.push(...(await s.run(BENCH_SIZES)));
    } catch (e) {
      console.error(`bench: scenario ${s.name} failed: ${(e as Error)?.stack ?? String(e)}`);
      process.exitCode = 1;
    }
  }
  const w = Math.max(8, ...results.map((r) => r.scenario.length));
  const header = `${pad('scenario', w)} ${pad('rows', 6, true)} ${pad('calls', 7, true)} ${pad('est. s', 8, true)} ${pad('Node ms', 9, true)}  calls by kind`;
  console.log(header);
  console.log('-'.repeat(header.length + 20));
  for (const r of results) {
    console.log(
      `${pad(r.scenario, w)} ${pad(r.size.toLocaleString('en-US'), 6, true)} ${pad(String(r.totalCalls ?? '—'), 7, true)} ${pad(
        r.estimatedSeconds === undefined ? '—' : r.estimatedSeconds.toFixed(2),
        8,
        true,
      )} ${pad(r.nodeMs.toFixed(1), 9, true)}  ${byKind(r.calls)}`,
    );
  }
  const dir = path.resolve(__dirname, '../test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'bench.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
  console.log(`\nbench: ${results.length} results written to test-results/bench.json`);
}

void main();
