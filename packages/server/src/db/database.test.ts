import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../testing/database.js';
import { openDatabase, timestampToIso } from './database.js';
import { loadMigrations, migrate } from './migrate.js';

describe('database', () => {
  it('turns Postgres timestamps into ISO instants', () => {
    assert.equal(timestampToIso('2026-03-29 01:30:00.12+00'), '2026-03-29T01:30:00.120Z');
    assert.equal(timestampToIso('2026-07-01 10:00:00+01'), '2026-07-01T09:00:00.000Z');
    assert.equal(timestampToIso('2026-07-01 10:00:00+05:30'), '2026-07-01T04:30:00.000Z');
  });

  it('migrates once, keeps dates as dates, and has the extensions it needs', async () => {
    const database = await openTestDatabase();
    after(() => database.close());
    assert.deepEqual(await migrate(database), []);
    const row = (
      await sql<{ d: string; t: string; km: number; sim: number }>`select '1956-03-14'::date as d, timestamptz '2026-01-01 12:00:00+00' as t,
        earth_distance(ll_to_earth(53.7997, -1.5492), ll_to_earth(53.7960, -1.7594)) / 1000 as km,
        similarity('gardening', 'gardenning') as sim`.execute(database.db)
    ).rows[0]!;
    assert.equal(row.d, '1956-03-14');
    assert.equal(row.t, '2026-01-01T12:00:00.000Z');
    assert.ok(row.km > 13 && row.km < 15, `Leeds to Bradford is about 14 km, got ${row.km}`);
    assert.ok(row.sim > 0.5);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const database = await openTestDatabase();
    after(() => database.close());
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await assert.rejects(migrate(database, edited), /was changed after it was applied/);
  });

  it('keeps an on-disk PGlite database across a restart, with fsync on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-db-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const first = await openDatabase({ dataDir: dir });
    await migrate(first);
    await first.db.insertInto('postcodes').values({ postcode: 'LS1 4DY', latitude: 53.8, longitude: -1.55 }).execute();
    const fsync = (await sql<{ f: string }>`select current_setting('fsync') as f`.execute(first.db)).rows[0]!.f;
    assert.equal(fsync, 'on');
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    const rows = await second.db.selectFrom('postcodes').selectAll().execute();
    await second.close();
    assert.deepEqual(rows, [{ postcode: 'LS1 4DY', latitude: 53.8, longitude: -1.55 }]);
  });
});
