#!/usr/bin/env node
// `npm start`: build the kit if it is missing or older than its sources, then run the server on the
// embedded database with demo data (created, migrated and filled on first start; kept under .data/).
// `npm run reset` (this script with --reset) deletes .data/ first.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureKit } from './ensure-kit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

if (process.argv.includes('--reset')) {
  rmSync(join(root, '.data'), { recursive: true, force: true });
  console.log('Removed .data/: the embedded database starts afresh with demo data.');
}

try {
  ensureKit();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', 'serve', '--demo'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
