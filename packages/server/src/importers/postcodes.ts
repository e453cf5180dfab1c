/**
 * Postcode centroids → `postcodes`. Two layouts, told apart by the header:
 *   ONS Postcode Directory (ONSPD / NSPL): `pcds` (or `pcd`), `lat`, `long` — WGS84 already; 99.999999
 *     marks a postcode with no grid reference.
 *   Code-Point Open: `postcode`, `eastings`, `northings` (OSGB36 British National Grid, EPSG:27700),
 *     converted to WGS84 with proj4. The published files have no header: a first row whose first cell is
 *     a postcode and whose 3rd and 4th cells are numbers is read as Code-Point's column order
 *     (Postcode, Positional_quality_indicator, Eastings, Northings, …).
 */
import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { Kysely } from 'kysely';
import proj4 from 'proj4';
import type { NewRow, Tables } from '../db/tables.js';
import { isValidPostcode, normalisePostcode } from '@waymark/core/shared-rules';
import { SourceError } from './source.js';
import { emptySummary, finishRun, reject, startRun, type ImportSummary, type MapResult, type Progress } from './runner.js';

/** British National Grid with the OSGB36 → WGS84 Helmert transformation (accurate to a few metres). */
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const toWgs84 = proj4(BNG, 'WGS84');

/** Easting/northing in metres → WGS84 latitude/longitude. */
export function osgbToWgs84(easting: number, northing: number): { latitude: number; longitude: number } {
  const [longitude = NaN, latitude = NaN] = toWgs84.forward<number[]>([easting, northing]);
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

export type PostcodeLayout = { kind: 'onspd'; pc: number; lat: number; lng: number } | { kind: 'codepoint'; pc: number; e: number; n: number };

/** The layout a header row names, or (for Code-Point's header-less files) implies; null if neither. */
export function detectLayout(firstRow: readonly string[]): { layout: PostcodeLayout; header: boolean } | null {
  const cols = firstRow.map((c) => c.trim().toLowerCase());
  const at = (...names: string[]) => cols.findIndex((c) => names.includes(c));
  const pc = at('pcds', 'pcd', 'pcd2', 'postcode');
  const lat = at('lat', 'latitude');
  const lng = at('long', 'lng', 'longitude');
  if (pc >= 0 && lat >= 0 && lng >= 0) return { layout: { kind: 'onspd', pc, lat, lng }, header: true };
  const e = at('eastings', 'easting', 'oseast1m');
  const n = at('northings', 'northing', 'osnrth1m');
  if (pc >= 0 && e >= 0 && n >= 0) return { layout: { kind: 'codepoint', pc, e, n }, header: true };
  if (isValidPostcode(firstRow[0] ?? '') && /^\d+$/.test((firstRow[2] ?? '').trim()) && /^\d+$/.test((firstRow[3] ?? '').trim())) {
    return { layout: { kind: 'codepoint', pc: 0, e: 2, n: 3 }, header: false };
  }
  return null;
}

/** One CSV row → a postcodes row, or why not. Pure. */
export function mapPostcodeRow(row: readonly string[], layout: PostcodeLayout): MapResult<NewRow<'postcodes'>> {
  const raw = (row[layout.pc] ?? '').trim();
  if (!raw) return { rejected: 'no postcode' };
  if (!isValidPostcode(raw)) return { rejected: `not a UK postcode: ${raw.slice(0, 12)}` };
  const postcode = normalisePostcode(raw);
  if (layout.kind === 'onspd') {
    const latitude = Number(row[layout.lat]);
    const longitude = Number(row[layout.lng]);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || (row[layout.lat] ?? '').trim() === '') return { rejected: 'latitude or longitude is not a number' };
    if (latitude === 99.999999 || latitude > 61 || latitude < 49 || longitude < -9 || longitude > 2.1) return { rejected: 'no grid reference (or outside the UK)' };
    return { ok: { postcode, latitude, longitude } };
  }
  const e = (row[layout.e] ?? '').trim();
  const n = (row[layout.n] ?? '').trim();
  if (!/^\d+(\.\d+)?$/.test(e) || !/^\d+(\.\d+)?$/.test(n)) return { rejected: 'eastings or northings is not a number' };
  const easting = Number(e);
  const northing = Number(n);
  if ((easting === 0 && northing === 0) || easting > 700_000 || northing > 1_300_000) return { rejected: 'no grid reference (or outside Great Britain)' };
  return { ok: { postcode, ...osgbToWgs84(easting, northing) } };
}

export async function importPostcodes(
  db: Kysely<Tables>,
  file: string,
  options: { batchSize?: number; onProgress?: Progress } = {},
): Promise<ImportSummary & { runId: string; layout: PostcodeLayout['kind'] | null }> {
  const runId = await startRun(db, 'postcodes', file);
  const summary = emptySummary();
  const batchSize = options.batchSize ?? 2000;
  let layout: PostcodeLayout | null = null;
  let batch = new Map<string, NewRow<'postcodes'>>();
  const flush = async () => {
    if (!batch.size) return;
    const rows = [...batch.values()];
    batch = new Map();
    const existing = new Map(
      (await db.selectFrom('postcodes').selectAll().where('postcode', 'in', rows.map((r) => r.postcode)).execute()).map((r) => [r.postcode, r]),
    );
    const changed = rows.filter((r) => {
      const before = existing.get(r.postcode);
      if (!before) summary.created++;
      else if (before.latitude === r.latitude && before.longitude === r.longitude) {
        summary.unchanged++;
        return false;
      } else summary.updated++;
      return true;
    });
    if (changed.length) {
      await db
        .insertInto('postcodes')
        .values(changed)
        .onConflict((oc) => oc.column('postcode').doUpdateSet((eb) => ({ latitude: eb.ref('excluded.latitude'), longitude: eb.ref('excluded.longitude') })))
        .execute();
    }
    options.onProgress?.(summary);
  };
  try {
    try {
      await access(file, constants.R_OK);
    } catch (err) {
      throw new SourceError(`could not read ${file}: ${(err as Error).message}`);
    }
    const input = createReadStream(file);
    const parser = input.pipe(parse({ relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }));
    input.on('error', (err) => parser.destroy(err));
    let line = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        line++;
        if (!layout) {
          const found = detectLayout(record);
          if (!found) throw new SourceError('not an ONS Postcode Directory (pcds, lat, long) or Code-Point Open (postcode, eastings, northings) CSV');
          layout = found.layout;
          if (found.header) continue;
        }
        const result = mapPostcodeRow(record, layout);
        if ('rejected' in result) reject(summary, `line ${line}`, result.rejected);
        else batch.set(result.ok.postcode, result.ok);
        if (batch.size >= batchSize) await flush();
      }
    } catch (err) {
      if (err instanceof SourceError) throw err;
      const e = err as { code?: string; message?: string };
      throw new SourceError(`could not read ${file}: ${e.message ?? String(err)}`);
    }
    await flush();
    if (!layout) throw new SourceError(`${file} is empty`);
  } catch (err) {
    await finishRun(db, runId, summary, (err as Error).message);
    throw err;
  }
  await finishRun(db, runId, summary);
  return { ...summary, runId, layout: (layout as PostcodeLayout | null)?.kind ?? null };
}
