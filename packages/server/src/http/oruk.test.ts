import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import { sql } from 'kysely';
import addFormatsModule from 'ajv-formats';
import { createTestApp, type TestApp } from '../testing/app.js';
import { TAXONOMY_ID, termId } from './oruk.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
type Json = Record<string, unknown>;

const schema = (name: string): Json => JSON.parse(readFileSync(new URL(`./oruk-schemas/${name}.json`, import.meta.url), 'utf8')) as Json;

/**
 * The official schemas leave additionalProperties open; we also want to know we send nothing they do not
 * define, so every object schema with `properties` is closed here.
 */
function closed(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(closed);
  if (!s || typeof s !== 'object') return s;
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, d]) => [p, closed(d)])) : closed(v);
  if ('properties' in out && out.type === 'object') out.additionalProperties = false;
  return out;
}

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const compile = (s: unknown): ValidateFunction => ajv.compile(closed(s) as Json);
const service = compile(schema('service'));
const serviceList = compile(schema('service_list'));
const sal = compile(schema('service_at_location'));
const salList = compile(schema('service_at_location_list'));
const serviceSchema = schema('service') as { properties: { attributes: { items: { properties: { taxonomy_term: Json } } } } };
const taxonomyTerm = compile({ ...serviceSchema.properties.attributes.items.properties.taxonomy_term, required: ['id', 'name', 'description'] });
const openapi = schema('openapi') as { components: { schemas: { Page: Json } } };
const page = compile({ ...openapi.components.schemas.Page, required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'], properties: { ...(openapi.components.schemas.Page.properties as Json), contents: { type: 'array' } } });

function valid(validate: ValidateFunction, value: unknown, what: string): void {
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 600)}`);
}

interface Envelope<T = Json> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

describe('Open Referral UK read API', () => {
  let t: TestApp;
  const get = async (path: string, init: RequestInit = {}) => {
    const response = await t.app.fetch(new Request(`http://waymark.test${path}`, init));
    return { response, body: (response.status === 204 ? {} : await response.json()) as Envelope & Json };
  };
  let activityCount = 0;

  before(async () => {
    t = await createTestApp();
    activityCount = Number((await t.database.db.selectFrom('activities').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  });
  after(() => t.close());

  test('services: the paging envelope, CORS open, each item valid against service_list.json', async () => {
    const { response, body } = await get('/oruk/services?per_page=7');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    valid(page, body, 'envelope');
    assert.equal(body.total_items, activityCount);
    assert.equal(body.total_pages, Math.ceil(activityCount / 7));
    assert.deepEqual([body.page_number, body.size, body.first_page, body.last_page, body.empty], [1, 7, true, false, false]);
    for (const s of body.contents) valid(serviceList, s, `service ${String(s.id)}`);

    const second = (await get('/oruk/services?per_page=7&page=2')).body;
    assert.equal(second.page_number, 2);
    assert.equal(second.first_page, false);
    assert.ok(!second.contents.some((s) => body.contents.some((f) => f.id === s.id)), 'pages do not overlap');
    const last = (await get(`/oruk/services?per_page=7&page=${body.total_pages}`)).body;
    assert.equal(last.last_page, true);
    assert.equal(last.size, activityCount - 7 * (body.total_pages - 1));
    const beyond = (await get(`/oruk/services?per_page=7&page=${body.total_pages + 1}`)).body;
    assert.deepEqual([beyond.empty, beyond.size, beyond.last_page], [true, 0, true]);
  });

  test('one service, fully nested, valid against service.json; service_at_location the same', async () => {
    const [first] = (await get('/oruk/services?per_page=1')).body.contents;
    const { response, body } = await get(`/oruk/services/${String(first!.id)}`);
    assert.equal(response.status, 200);
    valid(service, body, 'service');
    const schedules = body.schedules as Json[];
    assert.equal(schedules.length, 1);
    assert.match(String(schedules[0]!.opens_at), /^\d\d:\d\d$/);
    assert.ok((body.attributes as Json[]).length >= 1, 'categories as taxonomy terms');
    assert.equal((body.service_at_locations as Json[]).length, 1);

    const one = await get(`/oruk/service_at_locations/${String(first!.id)}`);
    assert.equal(one.response.status, 200);
    valid(sal, one.body, 'service_at_location');
    assert.equal((one.body.service as Json).id, first!.id);

    const listed = (await get('/oruk/service_at_locations?per_page=10')).body;
    valid(page, listed, 'envelope');
    for (const s of listed.contents) valid(salList, s, 'service_at_location list item');

    assert.equal((await get('/oruk/services/00000000-0000-4000-8000-000000000000')).response.status, 404);
    assert.equal((await get('/oruk/services/not-a-uuid')).response.status, 404);
  });

  test('cost: "Free" only when stated; a cost not stated publishes no cost option and no fees', async () => {
    const [one, two] = (await get('/oruk/services?per_page=2')).body.contents;
    await t.database.db.updateTable('activities').set({ free: null, amount_pence: null, concessions: null }).where('id', '=', String(one!.id)).execute();
    await t.database.db.updateTable('activities').set({ free: true, amount_pence: null }).where('id', '=', String(two!.id)).execute();
    const unknown = (await get(`/oruk/services/${String(one!.id)}`)).body;
    valid(service, unknown, 'service whose cost is not stated');
    assert.deepEqual(unknown.cost_options, []);
    assert.equal(unknown.fees, undefined, 'nothing said, so no fees text (never "Free")');
    const free = (await get(`/oruk/services/${String(two!.id)}`)).body;
    assert.deepEqual((free.cost_options as Json[]).map((c) => [c.option, c.amount]), [['Free', 0]]);
    assert.equal(free.fees, 'Free');
  });

  test('taxonomy terms and taxonomies: our categories', async () => {
    const { body } = await get('/oruk/taxonomy_terms');
    valid(page, body, 'envelope');
    assert.equal(body.total_items, 15);
    for (const term of body.contents) valid(taxonomyTerm, term, 'taxonomy_term');
    const walking = body.contents.find((c) => c.term === 'walking')!;
    assert.equal(walking.id, termId('walking'));
    assert.equal((await get(`/oruk/taxonomy_terms/${termId('walking')}`)).body.name, walking.name);
    const taxonomies = (await get('/oruk/taxonomies')).body;
    assert.equal(taxonomies.contents[0]!.id, TAXONOMY_ID);
    const paged = (await get('/oruk/taxonomy_terms?per_page=10&page=2')).body;
    assert.deepEqual([paged.size, paged.last_page, paged.total_pages], [5, true, 2]);
  });

  test('filters: taxonomy_term_id (uuid or slug), search, day, ages, postcode + proximity', async () => {
    const walkingCount = Number(
      (await t.database.db.selectFrom('activity_category_links').select((eb) => eb.fn.countAll().as('n')).where('category_id', '=', 'walking').executeTakeFirstOrThrow()).n,
    );
    assert.ok(walkingCount > 0);
    assert.equal((await get(`/oruk/services?taxonomy_term_id=${termId('walking')}`)).body.total_items, walkingCount);
    assert.equal((await get('/oruk/services?taxonomy_term_id=walking')).body.total_items, walkingCount);
    assert.equal((await get('/oruk/services?taxonomy_term_id=nothing-like-it')).body.total_items, 0);

    const sample = await t.database.db.selectFrom('activities').select(['id', 'name', 'postcode', 'days']).where('postcode', 'is not', null).orderBy('name').executeTakeFirstOrThrow();
    const found = (await get(`/oruk/services?search=${encodeURIComponent(sample.name)}&per_page=100`)).body;
    assert.ok(found.contents.some((s) => s.id === sample.id), 'search finds by name');

    const mondays = (await get('/oruk/services?day=MO&per_page=100')).body;
    const mondayRows = await t.database.db.selectFrom('activities').select('id').where(sql<boolean>`days @> array[1]::smallint[]`).execute();
    assert.equal(mondays.total_items, mondayRows.length);
    assert.equal((await get('/oruk/services?day=Monday')).body.total_items, mondayRows.length);

    const adults = (await get('/oruk/services?minimum_age=18&per_page=100')).body;
    for (const s of adults.contents) assert.ok(Number(s.minimum_age) >= 18);

    const near = (await get(`/oruk/service_at_locations?postcode=${encodeURIComponent(sample.postcode!)}&proximity=2000&per_page=100`)).body;
    assert.ok(near.total_items >= 1);
    assert.ok(near.contents.some((s) => s.id === sample.id), 'the activity at that postcode is near it');
    assert.equal((await get('/oruk/services?postcode=LS99%209ZZ')).body.total_items, 0, 'an unknown postcode finds nothing');
  });

  test('bad parameters are 400; writes 405; preflight 204', async () => {
    for (const q of ['page=0', 'per_page=1000', 'day=Someday', 'start_time=25:00', 'postcode=nonsense', 'minimum_age=old']) {
      assert.equal((await get(`/oruk/services?${q}`)).response.status, 400, q);
    }
    assert.equal((await get('/oruk/services', { method: 'POST', body: '{}' })).response.status, 405);
    // A browser's GET from any origin needs no preflight (no custom headers): the answer is open to it.
    const crossOrigin = await get('/oruk/services?per_page=1', { headers: { origin: 'https://anyone.example' } });
    assert.equal(crossOrigin.response.status, 200);
    assert.ok(['*', 'https://anyone.example'].includes(crossOrigin.response.headers.get('access-control-allow-origin') ?? ''));
    assert.equal((await get('/oruk/nothing')).response.status, 404);
    // A preflight (a request with custom headers) from any origin is answered as open too.
    const preflight = await get('/oruk/services', { method: 'OPTIONS', headers: { origin: 'https://anyone.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept' } });
    // (yoga reflects the asking origin for a wildcard policy: either way, any site may read.)
    assert.ok(['*', 'https://anyone.example'].includes(preflight.response.headers.get('access-control-allow-origin') ?? ''));
  });
});
