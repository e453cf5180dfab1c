/**
 * Partners are allow-listed by origin. A browser request carrying `X-Waymark-Partner` must come from one
 * of that partner's registered origins; CORS preflights (which cannot carry the key) are answered for any
 * origin some partner registered, and the key-to-origin check happens on the real request.
 */
import type { Kysely } from 'kysely';
import type { Row, Tables } from '../db/tables.js';

export const PARTNER_HEADER = 'x-waymark-partner';
const TTL_MS = 30_000;

export class PartnerDirectory {
  #byKey = new Map<string, { partner: Row<'partners'> | null; at: number }>();
  #origins: { set: Set<string>; at: number } | null = null;

  constructor(private readonly db: Kysely<Tables>) {}

  async byKey(key: string): Promise<Row<'partners'> | null> {
    const hit = this.#byKey.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.partner;
    const partner = (await this.db.selectFrom('partners').selectAll().where('key', '=', key).executeTakeFirst()) ?? null;
    if (this.#byKey.size > 10_000) this.#byKey.clear();
    this.#byKey.set(key, { partner, at: Date.now() });
    return partner;
  }

  /** Every origin any partner registered (for CORS preflight). */
  async allOrigins(): Promise<Set<string>> {
    if (this.#origins && Date.now() - this.#origins.at < TTL_MS) return this.#origins.set;
    const rows = await this.db.selectFrom('partners').select('allowed_origins').execute();
    const set = new Set(rows.flatMap((r) => r.allowed_origins));
    this.#origins = { set, at: Date.now() };
    return set;
  }

  /** Forget cached partners (after settings change, and in tests). */
  clear(): void {
    this.#byKey.clear();
    this.#origins = null;
  }
}
