import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../testing/database.js';
import {
  ACCESSIBILITY_FEATURES,
  ACTIVITY_CATEGORIES,
  BENCH_TOWNS,
  CATEGORY_IDS,
  DEMO_TOWNS,
  distanceKm,
  generateBenchActivities,
  generateDemoData,
  seedDemoData,
} from './index.js';

const TODAY = '2026-03-01';
const CODES: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

/** ISO weekdays an RRULE's BYDAY names (ordinals such as 1SA or -1FR dropped); a one-off: its date's. */
function daysOf(rrule: string | null, startDate: string): number[] {
  if (rrule === null) {
    const day = new Date(`${startDate}T00:00:00Z`).getUTCDay();
    return [day === 0 ? 7 : day];
  }
  const byday = /(?:^|;)BYDAY=([^;]+)/.exec(rrule)?.[1];
  assert.ok(byday, `no BYDAY in ${rrule}`);
  return byday
    .split(',')
    .map((part) => CODES[part.replace(/^[+-]?\d+/, '')] ?? NaN)
    .sort((a, b) => a - b);
}

function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

describe('demo data generator (pure)', () => {
  test('the same seed gives the same data; another seed differs', () => {
    const a = generateDemoData({ seed: 1, today: TODAY });
    const b = generateDemoData({ seed: 1, today: TODAY });
    const c = generateDemoData({ seed: 2, today: TODAY });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.activities, c.activities);
    // The organisations themselves do not depend on the seed (the examples rely on them).
    assert.deepEqual(
      a.gp_practices.map(({ id: _id, pcn_id: _pcn, ...rest }) => rest),
      c.gp_practices.map(({ id: _id, pcn_id: _pcn, ...rest }) => rest),
    );
  });

  test('activities are varied: ~60% free, some online, one-offs, fortnightly and monthly schedules', () => {
    const { activities, activity_category_links: links } = generateDemoData({ seed: 1, today: TODAY });
    const share = (predicate: (a: (typeof activities)[number]) => boolean) => activities.filter(predicate).length / activities.length;
    assert.ok(share((a) => a.free === true) > 0.5 && share((a) => a.free === true) < 0.75);
    assert.ok(share((a) => a.online === true) > 0.03 && share((a) => a.online === true) < 0.15);
    assert.ok(activities.some((a) => a.rrule === null));
    assert.ok(activities.some((a) => a.rrule?.includes('INTERVAL=2')));
    assert.ok(activities.some((a) => a.rrule?.startsWith('FREQ=MONTHLY')));
    for (const a of activities) {
      if (a.free) assert.equal(a.amount_pence, null);
      else assert.ok(a.amount_pence !== null && a.amount_pence !== undefined && a.amount_pence >= 100 && a.amount_pence <= 800, a.name);
      for (const f of a.accessibility ?? []) assert.ok((ACCESSIBILITY_FEATURES as readonly string[]).includes(f));
      assert.ok(a.last_verified && a.last_verified <= TODAY && a.last_verified >= '2025-03-01');
    }
    const perActivity = new Map<string, number>();
    for (const l of links) perActivity.set(l.activity_id, (perActivity.get(l.activity_id) ?? 0) + 1);
    assert.equal(perActivity.size, activities.length, 'every activity has a category');
    assert.ok([...perActivity.values()].some((n) => n >= 2), 'some activities are in two categories');
    assert.ok(activities.some((a) => a.name === 'Paned a Sgwrs' || a.name.startsWith('Paned a Sgwrs')), 'Welsh-language groups appear');
  });
});

