#!/usr/bin/env node
// `npm test`: every test, in three layers, then one line of totals.
//   node     — unit and server tests (node:test via tsx) on PGlite, or on PostgreSQL when DATABASE_URL is set
//   browser  — component tests in headless Chromium (@web/test-runner) against a real server
//   e2e      — the example pages served by the real server, driven in Chromium (playwright-core)
// `node scripts/test.mjs node browser` runs only the named layers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const layers = process.argv.slice(2).length ? process.argv.slice(2) : ['node', 'browser', 'e2e'];

function findFiles(dir, test) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findFiles(full, test));
    else if (test(full)) out.push(relative(root, full));
  }
  return out.sort();
}

/** The Chromium the browser layers use: CHROME_PATH, else Debian's. Installs it when we can. */
function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get)…');
    const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
    if (r.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error('No Chrome or Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH to its executable.');
  process.exit(1);
}

const results = [];
mkdirSync('test-results', { recursive: true });
rmSync('test-results/summary.json', { force: true });

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function run(name, command, args, countsFile, env = {}) {
  rmSync(countsFile, { force: true });
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const counts = readCounts(countsFile);
  // A layer that crashed before reporting counts as one failure, never as zero tests.
  if (!counts) results.push({ name, passed: 0, failed: 1, skipped: 0, note: `exited ${r.status} without results` });
  else results.push({ name, ...counts, failed: counts.failed + (counts.cancelled ?? 0) + (r.status !== 0 && counts.failed === 0 ? 1 : 0) });
}

if (layers.includes('node')) {
  const files = findFiles('packages/server/src', (f) => f.endsWith('.test.ts')).concat(findFiles('scripts', (f) => f.endsWith('.test.ts')));
  run(
    `node tests on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'} (${files.length} files)`,
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=test-results/node.json', ...files],
    'test-results/node.json',
    { NODE_ENV: 'test' },
  );
}

if (layers.includes('browser') || layers.includes('e2e')) process.env.CHROME_PATH = ensureChromium();

if (layers.includes('browser')) {
  run('browser tests (Chromium)', process.execPath, ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], 'test-results/browser.json', { NODE_ENV: 'test' });
}

if (layers.includes('e2e')) {
  const files = findFiles('examples', (f) => f.endsWith('.e2e.ts'));
  run(
    `end-to-end tests (${files.length} files)`,
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=test-results/e2e.json', ...files],
    'test-results/e2e.json',
    { NODE_ENV: 'test' },
  );
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + (r.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nSummary');
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}${r.note ? ` (${r.note})` : ''}`);
console.log(`Tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
writeFileSync('test-results/summary.json', JSON.stringify({ ...total, layers: results }));
if (total.skipped > 0) console.log("Skipped tests count as not done: unskip or delete them.");
process.exit(total.failed > 0 || total.skipped > 0 || total.passed === 0 ? 1 : 0);
