#!/usr/bin/env node
// `npm start`: build the kit if it is missing or older than its sources, then run the server on the
// embedded database with demo data (created, migrated and filled on first start; kept under .data/).
// `npm run reset` (this script with --reset) deletes .data/ first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = join(dir, name);
    const s = statSync(full);
    t = Math.max(t, s.isDirectory() ? newest(full) : s.mtimeMs);
  }
  return t;
}

if (process.argv.includes('--reset')) {
  rmSync(join(root, '.data'), { recursive: true, force: true });
  console.log('Removed .data/: the embedded database starts afresh with demo data.');
}

const loader = join(root, 'packages/embed/dist/waymark.js');
const sources = Math.max(...readdirSync(join(root, 'packages')).map((p) => newest(join(root, 'packages', p, 'src'))));
if (!existsSync(loader) || statSync(loader).mtimeMs < sources) {
  console.log('Building the kit (packages/embed)…');
  const r = spawnSync('npm', ['run', 'build', '--workspace', '@waymark/embed'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', 'serve', '--demo'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