describe('seedDemoData', () => {
  let database: TestDatabase;
  let firstResult: Awaited<ReturnType<typeof seedDemoData>>;

  before(async () => {
    database = await openTestDatabase();
    firstResult = await seedDemoData(database, { seed: 1, today: TODAY });
  });
  after(async () => {
    await database?.close();
  });

  test('migration 0002 holds the same categories as the demo code', async () => {
    const rows = await database.db.selectFrom('activity_categories').selectAll().orderBy('sort_order').execute();
    assert.deepEqual(rows, ACTIVITY_CATEGORIES.map((c) => ({ ...c })));
  });

  test('seeds practices, PCNs, services with link workers and partners', async () => {
    assert.equal(firstResult.seeded, true);
    const db = database.db;
    const pcns = await db.selectFrom('pcns').selectAll().execute();
    assert.equal(pcns.length, 3);
    for (const p of pcns) assert.match(p.ods_code, /^U\d{5}$/);
    const practices = await db.selectFrom('gp_practices').selectAll().execute();
    assert.ok(practices.length >= 20);
    for (const p of practices) assert.match(p.ods_code, /^[A-Z]\d{5}$/);
    const riverside = practices.find((p) => p.ods_code === 'B86001');
    assert.equal(riverside?.name, 'Riverside Surgery');
    assert.equal(riverside?.town, 'Leeds');

    const services = await db.selectFrom('sp_services').selectAll().orderBy('name').execute();
    assert.deepEqual(
      services.map((s) => s.name),
      ['Aire Valley Social Prescribing', 'Cysylltu Cymunedol Taf'],
    );
    const taf = services[1];
    assert.ok(taf?.languages.includes('cy'));
    assert.ok(Array.isArray(taf?.opening_hours) && taf.opening_hours.length >= 5);
    for (const s of services) {
      const workers = await db.selectFrom('link_workers').selectAll().where('service_id', '=', s.id).execute();
      assert.ok(workers.length >= 4 && workers.length <= 6, `${s.name} has 4–6 link workers`);
      const covered = await db.selectFrom('sp_service_practices').select('practice_id').where('service_id', '=', s.id).execute();
      assert.ok(covered.length >= 6);
      assert.ok(s.covered_postcode_districts.length > 0);
    }
    const aireCoversRiverside = await db
      .selectFrom('sp_service_practices')
      .where('service_id', '=', services[0]?.id ?? '')
      .where('practice_id', '=', riverside?.id ?? '')
      .select('practice_id')
      .executeTakeFirst();
    assert.ok(aireCoversRiverside);

    const partners = await db.selectFrom('partners').selectAll().orderBy('key').execute();
    assert.deepEqual(
      partners.map((p) => [p.key, p.kind]),
      [
        ['pk_demo_airevalley', 'COUNCIL'],
        ['pk_demo_riverside', 'GP_PRACTICE'],
        ['pk_demo_taf', 'SOCIAL_PRESCRIBING_SERVICE'],
      ],
    );
    for (const p of partners) assert.ok(p.allowed_origins.includes('http://localhost:4000') && p.allowed_origins.includes('http://localhost:6006'));
    assert.equal(partners.find((p) => p.key === 'pk_demo_riverside')?.gp_practice_id, riverside?.id);
    assert.equal(partners.find((p) => p.key === 'pk_demo_riverside')?.referral_service_id, services[0]?.id);
    assert.equal(partners.find((p) => p.key === 'pk_demo_taf')?.default_language, 'cy');
    assert.equal(partners.find((p) => p.key === 'pk_demo_airevalley')?.prefers_miles, false);

    const staff = await db.selectFrom('staff_users').selectAll().execute();
    assert.ok(staff.length >= 4);
    for (const s of staff) assert.match(s.email, /@example\.org$/);
    const measures = await db.selectFrom('wellbeing_measures').selectAll().execute();
    assert.ok(measures.length >= 6);
    const terms = await db.selectFrom('goals').select('term').distinct().execute();
    assert.deepEqual(terms.map((t) => t.term).sort(), ['LONG', 'SHORT']);
  });

  test('seeds at least 600 activities, with activities in every category', async () => {
    const total = await database.db.selectFrom('activities').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(total.n) >= 600, `${total.n} activities`);
    const perCategory = await database.db
      .selectFrom('activity_category_links')
      .select(['category_id', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('category_id')
      .execute();
    const counts = new Map(perCategory.map((r) => [r.category_id, Number(r.n)]));
    for (const id of CATEGORY_IDS) assert.ok((counts.get(id) ?? 0) >= 15, `${id}: ${counts.get(id) ?? 0}`);
  });

  test('every activity with a place is within 20 km of a demo town and its postcode is known', async () => {
    const activities = await database.db.selectFrom('activities').select(['name', 'latitude', 'longitude', 'postcode', 'online']).execute();
    const known = new Set((await database.db.selectFrom('postcodes').select('postcode').execute()).map((p) => p.postcode));
    for (const a of activities) {
      if (a.online) {
        assert.equal(a.latitude, null);
        continue;
      }
      assert.ok(a.latitude !== null && a.longitude !== null, a.name);
      const nearest = Math.min(...DEMO_TOWNS.map((t) => distanceKm(a.latitude ?? 0, a.longitude ?? 0, t.latitude, t.longitude)));
      assert.ok(nearest <= 20, `${a.name} is ${nearest.toFixed(1)} km from a town`);
      assert.ok(a.postcode && known.has(a.postcode), `${a.name}: postcode ${a.postcode} missing from postcodes`);
    }
    for (const p of await database.db.selectFrom('gp_practices').select('postcode').execute()) assert.ok(known.has(p.postcode));
  });

  test('the days column agrees with each RRULE', async () => {
    const rows = await database.db.selectFrom('activities').select(['name', 'rrule', 'days', 'start_date', 'start_time']).execute();
    for (const r of rows) {
      assert.deepEqual(
        [...r.days].map(Number).sort((a, b) => a - b),
        daysOf(r.rrule, r.start_date),
        `${r.name}: ${r.rrule}`,
      );
      assert.ok(r.days.map(Number).includes(isoWeekday(r.start_date)), `${r.name} starts on a day it meets`);
      assert.match(r.start_time, /^\d\d:\d\d:00$/);
    }
  });

  test('seeding again does nothing', async () => {
    const before = await database.db.selectFrom('activities').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const result = await seedDemoData(database, { seed: 1, today: TODAY });
    assert.deepEqual(result, { seeded: false });
    const afterCount = await database.db.selectFrom('activities').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n);
    const partners = await sql<{ n: string }>`select count(*)::text as n from partners`.execute(database.db);
    assert.equal(partners.rows[0]?.n, '3');
  });

  test('the seeded rows are exactly the generated ones', async () => {
    const generated = generateDemoData({ seed: 1, today: TODAY });
    const ids = (await database.db.selectFrom('activities').select('id').where('source_feed', '=', 'demo').orderBy('id').execute()).map((r) => r.id);
    assert.deepEqual(ids, generated.activities.map((a) => a.id).sort());
    assert.ok(firstResult.seeded && firstResult.counts.activities === generated.activities.length);
  });
});

