/**
 * Inserts the demo data set in one transaction, in batches. Idempotent: a database that already has
 * partners (demo or real) is left alone.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { NewRow, Tables } from '../db/tables.js';
import { DEMO_TABLES, generateDemoData, countDemoData, type DemoCounts, type DemoData } from './generate.js';

/** Rows per INSERT: far below PostgreSQL's 65,535 bind parameters even for the widest table. */
export const BATCH_SIZE = 500;
const SEED_LOCK_ID = 7_355_609;

export interface SeedDemoOptions {
  seed?: number;
  /** The date the data is relative to (`YYYY-MM-DD`; default today, UTC). */
  today?: string;
}

export type SeedDemoResult = { seeded: false } | { seeded: true; counts: DemoCounts };

/** Inserts rows into a table in batches of at most `batchSize`. */
export async function insertInBatches<T extends keyof Tables>(
  trx: Transaction<Tables>,
  table: T,
  rows: readonly NewRow<T>[],
  batchSize = BATCH_SIZE,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await trx.insertInto(table).values(rows.slice(i, i + batchSize)).execute();
  }
}

async function insertTable(trx: Transaction<Tables>, data: DemoData, table: (typeof DEMO_TABLES)[number]): Promise<void> {
  if (table === 'postcodes') {
    // Postcodes may already be there from a postcode import: keep those.
    for (let i = 0; i < data.postcodes.length; i += BATCH_SIZE) {
      await trx
        .insertInto('postcodes')
        .values(data.postcodes.slice(i, i + BATCH_SIZE))
        .onConflict((oc) => oc.column('postcode').doNothing())
        .execute();
    }
    return;
  }
  await insertInBatches(trx, table, data[table] as readonly NewRow<typeof table>[]);
}

export async function seedDemoData(database: Database, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  return database.db.transaction().execute(async (trx): Promise<SeedDemoResult> => {
    // Two servers starting together must not both seed.
    await sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`.execute(trx);
    const existing = await trx.selectFrom('partners').select('id').limit(1).executeTakeFirst();
    if (existing) return { seeded: false };
    const data = generateDemoData({ seed: options.seed ?? 1, ...(options.today ? { today: options.today } : {}) });
    for (const table of DEMO_TABLES) await insertTable(trx, data, table);
    return { seeded: true, counts: countDemoData(data) };
  });
}
