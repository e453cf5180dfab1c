/**
 * `npm run bench`: the budgets of ../shared/DESIGN.md §5 as measurements, never as tests.
 *   bytes   — the built kit, brotli: the loader, and each define module with every chunk it pulls in
 *   server  — requests per second and latency percentiles at 10 connections, over real HTTP on loopback,
 *             on PGlite (and on PostgreSQL when DATABASE_URL is set), with N synthetic activities
 *   ratio   — for the geo and keyword searches: the bare SQL the search issues, run in-process through the
 *             db layer, against the same search as GraphQL over HTTP, both one at a time (p50 of N each)
 *   pages   — the example pages in Chromium, as a phone (CPU ×4) and a desktop: layout shift, long tasks,
 *             time until every widget has rendered (scripts/bench-pages.ts)
 * Prints tables, writes bench-results/bench.json. Byte budgets fail the run (exit 1); times never do.
 *
 *   npm run bench -- [--activities 100000] [--seconds 10] [--connections 10] [--iterations 200] [--skip-server] [--skip-pages]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CompiledQuery, KyselyPlugin } from 'kysely';
import { brotliBytes, bundleSizes, defaultDistDir, LOADER } from '../packages/embed/scripts/bundle-sizes.js';
import { openDatabase } from '../packages/server/src/db/database.js';
import { searchActivities, type ActivitySearch } from '../packages/server/src/domain/activities.js';
import { pageLoads, type PageRow } from './bench-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    iterations: { type: 'string', default: '200' },
    'skip-server': { type: 'boolean', default: false },
    'skip-pages': { type: 'boolean', default: false },
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

/** The chunks `files` import dynamically (not already among them): what a widget loads only when needed. */
function lazyChunks(dist: string, files: string[]): string[] {
  const lazy = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) {
      const target = new URL(m[1]!, `file:///${dir}`).pathname.slice(1);
      if (!files.includes(target)) lazy.add(target);
    }
  }
  return [...lazy].sort();
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
    // DESIGN §5: the self-referral form with Lit and the transport ≤ 12 KB (an English page: the Welsh is lazy).
    const whole = tag === 'wm-self-referral' ? { budget: 12 * 1024 } : {};
    out.push({ what: `${tag} with everything it imports (${files.length} files, brotli of the concatenation)`, brotli: brotliBytes(joined), ...whole });
    // What this widget adds over the chunks it shares with the others (DESIGN §5: ≤ 5 KB for each further widget).
    out.push({ what: `${tag}: its own chunk, over the shared ones`, brotli: define.brotli, ...(tag === 'wm-config' ? {} : { budget: 5 * 1024 }) });
    // Fetched later, only when needed: Welsh text (a page in Welsh), an activity's detail, the map.
    for (const lazy of lazyChunks(defaultDistDir, files)) {
      out.push({ what: `${tag}: ${lazy.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')}, loaded only when used`, brotli: byFile.get(lazy)?.brotli ?? 0 });
    }
  }
  // DESIGN §5 "all four widgets ≤ 25 KB": what a page using every widget loads up front (in English).
  const upFront = new Set<string>([LOADER]);
  for (const define of rows.filter((r) => /chunks\/wm-[a-z-]+-[\w-]+\.js$/.test(r.file))) for (const f of closure(defaultDistDir, define.file)) upFront.add(f);
  out.push({ what: `every widget on one page, up front (${upFront.size} files, sum of each file's brotli)`, brotli: [...upFront].reduce((n, f) => n + (byFile.get(f)?.brotli ?? 0), 0), budget: 25 * 1024 });
  out.push({ what: 'whole kit, every file (both languages, every lazy chunk)', brotli: rows.reduce((n, r) => n + r.brotli, 0) });
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

/** A search the server scenarios run, for the GraphQL-to-SQL ratio: the same filter both ways. */
interface SearchCase {
  name: string;
  filter: ActivitySearch;
  /** The GraphQL request body (first: 20 and totalCount, as the SQL side asks). */
  body: string;
}

