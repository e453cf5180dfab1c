/**
 * Activity search after migration 0006 (the page chosen from narrow rows, `<%` over the name's trigram index):
 * the same results, in the same order, as the plain definitions checked row by row, and plans that can use
 * the indexes on both engines. No timings: plan shape is asserted with sequential scans switched off, which
 * says "an index can answer this", not "the planner prefers it on a tiny table".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type KyselyPlugin, type QueryId, type RootOperationNode } from 'kysely';
import { generateBenchActivities } from '../demo/bench.js';
import { seedDemoData } from '../demo/seed.js';
import { openTestDatabase, type TestDatabase } from '../testing/database.js';
import { searchActivities, type ActivitySearch } from './activities.js';

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
  await seedDemoData(database);
  await generateBenchActivities(database, { count: 3000, today: '2026-01-05' });
});
after(() => database.close());

const leeds = { latitude: 53.7997, longitude: -1.5492 };

/** Every page of a search, following the cursors, with the totalCount of the first page. */
async function allPages(filter: ActivitySearch, first = 20): Promise<{ ids: string[]; total: number; distances: (number | null)[] }> {
  const ids: string[] = [];
  const distances: (number | null)[] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 1000; i++) {
    const page = await searchActivities(database.db, filter, { first, after, withTotal: i === 0 });
    if (i === 0) total = await page.totalCount();
    ids.push(...page.nodes.map((n) => n.id));
    distances.push(...page.nodes.map((n) => n.distance_km));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, total, distances };
}

describe('activity search: results', () => {
  it('by keyword: exactly the rows word similarity ≥ 0.35, description or organiser match, best first, over every page', async () => {
    // Whatever a pooled connection was left with, the search sets its own threshold.
    await sql`select set_config('pg_trgm.word_similarity_threshold', '0.9', false)`.execute(database.db);
    for (const keyword of ['yogga', 'gardenning', 'walk', 'Café', 'choir', 'zzzzqx']) {
      const like = `%${keyword}%`;
      const expected = await sql<{ id: string }>`select a.id from activities a
        where word_similarity(${keyword}, a.name) >= 0.35::real
          or a.description ilike ${like}
          or exists (select 1 from activity_organisers o where o.id = a.organiser_id and o.name ilike ${like})
        order by word_similarity(${keyword}, a.name) desc, a.name, a.id`.execute(database.db);
      const got = await allPages({ keyword }, 25);
      assert.deepEqual(got.ids, expected.rows.map((r) => r.id), keyword);
      assert.equal(got.total, expected.rows.length, `${keyword}: totalCount`);
    }
  });

  it('by radius: exactly the rows within it by great-circle distance, nearest first, over every page', async () => {
    for (const radiusKm of [0.5, 5, 25]) {
      const expected = await sql<{ id: string; km: number }>`select a.id, earth_distance(ll_to_earth(${leeds.latitude}, ${leeds.longitude}), a.earth) / 1000 as km
        from activities a
        where a.earth is not null and cube_distance(a.earth, ll_to_earth(${leeds.latitude}, ${leeds.longitude})) <= gc_to_sec(${radiusKm * 1000})
        order by cube_distance(a.earth, ll_to_earth(${leeds.latitude}, ${leeds.longitude})), a.id`.execute(database.db);
      const got = await allPages({ near: leeds, radiusKm }, 20);
      assert.deepEqual(got.ids, expected.rows.map((r) => r.id), `${radiusKm} km`);
      assert.equal(got.total, expected.rows.length, `${radiusKm} km: totalCount`);
      got.distances.forEach((d, i) => assert.ok(Math.abs(d! - Number(expected.rows[i]!.km)) < 1e-9, 'distance'));
    }
  });

  it('by keyword near a point, and by filters near a point: the plain definition, nearest first', async () => {
    const cases: ActivitySearch[] = [
      { keyword: 'gardenning', near: leeds, radiusKm: 25 },
      { near: leeds, radiusKm: 25, freeOnly: true, days: ['TUESDAY', 'SATURDAY'], categories: ['walking', 'exercise-and-sport'] },
    ];
    for (const filter of cases) {
      const kw = filter.keyword ?? null;
      const like = kw ? `%${kw}%` : null;
      const origin = sql`ll_to_earth(${leeds.latitude}, ${leeds.longitude})`;
      const expected = await sql<{ id: string }>`select a.id from activities a
        where a.earth is not null and cube_distance(a.earth, ${origin}) <= gc_to_sec(25000)
          and (${kw}::text is null or word_similarity(${kw}, a.name) >= 0.35::real or a.description ilike ${like}
               or exists (select 1 from activity_organisers o where o.id = a.organiser_id and o.name ilike ${like}))
          and (${!filter.freeOnly} or a.free)
          and (${!filter.days} or a.days && array[2, 6]::smallint[])
          and (${!filter.categories} or exists (select 1 from activity_category_links l where l.activity_id = a.id and l.category_id in ('walking', 'exercise-and-sport')))
        order by cube_distance(a.earth, ${origin}), a.id`.execute(database.db);
      const got = await allPages(filter, 7);
      assert.ok(expected.rows.length > 0, JSON.stringify(filter));
      assert.deepEqual(got.ids, expected.rows.map((r) => r.id), JSON.stringify(filter));
      assert.equal(got.total, expected.rows.length);
    }
  });

  it('lists by name, then id, with the count, when there is neither a point nor a keyword', async () => {
    const expected = await sql<{ id: string }>`select id from activities where free order by name, id`.execute(database.db);
    const got = await allPages({ freeOnly: true }, 100);
    assert.deepEqual(got.ids, expected.rows.map((r) => r.id));
    assert.equal(got.total, expected.rows.length);
  });
});

