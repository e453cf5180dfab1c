/**
 * The self-referral form on the example GP practice page, filled in as a person would, while the server
 * goes down mid-submit: the server runs as a child process (the real CLI) on a temporary PGlite data dir;
 * the first submission reaches it and is stored, the server is killed (SIGKILL) before the answer gets
 * back, the widget says it was not sent, the server comes back on the same port and data dir, and the
 * widget's retry (same idempotency key) gets the same reference. Exactly one referral is stored.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../packages/server/src/db/database.js';
import { ensureKit } from '../scripts/ensure-kit.mjs';
import { launchChromium } from './e2e-support.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/server/src/cli.ts');
const NAME = 'Robin Endtoend';

let dataDir: string;
let port: number;
let server: ChildProcess | undefined;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });
}

const env = () => ({ ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', WAYMARK_DATA_DIR: dataDir, LOG_LEVEL: 'error' });

/** Starts the real CLI (`serve --demo`) and waits until /ready answers. */
async function startServer(): Promise<void> {
  server = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--demo'], { cwd: ROOT, env: env(), stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not become ready');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Stops the server process and waits for it to be gone. */
async function stopServer(signal: NodeJS.Signals): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await gone;
}

before(async () => {
  ensureKit({ quiet: true });
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-referral-'));
  port = await freePort();
  await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stopServer('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function fill(page: Page, label: string | RegExp, value: string) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).first().fill(value);
}

const cont = (page: Page) => page.locator('wm-self-referral').getByRole('button', { name: 'Continue' }).click();

describe('self-referral on the GP practice example page', () => {
  it('survives the server going down mid-submit and stores exactly one referral', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // The browser logs each refused connection while the server is down; anything else is a problem.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${port}/examples/gp-practice/`, { waitUntil: 'networkidle' });
    const widget = page.locator('wm-self-referral');

    await widget.getByRole('button', { name: 'Start now' }).click({ timeout: 15_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${await widget.evaluate((el) => el.shadowRoot?.innerHTML ?? 'no shadow root')}\n${problems.join('\n')}`);
    });
    const started = Date.now();
    await widget.getByRole('heading', { name: 'About you' }).waitFor();
    await fill(page, 'Full name', NAME);
    await fill(page, 'Day', '12');
    await fill(page, 'Month', '5');
    await fill(page, 'Year', '1968');
    await fill(page, 'Postcode', 'ls4 2qt');
    await fill(page, /UK phone number/, '0113 496 0999');
    await widget.getByLabel('Phone call').check();
    await cont(page);

    await widget.getByRole('heading', { name: 'Your GP practice' }).waitFor();
    await widget.getByText(/patients of Riverside Surgery/).waitFor();
    await cont(page);

    await widget.getByRole('heading', { name: 'What matters to you' }).waitFor();
    await fill(page, /Tell us what matters to you/, 'I would like to meet people and get out more.');
    await widget.getByLabel('Feeling lonely or isolated').check();
    await cont(page);

    await widget.getByRole('heading', { name: 'Your consent' }).waitFor();
    for (const box of await widget.getByRole('checkbox').all()) await box.check();
    await cont(page);

    await widget.getByRole('heading', { name: 'Check your answers before sending your referral' }).waitFor();
    // A person takes longer than the server's 10 s minimum; so does this test.
    await page.waitForTimeout(Math.max(0, 11_000 - (Date.now() - started)));

    // The first submission reaches the server, which stores it; the server is killed before the answer
    // gets back, and the browser sees the connection drop. Every later attempt goes through untouched.
    let killed!: () => void;
    const serverKilled = new Promise<void>((resolve) => (killed = resolve));
    let stored!: (reference: string) => void;
    const firstReference = new Promise<string>((resolve) => (stored = resolve));
    let holding = true;
    await page.route('**/graphql', async (route) => {
      if (!holding || !route.request().postData()?.includes('idempotencyKey')) return route.continue();
      holding = false;
      const response = await route.fetch();
      const body = (await response.json()) as { data?: { submitSelfReferral?: { reference: string } } };
      stored(body.data?.submitSelfReferral?.reference ?? 'none');
      await serverKilled;
      await route.abort('connectionreset');
    });
    await widget.getByRole('button', { name: 'Send referral' }).click();
    const lostReference = await firstReference;
    assert.match(lostReference, /^WM-/, 'the server stored the first attempt');
    await stopServer('SIGKILL');
    killed();

    await widget.getByText('Your referral has not been sent yet.').waitFor({ timeout: 20_000 });
    assert.equal(await widget.getByText('Referral sent').count(), 0);
    const tryAgain = widget.getByRole('button', { name: 'Try again' });
    await tryAgain.waitFor();

    await startServer(); // same port, same data dir
    if (await tryAgain.isVisible()) await tryAgain.click().catch(() => undefined); // else the automatic retry got there first
    await widget.getByRole('heading', { name: 'Referral sent' }).waitFor({ timeout: 30_000 });
    const reference = (await widget.locator('.wm-panel__reference').textContent())?.trim() ?? '';
    assert.match(reference, /^WM-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    assert.equal(reference, lostReference, 'the retry got the reference of the referral stored before the crash');
    assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('waymark:self-referral')).length), 0);
    assert.deepEqual(problems, []);
    await page.close();

    // The operator's CLI lists it once; the database holds exactly one row for this person.
    await stopServer('SIGTERM');
    const list = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'referrals', 'list', '--limit', '1000'], { cwd: ROOT, env: env(), encoding: 'utf8' });
    assert.equal(list.status, 0, list.stderr);
    assert.equal(list.stdout.split('\n').filter((line) => line.includes(reference)).length, 1);
    const database = await openDatabase({ dataDir });
    try {
      const rows = await database.db.selectFrom('referrals').select(['reference']).where('full_name', '=', NAME).execute();
      assert.deepEqual(rows.map((r) => r.reference), [reference]);
    } finally {
      await database.close();
    }
  });
});
