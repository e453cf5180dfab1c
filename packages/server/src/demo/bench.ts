/**
 * Synthetic activities for benchmarks: `count` activities around ~45 real town centres across Great
 * Britain, weighted by population, in every category, with varied schedules, costs and accessibility.
 * They carry source_feed = 'bench' and replace any earlier bench rows; demo and imported rows are untouched.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { NewRow, Tables } from '../db/tables.js';
import { buildActivity, slugify, type ActivityRow, type OrganiserContact, type Place } from './activity-builder.js';
import { organiserName, pickStreet, venueAccess, venueAddress, venueName } from './naming.js';
import { BENCH_TOWNS, inwardCode, offsetKm, type BenchTown } from './places.js';
import { Random } from './random.js';
import { todayUtc } from './schedule.js';
import { insertInBatches } from './seed.js';
import { ACTIVITY_TEMPLATES, type OrganiserKind } from './templates.js';

export interface BenchOptions {
  count?: number;
  seed?: number;
  /** The date the data is relative to (`YYYY-MM-DD`; default today, UTC). */
  today?: string;
  /** Activities per INSERT (default 500). */
  batchSize?: number;
  /** Called after each batch; nothing is printed without it. */
  onProgress?: (done: number, total: number) => void;
}

export interface BenchResult {
  activities: number;
  categoryLinks: number;
  organisers: number;
  /** Bench activities removed first. */
  replaced: number;
  milliseconds: number;
}

const WELSH_TOWNS = new Set(['Cardiff', 'Swansea', 'Wrexham']);
const ORGANISER_KINDS: OrganiserKind[] = [
  'community-trust', 'walking', 'arts', 'church', 'libraries', 'leisure', 'gardening', 'carers', 'advice',
  'mental-health', 'music', 'food', 'digital', 'volunteering', 'faith', 'welsh', 'older-people',
];
const AREA_SUFFIXES = ['', '', ' North', ' South', ' East', ' West', ' Central'];

/**
 * A batched multi-row insert sent as one JSON parameter (`jsonb_populate_recordset`) rather than one bind
 * parameter per value: for wide rows in large numbers this is several times cheaper for the server to bind.
 * Only the columns present in the first row are written; the rest keep their defaults.
 */