describe('activity search: indexes and plans', () => {
  it('migration 0006 leaves the point index carrying the id, and trigram indexes on name and description', async () => {
    const rows = await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes where tablename = 'activities'`.execute(database.db);
    const def = new Map(rows.rows.map((r) => [r.indexname, r.indexdef]));
    assert.match(def.get('activities_earth_point_idx') ?? '', /USING gist \(earth\) INCLUDE \(id\)/);
    assert.match(def.get('activities_name_trgm_idx') ?? '', /USING gin \(name gin_trgm_ops\)/);
    assert.match(def.get('activities_description_trgm_idx') ?? '', /USING gin \(description gin_trgm_ops\)/);
    assert.equal(def.has('activities_earth_idx'), false, 'the unused expression index is gone');
  });

  /** The indexes the plans of a search's statements name, with sequential scans off, on one connection. */
  async function indexesUsed(filter: ActivitySearch): Promise<Set<string>> {
    return database.db.connection().execute(async (conn) => {
      // Kysely shows the plugin each subquery too: keep only the statements that ran (came back with a result).
      const latest = new Map<unknown, RootOperationNode>();
      const ran: [RootOperationNode, QueryId][] = [];
      const recorder: KyselyPlugin = {
        transformQuery: (a) => {
          latest.set(a.queryId, a.node);
          return a.node;
        },
        transformResult: async (a) => {
          ran.push([latest.get(a.queryId)!, a.queryId]);
          return a.result;
        },
      };
      await sql`set enable_seqscan = off`.execute(conn);
      try {
        await searchActivities(conn.withPlugin(recorder), filter, { first: 20, withTotal: true });
        const used = new Set<string>();
        for (const [node, queryId] of ran) {
          const q = conn.getExecutor().compileQuery(node, queryId);
          if (q.sql.includes('set_config')) continue;
          const plan = await conn.executeQuery<Record<string, unknown>>({ ...q, sql: `explain (format json) ${q.sql}` });
          const text = JSON.stringify(plan.rows);
          for (const m of text.matchAll(/"Index Name":"([^"]+)"/g)) used.add(m[1]!);
        }
        return used;
      } finally {
        await sql`reset enable_seqscan`.execute(conn);
      }
    });
  }

  it('a radius search is answered by the point index', async () => {
    const used = await indexesUsed({ near: leeds, radiusKm: 5 });
    assert.ok(used.has('activities_earth_point_idx'), [...used].join(', '));
  });

  it('a keyword search is answered by the trigram indexes on name and description and the organiser index', async () => {
    const used = await indexesUsed({ keyword: 'yogga' });
    for (const name of ['activities_name_trgm_idx', 'activities_description_trgm_idx', 'activities_organiser_idx']) assert.ok(used.has(name), `${name} in ${[...used].join(', ')}`);
  });
});
