/**
 * The server as a process, as `npm start` runs it: it creates, migrates and fills an embedded database on
 * first start, keeps it across restarts, and stops cleanly on SIGTERM (exit 0).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'waymark-server-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function start(port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', WAYMARK_DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  delete env.DATABASE_URL; // this is the embedded-database path
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output += String(d)));
  child.stderr.on('data', (d: Buffer) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitReady(port: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become ready');
}

async function partnerName(port: number): Promise<string | undefined> {
  const body = JSON.stringify({ query: '{ partner(key: "pk_demo_riverside") { name } }' });
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return ((await res.json()) as { data?: { partner?: { name: string } } }).data?.partner?.name;
}

describe('waymark-server serve --demo', () => {
  const port = 40_000 + (process.pid % 10_000);

  it('creates and fills the embedded database, prints its URLs, and stops cleanly on SIGTERM', async () => {
    const first = start(port);
    await waitReady(port);
    assert.equal(await partnerName(port), 'Riverside Surgery');
    assert.match(first.output(), /demo data added/);
    assert.match(first.output(), /GraphQL endpoint: +http:\/\/127\.0\.0\.1:\d+\/graphql/);
    assert.match(first.output(), /Example GP practice: +http:\/\/127\.0\.0\.1:\d+\/examples\/gp-practice\//);
    assert.match(first.output(), /Example council: +http:\/\/127\.0\.0\.1:\d+\/examples\/council\//);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.match(first.output(), /"msg":"stopped"/);
  });

  it('keeps the data across a restart and does not seed twice', async () => {
    const second = start(port);
    await waitReady(port);
    assert.equal(await partnerName(port), 'Riverside Surgery');
    assert.doesNotMatch(second.output(), /demo data added/);
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });
});
