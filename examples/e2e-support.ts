/**
 * What every end-to-end test of the example pages needs: the kit built from the sources, a real Waymark
 * server with the demo data on a test database, and the Debian Chromium with the flags this machine needs.
 */
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../packages/server/src/config.js';
import { seedDemoData } from '../packages/server/src/demo/index.js';
import { startServer, type RunningServer } from '../packages/server/src/server.js';
import { openTestDatabase } from '../packages/server/src/testing/database.js';
import { CHROME_ARGS, chromePath } from '../scripts/chromium.mjs';
import { ensureKit } from '../scripts/ensure-kit.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
}

/** Builds the kit if stale, then serves it, the example pages and GraphQL on a free loopback port. */
export async function startExampleServer(): Promise<RunningServer> {
  ensureKit({ quiet: true });
  const database = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test' }, { port: 0, host: '127.0.0.1', shutdownGraceMs: 500 });
  return startServer(config, { database, prepare: async (db) => void (await seedDemoData(db, {})) });
}

/**
 * For a test file: starts the example server and Chromium before its tests and stops both after them.
 * Read `kit.server` and `kit.browser` inside tests (they exist once the `before` hook has run).
 */
export function useExampleServer(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startExampleServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('The example server is not running: use kit.server inside a test.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use kit.browser inside a test.');
      return browser;
    },
  };
}

/**
 * Waits until what `read` returns equals `expected`, and fails with the last value seen. For text that
 * settles a moment after what the test waited for (a live region that says "Searching…" first).
 */
export async function settlesTo<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let seen: T = await read();
  while (JSON.stringify(seen) !== JSON.stringify(expected)) {
    if (Date.now() > end) throw new Error(`Expected ${JSON.stringify(expected)} within ${timeoutMs} ms; last saw ${JSON.stringify(seen)}`);
    await new Promise((r) => setTimeout(r, 50));
    seen = await read();
  }
}
