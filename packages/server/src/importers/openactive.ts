/**
 * OpenActive RPDE feeds → activities. Pages (`{ items, next }`) are followed through `next`; an item with
 * `state: "deleted"` deletes our row with that source id; the feed ends on a page with no items (whose
 * `next` repeats its own URL). Items of kind SessionSeries, ScheduledSession and FacilityUse are mapped;
 * the OpenActive activity list terms in `activity` choose the categories.
 */
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { floatingOf } from '../domain/schedule.js';
import {
  asArray, buildSchedule, clampAge, clockTime, durationBetween, email, httpUrl, icalDay, isObject, isoDate, num, objects, text, truncate, ukPostcode, validLatLng,
  type Json,
} from './common.js';
import { fetchJson, isUrl, readJsonFile, SourceError } from './source.js';
import { deleteActivities, emptySummary, finishRun, reject, startRun, upsertActivities, type ImportSummary, type MapResult, type MappedActivity, type Progress } from './runner.js';
import { categoriesFor, loadTaxonomyMap, type SourceTerm } from './taxonomy.js';

export interface RpdeItem {
  id: string | number;
  modified?: string | number;
  kind?: string;
  state: 'updated' | 'deleted';
  data?: unknown;
}

export interface RpdePage {
  items: RpdeItem[];
  next: string;
  license?: string;
}

const typeOf = (d: Json) => text(d['@type']) ?? text(d.type) ?? '';

/** ISO 8601 duration (`PT1H30M`, `P1W`) → { months, weeks, days, minutes }. */
function isoDuration(v: unknown): { months: number; weeks: number; days: number; minutes: number } | null {
  const m = text(v) ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text(v)!) : null;
  if (!m || text(v) === 'P' || text(v) === 'PT') return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return { months: n(1) * 12 + n(2), weeks: n(3), days: n(4), minutes: n(5) * 60 + n(6) + Math.round(n(7) / 60) };
}

/** A date-time with an offset → Europe/London wall-clock date and time. */
function londonWallClock(v: unknown): { date: string; time: string } | null {
  const t = text(v);
  if (!t || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t)) return null;
  const instant = /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? new Date(t) : new Date(`${t}Z`);
  if (Number.isNaN(instant.getTime())) return null;
  const wall = /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? floatingOf(instant) : instant;
  const iso = wall.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function termsOf(d: Json): SourceTerm[] {
  return objects(d.activity).map((a) => ({ scheme: text(a.inScheme) ?? 'openactive', id: text(a['@id']) ?? text(a.id), label: text(a.prefLabel) }));
}

function place(d: Json): { location: Json | null; address: Json | null } {
  const location = isObject(d.location) ? d.location : null;
  const address = location && isObject(location.address) ? location.address : null;
  return { location, address };
}

function scheduleOf(d: Json, parent: Json | null): ReturnType<typeof buildSchedule> | string {
  const kind = typeOf(d);
  if (kind === 'ScheduledSession' || kind === 'Slot') {
    const start = londonWallClock(d.startDate);
    if (!start) return 'no startDate';
    const end = londonWallClock(d.endDate);
    const dur = isoDuration(d.duration);
    const minutes = dur?.minutes || (end ? durationBetween(start.time, end.time) : 60);
    return buildSchedule({ freq: null, interval: null, byday: [], bymonthday: [], startDate: start.date, endDate: null, startTime: start.time, durationMinutes: minutes });
  }
  if (kind === 'FacilityUse' || kind === 'IndividualFacilityUse') {
    const hours = objects(d.hoursAvailable).filter((h) => clockTime(h.opens));
    if (!hours.length) return 'no hoursAvailable with an opening time';
    const opens = clockTime(hours[0]!.opens)!;
    const closes = clockTime(hours[0]!.closes);
    const same = hours.filter((h) => clockTime(h.opens) === opens && clockTime(h.closes) === closes);
    const byday = [...new Set(same.flatMap((h) => asArray(h.dayOfWeek).map(icalDay)))].filter((x): x is string => !!x);
    const startDate = isoDate(hours[0]!.validFrom) ?? '2000-01-01';
    return buildSchedule({ freq: 'WEEKLY', interval: 1, byday, bymonthday: [], startDate, endDate: isoDate(hours[0]!.validThrough), startTime: opens, durationMinutes: durationBetween(opens, closes) });
  }
  // SessionSeries (or a ScheduledSession's parent): eventSchedule, else its first subEvent.
  const schedules = objects(d.eventSchedule).concat(parent ? objects(parent.eventSchedule) : []);
  const s = schedules.find((x) => clockTime(x.startTime));
  if (s) {
    const startTime = clockTime(s.startTime)!;
    const rep = isoDuration(s.repeatFrequency) ?? { months: 0, weeks: 1, days: 0, minutes: 0 };
    const [freq, interval] = rep.months ? ['MONTHLY', rep.months] : rep.weeks ? ['WEEKLY', rep.weeks] : rep.days ? ['DAILY', rep.days] : ['WEEKLY', 1];
    const byday = asArray(s.byDay).map(icalDay).filter((x): x is string => !!x);
    const durationMinutes = isoDuration(s.duration)?.minutes || durationBetween(startTime, clockTime(s.endTime), 60);
    const startDate = isoDate(s.startDate);
    if (!startDate) return 'eventSchedule has no startDate';
    const bymonthday = asArray(s.byMonthDay).map(num).filter((n): n is number => n != null);
    return buildSchedule({ freq: freq, interval: interval, byday, bymonthday, startDate, endDate: isoDate(s.endDate), startTime, durationMinutes });
  }
  const sub = objects(d.subEvent)[0];
  if (sub) return scheduleOf({ ...sub, '@type': 'ScheduledSession' }, null);
  return 'no eventSchedule, subEvent or startDate';
}