interface RatioResult {
  scenario: string;
  database: string;
  iterations: number;
  /** p50 ms of the statements searchActivities issues, executed as compiled, in-process. */
  sqlP50: number;
  /** p50 ms of the GraphQL request over HTTP, one at a time. */
  graphqlP50: number;
  ratio: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The bare SQL of each search: the statements searchActivities compiles for the filter (captured once through
 * a Kysely plugin), then executed as they are, N times, through the same db layer the server uses (one
 * connection, as PGlite has). Runs while the server is down: PGlite allows one process on its files.
 */
async function sqlTimes(env: NodeJS.ProcessEnv, cases: SearchCase[], iterations: number): Promise<Map<string, number>> {
  const database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL, poolSize: 1 } : { dataDir: env.WAYMARK_DATA_DIR });
  const out = new Map<string, number>();
  try {
    for (const c of cases) {
      // Compile what the search runs: the same statements, parameters included, in order. Kysely shows the
      // plugin each subquery too, so only the queries that come back with a result are kept.
      const compiled = new Map<unknown, CompiledQuery>();
      const captured: CompiledQuery[] = [];
      const recorder: KyselyPlugin = {
        transformQuery: (a) => {
          compiled.set(a.queryId, database.db.getExecutor().compileQuery(a.node, a.queryId));
          return a.node;
        },
        transformResult: async (a) => {
          captured.push(compiled.get(a.queryId)!);
          return a.result;
        },
      };
      const page = await searchActivities(database.db.withPlugin(recorder), c.filter, { first: 20, withTotal: true });
      await page.totalCount();
      const times: number[] = [];
      // Warm up as the server is by its load runs (PGlite's WebAssembly is slow until it is).
      const warmUp = Math.max(20, Math.round(iterations / 4));
      for (let i = 0; i < warmUp + iterations; i++) {
        const t0 = performance.now();
        for (const q of captured) await database.db.executeQuery(q);
        if (i >= warmUp) times.push(performance.now() - t0);
      }
      out.set(c.name, median(times));
    }
  } finally {
    await database.close();
  }
  return out;
}

/** GraphQL over HTTP, one request at a time: p50 ms. */
async function graphqlTime(url: string, body: string, iterations: number): Promise<number> {
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), origin: 'http://localhost:4000', 'x-waymark-partner': 'pk_demo_airevalley' };
  const times: number[] = [];
  for (let i = 0; i < iterations + 5; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    const json = (await res.json()) as { errors?: unknown };
    if (!res.ok || json.errors) throw new Error(`GraphQL search failed: ${JSON.stringify(json.errors ?? res.status)}`);
    if (i >= 5) times.push(performance.now() - t0);
  }
  return median(times);
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

