/**
 * What every activity importer shares: the shape a mapping function returns, and the runner that upserts
 * mapped rows in batches keyed on (source_feed, source_id), so a re-run is idempotent. A row whose mapped
 * content hashes the same as last time is left alone ("unchanged"); one bad record is rejected with a
 * reason and never stops the run. Each run is recorded in `import_runs`.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { NewRow, Tables } from '../db/tables.js';
import type { SourceTerm } from './taxonomy.js';

type Db = Kysely<Tables>;

export type MapResult<T> = { ok: T } | { rejected: string };

/** One activity as a mapping function produces it, before it knows its organiser's row id. */
export interface MappedActivity {
  organiser: { sourceId: string; name: string; website: string | null };
  activity: Omit<NewRow<'activities'>, 'organiser_id' | 'source_feed' | 'id' | 'updated_at' | 'source_hash'> & { source_id: string };
  /** Taxonomy terms from the source; the runner turns them into category ids. */
  terms: SourceTerm[];
  /** Category ids already decided (tests, or a source that speaks our ids). */
  categories?: string[];
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  rejected: number;
  rejections: { record: string; reason: string }[];
}

export const emptySummary = (): ImportSummary => ({ created: 0, updated: 0, unchanged: 0, deleted: 0, rejected: 0, rejections: [] });

const MAX_REJECTIONS_KEPT = 1000;

export function reject(summary: ImportSummary, record: string, reason: string): void {
  summary.rejected++;
  if (summary.rejections.length < MAX_REJECTIONS_KEPT) summary.rejections.push({ record, reason });
}

export type Progress = (summary: ImportSummary) => void;

/** A stable digest of a value (object keys sorted). */
export function digest(value: unknown): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(stable) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, stable((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(stable(value))).digest('base64url');
}

export async function startRun(db: Db, kind: 'oruk' | 'openactive' | 'postcodes', source: string): Promise<string> {
  const row = await db.insertInto('import_runs').values({ kind, source }).returning('id').executeTakeFirstOrThrow();
  return String(row.id);
}

