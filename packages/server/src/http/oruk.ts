/**
 * The Open Referral UK read API (UK profile of HSDS 3.0), public open data, CORS open:
 *   GET /oruk/                              about this API
 *   GET /oruk/services[?…]                  paged services (one-to-one fields + organization)
 *   GET /oruk/services/{id}                 one service, fully nested
 *   GET /oruk/service_at_locations[?…]      paged service_at_locations (+ location and service)
 *   GET /oruk/service_at_locations/{id}     one service_at_location, nested
 *   GET /oruk/taxonomies[/{id}]             our one taxonomy: Waymark activity categories
 *   GET /oruk/taxonomy_terms[/{id}]         its terms
 * List parameters (openapi.json): page, per_page (≤ 100), search (or text), taxonomy_term_id (our uuid or
 * category slug), taxonomy_id, minimum_age, maximum_age, day (MO or Monday), start_time, end_time,
 * postcode + proximity (metres from the postcode's centroid; default 5,000).
 *
 * What maps to what: an activity is a service with one service_at_location (same id) at one location;
 * its organiser is the organization; our categories are the taxonomy terms (linked through `attributes`);
 * the RRULE becomes an ORUK schedule (freq / interval / byday / bymonthday / dtstart / valid_from /
 * valid_to / opens_at / closes_at); cost becomes cost_options.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Row, Tables } from '../db/tables.js';
import { activityById, categoriesForActivities, DAY_NAMES, listCategories, organisersByIds, postcodeLocation, searchActivities, type ActivityRow, type ActivitySearch, type DayName } from '../domain/activities.js';
import { encodeCursor, MAX_PAGE_SIZE } from '../domain/pagination.js';
import { isCodedError } from '../graphql/errors.js';
import { isValidPostcode, normalisePostcode } from '@waymark/core/shared-rules';

type Db = Kysely<Tables>;
type Json = Record<string, unknown>;

const PREFIX = '/oruk';
const HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'accept, content-type',
  'cache-control': 'public, max-age=60',
};
const TAXONOMY_NAME = 'Waymark activity categories';

/** A stable name-based UUID (version 5 layout over SHA-1) for things that have no uuid of their own. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`waymark:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export const TAXONOMY_ID = stableUuid('taxonomy:activity-categories');
export const termId = (categoryId: string) => stableUuid(`category:${categoryId}`);
const locationId = (activityId: string) => stableUuid(`location:${activityId}`);

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: HEADERS });
const notFound = () => json({ error: 'Not found.' }, 404);
const badRequest = (message: string, fields?: unknown) => json({ error: message, ...(fields ? { fields } : {}) }, 400);

function envelope<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return { total_items: total, total_pages: totalPages, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents };
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function term(c: Row<'activity_categories'>): Json {
  return { id: termId(c.id), term: c.id, name: c.name, description: c.name, taxonomy: TAXONOMY_NAME, taxonomy_id: TAXONOMY_ID };
}

function organization(o: Row<'activity_organisers'> | undefined): Json | undefined {
  if (!o) return undefined;
  return { id: o.id, name: o.name, description: '', ...(o.website ? { website: o.website } : {}) };
}

/** A service's one-to-one fields (service_list.json). */
function serviceBase(a: ActivityRow, org: Row<'activity_organisers'> | undefined): Json {
  const fees = a.free === true ? 'Free' : [a.free === false && a.amount_pence != null ? `£${(a.amount_pence / 100).toFixed(2)}` : null, a.concessions].filter(Boolean).join('. ');
  return {
    id: a.id,
    organization_id: a.organiser_id,
    name: a.name,
    description: a.description,
    ...(a.website ? { url: a.website } : {}),
    ...(a.email ? { email: a.email } : {}),
    status: 'active',
    ...(fees ? { fees } : {}),
    ...(a.min_age != null ? { minimum_age: a.min_age } : {}),
    ...(a.max_age != null ? { maximum_age: a.max_age } : {}),
    ...(a.last_verified ? { assured_date: a.last_verified } : {}),
    last_modified: new Date(a.updated_at).toISOString(),
    ...(org ? { organization: organization(org) } : {}),
  };
}

/** Our RRULE + times → one ORUK schedule. */
export function orukSchedule(a: Pick<ActivityRow, 'id' | 'rrule' | 'start_date' | 'end_date' | 'start_time' | 'duration_minutes' | 'schedule_description' | 'days'>): Json {
  const parts = Object.fromEntries((a.rrule ?? '').split(';').filter(Boolean).map((p) => p.split('=') as [string, string]));
  const opens = Number(a.start_time.slice(0, 2)) * 60 + Number(a.start_time.slice(3, 5));
  const out: Json = { id: stableUuid(`schedule:${a.id}`), service_id: a.id, valid_from: a.start_date, dtstart: a.start_date };
  if (a.end_date) out.valid_to = a.end_date;
  if (!a.rrule) out.valid_to = a.end_date ?? a.start_date;
  if (parts.FREQ === 'WEEKLY' || parts.FREQ === 'MONTHLY') out.freq = parts.FREQ;
  else if (parts.FREQ === 'DAILY') {
    out.freq = 'WEEKLY';
    parts.BYDAY = 'MO,TU,WE,TH,FR,SA,SU';
  }
  if (out.freq && parts.INTERVAL) out.interval = Number(parts.INTERVAL);
  else if (out.freq) out.interval = 1;
  if (parts.BYDAY) out.byday = parts.BYDAY;
  else if (out.freq === 'WEEKLY' && a.days.length) out.byday = a.days.map((d) => DAY_NAMES[d - 1]!.slice(0, 2)).join(',');
  if (parts.BYMONTHDAY) out.bymonthday = parts.BYMONTHDAY;
  out.opens_at = hhmm(opens);
  out.closes_at = hhmm(opens + a.duration_minutes);
  if (a.schedule_description) out.description = a.schedule_description;
  return out;
}

