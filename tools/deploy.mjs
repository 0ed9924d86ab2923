// `npm run deploy`: lint, typecheck, test, build, then `clasp push -f` to the script named in .clasp.local.json or SCRIPT_ID.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const localProject = path.join(root, '.clasp.local.json');

function scriptProject() {
  if (process.env.SCRIPT_ID) {
    fs.writeFileSync(localProject, JSON.stringify({ scriptId: process.env.SCRIPT_ID, rootDir: 'dist' }, null, 2));
    return localProject;
  }
  if (fs.existsSync(localProject)) {
    const p = JSON.parse(fs.readFileSync(localProject, 'utf8'));
    if (p.scriptId && !/PUT-YOUR/.test(p.scriptId)) return localProject;
  }
  return null;
}

const project = scriptProject();
if (!project) {
  console.error(
    [
      'deploy: не настроен скрипт Apps Script (no Apps Script project configured).',
      '  1. npx clasp login',
      '  2. npx clasp create --type sheets --title "Наставничество" --rootDir ./dist   (or use an existing script id)',
      '  3. put its scriptId into .clasp.local.json (copy .clasp.local.example.json) or run: SCRIPT_ID=<id> npm run deploy',
    ].join('\n'),
  );
  process.exit(1);
}

const run = (cmd) => {
  console.log(`\n> ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root });
};
run('npm run lint');
run('npm run typecheck');
run('npm run build');
run('npm run test:jest');
run(`npx clasp push -f -P ${JSON.stringify(path.relative(root, project))}`);
console.log('\ndeploy: pushed. Reload the spreadsheet: Extensions → Наставничество.');
