/**
 * What every end-to-end test of the example pages needs: the kit built from the sources, a real Waymark
 * server with the demo data on a test database, and the Debian Chromium with the flags this machine needs.
 */
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