export async function finishRun(db: Db, id: string, summary: ImportSummary, failure: string | null = null): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({
      finished_at: sql<string>`now()`,
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      deleted: summary.deleted,
      rejected: summary.rejected,
      rejections: JSON.stringify(summary.rejections),
      failure,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Upserts one batch of mapped activities from a feed. Rows without coordinates that are not online get
 * their postcode's centroid from `postcodes`, or are rejected. Categories come from the taxonomy map.
 */
export async function upsertActivities(
  db: Db,
  feed: string,
  batch: readonly MappedActivity[],
  summary: ImportSummary,
  categorise: (m: MappedActivity) => string[],
): Promise<void> {
  if (!batch.length) return;
  const local = emptySummary();
  try {
    await upsertBatch(db, feed, batch, local, categorise);
  } catch (err) {
    // The database refused the batch: retry record by record so only the bad one is rejected.
    if (batch.length === 1) {
      const e = err as { message?: string; constraint?: string };
      reject(summary, batch[0]!.activity.source_id, `the database refused it${e.constraint ? ` (${e.constraint})` : ''}: ${String(e.message ?? err).slice(0, 200)}`);
      return;
    }
    for (const m of batch) await upsertActivities(db, feed, [m], summary, categorise);
    return;
  }
  summary.created += local.created;
  summary.updated += local.updated;
  summary.unchanged += local.unchanged;
  for (const r of local.rejections) reject(summary, r.record, r.reason);
}

async function upsertBatch(
  db: Db,
  feed: string,
  batch: readonly MappedActivity[],
  summary: ImportSummary,
  categorise: (m: MappedActivity) => string[],
): Promise<void> {
  // The last record with a given id wins within a batch (a feed may repeat one).
  const byId = new Map(batch.map((m) => [m.activity.source_id, m]));
  const items = [...byId.values()];

  const needPostcodes = [...new Set(items.filter((m) => !m.activity.online && (m.activity.latitude == null || m.activity.longitude == null) && m.activity.postcode).map((m) => m.activity.postcode!))];
  const centroids = new Map(
    needPostcodes.length ? (await db.selectFrom('postcodes').selectAll().where('postcode', 'in', needPostcodes).execute()).map((p) => [p.postcode, p]) : [],
  );
  const ready: { m: MappedActivity; categories: string[]; hash: string }[] = [];
  for (const m of items) {
    const a = { ...m.activity };
    if (!a.online && (a.latitude == null || a.longitude == null)) {
      const c = a.postcode ? centroids.get(a.postcode) : undefined;
      if (!c) {
        reject(summary, m.activity.source_id, a.postcode ? `no coordinates, and postcode ${a.postcode} is not in the postcodes table` : 'no coordinates, no postcode and not online');
        continue;
      }
      a.latitude = c.latitude;
      a.longitude = c.longitude;
    }
    const mapped = { ...m, activity: a };
    const categories = m.categories ?? categorise(mapped);
    ready.push({ m: mapped, categories, hash: digest({ a, o: m.organiser, categories }) });
  }
  if (!ready.length) return;

  await db.transaction().execute(async (trx) => {
    const organisers = [...new Map(ready.map(({ m }) => [m.organiser.sourceId, m.organiser])).values()];
    const orgRows = await trx
      .insertInto('activity_organisers')
      .values(organisers.map((o) => ({ name: o.name, website: o.website, source_feed: feed, source_id: o.sourceId })))
      .onConflict((oc) => oc.columns(['source_feed', 'source_id']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), website: eb.ref('excluded.website') })))
      .returning(['id', 'source_id'])
      .execute();
    const organiserId = new Map(orgRows.map((r) => [r.source_id, r.id]));

    const existing = new Map(
      (
        await trx
          .selectFrom('activities')
          .select(['source_id', 'source_hash'])
          .where('source_feed', '=', feed)
          .where(
            'source_id',
            'in',
            ready.map((r) => r.m.activity.source_id),
          )
          .execute()
      ).map((r) => [r.source_id, r.source_hash]),
    );
    const changed = ready.filter((r) => {
      const before = existing.get(r.m.activity.source_id);
      if (before === undefined) summary.created++;
      else if (before === r.hash) {
        summary.unchanged++;
        return false;
      } else summary.updated++;
      return true;
    });
    if (!changed.length) return;
    const rows = changed.map(({ m, hash }) => ({ ...m.activity, organiser_id: organiserId.get(m.organiser.sourceId)!, source_feed: feed, source_hash: hash }));
    const columns = Object.keys(rows[0]!).filter((k) => k !== 'source_feed' && k !== 'source_id') as (keyof (typeof rows)[number])[];
    const saved = await trx
      .insertInto('activities')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['source_feed', 'source_id']).doUpdateSet((eb) => ({
          ...Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)])),
          updated_at: sql<string>`now()`,
        })),
      )
      .returning(['id', 'source_id'])
      .execute();
    const ids = saved.map((s) => s.id);
    await trx.deleteFrom('activity_category_links').where('activity_id', 'in', ids).execute();
    const categoriesById = new Map(changed.map((r) => [r.m.activity.source_id, r.categories]));
    const links = saved.flatMap((s) => (categoriesById.get(s.source_id) ?? []).map((category_id) => ({ activity_id: s.id, category_id })));
    if (links.length) await trx.insertInto('activity_category_links').values(links).onConflict((oc) => oc.doNothing()).execute();
  });
}

/** Deletes the feed's rows with these source ids (RPDE `state: "deleted"`). */
export async function deleteActivities(db: Db, feed: string, sourceIds: readonly string[], summary: ImportSummary): Promise<void> {
  if (!sourceIds.length) return;
  const result = await db.deleteFrom('activities').where('source_feed', '=', feed).where('source_id', 'in', sourceIds).executeTakeFirst();
  summary.deleted += Number(result.numDeletedRows);
}
