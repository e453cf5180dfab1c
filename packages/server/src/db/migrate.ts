/**
 * Applies the SQL files in ./migrations in name order, each once, each in its own transaction together
 * with its bookkeeping row; an advisory lock stops two servers starting at once from racing.
 * A migration that was applied and then edited is refused (its checksum no longer matches).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.js';

// Beside this file when run from source; dist/migrations/ in the built bundle (same relative path).
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_ID = 7_355_608;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const text = readFileSync(dir + name, 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function migrate(database: Database, migrations = loadMigrations()): Promise<string[]> {
  await database.exec(`create table if not exists waymark_migrations (
    name text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied = new Map(
    (await sql<{ name: string; checksum: string }>`select name, checksum from waymark_migrations`.execute(database.db)).rows.map(
      (r) => [r.name, r.checksum],
    ),
  );
  const done: string[] = [];
  for (const m of migrations) {
    const checksum = applied.get(m.name);
    if (checksum !== undefined) {
      if (checksum !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
      continue;
    }
    const quotedName = m.name.replaceAll("'", "''");
    // The insert fails on the primary key if another process applied it first: the whole transaction
    // (schema change included) then rolls back and the error says why.
    await database.exec(`begin;
select pg_advisory_xact_lock(${LOCK_ID});
${m.sql}
;
insert into waymark_migrations (name, checksum) values ('${quotedName}', '${m.checksum}');
commit;`);
    done.push(m.name);
  }
  return done;
}
