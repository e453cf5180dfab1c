#!/usr/bin/env node
/**
 * waymark-server <command>
 *   serve [--demo]        migrate, (with --demo: fill an empty database with demo data), listen
 *   migrate               apply pending migrations and exit
 *   seed                  fill an empty database with the demo data
 *   reset                 delete the embedded database (.data/) and start afresh with demo data
 *   bench-data [--count N]  add N (default 100000) synthetic activities for benchmarks
 *   import-practices <epraccur.csv> [--pcn <epcn.csv>]  upsert GP practices and PCN membership from NHS ODS files
 *   import oruk|openactive|postcodes <file|url>          activities (Open Referral UK, OpenActive RPDE), postcodes
 *   referrals list [--limit N]                           the latest referrals (initials only)
 * Settings come from the environment (see config.ts): PORT, HOST, DATABASE_URL, WAYMARK_DATA_DIR, NODE_ENV.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, type ServerConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createLogger } from './log.js';
import { startServer, stopOnSignals } from './server.js';

const USAGE = `Usage: waymark-server <serve [--demo] | migrate | seed | reset | bench-data [--count N] | import-practices <epraccur.csv> [--pcn <epcn.csv>] | referrals list [--limit N] | import <oruk|openactive|postcodes> <file|url>>`;

async function withDatabase<T>(config: ServerConfig, fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function seedDemo(database: Awaited<ReturnType<typeof openDatabase>>) {
  const { seedDemoData } = await import('./demo/index.js');
  return seedDemoData(database, {});
}

export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false }, count: { type: 'string' }, limit: { type: 'string' }, pcn: { type: 'string' }, yes: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  const config = loadConfig();
  const log = createLogger(config);
  switch (command) {
    case 'serve': {
      const running = await startServer(config, {
        log,
        prepare: values.demo
          ? async (database) => {
              const result = await seedDemo(database);
              if (result.seeded) log.info({ counts: result.counts }, 'demo data added');
            }
          : undefined,
      });
      stopOnSignals(running, log);
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
      process.stdout.write(
        [
          '',
          `Waymark is running on ${where}.`,
          `  GraphQL endpoint:      ${running.url}/graphql${config.graphiql ? '  (GraphiQL: open it in a browser)' : ''}`,
          `  Example GP practice:   ${running.url}/examples/gp-practice/`,
          `  Example council:       ${running.url}/examples/council/`,
          `  Health / readiness:    ${running.url}/health  ${running.url}/ready`,
          'Press Ctrl+C to stop.',
          '',
        ].join('\n') + '\n',
      );
      return -1; // keep running
    }
    case 'migrate':
      await withDatabase(config, async () => undefined);
      process.stdout.write('Database is up to date.\n');
      return 0;
    case 'seed':
      await withDatabase(config, async (database) => {
        const result = await seedDemo(database);
        process.stdout.write(result.seeded ? `Demo data added: ${JSON.stringify(result.counts)}\n` : 'The database already has data; nothing added.\n');
      });
      return 0;
    case 'reset':
      if (config.databaseUrl) {
        process.stderr.write('reset deletes the embedded database only; with DATABASE_URL set, drop and recreate the database yourself.\n');
        return 1;
      }
      rmSync(config.dataDir, { recursive: true, force: true });
      await withDatabase(config, seedDemo);
      process.stdout.write(`Embedded database reset with demo data (${config.dataDir}).\n`);
      return 0;
    case 'import': {
      // import oruk <file|url> | import openactive <url|file> | import postcodes <csv> (src/importers/cli.ts)
      const { runImportCommand } = await import('./importers/cli.js');
      return withDatabase(config, (database) => runImportCommand(database, positionals.slice(1)));
    }
    case 'bench-data': {
      const count = values.count ? Number(values.count) : 100_000;
      if (!Number.isInteger(count) || count < 1) {
        process.stderr.write('--count must be a whole number above 0.\n');
        return 1;
      }
      const { generateBenchActivities } = await import('./demo/index.js');
      await withDatabase(config, (database) => generateBenchActivities(database, { count, onProgress: (done: number) => process.stderr.write(`\r${done}/${count}`) }));
      process.stderr.write('\n');
      return 0;
    }
    case 'import-practices': {
      // NHS ODS epraccur.csv (+ ePCN core partner details as CSV): upsert by ODS code, list rejected rows.
      const file = positionals[1];
      if (!file) {
        process.stderr.write(`${USAGE}\n`);
        return 1;
      }
      const { readFileSync } = await import('node:fs');
      const { importOdsPractices, formatRejected } = await import('./importers/ods-practices.js');
      const result = await withDatabase(config, (database) =>
        importOdsPractices(database.db, {
          practicesCsv: readFileSync(file, 'utf8'),
          pcnCsv: values.pcn ? readFileSync(values.pcn, 'utf8') : undefined,
          onProgress: (done, total) => process.stderr.write(`\rpractices ${done}/${total}`),
        }),
      );
      const { rejected, ...counts } = result;
      process.stderr.write('\n');
      process.stdout.write(`Imported: ${JSON.stringify(counts)}\n${rejected.length} rows rejected${rejected.length ? ':' : '.'}\n`);
      for (const line of formatRejected(rejected)) process.stdout.write(`  ${line}\n`);
      return 0;
    }
    case 'referrals': {
      // Operator tool on the server: the latest referrals, newest first. Names are shown as initials only —
      // enough to spot a demo submission; the full record is for staff, through the audited staff API.
      const limit = values.limit ? Number(values.limit) : 20;
      if (positionals[1] !== 'list' || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
        process.stderr.write('Usage: waymark-server referrals list [--limit N]   (N from 1 to 1000, default 20)\n');
        return 1;
      }
      const { formatReferralList, listLatestReferrals } = await import('./domain/referrals.js');
      await withDatabase(config, async (database) => void process.stdout.write(formatReferralList(await listLatestReferrals(database.db, limit))));
      return 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return values.help ? 0 : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`waymark-server: ${(err as Error)?.message ?? String(err)}\n`);
    process.exit(1);
  },
);
