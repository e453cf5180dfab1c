/**
 * Open Referral UK → activities. Reads ORUK v3 (UK profile of HSDS 3.0: `service` with
 * `service_at_locations[].location`, `schedules`, `cost_options`, `attributes[].taxonomy_term` or
 * `taxonomy_terms`, `contacts`/`phones`) and the v1 shape LocalGov Drupal serves (`regular_schedules`,
 * `service_taxonomys`, `physical_addresses`). One service becomes one activity at its first usable
 * location; its organization becomes the organiser.
 */
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import {
  asArray, buildSchedule, clampAge, clockTime, durationBetween, email, httpUrl, icalDay, isObject, isoDate, num, objects, text, truncate, ukPostcode, validLatLng,
  type Json,
} from './common.js';
import { emptySummary, finishRun, reject, startRun, upsertActivities, type ImportSummary, type MapResult, type MappedActivity, type Progress } from './runner.js';
import { fetchJson, isUrl, readJsonFile, SourceError } from './source.js';
import { categoriesFor, loadTaxonomyMap, type SourceTerm } from './taxonomy.js';

const isV1 = (s: Json) => 'regular_schedules' in s || 'service_taxonomys' in s;

function scheduleOf(s: Json): ReturnType<typeof buildSchedule> | string {
  const v1 = isV1(s);
  const all = objects(v1 ? s.regular_schedules : s.schedules).concat(v1 ? objects(s.schedules) : []);
  // Schedules given on a service_at_location count too.
  for (const sal of objects(s.service_at_locations)) all.push(...objects(sal.schedules), ...objects(sal.regular_schedules));
  const usable = all.filter((x) => clockTime(x.opens_at));
  if (!usable.length) return 'no schedule with an opening time';
  const first = usable[0]!;
  const opens = clockTime(first.opens_at)!;
  const closes = clockTime(first.closes_at);
  // Several rows with the same times (v1 has one row per weekday) are one weekly rule.
  const same = usable.filter((x) => clockTime(x.opens_at) === opens && clockTime(x.closes_at) === closes);
  const byday = [
    ...new Set(
      same.flatMap((x) => [
        ...String(text(x.byday) ?? '')
          .split(',')
          .map(icalDay),
        icalDay(x.weekday),
      ]),
    ),
  ].filter((d): d is string => !!d);
  const freq = text(first.freq) ?? (byday.length ? 'WEEKLY' : null);
  const startDate = isoDate(first.dtstart) ?? isoDate(first.valid_from) ?? null;
  if (!startDate && !freq) return 'a one-off schedule without a date';
  const bymonthday = String(text(first.bymonthday) ?? '')
    .split(',')
    .map((d) => Number(d))
    .filter((d) => Number.isInteger(d) && d !== 0 && Math.abs(d) <= 31);
  return buildSchedule({
    freq,
    interval: num(first.interval),
    byday,
    bymonthday,
    startDate: startDate ?? '2000-01-01',
    endDate: isoDate(first.valid_to),
    startTime: opens,
    durationMinutes: durationBetween(opens, closes),
  });
}

function termsOf(s: Json): SourceTerm[] {
  const out: SourceTerm[] = [];
  const add = (t: unknown, scheme?: unknown) => {
    if (!isObject(t)) return;
    out.push({
      scheme: text(t.taxonomy) ?? text(t.vocabulary) ?? (isObject(t.taxonomy_detail) ? text(t.taxonomy_detail.name) : null) ?? text(scheme),
      id: text(t.term_uri) ?? text(t.code) ?? text(t.id),
      label: text(t.name) ?? text(t.term),
    });
  };
  for (const a of objects(s.attributes)) add(a.taxonomy_term);
  for (const t of objects(s.taxonomy_terms)) add(t);
  for (const t of objects(s.service_taxonomys)) add(t.taxonomy);
  return out;
}

function locationOf(s: Json): { location: Json | null; address: Json | null } {
  const locs = objects(s.service_at_locations)
    .map((sal) => (isObject(sal.location) ? sal.location : null))
    .filter((l): l is Json => !!l)
    .concat(objects(s.locations));
  const physical = locs.filter((l) => text(l.location_type) !== 'virtual');
  const withCoords = physical.find((l) => validLatLng(l.latitude, l.longitude));
  const location = withCoords ?? physical.find((l) => objects(l.addresses).concat(objects(l.physical_addresses)).some((a) => ukPostcode(a.postal_code))) ?? physical[0] ?? null;
  const addresses = location ? objects(location.addresses).concat(objects(location.physical_addresses)) : [];
  const address = addresses.find((a) => text(a.address_type) !== 'postal') ?? addresses[0] ?? null;
  return { location, address };
}

