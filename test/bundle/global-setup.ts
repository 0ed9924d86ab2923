// Jest global setup: builds dist/ once when it is missing, so bundle tests can run straight after a clone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '../..');
  const needed = ['Code.js', 'Sidebar.html', 'public-functions.json'];
  if (needed.every((f) => fs.existsSync(path.join(root, 'dist', f)))) return;
  execFileSync(process.execPath, [path.join(root, 'tools/build.mjs')], { cwd: root, stdio: 'inherit' });
}