function location(a: ActivityRow, full: boolean): Json {
  const loc: Json = { id: locationId(a.id), location_type: a.online && a.latitude == null ? 'virtual' : 'physical' };
  const name = a.venue_name ?? a.address_line1;
  if (name) loc.name = name;
  if (a.latitude != null && a.longitude != null) {
    loc.latitude = a.latitude;
    loc.longitude = a.longitude;
  }
  if (full) {
    if (a.address_line1 && a.town && a.postcode) {
      loc.addresses = [
        {
          id: stableUuid(`address:${a.id}`),
          location_id: loc.id,
          address_1: [a.address_line1, a.address_line2].filter(Boolean).join(', '),
          city: a.town,
          ...(a.county ? { region: a.county } : {}),
          state_province: a.county ?? '',
          postal_code: a.postcode,
          country: 'GB',
          address_type: 'physical',
        },
      ];
    }
    if (a.accessibility_notes || a.accessibility.length) {
      loc.accessibility = [{ id: stableUuid(`accessibility:${a.id}`), location_id: loc.id, description: [a.accessibility.join(', '), a.accessibility_notes].filter(Boolean).join('. ') }];
    }
  }
  return loc;
}

function fullService(a: ActivityRow, org: Row<'activity_organisers'> | undefined, categories: Row<'activity_categories'>[]): Json {
  return {
    ...serviceBase(a, org),
    schedules: [orukSchedule(a)],
    service_at_locations: [{ id: a.id, service_id: a.id, location_id: locationId(a.id), location: location(a, true) }],
    // Not stated: no cost option at all (an empty list says nothing, which is the truth).
    cost_options: a.free === null
      ? []
      : a.free
      ? [{ id: stableUuid(`cost:${a.id}`), service_id: a.id, option: 'Free', amount: 0 }]
      : [{ id: stableUuid(`cost:${a.id}`), service_id: a.id, ...(a.concessions ? { option: a.concessions } : {}), ...(a.amount_pence != null ? { amount: a.amount_pence / 100 } : {}), amount_description: 'per session' }],
    attributes: categories.map((c) => ({ id: stableUuid(`attribute:${a.id}:${c.id}`), link_id: a.id, link_type: 'service', taxonomy_term_id: termId(c.id), taxonomy_term: term(c) })),
    contacts: [],
  };
}

