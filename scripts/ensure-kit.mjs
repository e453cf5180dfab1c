// Builds the kit (packages/embed/dist) when it is missing or older than any package source, so that
// `npm start` and the end-to-end tests always serve what the sources say.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = join(dir, name);
    const s = statSync(full);
    t = Math.max(t, s.isDirectory() ? newest(full) : s.mtimeMs);
  }
  return t;
}

export function ensureKit({ quiet = false } = {}) {
  const loader = join(root, 'packages/embed/dist/waymark.js');
  const packages = join(root, 'packages');
  const sources = Math.max(...readdirSync(packages).map((p) => Math.max(newest(join(packages, p, 'src')), newest(join(packages, p, 'vite.config.ts')))));
  if (existsSync(loader) && statSync(loader).mtimeMs >= sources) return;
  if (!quiet) console.log('Building the kit (packages/embed)…');
  const r = spawnSync('npm', ['run', 'build', '--workspace', '@waymark/embed'], { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(String(r.stdout) + String(r.stderr));
    throw new Error('The kit did not build (npm run build --workspace @waymark/embed).');
  }
}
