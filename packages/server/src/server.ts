/**
 * Binds the app to HTTP and owns the process: opens and migrates the database, optionally fills it with
 * demo data, listens, and on SIGTERM/SIGINT stops taking work, lets requests in flight finish (up to the
 * grace period), closes the database and exits.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from './app.js';
import type { ServerConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createLogger, type Logger } from './log.js';

export interface RunningServer {
  url: string;
  app: App;
  database: Database;
  server: Server;
  /** Drains and closes everything; resolves when the database is closed. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Runs after migrations, before listening (the demo seeds here). */
  prepare?: (database: Database, log: Logger) => Promise<void>;
  log?: Logger;
  /** Use this database instead of opening one from the config (tests). */
  database?: Database;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config);
  const database = options.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }));
  const applied = await migrate(database);
  if (applied.length) log.info({ migrations: applied }, 'database migrated');
  await options.prepare?.(database, log);

  const app = createApp({ database, config, log });
  const server = createServer(app.handleNodeRequest);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      app.drain();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
      await Promise.race([closed, grace]);
      server.closeAllConnections();
      await database.close();
      log.info('stopped');
    })());

  return { url, app, database, server, stop };
}

/** Stops cleanly on SIGTERM / SIGINT, once; a second signal exits at once. */
export function stopOnSignals(running: RunningServer, log: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ errorName: (err as Error)?.name }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
