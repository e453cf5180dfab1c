/**
 * Imports GP practices and their PCN membership from the CSV files NHS ODS publishes:
 *
 * - `epraccur.csv` (GP practices, no header row): 1 organisation code, 2 name, 3 national grouping,
 *   4 high-level health geography, 5–9 address lines 1–5, 10 postcode, 11 open date, 12 close date
 *   (YYYYMMDD), 13 status code (A active, C closed, D dormant, P proposed), 14 organisation sub-type,
 *   15 commissioner, 16–17 join/left dates, 18 contact telephone, … 26 prescribing setting (4 = GP practice).
 * - the ePCN "PCN Core Partner Details" sheet saved as CSV (header row): `Partner Organisation Code`
 *   (the practice), `PCN Code`, `PCN Name`, `Practice to PCN Relationship End Date`, …
 *
 * Idempotent: practices and PCNs are upserted by ODS code, so a monthly re-import updates names, addresses
 * and membership. A practice's coordinates come from the `postcodes` table (else it keeps the ones it had;
 * else the row is rejected — the finder cannot place it). Names are published in capitals and are put into
 * title case. Only active practices (status A) with prescribing setting 4 (when given) are imported; every
 * other row is listed as rejected with its line number and reason.
 */
import { parse } from 'csv-parse/sync';
import { sql, type Kysely } from 'kysely';
import { isValidPostcode, normalisePostcode } from '@waymark/core/shared-rules';
import type { Tables } from '../db/tables.js';

type Db = Kysely<Tables>;

export interface RejectedRow {
  file: 'practices' | 'pcn';
  /** 1-based line in the file. */
  line: number;
  code: string | null;
  reason: string;
}

export interface ImportResult {
  practicesInserted: number;
  practicesUpdated: number;
  pcnsUpserted: number;
  membershipsLinked: number;
  rejected: RejectedRow[];
}

export interface ImportOptions {
  /** The text of epraccur.csv. */
  practicesCsv: string;
  /** The text of the ePCN core partner details CSV. */
  pcnCsv?: string;
  /** Called after every practice row with (rows done, rows in all). */
  onProgress?: (done: number, total: number) => void;
}

const ODS = /^[A-Z0-9]{3,6}$/;
const KEEP_UPPER = new Set(['NHS', 'PCN', 'GP', 'UK', 'II', 'III']);
const KEEP_LOWER = new Set(['and', 'of', 'the', 'at', 'on', 'in', 'for', 'y', 'yr', "'r"]);

