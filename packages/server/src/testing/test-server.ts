/**
 * A real Waymark server for browser tests: in-memory PGlite (or DATABASE_URL), demo data, a free port on
 * loopback. The component tests talk to it over real HTTP, exactly as a partner page would.
 */
import { sql } from 'kysely';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { openTestDatabase } from './database.js';

export async function startTestServer(options: { extraOrigins?: string[] } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const database = await openTestDatabase();
  const { seedDemoData } = await import('../demo/index.js');
  const config = loadConfig({ NODE_ENV: 'test' }, { port: 0, host: '127.0.0.1', shutdownGraceMs: 1000 });
  const running = await startServer(config, {
    database,
    prepare: async (db) => {
      await seedDemoData(db, {});
      // The test page's origin, as a partner would register its website.
      if (options.extraOrigins?.length) {
        await sql`update partners set allowed_origins = allowed_origins || ${options.extraOrigins}::text[]`.execute(db.db);
      }
    },
  });
  return { url: `${running.url}/graphql`, close: () => running.stop() };
}