function intParam(url: URL, name: string): number | null | 'bad' {
  const v = url.searchParams.get(name);
  if (v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : 'bad';
}

const DAY_BY_TOKEN: Record<string, DayName> = Object.fromEntries(DAY_NAMES.flatMap((d) => [[d, d], [d.slice(0, 2), d], [d.slice(0, 3), d]]));

/** The query string → our search filter, or a message for a 400. */
async function filterFrom(db: Db, url: URL, categories: Row<'activity_categories'>[]): Promise<{ filter: ActivitySearch } | { error: string } | { empty: true }> {
  const p = url.searchParams;
  const filter: ActivitySearch = {};
  const search = (p.get('search') ?? p.get('text'))?.trim();
  if (search) filter.keyword = search;
  const termParam = p.get('taxonomy_term_id');
  if (termParam) {
    const found = categories.filter((c) => termParam.split(',').some((t) => t === c.id || t === termId(c.id)));
    if (!found.length) return { empty: true };
    filter.categories = found.map((c) => c.id);
  }
  const taxonomyId = p.get('taxonomy_id');
  if (taxonomyId && taxonomyId !== TAXONOMY_ID) return { empty: true };
  const minAge = intParam(url, 'minimum_age');
  const maxAge = intParam(url, 'maximum_age');
  if (minAge === 'bad' || maxAge === 'bad') return { error: 'minimum_age and maximum_age must be numbers.' };
  if (minAge != null) filter.minimumAgeAtLeast = minAge;
  if (maxAge != null) filter.maximumAgeAtMost = maxAge;
  const day = p.get('day');
  if (day) {
    const days = day.split(',').map((d) => DAY_BY_TOKEN[d.trim().toUpperCase()]);
    if (days.some((d) => !d)) return { error: 'day must be a weekday (MO or Monday).' };
    filter.days = days as DayName[];
  }
  for (const [name, key] of [['start_time', 'startsAtOrAfter'], ['end_time', 'endsAtOrBefore']] as const) {
    const v = p.get(name);
    if (!v) continue;
    if (!/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(v)) return { error: `${name} must be a time (HH:MM).` };
    filter[key] = v.slice(0, 5);
  }
  const postcode = p.get('postcode');
  if (postcode) {
    if (!isValidPostcode(postcode)) return { error: 'postcode is not a UK postcode.' };
    const at = await postcodeLocation(db, normalisePostcode(postcode));
    if (!at) return { empty: true };
    const proximity = intParam(url, 'proximity');
    if (proximity === 'bad' || (proximity != null && !(proximity >= 100 && proximity <= 100_000))) return { error: 'proximity must be 100 to 100000 metres.' };
    filter.near = at;
    filter.radiusKm = (proximity ?? 5000) / 1000;
  }
  return { filter };
}

async function list(db: Db, url: URL, kind: 'services' | 'service_at_locations'): Promise<Response> {
  const page = intParam(url, 'page') ?? 1;
  const perPage = intParam(url, 'per_page') ?? 20;
  if (page === 'bad' || !Number.isInteger(page) || page < 1) return badRequest('page must be a whole number from 1.');
  if (perPage === 'bad' || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PAGE_SIZE) return badRequest(`per_page must be 1 to ${MAX_PAGE_SIZE}.`);
  const categories = await listCategories(db);
  const parsed = await filterFrom(db, url, categories);
  if ('error' in parsed) return badRequest(parsed.error);
  if ('empty' in parsed) return json(envelope([], 0, page, perPage));
  let result;
  try {
    const offset = (page - 1) * perPage;
    result = await searchActivities(db, parsed.filter, { first: perPage, after: offset ? encodeCursor([offset]) : null, withTotal: true });
  } catch (err) {
    if (isCodedError(err) && err.extensions.code === 'BAD_USER_INPUT') return badRequest('Invalid filter.', err.extensions.fields);
    throw err;
  }
  const [total, organisers] = await Promise.all([result.totalCount(), organisersByIds(db, [...new Set(result.nodes.map((a) => a.organiser_id))])]);
  const orgs = new Map(organisers.filter((o): o is Row<'activity_organisers'> => !!o).map((o) => [o.id, o]));
  const contents =
    kind === 'services'
      ? result.nodes.map((a) => serviceBase(a, orgs.get(a.organiser_id)))
      : result.nodes.map((a) => ({ id: a.id, service_id: a.id, location_id: locationId(a.id), location: location(a, false), service: serviceBase(a, orgs.get(a.organiser_id)) }));
  return json(envelope(contents, total, page, perPage));
}

async function one(db: Db, id: string, kind: 'services' | 'service_at_locations'): Promise<Response> {
  const a = await activityById(db, id);
  if (!a) return notFound();
  const [[org], [categories]] = await Promise.all([organisersByIds(db, [a.organiser_id]), categoriesForActivities(db, [a.id])]);
  const service = fullService(a, org, categories ?? []);
  if (kind === 'services') return json(service);
  const { service_at_locations: sals, ...rest } = service as { service_at_locations: Json[] } & Json;
  return json({ ...sals[0], service: rest });
}

/** Answers /oruk/… requests; null for any other path. */
export async function handleOruk(db: Db, request: Request, url: URL): Promise<Response | null> {
  if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return null;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...HEADERS, 'access-control-max-age': '600' } });
  if (request.method !== 'GET' && request.method !== 'HEAD') return json({ error: 'This API is read-only.' }, 405);
  const path = url.pathname.slice(PREFIX.length).replace(/\/+$/, '');
  const [, collection, id, extra] = path.split('/');
  if (extra !== undefined) return notFound();
  switch (collection) {
    case undefined:
    case '':
      return json({ version: '3.0', profile: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema', openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json' });
    case 'services':
    case 'service_at_locations':
      return id ? one(db, decodeURIComponent(id), collection) : list(db, url, collection);
    case 'taxonomies': {
      const taxonomy = { id: TAXONOMY_ID, name: TAXONOMY_NAME, description: 'The plain-language activity categories people choose from in the Waymark activity finder.', uri: `${url.origin}${PREFIX}/taxonomies/${TAXONOMY_ID}`, version: '1' };
      if (id) return id === TAXONOMY_ID ? json({ ...taxonomy, taxonomy_terms: (await listCategories(db)).map(term) }) : notFound();
      return json(envelope([taxonomy], 1, 1, 1));
    }
    case 'taxonomy_terms': {
      const categories = await listCategories(db);
      if (id) {
        const c = categories.find((x) => termId(x.id) === id || x.id === id);
        return c ? json(term(c)) : notFound();
      }
      const page = intParam(url, 'page') ?? 1;
      const perPage = intParam(url, 'per_page') ?? 50;
      if (page === 'bad' || !Number.isInteger(page) || page < 1 || perPage === 'bad' || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PAGE_SIZE) {
        return badRequest(`page must be from 1 and per_page 1 to ${MAX_PAGE_SIZE}.`);
      }
      return json(envelope(categories.slice((page - 1) * perPage, page * perPage).map(term), categories.length, page, perPage));
    }
    default:
      return notFound();
  }
}