async function insertAsJson<T extends 'activities' | 'activity_category_links'>(
  trx: Transaction<Tables>,
  table: T,
  rows: readonly NewRow<T>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = sql.join(Object.keys(first).map((c) => sql.ref(c)));
  await sql`insert into ${sql.table(table)} (${columns})
    select ${columns} from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(trx);
}

export async function generateBenchActivities(database: Database, options: BenchOptions = {}): Promise<BenchResult> {
  const started = performance.now();
  const count = options.count ?? 100_000;
  const seed = options.seed ?? 7;
  const today = options.today ?? todayUtc();
  const batchSize = options.batchSize ?? 500;
  const rng = new Random(seed, 'bench');
  const ids = new Random(seed, 'bench-ids');

  // Organisers: one of each kind per town.
  const organisers = new Map<string, OrganiserContact>();
  const organiserRows: (NewRow<'activity_organisers'> & { id: string })[] = [];
  for (const town of BENCH_TOWNS) {
    for (const kind of ORGANISER_KINDS) {
      const welsh = WELSH_TOWNS.has(town.name);
      if (kind === 'welsh' && !welsh) continue;
      const name = organiserName(rng, kind, town.name, welsh);
      const slug = slugify(`${name.split(' / ')[0] ?? name}`);
      const contact: OrganiserContact = {
        id: ids.uuid(),
        phone: `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`,
        email: `${slug.replaceAll('-', '.')}@example.org`,
        website: `https://example.org/${slug}`,
        slug,
      };
      organisers.set(`${kind}|${town.name}`, contact);
      organiserRows.push({ id: contact.id, name, website: contact.website, source_feed: 'bench', source_id: `bench-organiser-${organiserRows.length + 1}` });
    }
  }

  const englandTemplates = ACTIVITY_TEMPLATES.filter((t) => !t.wales);
  const totalWeight = BENCH_TOWNS.reduce((sum, t) => sum + t.weight, 0);
  const pickTown = (): BenchTown => {
    let r = rng.next() * totalWeight;
    for (const town of BENCH_TOWNS) {
      r -= town.weight;
      if (r < 0) return town;
    }
    return BENCH_TOWNS[BENCH_TOWNS.length - 1] as BenchTown;
  };

  const makeBatch = (from: number, to: number) => {
    const activities: ActivityRow[] = [];
    const links: NewRow<'activity_category_links'>[] = [];
    for (let i = from; i < to; i++) {
      const town = pickTown();
      const welsh = WELSH_TOWNS.has(town.name);
      const template = rng.weighted(welsh ? ACTIVITY_TEMPLATES : englandTemplates, (t) => t.weight ?? 1);
      const area = `${town.name}${rng.pick(AREA_SUFFIXES)}`;
      const outdoorOnly = template.venues.every((v) => v === 'park' || v === 'allotment');
      let place: Place | null = null;
      if (outdoorOnly || !rng.chance(template.online ?? 0)) {
        const kind = rng.pick(template.venues);
        const street = pickStreet(rng, welsh);
        const clamp = (v: number) => Math.max(-3 * town.spreadKm, Math.min(3 * town.spreadKm, v));
        const [latitude, longitude] = offsetKm(town.latitude, town.longitude, clamp(rng.gaussian() * town.spreadKm), clamp(rng.gaussian() * town.spreadKm));
        place = {
          venueName: venueName(rng, kind, area, street, welsh),
          addressLine1: venueAddress(rng, kind, street),
          addressLine2: null,
          town: town.name,
          county: town.county,
          postcode: `${rng.pick(town.districts)} ${inwardCode(() => rng.next())}`,
          latitude,
          longitude,
          access: venueAccess(rng, kind),
          kind,
        };
      }
      const organiser = organisers.get(`${template.organiser}|${town.name}`) ?? organisers.get(`community-trust|${town.name}`);
      if (!organiser) throw new Error(`No bench organiser for ${town.name}`);
      const { row, categories } = buildActivity(rng, {
        id: ids.uuid(),
        template,
        place,
        area,
        organiser,
        today,
        sourceFeed: 'bench',
        sourceId: `bench-${i + 1}`,
      });
      activities.push(row);
      for (const category_id of categories) links.push({ activity_id: row.id, category_id });
    }
    return { activities, links };
  };

  let linkCount = 0;
  const replaced = await database.db.transaction().execute(async (trx) => {
    // Fewer, larger flushes of the trigram index's pending list during the load; VACUUM below merges it.
    await sql`set local gin_pending_list_limit = '64MB'`.execute(trx);
    // Links first: deleting them directly is much cheaper than 100k cascades.
    await sql`delete from activity_category_links l using activities a where a.id = l.activity_id and a.source_feed = 'bench'`.execute(trx);
    const deleted = await trx.deleteFrom('activities').where('source_feed', '=', 'bench').executeTakeFirst();
    await trx.deleteFrom('activity_organisers').where('source_feed', '=', 'bench').execute();
    await insertInBatches(trx, 'activity_organisers', organiserRows);
    for (let done = 0; done < count; ) {
      const next = Math.min(count, done + batchSize);
      const { activities, links } = makeBatch(done, next);
      await insertAsJson(trx, 'activities', activities);
      await insertAsJson(trx, 'activity_category_links', links);
      linkCount += links.length;
      done = next;
      options.onProgress?.(done, count);
    }
    return Number(deleted.numDeletedRows);
  });

  // Merge the trigram index's pending list and give the planner fresh statistics (PGlite has no autovacuum;
  // a benchmark run straight after the load would otherwise plan against an empty table). Outside the
  // transaction: VACUUM cannot run inside one.
  await database.exec('vacuum analyze activities, activity_category_links, activity_organisers');

  return {
    activities: count,
    categoryLinks: linkCount,
    organisers: organiserRows.length,
    replaced,
    milliseconds: Math.round(performance.now() - started),
  };
}
