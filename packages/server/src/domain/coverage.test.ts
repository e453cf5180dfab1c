/** Coverage lookups, nearest services and opening status, through the app on the demo data. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../testing/app.js';
import { coverageByPostcode, locatePostcode, postcodeDistrict } from './coverage.js';

let t: TestApp;
before(async () => {
  // A Monday in summer time, 10:00 in London; 25 May 2026 is the Spring bank holiday.
  t = await createTestApp({ now: () => new Date('2026-05-18T09:00:00Z') });
  await t.database.db.insertInto('postcodes').values({ postcode: 'EH1 1YZ', latitude: 55.9521, longitude: -3.1895 }).execute();
});
after(() => t.close());

const COVERAGE = /* GraphQL */ `
  query Coverage($postcode: Postcode!) {
    coverageByPostcode(postcode: $postcode) {
      postcode
      located
      services { name openingStatus { isOpen closesAt } upcomingClosures { date name welshName } }
      nearestServices { distanceKm service { name } }
    }
  }
`;

describe('coverage by postcode', () => {
  it('finds the service covering a demo postcode by its district, with opening status and closures', async () => {
    const { body } = await t.graphql(COVERAGE, { postcode: 'ls42qt' });
    assert.equal(body.errors, undefined);
    const c = (body.data as { coverageByPostcode: { postcode: string; located: boolean; services: { name: string; openingStatus: { isOpen: boolean; closesAt: string }; upcomingClosures: { date: string; welshName: string }[] }[]; nearestServices: unknown[] } }).coverageByPostcode;
    assert.equal(c.postcode, 'LS4 2QT');
    assert.equal(c.located, true);
    assert.deepEqual(c.services.map((s) => s.name), ['Aire Valley Social Prescribing']);
    assert.deepEqual(c.services[0]!.openingStatus, { isOpen: true, closesAt: '17:00' });
    // 60 days ahead of 18 May: the Spring bank holiday (a Monday); the Summer one (31 August) is too far.
    assert.deepEqual(c.services[0]!.upcomingClosures.map((h) => h.date), ['2026-05-25']);
    assert.equal(c.services[0]!.upcomingClosures[0]!.welshName, 'Gŵyl banc y gwanwyn');
    assert.deepEqual(c.nearestServices, []);
  });

  it('locates an unknown postcode in a known district at the district middle', async () => {
    assert.equal(postcodeDistrict('CF37 9ZZ'), 'CF37');
    assert.ok(await locatePostcode(t.database.db, 'CF37 9ZZ'));
    const result = await coverageByPostcode(t.database.db, 'CF37 9ZZ');
    assert.deepEqual(result.services.map((s) => s.name), ['Cysylltu Cymunedol Taf']);
  });

  it('lists the nearest services with distances when nothing covers a postcode', async () => {
    const { body } = await t.graphql(COVERAGE, { postcode: 'EH1 1YZ' });
    const c = (body.data as { coverageByPostcode: { located: boolean; services: unknown[]; nearestServices: { distanceKm: number; service: { name: string } }[] } }).coverageByPostcode;
    assert.equal(c.located, true);
    assert.deepEqual(c.services, []);
    assert.equal(c.nearestServices[0]!.service.name, 'Aire Valley Social Prescribing');
    assert.ok(c.nearestServices[0]!.distanceKm > 250 && c.nearestServices[0]!.distanceKm < 320, String(c.nearestServices[0]!.distanceKm));
    assert.ok(c.nearestServices[0]!.distanceKm < c.nearestServices[1]!.distanceKm);
  });

  it('says when a postcode cannot be placed at all', async () => {
    const { body } = await t.graphql(COVERAGE, { postcode: 'ZE1 0AA' });
    assert.deepEqual((body.data as { coverageByPostcode: unknown }).coverageByPostcode, { postcode: 'ZE1 0AA', located: false, services: [], nearestServices: [] });
  });

  it('rejects a malformed postcode with BAD_USER_INPUT', async () => {
    const { body } = await t.graphql(COVERAGE, { postcode: 'not a postcode' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('answers a practice with its PCN, services and team', async () => {
    const { body } = await t.graphql(/* GraphQL */ `
      { gpPractice(odsCode: "B86001") { name pcn { name } services { name openingStatus { isOpen } linkWorkers { displayName } } } }
    `);
    const p = (body.data as { gpPractice: { pcn: { name: string }; services: { name: string; linkWorkers: { displayName: string }[] }[] } }).gpPractice;
    assert.equal(p.pcn.name, 'Leeds Riverside PCN');
    assert.equal(p.services[0]!.name, 'Aire Valley Social Prescribing');
    assert.ok(p.services[0]!.linkWorkers.some((w) => w.displayName === 'Tom'), 'surname withheld');
  });
});
