/**
 * `npm run bench`: the budgets of ../shared/DESIGN.md §5 as measurements, never as tests.
 *   bytes   — the built kit, brotli: the loader, and each define module with every chunk it pulls in
 *   server  — requests per second and latency percentiles at 10 connections, over real HTTP on loopback,
 *             on PGlite (and on PostgreSQL when DATABASE_URL is set), with N synthetic activities
 * Prints tables, writes bench-results/bench.json. Byte budgets fail the run (exit 1); times never do.
 *
 *   npm run bench -- [--activities 100000] [--seconds 10] [--connections 10] [--skip-server]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliBytes, bundleSizes, defaultDistDir, LOADER } from '../packages/embed/scripts/bundle-sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'skip-server': { type: 'boolean', default: false },
  },
});

interface ByteRow {
  what: string;
  brotli: number;
  budget?: number;
}

/** The define module's chunk and every chunk it imports, transitively. */
function closure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  const dir = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    const target = new URL(m[1]!, `file:///${dir}`).pathname.slice(1);
    // Only static imports belong to what a define module costs; the loader's dynamic imports do not.
    if (m[0].includes('(')) continue;
    closure(dist, target, seen);
  }
  return seen;
}

async function bytes(): Promise<ByteRow[]> {
  const rows = await bundleSizes();
  const byFile = new Map(rows.map((r) => [r.file, r]));
  const out: ByteRow[] = [{ what: `loader (${LOADER})`, brotli: byFile.get(LOADER)!.brotli, budget: 1024 }];
  // The tags the loader knows, from its registry: a chunk is named after its define module's tag.
  const registrySource = readFileSync(join(root, 'packages/embed/src/registry.ts'), 'utf8');
  const tags = [...registrySource.matchAll(/^\s*'(wm-[a-z-]+)':\s*\(\)\s*=>/gm)].map((m) => m[1]!);
  for (const define of rows.filter((r) => /chunks\/wm-[a-z-]+-[\w-]+\.js$/.test(r.file))) {
    const files = [...closure(defaultDistDir, define.file)];
    const joined = files.map((f) => readFileSync(join(defaultDistDir, f))).reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0));
    const tag = tags.filter((t) => define.file.startsWith(`chunks/${t}-`)).sort((a, b) => b.length - a.length)[0] ?? define.file;
    out.push({ what: `${tag} with everything it imports (${files.length} files, brotli of the concatenation)`, brotli: brotliBytes(joined) });
    // What this widget adds over the chunks it shares with the others (DESIGN §5: ≤ 5 KB for each further widget).
    out.push({ what: `${tag}: its own chunk, over the shared ones`, brotli: define.brotli, ...(tag === 'wm-config' ? {} : { budget: 5 * 1024 }) });
  }
  out.push({ what: 'whole kit, every file', brotli: rows.reduce((n, r) => n + r.brotli, 0), budget: 25 * 1024 });
  return out;
}

interface LoadResult {
  scenario: string;
  database: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

async function load(url: string, scenario: string, database: string, body: string, seconds: number, connections: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), origin: 'http://localhost:4000', 'x-waymark-partner': 'pk_demo_airevalley' };
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
        const json = (await res.json()) as { errors?: unknown };
        if (!res.ok || json.errors) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN) * 10) / 10;
  return { scenario, database, requests: latencies.length, errors, rps: Math.round(latencies.length / elapsed), p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cli ${args.join(' ')} exited ${code}`))));
  });
}

async function serve(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', 'serve'], { cwd: root, env: { ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = `http://127.0.0.1:${env.PORT}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('The server did not become ready.');
}

async function server(database: 'pglite' | 'postgres'): Promise<LoadResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', WAYMARK_ALLOW_ARBITRARY_OPERATIONS: 'true', WAYMARK_DATA_DIR: dataDir, PORT: '4517', HOST: '127.0.0.1' };
  if (database === 'pglite') delete env.DATABASE_URL;
  try {
    process.stderr.write(`\n[${database}] seeding demo data and ${values.activities} synthetic activities…\n`);
    await run(['seed'], env);
    await run(['bench-data', '--count', values.activities], env);
    const { url, child } = await serve(env);
    try {
      const s = Number(values.seconds);
      const c = Number(values.connections);
      const q = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
      const scenarios: [string, string][] = [
        ['about (baseline)', q('{ about { version } }')],
        ['activity search: 5 km of Leeds, 20 results, next session', q(`query ($f: ActivityFilter) { activities(filter: $f, first: 20) { totalCount nodes { id name distanceKm nextSession { start } cost { free } } } }`, { f: { near: { latitude: 53.7997, longitude: -1.5492 }, radiusKm: 5 } })],
        ['activity search: keyword with a typo, 10 km', q(`query ($f: ActivityFilter) { activities(filter: $f, first: 20) { totalCount nodes { id name distanceKm } } }`, { f: { keyword: 'gardenning', near: { latitude: 51.4816, longitude: -3.1791 }, radiusKm: 10 } })],
        ['practice search "leeds"', q(`{ gpPractices(search: "leeds") { totalCount nodes { odsCode name } } }`)],
      ];
      const results: LoadResult[] = [];
      for (const [name, body] of scenarios) {
        await load(url, name, database, body, 1, c); // warm up
        results.push(await load(url, name, database, body, s, c));
      }
      return results;
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const byteRows = await bytes();
console.log('\nBytes (brotli, quality 11)');
console.log('| what | brotli | budget |\n|---|---:|---:|');
for (const r of byteRows) console.log(`| ${r.what} | ${r.brotli.toLocaleString('en-GB')} B | ${r.budget ? `${r.budget.toLocaleString('en-GB')} B ${r.brotli <= r.budget ? '✓' : '✗ over'}` : '—'} |`);

const serverRows: LoadResult[] = [];
if (!values['skip-server']) {
  serverRows.push(...(await server('pglite')));
  if (process.env.DATABASE_URL) serverRows.push(...(await server('postgres')));
  console.log(`\nServer at ${values.connections} connections, ${values.seconds} s each, ${Number(values.activities).toLocaleString('en-GB')} synthetic activities + demo data`);
  console.log('| scenario | database | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---:|---:|---:|---:|---:|');
  for (const r of serverRows) console.log(`| ${r.scenario} | ${r.database} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`);
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, bytes: byteRows, server: serverRows }, null, 2));
console.log('\nWritten: bench-results/bench.json');
const over = byteRows.filter((r) => r.budget && r.brotli > r.budget);
if (over.length) {
  console.error(`Over budget: ${over.map((r) => r.what).join(', ')}`);
  process.exit(1);
}
