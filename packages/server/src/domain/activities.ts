/**
 * Activity search: every filter in SQL. Geo search uses earthdistance over the GiST index on
 * `ll_to_earth(latitude, longitude)` (a bounding `earth_box` the index can answer, then the exact
 * distance); keyword search uses pg_trgm word similarity, which forgives typos.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
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

export async function searchActivities(db: Db, filter: ActivitySearch, args: { first?: number | null; after?: string | null }): Promise<Page<ActivityRow>> {
  validate(filter);
  const size = pageSize(args.first);
  const offset = Number((decodeCursor(args.after, 1) ?? [0])[0]);
  if (!Number.isInteger(offset) || offset < 0) throw badUserInput({ after: 'cursor.invalid' });

  const keyword = filter.keyword?.trim() || null;
  const near = filter.near ?? null;
  const radiusM = (filter.radiusKm ?? 5) * 1000;
  const origin = near ? sql`ll_to_earth(${near.latitude}, ${near.longitude})` : null;

  const conditions = (a: 'a'): Expression<SqlBool>[] => {
    const c: Expression<SqlBool>[] = [];
    if (origin) {
      c.push(sql<SqlBool>`${sql.ref(`${a}.latitude`)} is not null`);
      c.push(sql<SqlBool>`earth_box(${origin}, ${radiusM}) @> ll_to_earth(${sql.ref(`${a}.latitude`)}, ${sql.ref(`${a}.longitude`)})`);
      c.push(sql<SqlBool>`earth_distance(${origin}, ll_to_earth(${sql.ref(`${a}.latitude`)}, ${sql.ref(`${a}.longitude`)})) <= ${radiusM}`);
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
    return c;
  };

  const distance = origin
    ? sql<number>`earth_distance(${origin}, ll_to_earth(a.latitude, a.longitude)) / 1000.0`
    : sql<number | null>`null::float8`;
  let query = db
    .selectFrom('activities as a')
    .selectAll('a')
    .select(distance.as('distance_km'))
    .where((eb) => eb.and(conditions('a')));
  if (origin) query = query.orderBy(sql`distance_km`).orderBy('a.id');
  else if (keyword) query = query.orderBy(sql`word_similarity(${keyword}, a.name)`, 'desc').orderBy('a.name').orderBy('a.id');
  else query = query.orderBy('a.name').orderBy('a.id');

  const rows = (await query.limit(size + 1).offset(offset).execute()) as ActivityRow[];
  let index = offset;
  return toPage(
    rows,
    size,
    () => [++index],
    async () =>
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
