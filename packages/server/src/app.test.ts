/**
 * The HTTP app end to end through `app.fetch` (no port), on a real database with the demo data:
 * routes, partners and origins, trusted documents, error codes and masking, limits and logs.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createLogger } from './log.js';
import { createTestApp, type TestApp } from './testing/app.js';
import { loadPersistedDocuments } from './http/persisted-documents.js';
import { loadConfig } from './config.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const get = (path: string, init?: RequestInit) => t.app.fetch(new Request(`http://waymark.test${path}`, init));

describe('HTTP routes', () => {
  it('answers /health and /ready, and /ready turns 503 while draining', async () => {
    const health = await get('/health');
    assert.equal(health.status, 200);
    assert.equal((await health.json()).status, 'ok');
    assert.equal((await get('/ready')).status, 200);
    const other = await createTestApp({ seed: false });
    after(() => other.close());
    other.app.drain();
    const ready = await other.app.fetch(new Request('http://waymark.test/ready'));
    assert.equal(ready.status, 503);
    assert.equal((await ready.json()).status, 'draining');
  });

  it('serves the example pages and refuses paths outside them', async () => {
    const page = await get('/examples/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.equal((await get('/examples/%2e%2e/package.json')).status, 404);
    assert.equal((await get('/examples/..%2fpackage.json')).status, 404);
    assert.equal((await get('/examples/no-such-page.html')).status, 404);
    const root = await get('/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/examples/');
  });

  it('serves GraphiQL in development from its own bundle (no CDN), and not in production', async () => {
    const page = await get('/graphql', { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /GraphiQL|graphiql/);
    assert.doesNotMatch(html, /unpkg\.com|jsdelivr|cdn\./);
    const prod = await createTestApp({ seed: false, config: { graphiql: false } });
    after(() => prod.close());
    const none = await prod.app.fetch(new Request('http://waymark.test/graphql', { headers: { accept: 'text/html' } }));
    assert.notEqual(none.headers.get('content-type')?.includes('text/html') && (await none.text()).includes('graphiql'), true);
  });

  it('refuses GraphQL bodies that are too large or have no length', async () => {
    const big = JSON.stringify({ query: `{ about { version } }`, variables: { pad: 'x'.repeat(t.config.maxBodyBytes) } });
    const tooLarge = await get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big });
    assert.equal(tooLarge.status, 413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"query":"{ about { version } }"}'));
        c.close();
      },
    });
    const noLength = await get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    assert.equal(noLength.status, 411);
  });
});

describe('read side of the schema', () => {
  it('says which server and database answered', async () => {
    const { body } = await t.graphql<{ about: { version: string; database: string; now: string } }>(`{ about { version database now } }`);
    assert.equal(body.data?.about.version, '0.1.0');
    assert.equal(body.data?.about.database, process.env.DATABASE_URL ? 'postgres' : 'pglite');
    assert.ok(body.data && Math.abs(Date.parse(body.data.about.now) - Date.now()) < 60_000);
  });

  it('gives a partner its public profile, practice and referral service', async () => {
    const { body } = await t.graphql<{ partner: { name: string; kind: string; gpPractice: { odsCode: string; pcn: { name: string } }; referralService: { name: string; acceptsSelfReferrals: boolean } } }>(
      `query ($key: String!) { partner(key: $key) { name kind gpPractice { odsCode pcn { name } } referralService { name acceptsSelfReferrals } } }`,
      { key: 'pk_demo_riverside' },
    );
    assert.equal(body.errors, undefined);
    assert.equal(body.data?.partner.name, 'Riverside Surgery');
    assert.equal(body.data?.partner.kind, 'GP_PRACTICE');
    assert.equal(body.data?.partner.gpPractice.odsCode, 'B86001');
    assert.ok(body.data?.partner.gpPractice.pcn.name);
    assert.equal(body.data?.partner.referralService.acceptsSelfReferrals, true);
    const none = await t.graphql(`{ partner(key: "pk_nobody_here") { name } }`);
    assert.deepEqual(none.body.data, { partner: null });
  });

  it('searches practices by name, town or ODS code, in any case', async () => {
    type R = { gpPractices: { nodes: { name: string; odsCode: string; address: { town: string } }[]; totalCount: number } };
    const byName = await t.graphql<R>(`{ gpPractices(search: "RIVERSIDE") { nodes { name odsCode address { town } } totalCount } }`);
    assert.ok(byName.body.data!.gpPractices.nodes.some((p) => p.odsCode === 'B86001'));
    const byCode = await t.graphql<R>(`{ gpPractices(search: "b86001") { nodes { name odsCode address { town } } totalCount } }`);
    assert.deepEqual(byCode.body.data!.gpPractices.nodes.map((p) => p.odsCode), ['B86001']);
    const byTownAndName = await t.graphql<R>(`{ gpPractices(search: "leeds riverside") { nodes { odsCode address { town } } totalCount } }`);
    assert.ok(byTownAndName.body.data!.gpPractices.nodes.every((p) => p.address.town === 'Leeds'));
    const nothing = await t.graphql<R>(`{ gpPractices(search: "zzzz qqqq") { nodes { odsCode address { town } } totalCount } }`);
    assert.equal(nothing.body.data!.gpPractices.totalCount, 0);
  });

  it('pages through every practice with cursors, with no repeats and no gaps', async () => {
    type R = { gpPractices: { nodes: { odsCode: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const res: { body: { data?: R } } = await t.graphql<R>(
        `query ($after: String) { gpPractices(first: 7, after: $after) { nodes { odsCode name } pageInfo { hasNextPage endCursor } totalCount } }`,
        { after },
      );
      const page: R['gpPractices'] = res.body.data!.gpPractices;
      total = page.totalCount;
      seen.push(...page.nodes.map((n: { odsCode: string }) => n.odsCode));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.ok(total >= 20, `expected about 20 practices, got ${total}`);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });

  it('reports bad paging input by field', async () => {
    const big = await t.graphql(`{ gpPractices(first: 500) { totalCount } }`);
    assert.equal(big.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(big.body.errors?.[0]?.extensions?.fields, { first: 'first.range' });
    const forged = await t.graphql(`{ pcns(after: "forged") { totalCount } }`);
    assert.deepEqual(forged.body.errors?.[0]?.extensions?.fields, { after: 'cursor.invalid' });
  });

  it('shows PCNs with their practices and services, and services with coverage and link workers', async () => {
    type R = {
      pcns: { nodes: { name: string; practices: { totalCount: number }; services: { name: string }[] }[]; totalCount: number };
      socialPrescribingServices: {
        nodes: { id: string; name: string; coveredPractices: { odsCode: string }[]; linkWorkers: { displayName: string; roleTitle: string; photo: { alt: string } | null }[]; openingHours: { day: string; opens: string }[] }[];
      };
    };
    const { body } = await t.graphql<R>(`{
      pcns { totalCount nodes { name practices { totalCount } services { name } } }
      socialPrescribingServices { nodes { id name coveredPractices { odsCode } linkWorkers { displayName roleTitle photo { alt } } openingHours { day opens } } }
    }`);
    assert.equal(body.errors, undefined);
    assert.equal(body.data!.pcns.totalCount, 3);
    assert.ok(body.data!.pcns.nodes.every((p) => p.practices.totalCount > 0));
    const services = body.data!.socialPrescribingServices.nodes;
    assert.equal(services.length, 2);
    for (const s of services) {
      assert.ok(s.coveredPractices.length > 0, `${s.name} covers practices`);
      assert.ok(s.linkWorkers.length >= 4, `${s.name} has a team`);
      assert.ok(s.openingHours.length > 0);
      for (const w of s.linkWorkers) if (w.photo) assert.ok(w.photo.alt.length > 0, 'every photo has alt text');
    }
    const aire = services.find((s) => s.coveredPractices.some((p) => p.odsCode === 'B86001'));
    assert.ok(aire, 'Riverside Surgery is covered');
  });

  it('serves every link worker photo the demo data shows', async () => {
    const { body } = await t.graphql<{ socialPrescribingServices: { nodes: { linkWorkers: { photo: { url: string } | null }[] }[] } }>(
      `{ socialPrescribingServices { nodes { linkWorkers { photo { url } } } } }`,
    );
    const urls = body.data!.socialPrescribingServices.nodes.flatMap((s) => s.linkWorkers.flatMap((w) => (w.photo ? [w.photo.url] : [])));
    assert.ok(urls.length >= 3);
    for (const url of urls) assert.equal((await get(new URL(url, 'http://waymark.test').pathname)).status, 200, url);
  });

  it('shows a link worker’s surname only when they agreed', async () => {
    const rows = await t.database.db.selectFrom('link_workers').selectAll().execute();
    const hidden = rows.find((w) => !w.show_surname)!;
    const shown = rows.find((w) => w.show_surname);
    const { body } = await t.graphql<{ socialPrescribingService: { linkWorkers: { id: string; displayName: string }[] } }>(
      `query ($id: ID!) { socialPrescribingService(id: $id) { linkWorkers { id displayName } } }`,
      { id: hidden.service_id },
    );
    const w = body.data!.socialPrescribingService.linkWorkers.find((x) => x.id === hidden.id)!;
    assert.equal(w.displayName, hidden.first_name);
    assert.ok(!w.displayName.includes(hidden.surname));
    if (shown) {
      const r = await t.graphql<{ socialPrescribingService: { linkWorkers: { id: string; displayName: string }[] } }>(
        `query ($id: ID!) { socialPrescribingService(id: $id) { linkWorkers { id displayName } } }`,
        { id: shown.service_id },
      );
      assert.equal(r.body.data!.socialPrescribingService.linkWorkers.find((x) => x.id === shown.id)!.displayName, `${shown.first_name} ${shown.surname}`);
    }
  });
});

describe('activities', () => {
  type A = { id: string; name: string; distanceKm: number | null; cost: { free: boolean; amountPence: number | null }; categories: { id: string }[]; nextSession: { start: string } | null; schedule: { days: string[]; startTime: string } };
  type R = { activities: { nodes: A[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  const fields = `nodes { id name distanceKm cost { free amountPence } categories { id } nextSession { start } schedule { days startTime } } totalCount pageInfo { hasNextPage endCursor }`;
  const leeds = { latitude: 53.7997, longitude: -1.5492 };

  it('finds activities near a point, nearest first, all within the radius, as a brute-force haversine agrees', async () => {
    const { body } = await t.graphql<R>(`query ($f: ActivityFilter) { activities(filter: $f, first: 100) { ${fields} } }`, { f: { near: leeds, radiusKm: 5 } });
    assert.equal(body.errors, undefined);
    const nodes = body.data!.activities.nodes;
    assert.ok(nodes.length > 0);
    const distances = nodes.map((n) => n.distanceKm!);
    assert.deepEqual([...distances].sort((a, b) => a - b), distances);
    assert.ok(distances.every((d) => d <= 5));
    const all = await t.database.db.selectFrom('activities').select(['id', 'latitude', 'longitude']).where('latitude', 'is not', null).execute();
    const rad = (d: number) => (d * Math.PI) / 180;
    const haversine = (lat: number, lng: number) => {
      const a = Math.sin(rad(lat - leeds.latitude) / 2) ** 2 + Math.cos(rad(leeds.latitude)) * Math.cos(rad(lat)) * Math.sin(rad(lng - leeds.longitude) / 2) ** 2;
      return 2 * 6371 * Math.asin(Math.sqrt(a));
    };
    // Compare away from the boundary: earthdistance's sphere (6378.168 km) and haversine's differ slightly.
    const expected = all.filter((r) => haversine(r.latitude!, r.longitude!) <= 4.98).map((r) => r.id);
    const got = new Set(nodes.map((n) => n.id));
    assert.equal(body.data!.activities.totalCount >= expected.length, true);
    for (const id of expected) assert.ok(got.has(id) || body.data!.activities.totalCount > 100, `activity ${id} is within 5 km`);
  });

  it('filters by category, cost, day and time of day in SQL', async () => {
    const cats = await t.graphql<{ activityCategories: { id: string; name: string; nameCy: string }[] }>(`{ activityCategories { id name nameCy } }`);
    const categories = cats.body.data!.activityCategories;
    assert.ok(categories.length >= 8);
    assert.ok(categories.every((c) => c.nameCy && c.nameCy !== c.name));
    const cat = categories[0]!.id;
    const { body } = await t.graphql<R>(`query ($f: ActivityFilter) { activities(filter: $f, first: 100) { ${fields} } }`, {
      f: { categories: [cat], freeOnly: true, days: ['TUESDAY', 'THURSDAY'], timesOfDay: ['MORNING'] },
    });
    assert.equal(body.errors, undefined);
    for (const a of body.data!.activities.nodes) {
      assert.ok(a.categories.some((c) => c.id === cat));
      assert.equal(a.cost.free, true);
      assert.ok(a.schedule.days.some((d) => d === 'TUESDAY' || d === 'THURSDAY'));
      assert.ok(a.schedule.startTime < '12:00');
    }
    const capped = await t.graphql<R>(`{ activities(filter: { maxCostPence: 300 }, first: 100) { ${fields} } }`);
    assert.ok(capped.body.data!.activities.nodes.every((a) => a.cost.free || a.cost.amountPence! <= 300));
  });

  it('forgives a typo in the keyword', async () => {
    const { body } = await t.graphql<R>(`{ activities(filter: { keyword: "gardenning" }, first: 20) { ${fields} } }`);
    assert.ok(body.data!.activities.nodes.some((a) => /garden/i.test(a.name)), 'a gardening activity is found');
  });

  it('gives each activity its next session in the future', async () => {
    const { body } = await t.graphql<R>(`{ activities(first: 50) { ${fields} } }`);
    const withNext = body.data!.activities.nodes.filter((a) => a.nextSession);
    assert.ok(withNext.length > 40);
    assert.ok(withNext.every((a) => Date.parse(a.nextSession!.start) >= Date.now() - 60_000));
  });

  it('reports a bad filter by field, all at once', async () => {
    const { body } = await t.graphql(`{ activities(filter: { near: { latitude: 95, longitude: 0 }, radiusKm: 500, age: -1 }) { totalCount } }`);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(body.errors?.[0]?.extensions?.fields, { 'filter.near.latitude': 'latitude.range', 'filter.radiusKm': 'radius.range', 'filter.age': 'age.range' });
  });

  it('normalises postcodes and refuses invalid ones with a field code', async () => {
    const { body } = await t.graphql<{ postcodeLocation: { latitude: number } | null }>(`query ($p: Postcode!) { postcodeLocation(postcode: $p) { latitude } }`, { p: 'sw1a 1aa' });
    assert.equal(body.errors, undefined);
    assert.equal(body.data?.postcodeLocation, null);
    const known = (await t.database.db.selectFrom('postcodes').select('postcode').executeTakeFirstOrThrow()).postcode;
    const messy = known.replace(' ', '').toLowerCase();
    const found = await t.graphql<{ postcodeLocation: { latitude: number } | null }>(`query ($p: Postcode!) { postcodeLocation(postcode: $p) { latitude } }`, { p: messy });
    assert.ok(found.body.data?.postcodeLocation, `${messy} is found as ${known}`);
    const bad = await t.graphql(`query ($p: Postcode!) { postcodeLocation(postcode: $p) { latitude } }`, { p: 'not a postcode' });
    assert.equal(bad.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(bad.body.errors?.[0]?.extensions?.fields, { p: 'postcode.invalid' });
  });
});

describe('staff-only data', () => {
  it('refuses referrals and clients to anyone not signed in', async () => {
    for (const q of [`{ referrals { totalCount } }`, `{ clients { totalCount } }`, `{ referral(reference: "WM-AAAA-AAAA") { id } }`]) {
      const { body } = await t.graphql(q);
      assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', q);
      assert.ok(!body.data || Object.values(body.data).every((v) => v === null), 'no data leaks');
    }
  });

  it('shows a signed-in link worker their own service’s referrals and clients, and audits every read', async () => {
    const staff = await t.database.db.selectFrom('staff_users').selectAll().executeTakeFirstOrThrow();
    const partner = await t.database.db.selectFrom('partners').selectAll().where('key', '=', 'pk_demo_riverside').executeTakeFirstOrThrow();
    const referral = await t.database.db
      .insertInto('referrals')
      .values({
        reference: 'WM-TEST-0001',
        partner_id: partner.id,
        idempotency_key: 'k1',
        payload_hash: 'h',
        service_id: staff.service_id,
        source: 'SELF_REFERRAL',
        full_name: 'Test Person',
        date_of_birth: '1950-01-01',
        postcode: 'LS1 4DY',
        phone: '0113 496 0000',
        consent_wording_version: 'v1',
        consent_sharing: true,
        consent_contact: true,
        consent_given_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.database.db.insertInto('referral_status_history').values({ referral_id: referral.id, status: 'RECEIVED' }).execute();
    // A second app on the same seeded database, whose requests come from this staff user.
    const { createApp } = await import('./app.js');
    const app = createApp({ database: t.database, config: t.config, authenticateStaff: async () => staff, log: createLogger({ logLevel: 'silent' }) });
    const body = JSON.stringify({ query: `{ viewer { displayName } referrals { totalCount nodes { reference person { fullName } history { status } } } clients { totalCount } }` });
    const res = await app.fetch(new Request('http://waymark.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body }));
    const json = (await res.json()) as { data: { viewer: { displayName: string }; referrals: { totalCount: number; nodes: { reference: string; person: { fullName: string }; history: { status: string }[] }[] }; clients: { totalCount: number } } };
    assert.equal(json.data.viewer.displayName, staff.display_name);
    const mine = json.data.referrals.nodes.find((n) => n.reference === 'WM-TEST-0001');
    assert.ok(mine);
    assert.deepEqual(mine.history.map((h) => h.status), ['RECEIVED']);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', referral.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.staff_user_id, staff.id);
    assert.equal(audit[0]!.action, 'read');
  });
});

describe('partners, origins and CORS', () => {
  const allowed = 'http://localhost:4000';
  it('answers a preflight from a registered origin and not from others', async () => {
    const ok = await get('/graphql', { method: 'OPTIONS', headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-waymark-partner' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), allowed);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /x-waymark-partner/);
    const evil = await get('/graphql', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
  });

  it('refuses a partner key used from an origin the partner did not register, and unknown keys', async () => {
    const q = `{ about { version } }`;
    const wrongOrigin = await t.graphql(q, undefined, { origin: 'https://evil.example', 'x-waymark-partner': 'pk_demo_riverside' });
    assert.equal(wrongOrigin.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const unknown = await t.graphql(q, undefined, { origin: allowed, 'x-waymark-partner': 'pk_not_a_partner' });
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const good = await t.graphql(q, undefined, { origin: allowed, 'x-waymark-partner': 'pk_demo_riverside' });
    assert.equal(good.body.errors, undefined);
    assert.equal(good.response.headers.get('access-control-allow-origin'), allowed);
  });
});

describe('trusted documents', () => {
  it('in production runs only the operations the kit was built with, by id', async () => {
    const prod = await createTestApp({ seed: true, config: { allowArbitraryOperations: false } });
    after(() => prod.close());
    const arbitrary = await prod.graphql(`{ about { version } }`);
    assert.ok(arbitrary.body.errors?.length, 'query text is refused');
    const documents = [...loadPersistedDocuments(loadConfig({ NODE_ENV: 'test' }).persistedDocumentDirs)];
    // Core's partner profile (every widget's first request), found by its text: the manifest's order is not meaningful.
    const [id] = documents.find(([, text]) => /query PartnerProfile\b/.test(text)) ?? [];
    assert.ok(id, 'the kit has the PartnerProfile persisted document');
    const body = JSON.stringify({ documentId: id, variables: { key: 'pk_demo_riverside' } });
    const res = await prod.app.fetch(new Request('http://waymark.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body }));
    const json = (await res.json()) as { data?: { partner: { name: string } }; errors?: unknown[] };
    assert.equal(json.errors, undefined);
    assert.equal(json.data?.partner.name, 'Riverside Surgery');
    const unknownBody = JSON.stringify({ documentId: 'sha256:0000', variables: {} });
    const unknown = await prod.app.fetch(new Request('http://waymark.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(unknownBody.length) }, body: unknownBody }));
    assert.ok(((await unknown.json()) as { errors?: unknown[] }).errors?.length);
  });

  it('has a manifest whose every id is the sha256 of its document', async () => {
    const { createHash } = await import('node:crypto');
    const docs = loadPersistedDocuments(loadConfig({ NODE_ENV: 'test' }).persistedDocumentDirs);
    assert.ok(docs.size > 0);
    for (const [id, doc] of docs) assert.equal(id, `sha256:${createHash('sha256').update(doc).digest('hex')}`);
  });
});

describe('errors and logs', () => {
  it('masks unexpected failures: no SQL, no stack, just INTERNAL_SERVER_ERROR', async () => {
    const broken = await createTestApp({ seed: true });
    after(() => broken.close());
    await sql`drop table activity_category_links`.execute(broken.database.db);
    const { body } = await broken.graphql(`{ activityCategories { id } activities(filter: { categories: ["walking"] }) { totalCount } }`);
    const text = JSON.stringify(body);
    assert.equal(body.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR');
    assert.doesNotMatch(text, /relation|activity_category_links|select|stack/i);
  });

  it('logs one line per request with no personal data in it', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await createTestApp({ seed: true, log: createLogger({ logLevel: 'info' }, sink) });
    after(() => logged.close());
    await logged.graphql(`query Where($p: Postcode!) { postcodeLocation(postcode: $p) { latitude } }`, { p: 'LS1 4DY' }, { 'x-waymark-partner': 'pk_demo_riverside' });
    const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'request');
    assert.ok(entry, 'a request line is logged');
    assert.equal(entry.path, '/graphql');
    assert.equal(entry.operation, 'Where');
    assert.equal(entry.partner, 'pk_demo_riverside');
    assert.ok(typeof entry.ms === 'number');
    assert.doesNotMatch(lines.join('\n'), /LS1 4DY|LS14DY/);
  });
});
