/**
 * Reads of organisations: partners, GP practices, PCNs, social prescribing services and their link
 * workers. Batch functions (`…ByIds`, `…ForServices`) back the per-request DataLoaders, so a page of
 * practices with their PCNs and services costs a fixed number of queries.
 */
import { sql, type Kysely } from 'kysely';
import type { Row, Tables } from '../db/tables.js';
import { decodeCursor, pageSize, toPage, type Page } from './pagination.js';

type Db = Kysely<Tables>;

export interface ListArgs {
  first?: number | null;
  after?: string | null;
}

export async function partnerByKey(db: Db, key: string): Promise<Row<'partners'> | undefined> {
  return db.selectFrom('partners').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function practiceByOdsCode(db: Db, odsCode: string): Promise<Row<'gp_practices'> | undefined> {
  return db.selectFrom('gp_practices').selectAll().where('ods_code', '=', odsCode.toUpperCase()).executeTakeFirst();
}

/** Words of a search, each to be found (case-insensitively) in the name, town or ODS code. */
function searchWords(search: string | null | undefined): string[] {
  return (search ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export async function listPractices(db: Db, args: ListArgs & { search?: string | null; pcnId?: string }): Promise<Page<Row<'gp_practices'>>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  const words = searchWords(args.search);
  let base = db.selectFrom('gp_practices');
  for (const w of words) base = base.where(sql<boolean>`(name || ' ' || town || ' ' || ods_code) ilike ${w}`);
  if (args.pcnId) base = base.where('pcn_id', '=', args.pcnId);
  let page = base.selectAll().orderBy('name').orderBy('id').limit(size + 1);
  if (after) page = page.where(sql<boolean>`(name, id) > (${after[0]}, ${after[1]}::uuid)`);
  const rows = await page.execute();
  return toPage(rows, size, (r) => [r.name, r.id], async () => Number((await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n));
}

export async function listPcns(db: Db, args: ListArgs): Promise<Page<Row<'pcns'>>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  let page = db.selectFrom('pcns').selectAll().orderBy('name').orderBy('id').limit(size + 1);
  if (after) page = page.where(sql<boolean>`(name, id) > (${after[0]}, ${after[1]}::uuid)`);
  const rows = await page.execute();
  return toPage(rows, size, (r) => [r.name, r.id], async () =>
    Number((await db.selectFrom('pcns').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function listServices(db: Db, args: ListArgs): Promise<Page<Row<'sp_services'>>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  let page = db.selectFrom('sp_services').selectAll().orderBy('name').orderBy('id').limit(size + 1);
  if (after) page = page.where(sql<boolean>`(name, id) > (${after[0]}, ${after[1]}::uuid)`);
  const rows = await page.execute();
  return toPage(rows, size, (r) => [r.name, r.id], async () =>
    Number((await db.selectFrom('sp_services').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n),
  );
}

/** Whether a string is a UUID (ids in this API); anything else can match nothing. */
export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

const byIds =
  <T extends 'gp_practices' | 'pcns' | 'sp_services' | 'partners'>(table: T) =>
  async (db: Db, ids: readonly string[]): Promise<(Row<T> | undefined)[]> => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? ((await db
          .selectFrom(table as 'pcns')
          .selectAll()
          .where('id', 'in', valid)
          .execute()) as unknown as Row<T>[])
      : [];
    const map = new Map(rows.map((r) => [(r as { id: string }).id, r]));
    return ids.map((id) => map.get(id));
  };

export const practicesByIds = byIds('gp_practices');
export const pcnsByIds = byIds('pcns');
export const servicesByIds = byIds('sp_services');

/** For each practice id, the services covering it (by name). */
export async function servicesForPractices(db: Db, practiceIds: readonly string[]): Promise<Row<'sp_services'>[][]> {
  const ids = practiceIds.filter(isUuid);
  const rows = ids.length
    ? await db
        .selectFrom('sp_service_practices as c')
        .innerJoin('sp_services as s', 's.id', 'c.service_id')
        .selectAll('s')
        .select('c.practice_id')
        .where('c.practice_id', 'in', ids)
        .orderBy('s.name')
        .execute()
    : [];
  return practiceIds.map((id) => rows.filter((r) => r.practice_id === id).map(({ practice_id: _, ...s }) => s));
}

/** For each service id, the practices it covers (by name). */
export async function practicesForServices(db: Db, serviceIds: readonly string[]): Promise<Row<'gp_practices'>[][]> {
  const ids = serviceIds.filter(isUuid);
  const rows = ids.length
    ? await db
        .selectFrom('sp_service_practices as c')
        .innerJoin('gp_practices as p', 'p.id', 'c.practice_id')
        .selectAll('p')
        .select('c.service_id')
        .where('c.service_id', 'in', ids)
        .orderBy('p.name')
        .execute()
    : [];
  return serviceIds.map((id) => rows.filter((r) => r.service_id === id).map(({ service_id: _, ...p }) => p));
}

/** The services covering any practice of a PCN. */
export async function servicesForPcn(db: Db, pcnId: string): Promise<Row<'sp_services'>[]> {
  return db
    .selectFrom('sp_services as s')
    .selectAll('s')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sp_service_practices as c')
          .innerJoin('gp_practices as p', 'p.id', 'c.practice_id')
          .select(sql`1`.as('one'))
          .whereRef('c.service_id', '=', 's.id')
          .where('p.pcn_id', '=', pcnId),
      ),
    )
    .orderBy('s.name')
    .execute();
}

/** For each service id, its link workers in the team's order. */
export async function linkWorkersForServices(db: Db, serviceIds: readonly string[]): Promise<Row<'link_workers'>[][]> {
  const ids = serviceIds.filter(isUuid);
  const rows = ids.length
    ? await db.selectFrom('link_workers').selectAll().where('service_id', 'in', ids).orderBy('sort_order').orderBy('first_name').execute()
    : [];
  return serviceIds.map((id) => rows.filter((r) => r.service_id === id));
}
