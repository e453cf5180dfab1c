/**
 * Activity search: every filter in SQL. Geo search uses earthdistance over the GiST index on
 * `ll_to_earth(latitude, longitude)` (a bounding `earth_box` the index can answer, then the exact
 * distance); keyword search uses pg_trgm word similarity, which forgives typos.
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
      // index answers without reading the table.
      c.push(sql<SqlBool>`${sql.ref(`${a}.earth`)} <@ earth_box(${origin}, ${radiusM})`);
      c.push(sql<SqlBool>`cube_distance(${sql.ref(`${a}.earth`)}, ${origin}) <= gc_to_sec(${radiusM})`);
    }
    if (keyword) {
      const like = `%${keyword.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      c.push(sql<SqlBool>`(word_similarity(${keyword}, ${sql.ref(`${a}.name`)}) >= ${KEYWORD_THRESHOLD}
        or ${sql.ref(`${a}.description`)} ilike ${like}
        or exists (select 1 from activity_organisers o where o.id = ${sql.ref(`${a}.organiser_id`)} and o.name ilike ${like}))`);
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

  // earth_distance(origin, point) is sec_to_gc(cube_distance(origin, point)).
  const distance = origin ? sql<number>`sec_to_gc(cube_distance(${origin}, a.earth)) / 1000.0` : sql<number | null>`null::float8`;
  // The count rides in the same round trip when the caller will want it. With a keyword every candidate
  // row is read and scored anyway, so `count(*) over ()` costs nothing more; without one, nearest-first
  // (a KNN index scan) and by-name stop after a page, so the count is a scalar subquery (run once, an
  // index-only scan for a radius) beside them.
  const inlineTotal = !!args.withTotal;
  const countAll = (alias: string) => {
    const c = conditions(alias);
    return sql<number | null>`(select count(*) from activities ${sql.raw(alias)} where ${c.length ? sql.join(c, sql` and `) : sql`true`})`;
  };
  const totalColumn = !inlineTotal ? sql<number | null>`null::int8` : keyword ? sql<number | null>`count(*) over ()` : countAll('c');
  // Each row as one json value: the driver then parses one value per row, not one per column, which is
  // most of the cost of a page of results on PGlite. json keeps dates and times as the same text the
  // column parsers give; only the timestamp needs the ISO form the parsers produce.
  let query = db
    .selectFrom('activities as a')
    .select(sql<Omit<ActivityRow, 'distance_km'>>`row_to_json(a)`.as('row'))
    .select(distance.as('distance_km'))
    .select(totalColumn.as('total_count'))
    .where((eb) => eb.and(conditions('a')));
  // Nearest first: chord distance orders exactly as great-circle distance does, and the GiST index on
  // `earth` returns rows in that order (KNN).
  if (origin) query = query.orderBy(sql`a.earth <-> ${origin}`).orderBy('a.id');
  else if (keyword) query = query.orderBy(sql`word_similarity(${keyword}, a.name)`, 'desc').orderBy('a.name').orderBy('a.id');
  else query = query.orderBy('a.name').orderBy('a.id');

  const fetched = await query.limit(size + 1).offset(offset).execute();
  const total = inlineTotal && fetched.length ? Number(fetched[0]!.total_count) : null;
  const rows: ActivityRow[] = fetched.map(({ row, distance_km }) => ({ ...row, updated_at: timestampToIso(row.updated_at), distance_km }));
  let index = offset;
  return toPage(
    rows,
    size,
    () => [++index],
    async () =>
      total ??
      Number(
        (
          await db
            .selectFrom('activities as a')
            .select(sql<number>`count(*)::int`.as('n'))
            .where((eb) => eb.and(conditions('a')))
            .executeTakeFirstOrThrow()
        ).n,
      ),
  );
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