/** `RIVERSIDE SURGERY` → `Riverside Surgery`; `DR SMITH AND PARTNERS` → `Dr Smith and Partners`. */
export function titleCase(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word, i) => {
      if (KEEP_UPPER.has(word.toUpperCase())) return word.toUpperCase();
      if (i > 0 && KEEP_LOWER.has(word)) return word;
      return word.replace(/(^|[-(&/])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

const blank = (v: string | undefined) => (v ?? '').trim() || null;

interface PracticeRow {
  line: number;
  odsCode: string;
  name: string;
  line1: string;
  line2: string | null;
  town: string;
  county: string | null;
  postcode: string;
  phone: string | null;
}

/** Checks one epraccur record; a string is the reason it is rejected. */
export function mapPracticeRecord(record: string[]): Omit<PracticeRow, 'line'> | string {
  if (record.length < 13) return `expected at least 13 columns, found ${record.length}`;
  const odsCode = (record[0] ?? '').trim().toUpperCase();
  if (!ODS.test(odsCode)) return 'the organisation code is not an ODS code';
  const name = blank(record[1]);
  if (!name) return 'the name is empty';
  const status = (record[12] ?? '').trim().toUpperCase();
  if (status !== 'A') return `status is ${status || 'empty'}, not A (active)`;
  const setting = blank(record[25]);
  if (setting && setting !== '4') return `prescribing setting ${setting} is not a GP practice (4)`;
  const rawPostcode = blank(record[9]) ?? '';
  if (!isValidPostcode(rawPostcode)) return `the postcode "${rawPostcode}" is not a UK postcode`;
  const lines = record.slice(4, 9).map(blank);
  const [first, ...rest] = lines.filter((l): l is string => l !== null);
  if (!first) return 'the address is empty';
  // Lines 2–4 hold street, locality and town in that order; the last one given is the town; line 5 the county.
  const county = lines[4] ?? null;
  const middle = rest.filter((l) => l !== county);
  const town = middle.length ? middle[middle.length - 1]! : first;
  const line2 = middle.length > 1 ? middle.slice(0, -1).map(titleCase).join(', ') : null;
  return {
    odsCode,
    name: titleCase(name),
    line1: titleCase(first),
    line2,
    town: titleCase(town),
    county: county ? titleCase(county) : null,
    postcode: normalisePostcode(rawPostcode),
    phone: blank(record[17]),
  };
}

function parseCsv(text: string, columns: boolean): unknown[] {
  return parse(text, { columns, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true });
}

export async function importOdsPractices(db: Db, options: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { practicesInserted: 0, practicesUpdated: 0, pcnsUpserted: 0, membershipsLinked: 0, rejected: [] };
  const records = parseCsv(options.practicesCsv, false) as { record: string[]; info: { lines: number } }[];
  const rows: PracticeRow[] = [];
  const seen = new Set<string>();
  for (const { record, info } of records) {
    const mapped = mapPracticeRecord(record);
    if (typeof mapped === 'string') {
      result.rejected.push({ file: 'practices', line: info.lines, code: blank(record[0]), reason: mapped });
    } else if (seen.has(mapped.odsCode)) {
      result.rejected.push({ file: 'practices', line: info.lines, code: mapped.odsCode, reason: 'the ODS code appears twice in the file' });
    } else {
      seen.add(mapped.odsCode);
      rows.push({ ...mapped, line: info.lines });
    }
  }

  await db.transaction().execute(async (trx) => {
    const located = new Map<string, { latitude: number; longitude: number }>();
    const postcodes = [...new Set(rows.map((r) => r.postcode))];
    for (let i = 0; i < postcodes.length; i += 1000) {
      const found = await trx.selectFrom('postcodes').selectAll().where('postcode', 'in', postcodes.slice(i, i + 1000)).execute();
      for (const p of found) located.set(p.postcode, p);
    }
    let done = 0;
    for (const row of rows) {
      done++;
      const where = located.get(row.postcode) ?? (await trx.selectFrom('gp_practices').select(['latitude', 'longitude']).where('ods_code', '=', row.odsCode).executeTakeFirst());
      if (!where) {
        result.rejected.push({ file: 'practices', line: row.line, code: row.odsCode, reason: `no coordinates: the postcode ${row.postcode} is not in the postcodes table` });
      } else {
        const values = { name: row.name, address_line1: row.line1, address_line2: row.line2, town: row.town, county: row.county, postcode: row.postcode, phone: row.phone, latitude: where.latitude, longitude: where.longitude };
        const { inserted } = await trx
          .insertInto('gp_practices')
          .values({ ods_code: row.odsCode, ...values, email: null, website: null })
          .onConflict((oc) => oc.column('ods_code').doUpdateSet(values))
          .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
          .executeTakeFirstOrThrow();
        if (inserted) result.practicesInserted++;
        else result.practicesUpdated++;
      }
      options.onProgress?.(done, rows.length);
    }
    if (options.pcnCsv) await importPcnMembership(trx, options.pcnCsv, result);
  });
  result.rejected.sort((a, b) => a.file.localeCompare(b.file) * -1 || a.line - b.line);
  return result;
}

const column = (record: Record<string, string>, ...names: string[]) => {
  const keys = Object.keys(record);
  for (const name of names) {
    const key = keys.find((k) => k.trim().toLowerCase() === name.toLowerCase());
    if (key !== undefined) return blank(record[key]);
  }
  return null;
};

async function importPcnMembership(db: Db, text: string, result: ImportResult): Promise<void> {
  const records = parseCsv(text, true) as { record: Record<string, string>; info: { lines: number } }[];
  const pcnIds = new Map<string, string>();
  for (const { record, info } of records) {
    const practice = column(record, 'Partner Organisation Code', 'Practice Code')?.toUpperCase() ?? null;
    const pcnCode = column(record, 'PCN Code')?.toUpperCase() ?? null;
    const pcnName = column(record, 'PCN Name');
    const ended = column(record, 'Practice to PCN Relationship End Date');
    const reject = (reason: string) => result.rejected.push({ file: 'pcn', line: info.lines, code: practice, reason });
    if (!practice || !ODS.test(practice)) reject('the practice code is missing or not an ODS code');
    else if (!pcnCode || !ODS.test(pcnCode)) reject('the PCN code is missing or not an ODS code');
    else if (!pcnName) reject('the PCN name is empty');
    else if (ended) reject(`the practice left this PCN on ${ended}`);
    else {
      let pcnId = pcnIds.get(pcnCode);
      if (!pcnId) {
        const name = titleCase(pcnName);
        pcnId = (
          await db
            .insertInto('pcns')
            .values({ ods_code: pcnCode, name })
            .onConflict((oc) => oc.column('ods_code').doUpdateSet({ name }))
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
        pcnIds.set(pcnCode, pcnId);
        result.pcnsUpserted++;
      }
      const linked = await db.updateTable('gp_practices').set({ pcn_id: pcnId }).where('ods_code', '=', practice).executeTakeFirst();
      if (Number(linked.numUpdatedRows) === 0) reject('no practice with this code (not in epraccur.csv or rejected there)');
      else result.membershipsLinked++;
    }
  }
}

/** The rejected rows as lines for a terminal: `practices.csv line 4 (B99001): reason`. */
export function formatRejected(rejected: readonly RejectedRow[]): string[] {
  return rejected.map((r) => `${r.file === 'pcn' ? 'ePCN' : 'epraccur'} line ${r.line}${r.code ? ` (${r.code})` : ''}: ${r.reason}`);
}