describe('generateBenchActivities', () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => {
    await database?.close();
  });

  test('inserts synthetic activities across Great Britain and replaces them on a second run', async () => {
    const progress: number[] = [];
    const first = await generateBenchActivities(database, { count: 2000, today: TODAY, onProgress: (done) => progress.push(done) });
    assert.equal(first.activities, 2000);
    assert.equal(progress.at(-1), 2000);
    const rows = await database.db
      .selectFrom('activities')
      .select(['rrule', 'days', 'start_date', 'latitude', 'longitude', 'online', 'free', 'source_feed'])
      .execute();
    assert.equal(rows.length, 2000);
    for (const r of rows) {
      assert.equal(r.source_feed, 'bench');
      assert.deepEqual([...r.days].map(Number), daysOf(r.rrule, r.start_date));
      if (r.online) continue;
      const nearest = Math.min(...BENCH_TOWNS.map((t) => distanceKm(r.latitude ?? 0, r.longitude ?? 0, t.latitude, t.longitude)));
      assert.ok(nearest <= 45, `bench activity ${nearest} km from a town`);
    }
    assert.ok(rows.some((r) => !r.free) && rows.some((r) => r.free) && rows.some((r) => r.online));
    const categories = await database.db.selectFrom('activity_category_links').select('category_id').distinct().execute();
    assert.equal(categories.length, CATEGORY_IDS.length);

    // Demo data is untouched by a rerun, and the rerun replaces the bench rows.
    await seedDemoData(database, { today: TODAY });
    const second = await generateBenchActivities(database, { count: 1500, today: TODAY });
    assert.equal(second.replaced, 2000);
    const byFeed = await database.db
      .selectFrom('activities')
      .select(['source_feed', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('source_feed')
      .orderBy('source_feed')
      .execute();
    assert.deepEqual(
      byFeed.map((r) => [r.source_feed, Number(r.n)]),
      [
        ['bench', 1500],
        ['demo', 640],
      ],
    );
  });
});
