// Runs every test/e2e/*.e2e.ts in Chromium, prints one line per test, writes test-results/e2e-counts.json.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeBrowser, registry, resultsDir, setCurrentFile, SkipTest } from './support';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.e2e.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    setCurrentFile(file);
    await import(path.join(__dirname, file));
  }
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const started = performance.now();
  for (const t of registry) {
    const t0 = performance.now();
    try {
      await t.fn();
      counts.passed++;
      console.log(`  ✓ ${t.file} › ${t.name} (${Math.round(performance.now() - t0)} ms)`);
    } catch (e) {
      if (e instanceof SkipTest) {
        counts.skipped++;
        console.log(`  - SKIP ${t.file} › ${t.name}: ${e.message}`);
      } else {
        counts.failed++;
        console.log(
          `  ✗ ${t.file} › ${t.name}\n    ${String((e as Error)?.stack ?? e)
            .split('\n')
            .slice(0, 6)
            .join('\n    ')}`,
        );
      }
    }
  }
  await closeBrowser();
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'e2e-counts.json'), JSON.stringify(counts));
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `e2e: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${registry.length} tests in ${files.length} files, ${secs} s)`,
  );
  if (counts.skipped && process.env.CI !== 'true')
    console.log(
      'e2e: browser tests were SKIPPED: no Chromium found (set CHROME_PATH or install Debian\u2019s chromium).',
    );
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

main().catch(async (e: unknown) => {
  console.error(e);
  await closeBrowser().catch(() => undefined);
  process.exit(1);
});