function phoneOf(s: Json): string | null {
  const phones = objects(s.phones).concat(objects(s.contacts).flatMap((c) => objects(c.phones)));
  return phones.map((p) => text(p.number)).find((n) => n && /^[+\d][\d ()-]{5,}$/.test(n)) ?? null;
}

/** One ORUK service → our rows, or why not. Pure. */
export function mapOrukService(input: unknown): MapResult<MappedActivity> {
  if (!isObject(input)) return { rejected: 'not an object' };
  const s = input;
  const id = text(s.id);
  if (!id) return { rejected: 'no id' };
  const name = text(s.name);
  if (!name) return { rejected: 'no name' };
  const status = text(s.status)?.toLowerCase();
  if (status && status !== 'active') return { rejected: `status is ${status}` };
  const org = isObject(s.organization) ? s.organization : null;
  const orgName = text(org?.name);
  const orgId = text(org?.id) ?? text(s.organization_id);
  if (!orgName && !orgId) return { rejected: 'no organization' };

  const schedule = scheduleOf(s);
  if (typeof schedule === 'string') return { rejected: schedule };

  const { location, address } = locationOf(s);
  const coords = location ? validLatLng(location.latitude, location.longitude) : null;
  const postcode = address ? ukPostcode(address.postal_code) : null;
  const allSchedules = objects(s.schedules).concat(objects(s.regular_schedules));
  const remote =
    objects(s.service_at_locations).some((sal) => isObject(sal.location) && text(sal.location.location_type) === 'virtual') ||
    allSchedules.some((x) => /online|remote|video|virtual|zoom|telephone/i.test(`${text(x.attending_type) ?? ''}`));
  const online = !coords && !postcode ? remote : false;
  if (!coords && !postcode && !online) return { rejected: 'no location with coordinates or a UK postcode, and not online' };

  const costs = objects(s.cost_options);
  const { free, pence } = costOf(costs, text(s.fees));
  const concessions = costs
    .map((c) => [text(c.option), text(c.amount_description)].filter(Boolean).join(': '))
    .filter(Boolean)
    .join('; ');
  const accessibilityNotes = location
    ? objects(location.accessibility)
        .concat(objects(location.accessibility_for_disabilities))
        .map((a) => text(a.description) ?? text(a.accessibility))
        .filter(Boolean)
        .join(' ')
    : '';
  const description = [text(s.description), text(s.alert)].filter(Boolean).join('\n\n');
  const scheduleDescription = allSchedules.map((x) => text(x.description)).find(Boolean) ?? null;
  let minAge = clampAge(s.minimum_age);
  let maxAge = clampAge(s.maximum_age);
  if (minAge != null && maxAge != null && minAge > maxAge) [minAge, maxAge] = [maxAge, minAge];

  return {
    ok: {
      organiser: { sourceId: orgId ?? `name:${orgName}`, name: orgName ?? 'Unknown organisation', website: httpUrl(org?.website) ?? httpUrl(org?.url) },
      terms: termsOf(s),
      activity: {
        source_id: id,
        name: truncate(name, 200)!,
        description,
        venue_name: location ? text(location.name) : null,
        address_line1: address ? text(address.address_1) : null,
        address_line2: address ? text(address.address_2) : null,
        town: address ? text(address.city) : null,
        county: address ? (text(address.region) ?? text(address.state_province)) : null,
        postcode,
        latitude: coords?.latitude ?? null,
        longitude: coords?.longitude ?? null,
        online,
        ...schedule,
        schedule_description: scheduleDescription,
        free,
        amount_pence: pence,
        concessions: concessions || null,
        min_age: minAge,
        max_age: maxAge,
        accessibility_notes: accessibilityNotes || null,
        eligibility: text(s.eligibility_description) ?? text(asArray(s.eligibilitys).map((e) => (isObject(e) ? text(e.eligibility) : null)).find(Boolean)),
        phone: phoneOf(s),
        email: email(s.email),
        website: httpUrl(s.url),
        booking_url: null,
        last_verified: isoDate(s.assured_date),
      },
    },
  };
}

// ---- reading a source ------------------------------------------------------------------------------

/** A service list page, an array of services, or one service → the services. */
export function servicesIn(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (isObject(body) && Array.isArray(body.contents)) return body.contents;
  // ORUK v1 (LocalGov Drupal) pages call it `content`.
  if (isObject(body) && Array.isArray(body.content)) return body.content;
  if (isObject(body) && Array.isArray(body.data)) return body.data;
  if (isObject(body) && 'id' in body) return [body];
  throw new SourceError('not an ORUK service, service list or array of services');
}

/**
 * The services of a file or URL. A URL to a list (`…/services`) is followed page by page until
 * `last_page` (or an empty page, or `total_pages`); list items that carry only one-to-one fields are
 * fetched in full from `…/services/{id}`.
 */