/** One RPDE item's `data` → our rows, or why not. Pure. */
export function mapOpenActiveItem(item: unknown): MapResult<MappedActivity> {
  if (!isObject(item)) return { rejected: 'not an object' };
  const id = text(item.id);
  if (!id) return { rejected: 'no id' };
  const d = item.data;
  if (!isObject(d)) return { rejected: 'no data' };
  const kind = typeOf(d);
  if (!['SessionSeries', 'ScheduledSession', 'FacilityUse', 'IndividualFacilityUse', 'Slot', 'Event', 'CourseInstance', 'OnDemandEvent'].includes(kind)) {
    return { rejected: `unsupported type ${kind || '(none)'}` };
  }
  // A ScheduledSession names its series by @id or embeds it.
  const parent = isObject(d.superEvent) ? d.superEvent : isObject(d.facilityUse) ? d.facilityUse : null;
  const name = text(d.name) ?? text(parent?.name);
  if (!name) return { rejected: 'no name' };
  const schedule = scheduleOf(d, parent);
  if (typeof schedule === 'string') return { rejected: schedule };

  const { location, address } = place(d).location ? place(d) : parent ? place(parent) : { location: null, address: null };
  const geo = location && isObject(location.geo) ? location.geo : null;
  const coords = geo ? validLatLng(geo.latitude, geo.longitude) : null;
  const postcode = address ? ukPostcode(address.postalCode) : null;
  const online = !coords && !postcode && (kind === 'OnDemandEvent' || text(d.eventAttendanceMode)?.includes('Online') === true || isObject(d.virtualLocation));
  if (!coords && !postcode && !online) return { rejected: 'no location with geo or a UK postcode' };

  const org = [d.organizer, d.provider, parent?.organizer, parent?.provider].find(isObject) ?? null;
  const orgName = text(org?.name);
  if (!orgName) return { rejected: 'no organizer or provider name' };
  const offers = objects(d.offers).concat(parent ? objects(parent.offers) : []);
  const prices = offers.map((o) => num(o.price)).filter((n): n is number => n != null && n >= 0);
  const paid = prices.filter((p) => p > 0);
  // Free when the feed says so or every price is 0; charging when a price is above 0; else not stated.
  const free = paid.length ? false : d.isAccessibleForFree === true || prices.length > 0 ? true : d.isAccessibleForFree === false ? false : null;
  const age = isObject(d.ageRange) ? d.ageRange : parent && isObject(parent.ageRange) ? parent.ageRange : null;
  const street = address ? text(address.streetAddress) : null;

  return {
    ok: {
      organiser: { sourceId: text(org?.['@id']) ?? text(org?.id) ?? `name:${orgName}`, name: orgName, website: httpUrl(org?.url) },
      terms: termsOf(d).concat(parent ? termsOf(parent) : []),
      activity: {
        source_id: id,
        name: truncate(name, 200)!,
        description: text(d.description) ?? text(parent?.description) ?? '',
        venue_name: location ? text(location.name) : null,
        address_line1: street,
        address_line2: null,
        town: address ? text(address.addressLocality) : null,
        county: address ? text(address.addressRegion) : null,
        postcode,
        latitude: coords?.latitude ?? null,
        longitude: coords?.longitude ?? null,
        online,
        ...schedule,
        schedule_description: text(d.schedulingNote) ?? null,
        free,
        amount_pence: paid.length ? Math.round(Math.min(...paid) * 100) : null,
        concessions: offers.length > 1 ? offers.map((o) => [text(o.name), num(o.price) != null ? `£${num(o.price)!.toFixed(2)}` : null].filter(Boolean).join(' ')).join('; ') : null,
        min_age: age ? clampAge(age.minValue) : null,
        max_age: age ? clampAge(age.maxValue) : null,
        accessibility_notes: asArray(d.accessibilityInformation).concat(asArray(d.accessibilitySupport).map((a) => (isObject(a) ? a.prefLabel : null))).map(text).filter(Boolean).join('; ') || null,
        eligibility: null,
        phone: text(org?.telephone) && /^[+\d][\d ()-]{5,}$/.test(text(org?.telephone)!) ? text(org?.telephone) : null,
        email: email(org?.email),
        website: httpUrl(d.url) ?? httpUrl(parent?.url),
        booking_url: httpUrl(d.url),
        last_verified: isoDate(item.modified) ?? null,
      },
    },
  };
}

