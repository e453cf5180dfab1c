/**
 * A real Waymark server for browser tests: in-memory PGlite (or DATABASE_URL), demo data, a free port on
 * loopback. The component tests talk to it over real HTTP, exactly as a partner page would.
 */
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { openTestDatabase } from './database.js';

export async function startTestServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const database = await openTestDatabase();
  const { seedDemoData } = await import('../demo/index.js');
  const config = loadConfig({ NODE_ENV: 'test' }, { port: 0, host: '127.0.0.1', shutdownGraceMs: 1000 });
  const running = await startServer(config, { database, prepare: async (db) => void (await seedDemoData(db, {})) });
  return { url: `${running.url}/graphql`, close: () => running.stop() };
}
