/**
 * Activity search: every filter in SQL. Geo search uses earthdistance over the GiST index on the stored
 * `earth` point (a bounding `earth_box` the index can answer, then the exact distance); keyword search uses
 * pg_trgm word similarity, which forgives typos, through the trigram indexes (migration 0006).
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { timestampToIso } from '../db/database.js';
import type { Row, Tables } from '../db/tables.js';
import { badUserInput } from '../graphql/errors.js';
import { isUuid } from './organisations.js';
import { decodeCursor, pageSize, toPage, type Page } from './pagination.js';

type Db = Kysely<Tables>;

export const DAY_NUMBERS = { MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6, SUNDAY: 7 } as const;
export type DayName = keyof typeof DAY_NUMBERS;
export const DAY_NAMES = Object.keys(DAY_NUMBERS) as DayName[];

export interface ActivitySearch {
  keyword?: string | null;
  near?: { latitude: number; longitude: number } | null;
  radiusKm?: number | null;
  categories?: readonly string[] | null;
  days?: readonly DayName[] | null;
  timesOfDay?: readonly ('MORNING' | 'AFTERNOON' | 'EVENING')[] | null;
  freeOnly?: boolean | null;
  maxCostPence?: number | null;
  age?: number | null;
  accessibility?: readonly string[] | null;
  online?: boolean | null;
  /** Open Referral UK filters (the ORUK read API): minimum_age ≥, maximum_age ≤, start ≥, end ≤ (HH:MM). */
  minimumAgeAtLeast?: number | null;
  maximumAgeAtMost?: number | null;
  startsAtOrAfter?: string | null;
  endsAtOrBefore?: string | null;
}

export type ActivityRow = Row<'activities'> & { distance_km: number | null };

const KEYWORD_THRESHOLD = 0.35;

/** Checks the filter; every problem is reported at once, by field. */
function validate(f: ActivitySearch): void {
  const fields: Record<string, string> = {};
  if (f.near) {
    if (!(Math.abs(f.near.latitude) <= 90)) fields['filter.near.latitude'] = 'latitude.range';
    if (!(Math.abs(f.near.longitude) <= 180)) fields['filter.near.longitude'] = 'longitude.range';
  }
  if (f.radiusKm != null && !(f.radiusKm >= 0.1 && f.radiusKm <= 100)) fields['filter.radiusKm'] = 'radius.range';
  if (f.keyword != null && f.keyword.length > 100) fields['filter.keyword'] = 'keyword.tooLong';
  if (f.maxCostPence != null && !(Number.isInteger(f.maxCostPence) && f.maxCostPence >= 0)) fields['filter.maxCostPence'] = 'cost.range';
  if (f.age != null && !(Number.isInteger(f.age) && f.age >= 0 && f.age <= 120)) fields['filter.age'] = 'age.range';
  if (Object.keys(fields).length) throw badUserInput(fields);
}

/**
 * `withTotal`: the caller will ask for totalCount, so it comes from the same query (`count(*) over ()`,
 * computed before LIMIT) instead of a second one. Without it, totalCount runs its own count if asked.
 */