// ---- reading a feed --------------------------------------------------------------------------------

function asPage(body: unknown, where: string): RpdePage {
  if (!isObject(body) || !Array.isArray(body.items)) throw new SourceError(`${where} is not an RPDE page (no items array)`);
  return { items: body.items as RpdeItem[], next: text(body.next) ?? '', license: text(body.license) ?? undefined };
}

async function fetchPage(url: string): Promise<RpdePage> {
  return asPage(await fetchJson(url), url);
}

/**
 * The pages of a feed. A URL: follow `next` (relative URLs resolve against the page) until a page has no
 * items (RPDE's last page, whose `next` repeats itself) or `next` repeats the page just read. A file: one
 * page, or an array of pages.
 */
export async function* readRpde(source: string, options: { maxPages?: number } = {}): AsyncGenerator<RpdePage> {
  if (!isUrl(source)) {
    const body = await readJsonFile(source);
    for (const [i, page] of (Array.isArray(body) ? body : [body]).entries()) yield asPage(page, `${source} page ${i + 1}`);
    return;
  }
  let url = source;
  const maxPages = options.maxPages ?? 100_000;
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(url);
    yield page;
    const next = page.next ? new URL(page.next, url).toString() : '';
    if (!page.items.length || !next || next === url) return;
    url = next;
  }
}

export function openActiveFeedName(source: string): string {
  if (isUrl(source)) {
    const u = new URL(source);
    return `openactive:${u.host}${u.pathname}`;
  }
  return `openactive:file:${basename(source)}`;
}

export async function importOpenActive(
  db: Kysely<Tables>,
  source: string,
  options: { feed?: string; onProgress?: Progress; maxPages?: number } = {},
): Promise<ImportSummary & { runId: string; feed: string; pages: number }> {
  const feed = options.feed ?? openActiveFeedName(source);
  const runId = await startRun(db, 'openactive', source);
  const summary = emptySummary();
  const taxonomy = await loadTaxonomyMap(db);
  const categorise = (m: MappedActivity) => categoriesFor(taxonomy, m.terms, m.activity.name);
  let pages = 0;
  try {
    for await (const page of readRpde(source, { maxPages: options.maxPages })) {
      pages++;
      // Within a page, the last word on an id wins (RPDE orders by modified).
      const last = new Map<string, unknown>();
      for (const [i, item] of page.items.entries()) {
        const id = isObject(item) ? text(item.id) : null;
        if (!id) reject(summary, `page ${pages} item ${i + 1}`, 'no id');
        else last.set(id, item);
      }
      const deletes: string[] = [];
      const batch: MappedActivity[] = [];
      for (const [id, item] of last) {
        if (isObject(item) && item.state === 'deleted') {
          deletes.push(id);
          continue;
        }
        const result = mapOpenActiveItem(item);
        if ('rejected' in result) reject(summary, id, result.rejected);
        else batch.push(result.ok);
      }
      await deleteActivities(db, feed, deletes, summary);
      await upsertActivities(db, feed, batch, summary, categorise);
      options.onProgress?.(summary);
    }
  } catch (err) {
    await finishRun(db, runId, summary, (err as Error).message);
    if (err instanceof SourceError) err.partial = summary;
    throw err;
  }
  await finishRun(db, runId, summary);
  return { ...summary, runId, feed, pages };
}
