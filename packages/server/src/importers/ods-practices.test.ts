import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../testing/database.js';
import { formatRejected, importOdsPractices, mapPracticeRecord, titleCase } from './ods-practices.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ods/${name}`, import.meta.url), 'utf8');

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
  await database.db
    .insertInto('postcodes')
    .values([
      { postcode: 'LS4 2QT', latitude: 53.8079, longitude: -1.5822 },
      { postcode: 'LS6 4AB', latitude: 53.8265, longitude: -1.5712 },
      { postcode: 'LS28 7RR', latitude: 53.7946, longitude: -1.6633 },
    ])
    .execute();
});
after(() => database.close());

describe('ODS practice import: mapping', () => {
  it('puts capitals into title case, keeping NHS and small words', () => {
    assert.equal(titleCase('RIVERSIDE SURGERY'), 'Riverside Surgery');
    assert.equal(titleCase('DR PATEL, MOSS & PARTNERS'), 'Dr Patel, Moss & Partners');
    assert.equal(titleCase('WEST LEEDS AND PUDSEY PCN'), 'West Leeds and Pudsey PCN');
    assert.equal(titleCase("ST MARY'S HEALTH-CENTRE"), "St Mary's Health-Centre");
  });

  it('maps address lines to line 1, line 2, town and county', () => {
    const row = mapPracticeRecord(['B86002', 'MEANWOOD VALLEY SURGERY', 'Y63', 'QWO', '12 GROVE LANE', 'MEANWOOD', '', 'LEEDS', 'WEST YORKSHIRE', 'ls6 4ab', '19740401', '', 'A']);
    assert.deepEqual(row, { odsCode: 'B86002', name: 'Meanwood Valley Surgery', line1: '12 Grove Lane', line2: 'Meanwood', town: 'Leeds', county: 'West Yorkshire', postcode: 'LS6 4AB', phone: null });
    assert.equal(mapPracticeRecord(['B86002', 'X']), 'expected at least 13 columns, found 2');
  });
});

describe('ODS practice import: files', () => {
  it('imports active practices and PCN membership, listing every rejected row with a reason', async () => {
    const progress: number[] = [];
    const result = await importOdsPractices(database.db, { practicesCsv: fixture('epraccur.csv'), pcnCsv: fixture('epcn.csv'), onProgress: (done) => progress.push(done) });
    assert.equal(result.practicesInserted, 3);
    assert.equal(result.practicesUpdated, 0);
    assert.equal(result.pcnsUpserted, 2);
    assert.equal(result.membershipsLinked, 3);
    assert.deepEqual(progress, [1, 2, 3, 4]);
    const lines = formatRejected(result.rejected);
    const expectReason = (pattern: RegExp) => assert.ok(lines.some((l) => pattern.test(l)), `${pattern} in\n${lines.join('\n')}`);
    expectReason(/^epraccur line 3 \(B86099\): status is C/);
    expectReason(/^epraccur line 4 \(B86098\): the postcode "NOT A CODE"/);
    expectReason(/^epraccur line 5 \(B8600!\): the organisation code is not an ODS code/);
    expectReason(/^epraccur line 6 \(Y09999\): prescribing setting 0/);
    expectReason(/^epraccur line 7 \(B86097\): no coordinates/);
    expectReason(/^epraccur line 8 \(B86001\): the ODS code appears twice/);
    expectReason(/^epraccur line 9 \(B86096\): expected at least 13 columns/);
    expectReason(/^ePCN line 5 \(B86099\): no practice with this code/);
    expectReason(/^ePCN line 6 \(B86002\): the practice left this PCN on 20200331/);
    expectReason(/^ePCN line 7 \(B86001\): the PCN code is missing/);
    assert.equal(result.rejected.length, 10);

    const riverside = await database.db
      .selectFrom('gp_practices as p')
      .innerJoin('pcns', 'pcns.id', 'p.pcn_id')
      .select(['p.name', 'p.town', 'p.postcode', 'p.latitude', 'pcns.name as pcn', 'pcns.ods_code as pcnCode'])
      .where('p.ods_code', '=', 'B86001')
      .executeTakeFirstOrThrow();
    assert.deepEqual(riverside, { name: 'Riverside Surgery', town: 'Leeds', postcode: 'LS4 2QT', latitude: 53.8079, pcn: 'Leeds Riverside PCN', pcnCode: 'U83112' });
  });

  it('is idempotent: a second run updates the same practices and adds none', async () => {
    const result = await importOdsPractices(database.db, { practicesCsv: fixture('epraccur.csv'), pcnCsv: fixture('epcn.csv') });
    assert.equal(result.practicesInserted, 0);
    assert.equal(result.practicesUpdated, 3);
    const { n } = await database.db.selectFrom('gp_practices').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(n), 3);
    const { m } = await database.db.selectFrom('pcns').select((eb) => eb.fn.countAll<number>().as('m')).executeTakeFirstOrThrow();
    assert.equal(Number(m), 2);
  });
});