export async function* readOrukSource(source: string, options: { perPage?: number; maxPages?: number } = {}): AsyncGenerator<unknown> {
  if (!isUrl(source)) {
    yield* servicesIn(await readJsonFile(source));
    return;
  }
  const first = new URL(source);
  const single = /\/services\/[^/]+\/?$/.test(first.pathname);
  if (single) {
    yield* servicesIn(await fetchJson(first.toString()));
    return;
  }
  // An API root (`https://host/api`) means its /services list; a URL to a .json file is read as one page.
  if (!/\/services\/?$/.test(first.pathname) && !/\.json$/i.test(first.pathname)) first.pathname = `${first.pathname.replace(/\/$/, '')}/services`;
  const base = first.toString().replace(/\/services\/?(\?.*)?$/, '');
  const maxPages = options.maxPages ?? 10_000;
  for (let page = Number(first.searchParams.get('page') ?? 1); page <= maxPages; page++) {
    const url = new URL(first);
    url.searchParams.set('page', String(page));
    if (options.perPage && !url.searchParams.has('per_page')) url.searchParams.set('per_page', String(options.perPage));
    const body = await fetchJson(url.toString());
    const items = servicesIn(body);
    for (const item of items) {
      const thin = isObject(item) && !['schedules', 'regular_schedules', 'service_at_locations', 'locations'].some((k) => k in item);
      if (thin && text(item.id)) {
        try {
          yield await fetchJson(`${base}/services/${encodeURIComponent(text(item.id)!)}`);
        } catch (err) {
          yield { __unreadable: text(item.id), reason: (err as Error).message };
        }
      } else yield item;
    }
    const env = isObject(body) ? body : {};
    const paged = 'last_page' in env || 'total_pages' in env;
    if (!paged || !items.length || env.last_page === true || env.empty === true || (num(env.total_pages) != null && page >= num(env.total_pages)!)) break;
  }
}

export function orukFeedName(source: string): string {
  if (isUrl(source)) {
    const u = new URL(source);
    return `oruk:${u.host}${u.pathname.replace(/\/services(\/.*)?$/, '').replace(/\/$/, '')}`;
  }
  return `oruk:file:${basename(source)}`;
}

export async function importOruk(
  db: Kysely<Tables>,
  source: string,
  options: { feed?: string; batchSize?: number; onProgress?: Progress } = {},
): Promise<ImportSummary & { runId: string; feed: string }> {
  const feed = options.feed ?? orukFeedName(source);
  const runId = await startRun(db, 'oruk', source);
  const summary = emptySummary();
  const taxonomy = await loadTaxonomyMap(db);
  const categorise = (m: MappedActivity) => categoriesFor(taxonomy, m.terms, m.activity.name);
  const batchSize = options.batchSize ?? 200;
  let batch: MappedActivity[] = [];
  const flush = async () => {
    await upsertActivities(db, feed, batch, summary, categorise);
    batch = [];
    options.onProgress?.(summary);
  };
  try {
    let n = 0;
    for await (const record of readOrukSource(source)) {
      n++;
      if (isObject(record) && '__unreadable' in record) {
        reject(summary, String(record.__unreadable), String(record.reason));
        continue;
      }
      const result = mapOrukService(record);
      const label = isObject(record) ? (text(record.id) ?? `#${n}`) : `#${n}`;
      if ('rejected' in result) reject(summary, label, result.rejected);
      else batch.push(result.ok);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (err) {
    await finishRun(db, runId, summary, (err as Error).message);
    if (err instanceof SourceError) err.partial = summary;
    throw err;
  }
  await finishRun(db, runId, summary);
  return { ...summary, runId, feed };
}

const SAYS_FREE = /\bfree\b|\bno charge\b|\bno cost\b/i;

/**
 * What a service costs, from its cost options (v3 and LGA's extension) or the deprecated `fees` text:
 * free (`free: true`) when an amount of 0 is given or the words say free; charging with the lowest price
 * when an amount above 0 is given (or `fees` names one, like "£3 a session"); otherwise not stated
 * (`free: null`): a feed that says nothing is never shown as free.
 */
export function costOf(costs: Record<string, unknown>[], fees: string | null): { free: boolean | null; pence: number | null } {
  const amounts = costs.map((c) => num(c.amount)).filter((n): n is number => n != null && n >= 0);
  const words = [fees, ...costs.flatMap((c) => [text(c.option), text(c.amount_description)])].filter(Boolean).join(' ');
  const paid = amounts.filter((n) => n > 0);
  const pounds = /£\s*(\d{1,4}(?:\.\d{2})?)/.exec(fees ?? '');
  if (pounds && Number(pounds[1]) > 0) paid.push(Number(pounds[1]));
  if (paid.length) return { free: false, pence: Math.round(Math.min(...paid) * 100) };
  if (amounts.length || SAYS_FREE.test(words)) return { free: true, pence: null };
  return { free: null, pence: null };
}
