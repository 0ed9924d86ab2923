// `npm test`: typecheck, lint, build, jest and the browser tests, every step run even when an earlier one fails,
// then one summary (test-results/summary.json) counting each test, with typecheck and lint as one test each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
for (const f of ['jest-counts.json', 'e2e-counts.json', 'summary.json'])
  fs.rmSync(path.join(results, f), { force: true });

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) => {
  console.log(`\n[test] npm run ${script}`);
  return spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' }).status ?? 1;
};

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const single = (name, rc) => {
  if (rc === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
};

single('typecheck', run('typecheck'));
single('lint', run('lint'));
const buildRc = run('build');
if (buildRc !== 0) single('build', buildRc);

for (const [name, script, file] of [
  ['jest', 'test:jest', 'jest-counts.json'],
  ['e2e', 'test:e2e', 'e2e-counts.json'],
]) {
  const rc = buildRc === 0 || name === 'jest' ? run(script) : 1;
  const countsFile = path.join(results, file);
  if (!fs.existsSync(countsFile)) {
    single(`${name} (runner wrote no counts, exit ${rc})`, 1);
    continue;
  }
  const c = JSON.parse(fs.readFileSync(countsFile, 'utf8'));
  passed += c.passed | 0;
  failed += c.failed | 0;
  skipped += c.skipped | 0;
  if (c.failed) failures.push(`${name}: ${c.failed} failed`);
  if (rc !== 0 && !c.failed) single(`${name} (exit ${rc} with no failed test)`, 1);
}

const summary = { passed, failed, skipped, failures };
fs.writeFileSync(path.join(results, 'summary.json'), JSON.stringify(summary, null, 2));
console.log(
  `\n[test] ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${failures.length ? ` (${failures.join('; ')})` : ''}`,
);
process.exit(failed === 0 ? 0 : 1);
