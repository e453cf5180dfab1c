/**
 * One query layer over two engines: embedded PGlite (Postgres in WebAssembly, the default, data under
 * `.data/`) and a PostgreSQL server (when DATABASE_URL is set). Both speak the same SQL, so the same
 * migrations, queries and tests run on each.
 *
 * Kysely over Drizzle: Kysely is a typed SQL builder, not an ORM — the SQL we ship (earthdistance, pg_trgm,
 * GiST indexes, ON CONFLICT for idempotency) is written and reviewed as SQL in plain .sql migrations, and
 * Kysely ships dialects for both PGlite and node-postgres, so the two engines differ only in this file.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  /** The typed query builder every domain module uses. */
  readonly db: Kysely<Tables>;
  readonly kind: DatabaseKind;
  /** Runs a script of several statements (migrations, seeds) in the simple query protocol. */
  exec(script: string): Promise<void>;
  /** Whether the database answers a trivial query (for /ready). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…` to use a PostgreSQL server. */
  url?: string | undefined;
  /** Folder for PGlite's files; omit for an in-memory database (tests). */
  dataDir?: string | undefined;
  /** Largest number of pooled connections to a PostgreSQL server. */
  poolSize?: number | undefined;
}

// Type OIDs: keep dates as `YYYY-MM-DD` text and timestamps as ISO 8601 strings on both engines, so no
// time-zone conversion happens behind our back (a date of birth must never shift by a day).
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;

/** `2026-03-29 01:30:00.12+00` (Postgres text) → `2026-03-29T01:30:00.120Z`. */
export function timestampToIso(text: string): string {
  const withT = text.replace(' ', 'T');
  const withOffset = /[+-]\d\d$/.test(withT) ? `${withT}:00` : /[Z+-][\d:]*$/.test(withT.slice(19)) ? withT : `${withT}Z`;
  return new Date(withOffset).toISOString();
}

const parsers: Record<number, (value: string) => unknown> = {
  [DATE]: (v) => v,
  [TIMESTAMP]: (v) => timestampToIso(v),
  [TIMESTAMPTZ]: (v) => timestampToIso(v),
  [INT8]: (v) => v,
};

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir);
}

/** PGlite's own start parameters without `-F` (fsync off). */
function durableStartParams(): string[] {
  const defaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams;
  if (!defaults) throw new Error('PGlite.defaultStartParams is missing: check the durability setting after a PGlite upgrade.');
  return defaults.filter((p) => p !== '-F');
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Extensions must be passed on every open, not only the first.
  // Durability on purpose: PGlite starts with fsync off. A referral the person saw as sent must survive a
  // power cut, so an on-disk database runs with fsync and synchronous_commit on; an in-memory one (tests)
  // has nothing to sync.
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { cube, earthdistance, pg_trgm },
    parsers,
    ...(dataDir ? { startParams: durableStartParams() } : {}),
  });
  await pglite.exec(`set timezone = 'UTC'`);
  const db = new Kysely<Tables>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    async exec(script) {
      await pglite.exec(script);
    },
    async ping() {
      try {
        await pglite.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: string): ((value: string) => unknown) => {
        const parser = parsers[oid];
        if (parser && format !== 'binary') return parser;
        return pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
    options: '-c timezone=UTC',
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async exec(script) {
      // No parameters: node-postgres uses the simple protocol, which runs several statements at once.
      await pool.query(script);
    },
    async ping() {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