async function server(database: 'pglite' | 'postgres'): Promise<{ load: LoadResult[]; ratio: RatioResult[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', WAYMARK_ALLOW_ARBITRARY_OPERATIONS: 'true', WAYMARK_DATA_DIR: dataDir, PORT: '4517', HOST: '127.0.0.1' };
  if (database === 'pglite') delete env.DATABASE_URL;
  try {
    process.stderr.write(`\n[${database}] seeding demo data and ${values.activities} synthetic activities…\n`);
    await run(['seed'], env);
    await run(['bench-data', '--count', values.activities], env);
    const q = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const searches: SearchCase[] = [
      { name: 'activity search: 5 km of Leeds, 20 results, next session', filter: { near: { latitude: 53.7997, longitude: -1.5492 }, radiusKm: 5 } },
      { name: 'activity search: keyword with a typo, 10 km', filter: { keyword: 'gardenning', near: { latitude: 51.4816, longitude: -3.1791 }, radiusKm: 10 } },
      { name: 'activity search: keyword with a typo, anywhere', filter: { keyword: 'yogga' } },
    ].map((c, i) => ({
      ...c,
      body: q(`query ($f: ActivityFilter) { activities(filter: $f, first: 20) { totalCount nodes { id name distanceKm${i === 0 ? ' nextSession { start } cost { free }' : ''} } } }`, { f: c.filter }),
    }));
    const iterations = Number(values.iterations);
    const graphqlP50s = new Map<string, number>();
    const results: LoadResult[] = [];
    const { url, child } = await serve(env);
    try {
      const s = Number(values.seconds);
      const c = Number(values.connections);
      const scenarios: [string, string][] = [
        ['about (baseline)', q('{ about { version } }')],
        [searches[0]!.name, searches[0]!.body],
        [searches[1]!.name, searches[1]!.body],
        ['practice search "leeds"', q(`{ gpPractices(search: "leeds") { totalCount nodes { odsCode name } } }`)],
      ];
      for (const [name, body] of scenarios) {
        await load(url, name, database, body, 1, c); // warm up
        results.push(await load(url, name, database, body, s, c));
      }
      for (const search of searches) graphqlP50s.set(search.name, await graphqlTime(url, search.body, iterations));
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    // With the server stopped (PGlite allows one process on its files) and the database as warm as the load
    // runs left it.
    process.stderr.write(`[${database}] bare SQL of the searches, ${iterations} times each…\n`);
    const sqlP50s = await sqlTimes(env, searches, iterations);
    const ratio = searches.map((search): RatioResult => {
      const sqlP50 = sqlP50s.get(search.name)!;
      const graphqlP50 = graphqlP50s.get(search.name)!;
      return { scenario: search.name, database, iterations, sqlP50: round2(sqlP50), graphqlP50: round2(graphqlP50), ratio: round2(graphqlP50 / sqlP50) };
    });
    return { load: results, ratio };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const byteRows = await bytes();
console.log('\nBytes (brotli, quality 11)');
console.log('| what | brotli | budget |\n|---|---:|---:|');
for (const r of byteRows) console.log(`| ${r.what} | ${r.brotli.toLocaleString('en-GB')} B | ${r.budget ? `${r.budget.toLocaleString('en-GB')} B ${r.brotli <= r.budget ? '✓' : '✗ over'}` : '—'} |`);

const serverRows: LoadResult[] = [];
const ratioRows: RatioResult[] = [];
if (!values['skip-server']) {
  for (const database of ['pglite', ...(process.env.DATABASE_URL ? ['postgres' as const] : [])] as const) {
    const { load: l, ratio } = await server(database);
    serverRows.push(...l);
    ratioRows.push(...ratio);
  }
  console.log(`\nServer at ${values.connections} connections, ${values.seconds} s each, ${Number(values.activities).toLocaleString('en-GB')} synthetic activities + demo data`);
  console.log('| scenario | database | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---:|---:|---:|---:|---:|');
  for (const r of serverRows) console.log(`| ${r.scenario} | ${r.database} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`);
  console.log(`\nSearch: GraphQL over HTTP against its bare SQL, one at a time, p50 of ${values.iterations} each`);
  console.log('| search | database | SQL p50 ms | GraphQL p50 ms | GraphQL ÷ SQL |\n|---|---|---:|---:|---:|');
  for (const r of ratioRows) console.log(`| ${r.scenario} | ${r.database} | ${r.sqlP50} | ${r.graphqlP50} | ${r.ratio}× |`);
}

const pageRows: PageRow[] = values['skip-pages'] ? [] : await pageLoads();
if (pageRows.length) {
  console.log('\nExample pages in Chromium (DESIGN §5: CLS 0.00, no long task, ≤ 50 ms of kit main-thread work)');
  console.log('| page | device | widgets ready ms | CLS | long tasks | long-task ms |\n|---|---|---:|---:|---:|---:|');
  for (const r of pageRows) console.log(`| ${r.page} | ${r.device} | ${r.readyMs} | ${r.cls.toFixed(3)} | ${r.longTasks} | ${r.longTaskMs} |`);
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, bytes: byteRows, server: serverRows, ratio: ratioRows, pages: pageRows }, null, 2));
console.log('\nWritten: bench-results/bench.json');
const over = byteRows.filter((r) => r.budget && r.brotli > r.budget);
if (over.length) {
  console.error(`Over budget: ${over.map((r) => r.what).join(', ')}`);
  process.exit(1);
}