export async function searchActivities(
  db: Db,
  filter: ActivitySearch,
  args: { first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<Page<ActivityRow>> {
  validate(filter);
  const size = pageSize(args.first);
  const offset = Number((decodeCursor(args.after, 1) ?? [0])[0]);
  if (!Number.isInteger(offset) || offset < 0) throw badUserInput({ after: 'cursor.invalid' });

  const keyword = filter.keyword?.trim() || null;
  const near = filter.near ?? null;
  const radiusM = (filter.radiusKm ?? 5) * 1000;
  const origin = near ? sql`ll_to_earth(${near.latitude}, ${near.longitude})` : null;

  const conditions = (a: string): Expression<SqlBool>[] => {
    const c: Expression<SqlBool>[] = [];
    if (origin) {
      // `earth` is the stored ll_to_earth(latitude, longitude) (null without coordinates). Within the radius
      // by great-circle distance ⇔ within gc_to_sec(radius) by straight-line (chord) distance, which the
      // index answers without reading the table. `&&` (overlaps) is `<@` (inside) for a point, but the planner
      // guesses 0.5% of rows for it rather than 0.1%, nearer what a town's few km hold; with the guess too low
      // it reads every row in the box rather than first intersecting the box with a keyword's index.
      c.push(sql<SqlBool>`${sql.ref(`${a}.earth`)} && earth_box(${origin}, ${radiusM})`);
      c.push(sql<SqlBool>`cube_distance(${sql.ref(`${a}.earth`)}, ${origin}) <= gc_to_sec(${radiusM})`);
    }
    if (keyword) {
      const like = `%${keyword.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      // Each arm is one an index answers, so the planner can OR three bitmap scans instead of scoring every
      // row: `<%` (word_similarity(keyword, name) >= KEYWORD_THRESHOLD, see withKeywordThreshold) over the
      // name's trigram index; ILIKE over the description's trigram index; the organisers whose names match
      // (a few hundred rows) by id.
      c.push(sql<SqlBool>`(${keyword} <% ${sql.ref(`${a}.name`)}
        or ${sql.ref(`${a}.description`)} ilike ${like}
        or ${sql.ref(`${a}.organiser_id`)} = any(array(select o.id from activity_organisers o where o.name ilike ${like})))`);
    }
    if (filter.categories?.length) {
      c.push(sql<SqlBool>`exists (select 1 from activity_category_links l where l.activity_id = ${sql.ref(`${a}.id`)}
        and l.category_id in (${sql.join(filter.categories)}))`);
    }
    if (filter.days?.length) {
      const days = filter.days.map((d) => DAY_NUMBERS[d]);
      c.push(sql<SqlBool>`${sql.ref(`${a}.days`)} && array[${sql.join(days)}]::smallint[]`);
    }
    if (filter.timesOfDay?.length) {
      const parts = filter.timesOfDay.map((t) =>
        t === 'MORNING'
          ? sql`${sql.ref(`${a}.start_time`)} < time '12:00'`
          : t === 'AFTERNOON'
            ? sql`(${sql.ref(`${a}.start_time`)} >= time '12:00' and ${sql.ref(`${a}.start_time`)} < time '17:00')`
            : sql`${sql.ref(`${a}.start_time`)} >= time '17:00'`,
      );
      c.push(sql<SqlBool>`(${sql.join(parts, sql` or `)})`);
    }
    if (filter.freeOnly) c.push(sql<SqlBool>`${sql.ref(`${a}.free`)}`);
    if (filter.maxCostPence != null) {
      c.push(sql<SqlBool>`(${sql.ref(`${a}.free`)} or ${sql.ref(`${a}.amount_pence`)} <= ${filter.maxCostPence})`);
    }
    if (filter.age != null) {
      c.push(sql<SqlBool>`(${sql.ref(`${a}.min_age`)} is null or ${sql.ref(`${a}.min_age`)} <= ${filter.age})`);
      c.push(sql<SqlBool>`(${sql.ref(`${a}.max_age`)} is null or ${sql.ref(`${a}.max_age`)} >= ${filter.age})`);
    }
    if (filter.accessibility?.length) {
      c.push(sql<SqlBool>`${sql.ref(`${a}.accessibility`)} @> array[${sql.join(filter.accessibility)}]::text[]`);
    }
    if (filter.online != null) c.push(sql<SqlBool>`${sql.ref(`${a}.online`)} = ${filter.online}`);
    if (filter.minimumAgeAtLeast != null) c.push(sql<SqlBool>`${sql.ref(`${a}.min_age`)} >= ${filter.minimumAgeAtLeast}`);
    if (filter.maximumAgeAtMost != null) c.push(sql<SqlBool>`${sql.ref(`${a}.max_age`)} <= ${filter.maximumAgeAtMost}`);
    if (filter.startsAtOrAfter != null) c.push(sql<SqlBool>`${sql.ref(`${a}.start_time`)} >= ${filter.startsAtOrAfter}::time`);
    if (filter.endsAtOrBefore != null) {
      c.push(sql<SqlBool>`${sql.ref(`${a}.start_time`)} + make_interval(mins => ${sql.ref(`${a}.duration_minutes`)}) <= ${filter.endsAtOrBefore}::time
        and ${sql.ref(`${a}.start_time`)} + make_interval(mins => ${sql.ref(`${a}.duration_minutes`)}) > ${sql.ref(`${a}.start_time`)}`);
    }
    return c;
  };

  // The page is chosen first from narrow rows — id and sort keys, and for a radius only what the point
  // index holds (earth, id), so that is an index-only scan — and only the page's rows are then read whole,
  // by primary key, each as one json value: the driver then parses one value per row, not one per column,
  // which is most of the cost of a page of results on PGlite. json keeps dates and times as the same text
  // the column parsers give; only the timestamp needs the ISO form the parsers produce.
  //
  // The count rides in the same round trip when the caller will want it, as `count(*) over ()` in the pass
  // that finds the candidates when that pass reads every one of them anyway: with a keyword (every match is
  // scored), a radius with other filters (every row in it is read to test them), or a radius alone on
  // PostgreSQL before 18, which cannot finish (distance, id) order from a KNN scan and so sorts every row in
  // the radius (then the count costs next to nothing more). Otherwise — listing by name, or a radius alone on
  // 18+ (PGlite), which walk an index and stop after a page — it is a scalar subquery (run once; for a radius
  // alone, an index-only scan) beside them.
  const inlineTotal = !!args.withTotal;
  const countAll = (alias: string) => {
    const c = conditions(alias);
    return sql<number | null>`(select count(*) from activities ${sql.raw(alias)} where ${c.length ? sql.join(c, sql` and `) : sql`true`})`;
  };
  const radiusOnly = !!origin && conditions('a').length === 2;
  const windowCount = !!keyword || (!!origin && !(radiusOnly && (await knnPages(db))));
  const totalColumn = !inlineTotal ? sql<number | null>`null::int8` : windowCount ? sql<number | null>`count(*) over ()` : countAll('c');
  // Nearest first: `<->` on cube is cube_distance, the chord, which orders exactly as great-circle distance
  // does; earth_distance(origin, point) is sec_to_gc(cube_distance(origin, point)). By keyword: best match
  // first. Otherwise by name. The id settles ties, so pages never overlap.
  const byDistance = !!origin;
  const byMatch = !origin && !!keyword;
  const pageQuery = (q: Db) => {
    let candidates = q
      .selectFrom('activities as a')
      .select('a.id')
      .select(totalColumn.as('total_count'))
      .where((eb) => eb.and(conditions('a')));
    if (byDistance) candidates = candidates.select(sql<number>`a.earth <-> ${origin}`.as('k')).orderBy(sql`a.earth <-> ${origin}`);
    else if (byMatch) {
      candidates = candidates
        .select(sql<number>`word_similarity(${keyword}, a.name)`.as('k'))
        .select('a.name')
        .orderBy(sql`word_similarity(${keyword}, a.name)`, 'desc')
        .orderBy('a.name');
    } else candidates = candidates.select('a.name').orderBy('a.name');
    let page = q
      .selectFrom(candidates.orderBy('a.id').limit(size + 1).offset(offset).as('p'))
      .innerJoin('activities as a', 'a.id', 'p.id')
      .select(sql<Omit<ActivityRow, 'distance_km'>>`row_to_json(a)`.as('row'))
      .select((byDistance ? sql<number | null>`sec_to_gc(p.k) / 1000.0` : sql<number | null>`null::float8`).as('distance_km'))
      .select('p.total_count');
    if (byDistance) page = page.orderBy(sql`p.k`);
    else if (byMatch) page = page.orderBy(sql`p.k`, 'desc').orderBy(sql`p.name`);
    else page = page.orderBy(sql`p.name`);
    return page.orderBy('p.id').execute();
  };

  const fetched = await (keyword ? withKeywordThreshold(db, pageQuery) : pageQuery(db));
  const total = inlineTotal && fetched.length ? Number(fetched[0]!.total_count) : null;
  const rows: ActivityRow[] = fetched.map(({ row, distance_km }) => ({ ...row, updated_at: timestampToIso(row.updated_at), distance_km }));
  const countQuery = async (q: Db) =>
    Number(
      (
        await q
          .selectFrom('activities as a')
          .select(sql<number>`count(*)::int`.as('n'))
          .where((eb) => eb.and(conditions('a')))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return toPage(
    rows,
    size,
    // The cursor is the offset of the next page: after this page's last row (the only row it is asked for).
    () => [offset + Math.min(rows.length, size)],
    async () => total ?? (keyword ? withKeywordThreshold(db, countQuery) : countQuery(db)),
  );
}

/** Whether the server can return a page nearest first by KNN and stop (PostgreSQL 18+: incremental sort on a KNN scan). */
const knnPagesByDb = new WeakMap<Db, Promise<boolean>>();
function knnPages(db: Db): Promise<boolean> {
  let known = knnPagesByDb.get(db);
  if (!known) {
    known = sql<{ v: number }>`select current_setting('server_version_num')::int as v`.execute(db).then((r) => (r.rows[0]?.v ?? 0) >= 180000);
    known.catch(() => knnPagesByDb.delete(db));
    knnPagesByDb.set(db, known);
  }
  return known;
}

/**
 * `<%` (the word-similarity operator the trigram index answers) is `word_similarity(a, b) >= the session's
 * pg_trgm.word_similarity_threshold` (0.6 unless set), comparing a float4 similarity with a float8 setting.
 * On the connection that then runs the query the setting becomes the float8 value of float4 0.35, so `<%`
 * decides exactly as `word_similarity(…) >= 0.35::real` does. Every keyword query runs through here.
 */
const KEYWORD_THRESHOLD_SETTING = String(Math.fround(KEYWORD_THRESHOLD));
async function withKeywordThreshold<T>(db: Db, run: (conn: Db) => Promise<T>): Promise<T> {
  const onOneConnection = async (conn: Db) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${KEYWORD_THRESHOLD_SETTING}, false)`.execute(conn);
    return run(conn);
  };
  // A transaction is already one connection (and Kysely refuses connection() on one).
  return db.isTransaction ? onOneConnection(db) : db.connection().execute(onOneConnection);
}

export async function activityById(db: Db, id: string): Promise<ActivityRow | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...row, distance_km: null } : undefined;
}

export async function listCategories(db: Db): Promise<Row<'activity_categories'>[]> {
  return db.selectFrom('activity_categories').selectAll().orderBy('sort_order').orderBy('id').execute();
}

/** For each activity id, its categories in display order. */
export async function categoriesForActivities(db: Db, ids: readonly string[]): Promise<Row<'activity_categories'>[][]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db
        .selectFrom('activity_category_links as l')
        .innerJoin('activity_categories as c', 'c.id', 'l.category_id')
        .selectAll('c')
        .select('l.activity_id')
        .where('l.activity_id', 'in', valid)
        .orderBy('c.sort_order')
        .execute()
    : [];
  return ids.map((id) => rows.filter((r) => r.activity_id === id).map(({ activity_id: _, ...c }) => c));
}

export async function organisersByIds(db: Db, ids: readonly string[]): Promise<(Row<'activity_organisers'> | undefined)[]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length ? await db.selectFrom('activity_organisers').selectAll().where('id', 'in', valid).execute() : [];
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id));
}

export async function postcodeLocation(db: Db, postcode: string): Promise<{ latitude: number; longitude: number } | undefined> {
  return db.selectFrom('postcodes').select(['latitude', 'longitude']).where('postcode', '=', postcode).executeTakeFirst();
}
