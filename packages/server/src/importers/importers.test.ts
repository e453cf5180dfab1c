import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase } from '../testing/database.js';
import { runImportCommand } from './cli.js';
import { importOpenActive, mapOpenActiveItem } from './openactive.js';
import { costOf, importOruk, mapOrukService, servicesIn } from './oruk.js';
import { detectLayout, importPostcodes, mapPostcodeRow, osgbToWgs84 } from './postcodes.js';
import { categoriesFor } from './taxonomy.js';

const fixture = (p: string) => fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url));
const json = (p: string): unknown => JSON.parse(readFileSync(fixture(p), 'utf8'));

/** Distance in metres between two WGS84 points (haversine). */
function metres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.latitude - a.latitude) / 2) ** 2 + Math.cos(r(a.latitude)) * Math.cos(r(b.latitude)) * Math.sin(r(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

describe('mapping (pure)', () => {
  test('the official ORUK service example maps (online: no usable coordinates, attends remotely)', () => {
    const result = mapOrukService(json('oruk/service_full.json'));
    assert.ok('ok' in result, JSON.stringify(result));
    const a = result.ok.activity;
    assert.equal(a.name, 'Community Counselling');
    assert.equal(a.online, true);
    assert.equal(a.latitude, null);
    assert.equal(a.rrule, 'FREQ=WEEKLY;BYDAY=TH,FR');
    assert.deepEqual(a.days, [4, 5]);
    assert.equal(a.start_time, '10:00');
    assert.equal(a.duration_minutes, 480);
    assert.equal(a.free, false);
    assert.equal(a.amount_pence, 3500);
    assert.equal(a.min_age, 12);
    assert.equal(a.max_age, 100);
    assert.equal(result.ok.organiser.name, 'Example Organization Inc.');
  });

  test('the official ORUK list example has only one-to-one fields: rejected for want of a schedule', () => {
    const [item] = servicesIn(json('oruk/service_list.json'));
    assert.deepEqual(mapOrukService(item), { rejected: 'no schedule with an opening time' });
  });

  test('our ORUK v3 page: good records map, malformed ones say why', () => {
    const results = servicesIn(json('oruk/services_v3_page.json')).map(mapOrukService);
    const walk = results[0]!;
    assert.ok('ok' in walk);
    assert.equal(walk.ok.activity.rrule, 'FREQ=WEEKLY;BYDAY=TU');
    assert.equal(walk.ok.activity.start_date, '2026-01-06');
    assert.equal(walk.ok.activity.duration_minutes, 45);
    assert.equal(walk.ok.activity.phone, '0113 000 0000');
    assert.equal(walk.ok.activity.free, null, 'an empty cost_options says nothing: not stated, never "free"');
    const knit = results[1]!;
    assert.ok('ok' in knit);
    assert.equal(knit.ok.activity.rrule, 'FREQ=MONTHLY;BYDAY=1TH');
    assert.equal(knit.ok.activity.postcode, 'LS7 4NZ');
    assert.equal(knit.ok.activity.latitude, null);
    assert.equal(knit.ok.activity.amount_pence, 150);
    assert.equal(knit.ok.activity.end_date, '2026-12-31');
    assert.deepEqual(results.slice(2), [
      { rejected: 'no name' },
      { rejected: 'unsupported frequency HOURLY' },
      { rejected: 'status is defunct' },
      { rejected: 'no location with coordinates or a UK postcode, and not online' },
    ]);
  });

  test('cost: free only when stated, the lowest price when charged, else not stated', () => {
    assert.deepEqual(costOf([], null), { free: null, pence: null });
    assert.deepEqual(costOf([{ option: 'Donations welcome' }], null), { free: null, pence: null });
    assert.deepEqual(costOf([{ amount: 0 }], null), { free: true, pence: null });
    assert.deepEqual(costOf([{ option: 'Free to attend' }], null), { free: true, pence: null });
    assert.deepEqual(costOf([], 'No charge'), { free: true, pence: null });
    assert.deepEqual(costOf([{ amount: 2 }, { option: 'Concessions', amount: 1.5 }, { amount: 0 }], null), { free: false, pence: 150 });
    assert.deepEqual(costOf([], '£3.50 a session, carers free'), { free: false, pence: 350 });
    assert.deepEqual(costOf([{ amount: -1 }, { amount: 'lots' }], null), { free: null, pence: null });
    const yoga = (json('openactive/page1.json') as { items: { data: Record<string, unknown> }[] }).items[0]!;
    const charged = mapOpenActiveItem({ ...yoga, data: { ...yoga.data, offers: [], isAccessibleForFree: false } });
    assert.ok('ok' in charged && charged.ok.activity.free === false && charged.ok.activity.amount_pence === null, 'charges, price not given');
  });

  test('LocalGov Drupal (ORUK v1): one weekly rule from per-weekday rows', () => {
    const [learning, allotment] = (json('oruk/localgov_v1.json') as unknown[]).map(mapOrukService);
    assert.ok(learning && 'ok' in learning);
    assert.equal(learning.ok.activity.rrule, 'FREQ=WEEKLY;BYDAY=MO,WE');
    assert.deepEqual(learning.ok.activity.days, [1, 3]);
    assert.equal(learning.ok.activity.latitude, 53.8008);
    assert.equal(learning.ok.activity.postcode, 'LS1 3AB');
    assert.equal(learning.ok.activity.phone, '0113 111 1111');
    assert.equal(learning.ok.activity.free, null); // no cost options, no fees
    assert.deepEqual(learning.ok.terms, [{ scheme: 'esdServiceTypes', id: 'esd-1', label: 'Adult education' }]);
    assert.deepEqual(allotment, { rejected: 'no location with coordinates or a UK postcode, and not online' });
  });

  test('OpenActive items map; unsupported ones say why', () => {
    const page = json('openactive/page1.json') as { items: unknown[] };
    const [yoga, courts, nowhere, , session] = page.items.map(mapOpenActiveItem);
    assert.ok(yoga && 'ok' in yoga);
    assert.equal(yoga.ok.activity.rrule, 'FREQ=WEEKLY;BYDAY=MO');
    assert.equal(yoga.ok.activity.amount_pence, 350);
    assert.equal(yoga.ok.activity.min_age, 18);
    assert.ok(courts && 'ok' in courts);
    assert.equal(courts.ok.activity.rrule, 'FREQ=WEEKLY;BYDAY=MO,TU');
    assert.equal(courts.ok.activity.duration_minutes, 15 * 60);
    assert.equal(courts.ok.activity.free, true);
    assert.deepEqual(nowhere, { rejected: 'no location with geo or a UK postcode' });
    assert.ok(session && 'ok' in session);
    assert.equal(session.ok.activity.rrule, null);
    assert.equal(session.ok.activity.free, null, 'no offers and no isAccessibleForFree: not stated');
    assert.equal(session.ok.activity.start_date, '2026-03-29');
    assert.equal(session.ok.activity.start_time, '10:00');
    assert.equal(session.ok.activity.duration_minutes, 60);
    assert.deepEqual(mapOpenActiveItem({ id: 'x', state: 'updated', data: { '@type': 'Person' } }), { rejected: 'unsupported type Person' });
  });

  test('taxonomy: mapped terms first, keyword fallback otherwise', () => {
    const map = new Map([
      ['openactive|walking', ['walking']],
      ['esd|adult education', ['learning-and-skills']],
    ]);
    assert.deepEqual(categoriesFor(map, [{ scheme: 'https://openactive.io/activity-list', label: 'Walking' }], 'x'), ['walking']);
    assert.deepEqual(categoriesFor(map, [{ scheme: 'esdServiceTypes', label: 'Adult education' }], 'x'), ['learning-and-skills']);
    assert.deepEqual(categoriesFor(map, [], 'Community choir'), ['music-and-singing', 'social-groups']);
  });

  test('postcodes: both layouts detected; Code-Point easting/northing within 10 m of the ONSPD centroid', () => {
    assert.equal(detectLayout(['pcd', 'pcds', 'lat', 'long'])?.layout.kind, 'onspd');
    assert.deepEqual(detectLayout(['SW1A 1AA', '10', '529090', '179645']), { layout: { kind: 'codepoint', pc: 0, e: 2, n: 3 }, header: false });
    assert.equal(detectLayout(['Postcode', 'PQI', 'Eastings', 'Northings'])?.header, true);
    assert.equal(detectLayout(['a', 'b']), null);
    const converted = osgbToWgs84(529090, 179645);
    assert.ok(metres(converted, { latitude: 51.501009, longitude: -0.141588 }) < 10);
    assert.deepEqual(mapPostcodeRow(['sw1a1aa', '10', 'x', '1'], { kind: 'codepoint', pc: 0, e: 2, n: 3 }), { rejected: 'eastings or northings is not a number' });
  });
});

describe('importing into the database', () => {
  let database: TestDatabase;
  let server: Server;
  let base = '';
  const hits: string[] = [];

  before(async () => {
    database = await openTestDatabase();
    const pages: Record<string, string> = {
      '': 'page1.json',
      '1700000300': 'page2.json',
      '1700000500': 'page3.json',
    };
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base);
      hits.push(url.pathname + url.search);
      if (url.pathname === '/feeds/session-series') {
        const file = pages[url.searchParams.get('afterTimestamp') ?? ''];
        if (!file) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(fixture(`openactive/${file}`), 'utf8').replaceAll('{{base}}', base));
      } else if (url.pathname === '/broken/feed') {
        // A first page, then the server fails.
        if (url.searchParams.has('afterId')) return void res.writeHead(500).end();
        const page = JSON.parse(readFileSync(fixture('openactive/page1.json'), 'utf8').replaceAll('{{base}}', base)) as { next: string };
        page.next = `${base}/broken/feed?afterId=x`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page));
      } else if (url.pathname === '/oruk/services') {
        // Two pages of the v3 fixture, one-to-one fields only, to be fetched in full one by one.
        const all = servicesIn(json('oruk/services_v3_page.json')) as { id: string; name?: string }[];
        const page = Number(url.searchParams.get('page') ?? 1);
        const contents = all.slice((page - 1) * 3, page * 3).map(({ id, name }) => ({ id, name, status: 'active' }));
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ total_items: all.length, total_pages: 2, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= 2, empty: !contents.length, contents }),
        );
      } else if (url.pathname.startsWith('/oruk/services/')) {
        const id = decodeURIComponent(url.pathname.split('/').pop()!);
        const found = (servicesIn(json('oruk/services_v3_page.json')) as { id: string }[]).find((s) => s.id === id);
        if (!found) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(found));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  test('postcodes: ONSPD then Code-Point (header-less), rejects with reasons, idempotent', async () => {
    const onspd = await importPostcodes(database.db, fixture('postcodes/onspd.csv'));
    assert.equal(onspd.layout, 'onspd');
    assert.equal(onspd.created, 4);
    assert.equal(onspd.rejected, 3);
    assert.deepEqual(
      onspd.rejections.map((r) => r.reason),
      ['no grid reference (or outside the UK)', 'not a UK postcode: NOTAPOSTCODE', 'latitude or longitude is not a number'],
    );
    const again = await importPostcodes(database.db, fixture('postcodes/onspd.csv'));
    assert.equal(again.created, 0);
    assert.equal(again.unchanged, 4);

    const cp = await importPostcodes(database.db, fixture('postcodes/codepoint.csv'));
    assert.equal(cp.layout, 'codepoint');
    assert.equal(cp.rejected, 2);
    const sw1a = await database.db.selectFrom('postcodes').selectAll().where('postcode', '=', 'SW1A 1AA').executeTakeFirstOrThrow();
    assert.ok(metres(sw1a, { latitude: 51.501009, longitude: -0.141588 }) < 10);
    const ls1 = await database.db.selectFrom('postcodes').selectAll().where('postcode', '=', 'LS1 4DY').executeTakeFirstOrThrow();
    assert.ok(metres(ls1, { latitude: 53.799005, longitude: -1.543313 }) < 10);
    const header = await importPostcodes(database.db, fixture('postcodes/codepoint_header.csv'));
    assert.equal(header.layout, 'codepoint');
    assert.equal(header.unchanged, 1);
  });

  test('ORUK file: imports the good records, rejects the rest, re-run is idempotent', async () => {
    const first = await importOruk(database.db, fixture('oruk/services_v3_page.json'));
    assert.equal(first.created, 2);
    assert.equal(first.rejected, 4);
    const knit = await database.db.selectFrom('activities').selectAll().where('source_feed', '=', first.feed).where('name', '=', 'Knit and Natter').executeTakeFirstOrThrow();
    assert.equal(knit.latitude, 53.8275, 'coordinates from the postcode centroid');
    const links = await database.db
      .selectFrom('activity_category_links as l')
      .innerJoin('activities as a', 'a.id', 'l.activity_id')
      .select(['a.name', 'l.category_id'])
      .where('a.source_feed', '=', first.feed)
      .orderBy('a.name')
      .orderBy('l.category_id')
      .execute();
    assert.deepEqual(links, [
      { name: 'Knit and Natter', category_id: 'arts-and-crafts' },
      { name: 'Roundhay Park Health Walk', category_id: 'walking' },
    ]);
    const second = await importOruk(database.db, fixture('oruk/services_v3_page.json'));
    assert.equal(second.created, 0);
    assert.equal(second.updated, 0);
    assert.equal(second.unchanged, 2);
    const run = await database.db.selectFrom('import_runs').selectAll().where('id', '=', second.runId).executeTakeFirstOrThrow();
    assert.equal(run.unchanged, 2);
    assert.equal(run.rejected, 4);
    assert.ok(run.finished_at);

    const v1 = await importOruk(database.db, fixture('oruk/localgov_v1.json'));
    assert.equal(v1.created, 1);
    assert.equal(v1.rejected, 1);
    const official = await importOruk(database.db, fixture('oruk/service_full.json'));
    assert.equal(official.created, 1);
  });

  test('ORUK URL: follows pages until last_page and fetches thin list items in full', async () => {
    hits.length = 0;
    // The API root stands for its /services list.
    const result = await importOruk(database.db, `${base}/oruk`);
    assert.equal(result.feed, `oruk:127.0.0.1:${new URL(base).port}/oruk`);
    assert.equal(result.created, 2);
    assert.equal(result.rejected, 4);
    assert.deepEqual(
      hits.filter((h) => h.startsWith('/oruk/services?')),
      ['/oruk/services?page=1', '/oruk/services?page=2'],
    );
  });

  test('OpenActive RPDE: follows next, applies deletes, stops on the empty page; idempotent', async () => {
    hits.length = 0;
    const url = `${base}/feeds/session-series`;
    const result = await importOpenActive(database.db, url);
    assert.equal(result.pages, 3);
    assert.deepEqual(hits, ['/feeds/session-series', '/feeds/session-series?afterTimestamp=1700000300&afterId=ss-3', '/feeds/session-series?afterTimestamp=1700000500&afterId=odd-1']);
    // page 1: ss-1, fu-1, ss-3, sched-1 created; ss-2 rejected. page 2: ss-3 deleted, ss-1 updated, odd-1 rejected.
    assert.equal(result.created, 4);
    assert.equal(result.updated, 1);
    assert.equal(result.deleted, 1);
    assert.deepEqual(result.rejections, [
      { record: 'ss-2', reason: 'no location with geo or a UK postcode' },
      { record: 'odd-1', reason: 'unsupported type Person' },
    ]);
    const rows = await database.db.selectFrom('activities').select(['source_id', 'name', 'rrule']).where('source_feed', '=', result.feed).orderBy('source_id').execute();
    assert.deepEqual(rows, [
      { source_id: 'fu-1', name: 'Badminton courts', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU' },
      { source_id: 'sched-1', name: 'Park run taster', rrule: null },
      { source_id: 'ss-1', name: 'Gentle Yoga (new time)', rrule: 'FREQ=WEEKLY;BYDAY=TU' },
    ]);
    const yogaCategories = await database.db
      .selectFrom('activity_category_links as l')
      .innerJoin('activities as a', 'a.id', 'l.activity_id')
      .select('l.category_id')
      .where('a.source_id', '=', 'ss-1')
      .orderBy('l.category_id')
      .execute();
    assert.deepEqual(yogaCategories.map((c) => c.category_id), ['exercise-and-sport', 'health-and-wellbeing']);

    // Replaying the whole feed from its start converges on the same rows: ss-3 comes back on page 1 and is
    // deleted again on page 2; ss-1 is rewritten to its old and then its new version; the rest are unchanged.
    const again = await importOpenActive(database.db, url);
    assert.deepEqual([again.created, again.deleted, again.updated, again.unchanged], [1, 1, 2, 2]);
    assert.deepEqual(await database.db.selectFrom('activities').select(['source_id', 'name', 'rrule']).where('source_feed', '=', result.feed).orderBy('source_id').execute(), rows);
  });

  test('CLI: summary on stdout, exit 1 when the source cannot be read', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
    assert.equal(await runImportCommand(database, ['postcodes', fixture('postcodes/onspd.csv')], { io }), 0);
    assert.match(out.join(''), /unchanged\s+4/);
    assert.match(out.join(''), /line 6: no grid reference/);
    assert.equal(await runImportCommand(database, ['oruk', fixture('does-not-exist.json')], { io }), 1);
    assert.match(err.join(''), /could not read/);
    assert.equal(await runImportCommand(database, ['openactive', `${base}/nothing-here`], { io }), 1);
    assert.equal(await runImportCommand(database, ['nonsense', 'x'], { io }), 1);
    out.length = 0;
    assert.equal(await runImportCommand(database, ['openactive', `${base}/broken/feed`], { io }), 1);
    assert.match(err.join(''), /answered 500/);
    assert.match(out.join(''), /Imported before the failure:\n\s+created\s+4/);
    const failed = await database.db.selectFrom('import_runs').select(['failure', 'created']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.match(failed.failure ?? '', /answered 500/);
    assert.equal(failed.created, 4);
  });
});
