/**
 * Who covers a postcode. Social prescribing is arranged by GP practice (a practice's PCN employs or
 * commissions the link workers), so a postcode can only be a good guess:
 *
 * 1. services whose `covered_postcode_districts` include the postcode's district (LS4 2QT → LS4); and
 * 2. services covering any of the 3 GP practices nearest the postcode, if within 3 km — people are
 *    usually registered close to home.
 *
 * The postcode is located from the `postcodes` table, else at the middle of the known postcodes of its
 * district. When nothing covers it, the 3 services whose offices are nearest, with the distance
 * (earthdistance over the GiST index on `ll_to_earth`, as activities do).
 */
import { sql, type Kysely } from 'kysely';
import type { Row, Tables } from '../db/tables.js';

type Db = Kysely<Tables>;

export const NEAREST_PRACTICES = 3;
export const NEAREST_PRACTICE_RADIUS_KM = 3;
export const NEAREST_SERVICES = 3;

export interface Point {
  latitude: number;
  longitude: number;
}

export interface PostcodeCoverageResult {
  postcode: string;
  located: boolean;
  services: Row<'sp_services'>[];
  nearestServices: { service: Row<'sp_services'>; distanceKm: number }[];
}

/** `LS4 2QT` → `LS4` (the outward code); the postcode is already normalised by the scalar. */
export const postcodeDistrict = (postcode: string) => postcode.split(' ')[0] ?? postcode;

/** The postcode's location, else the centre of its district's known postcodes, else undefined. */
export async function locatePostcode(db: Db, postcode: string): Promise<Point | undefined> {
  const exact = await db.selectFrom('postcodes').select(['latitude', 'longitude']).where('postcode', '=', postcode).executeTakeFirst();
  if (exact) return exact;
  const district = await db
    .selectFrom('postcodes')
    .select([sql<number | null>`avg(latitude)`.as('latitude'), sql<number | null>`avg(longitude)`.as('longitude')])
    .where('postcode', 'like', `${postcodeDistrict(postcode)} %`)
    .executeTakeFirst();
  return district?.latitude != null && district.longitude != null ? { latitude: Number(district.latitude), longitude: Number(district.longitude) } : undefined;
}

export async function coverageByPostcode(db: Db, postcode: string): Promise<PostcodeCoverageResult> {
  const district = postcodeDistrict(postcode);
  const where = await locatePostcode(db, postcode);
  const origin = where ? sql`ll_to_earth(${where.latitude}, ${where.longitude})` : null;

  let nearPracticeIds: string[] = [];
  if (origin) {
    const radiusM = NEAREST_PRACTICE_RADIUS_KM * 1000;
    const near = await db
      .selectFrom('gp_practices as p')
      .select('p.id')
      .where(sql<boolean>`earth_box(${origin}, ${radiusM}) @> ll_to_earth(p.latitude, p.longitude)`)
      .where(sql<boolean>`earth_distance(${origin}, ll_to_earth(p.latitude, p.longitude)) <= ${radiusM}`)
      .orderBy(sql`earth_distance(${origin}, ll_to_earth(p.latitude, p.longitude))`)
      .limit(NEAREST_PRACTICES)
      .execute();
    nearPracticeIds = near.map((p) => p.id);
  }

  const services = await db
    .selectFrom('sp_services as s')
    .selectAll('s')
    .where((eb) =>
      eb.or([
        eb(sql.val(district), '=', eb.fn.any('s.covered_postcode_districts')),
        ...(nearPracticeIds.length
          ? [eb.exists(eb.selectFrom('sp_service_practices as c').select(sql`1`.as('one')).whereRef('c.service_id', '=', 's.id').where('c.practice_id', 'in', nearPracticeIds))]
          : []),
      ]),
    )
    .orderBy('s.name')
    .execute();

  const nearestServices = services.length === 0 && where ? await nearestServicesTo(db, where) : [];
  return { postcode, located: Boolean(where), services, nearestServices };
}

/** The services whose offices are nearest a point, nearest first, with the distance in km. */
export async function nearestServicesTo(db: Db, at: Point, limit = NEAREST_SERVICES): Promise<{ service: Row<'sp_services'>; distanceKm: number }[]> {
  const origin = sql`ll_to_earth(${at.latitude}, ${at.longitude})`;
  const rows = await db
    .selectFrom('sp_services as s')
    .selectAll('s')
    .select(sql<number>`earth_distance(${origin}, ll_to_earth(s.latitude, s.longitude)) / 1000.0`.as('distance_km'))
    .where('s.latitude', 'is not', null)
    .where('s.longitude', 'is not', null)
    .orderBy('distance_km')
    .limit(limit)
    .execute();
  return rows.map(({ distance_km, ...service }) => ({ service, distanceKm: Math.round(Number(distance_km) * 10) / 10 }));
}
