/**
 * Self-referral through the API (`app.fetch`, no port) on a real database with the demo data: partner
 * settings, storage, validation by field path, idempotency, automated submissions, rate limits, FORBIDDEN,
 * and logs without personal data. PGlite by default; a fresh PostgreSQL database when DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { REFERENCE_PATTERN } from './domain/reference.js';
import { loadMigrations } from './db/migrate.js';
import { DEMO_SELF_REFERRAL_SETTINGS, formatReferralList, listLatestReferrals, selfReferralSettings } from './domain/referrals.js';
import { createLogger } from './log.js';
import { createTestApp, type TestApp } from './testing/app.js';

const HEADERS = { 'x-waymark-partner': 'pk_demo_riverside', origin: 'http://localhost:4000' };
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SelfReferralInput!) {
    submitSelfReferral(input: $input) { reference receivedAt serviceName serviceContact { phone email website } typicalResponseDays }
  }
`;
const SETTINGS = /* GraphQL */ `
  query Settings($key: String!) {
    partner(key: $key) {
      selfReferral {
        open minimumAge typicalResponseDays whatMattersMaxLength languageOptions
        service { name }
        questions { nhsNumber communicationNeeds contactTimes preferredLanguage }
        consent { version sharing { en cy } contact { en cy } }
        crisisMessage { en cy }
      }
    }
  }
`;

// Distinctive personal data, so the log check can look for each piece.
const PERSON = {
  fullName: 'Zebedee Quartermain',
  dateOfBirth: '1961-07-23',
  nhsNumber: '943 476 5919',
  postcode: 'ls29 8ab',
  phone: '07700 900982',
  email: 'zebedee.q@example.com',
  contactTimes: 'Weekday mornings',
  whatMatters: 'Getting back to gardening with other people',
};

let t: TestApp;
let consentVersion: string;
const logLines: string[] = [];
let keyCounter = 0;
const newKey = () => `test-key-${process.pid}-${String(++keyCounter).padStart(6, '0')}`;

type Input = Record<string, unknown> & { person: Record<string, unknown>; consent: Record<string, unknown> };
function validInput(key = newKey()): Input {
  return {
    idempotencyKey: key,
    person: {
      fullName: PERSON.fullName,
      dateOfBirth: PERSON.dateOfBirth,
      nhsNumber: PERSON.nhsNumber,
      postcode: PERSON.postcode,
      phone: PERSON.phone,
      email: PERSON.email,
      preferredContactMethods: ['PHONE', 'EMAIL'],
      contactTimes: PERSON.contactTimes,
      communicationNeeds: ['LARGE_PRINT'],
    },
    whatMatters: PERSON.whatMatters,
    needs: ['LONELINESS', 'PHYSICAL_HEALTH'],
    consent: { wordingVersion: consentVersion, sharing: true, contact: true },
    honeypot: '',
    fillSeconds: 240,
  };
}

/** Today minus `years` (and `days`), as YYYY-MM-DD, in London's calendar (near enough for these tests). */
function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

interface SubmitData {
  submitSelfReferral: { reference: string; receivedAt: string; serviceName: string; serviceContact: { phone: string | null }; typicalResponseDays: number };
}
const submit = (input: unknown, headers: Record<string, string> = HEADERS) => t.graphql<SubmitData>(SUBMIT, { input }, headers);

async function counts() {
  const db = t.database.db;
  const referrals = await db.selectFrom('referrals').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const history = await db.selectFrom('referral_status_history').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return { referrals: Number(referrals.n), history: Number(history.n) };
}

const log = createLogger(
  { logLevel: 'info' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  }),
);

before(async () => {
  t = await createTestApp({ log });
  const { body } = await t.graphql<{ partner: { selfReferral: { consent: { version: string } } } }>(SETTINGS, { key: 'pk_demo_riverside' });
  consentVersion = body.data!.partner.selfReferral.consent.version;
});
after(() => t.close());

/** The consent wording version a partner shows (each partner may have its own). */
async function consentVersionOf(key: string): Promise<string> {
  const { body } = await t.graphql<{ partner: { selfReferral: { consent: { version: string } } } }>(SETTINGS, { key });
  return body.data!.partner.selfReferral.consent.version;
}

describe('self-referral settings', () => {
  it('publishes the partner configuration with the defaults filled in', async () => {
    const { body } = await t.graphql<{ partner: { selfReferral: Record<string, unknown> & { crisisMessage: { en: string; cy: string }; service: { name: string } } } }>(SETTINGS, {
      key: 'pk_demo_riverside',
    });
    assert.equal(body.errors, undefined);
    const s = body.data!.partner.selfReferral;
    assert.equal(s.open, true);
    assert.equal(s.service.name, 'Aire Valley Social Prescribing');
    assert.equal(s.whatMattersMaxLength, 1000);
    assert.ok(typeof s.minimumAge === 'number' && s.minimumAge >= 0);
    for (const words of ['999', '111', '116 123']) {
      assert.ok(s.crisisMessage.en.includes(words), `crisis message (en) mentions ${words}`);
      assert.ok(s.crisisMessage.cy.includes(words), `crisis message (cy) mentions ${words}`);
    }
  });

  it('takes settings from partners.settings, merged over the defaults', async () => {
    await insertPartner('pk_test_configured', { selfReferral: { minimumAge: 18, questions: { preferredLanguage: true }, languageOptions: ['cy', 'en'], consent: { version: 'v-test' } } });
    const { body } = await t.graphql<{ partner: { selfReferral: { minimumAge: number; questions: Record<string, boolean>; languageOptions: string[]; consent: { version: string; sharing: { en: string } } } } }>(
      SETTINGS,
      { key: 'pk_test_configured' },
    );
    const s = body.data!.partner.selfReferral;
    assert.equal(s.minimumAge, 18);
    assert.deepEqual(s.questions, { nhsNumber: true, communicationNeeds: true, contactTimes: true, preferredLanguage: true });
    assert.deepEqual(s.languageOptions, ['cy', 'en']);
    assert.equal(s.consent.version, 'v-test');
    assert.ok(s.consent.sharing.en.length > 20, 'default wording kept when only the version is set');
  });
});

/** A partner on the Aire service, allowed on the test origin, with the given settings. */
async function insertPartner(key: string, settings: Record<string, unknown>, withService = true): Promise<void> {
  const riverside = await t.database.db.selectFrom('partners').selectAll().where('key', '=', 'pk_demo_riverside').executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('partners')
    .values({
      key,
      name: `Test partner ${key}`,
      kind: 'COUNCIL',
      referral_service_id: withService ? riverside.referral_service_id : null,
      allowed_origins: ['http://localhost:4000'],
      settings: JSON.stringify(settings),
    })
    .execute();
}

describe('submitSelfReferral: storing', () => {
  it('stores one referral with status RECEIVED and one history row, committed before answering', async () => {
    const before = await counts();
    const started = Date.now();
    const { body, status } = await submit(validInput());
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    const result = body.data!.submitSelfReferral;
    assert.match(result.reference, REFERENCE_PATTERN);
    assert.equal(result.serviceName, 'Aire Valley Social Prescribing');
    assert.ok(result.typicalResponseDays >= 0);
    assert.ok(Date.parse(result.receivedAt) >= started - 1000);
    assert.deepEqual(await counts(), { referrals: before.referrals + 1, history: before.history + 1 });

    const row = await t.database.db.selectFrom('referrals').selectAll().where('reference', '=', result.reference).executeTakeFirstOrThrow();
    assert.equal(row.status, 'RECEIVED');
    assert.equal(row.source, 'SELF_REFERRAL');
    assert.equal(row.full_name, PERSON.fullName);
    assert.equal(row.postcode, 'LS29 8AB');
    assert.equal(row.phone, '07700900982');
    assert.equal(row.nhs_number, '9434765919');
    assert.equal(row.date_of_birth, PERSON.dateOfBirth);
    assert.deepEqual(row.needs, ['LONELINESS', 'PHYSICAL_HEALTH']);
    assert.equal(row.consent_wording_version, consentVersion);
    assert.equal(row.consent_sharing && row.consent_contact, true);
    // The partner is a GP practice: with no ODS code given, the referral is for that practice.
    const practice = await t.database.db.selectFrom('gp_practices').select('ods_code').where('id', '=', row.gp_practice_id!).executeTakeFirstOrThrow();
    assert.equal(practice.ods_code, 'B86001');
    const history = await t.database.db.selectFrom('referral_status_history').selectAll().where('referral_id', '=', row.id).execute();
    assert.equal(history.length, 1);
    assert.equal(history[0]!.status, 'RECEIVED');
    assert.equal(history[0]!.by_staff_id, null);
  });

  it('accepts a known GP practice ODS code, and whatMatters of exactly the maximum length', async () => {
    const input = validInput();
    input.gpPracticeOdsCode = 'b86001';
    input.whatMatters = 'é'.repeat(1000);
    const { body } = await submit(input);
    assert.equal(body.errors, undefined);
  });

  it('a retry with the same key returns the same reference and stores nothing new', async () => {
    const input = validInput();
    const first = await submit(input);
    const stored = await counts();
    // The widget retries the exact payload; the time it measured may differ, and spacing is not meaning.
    const retry = await submit({ ...input, fillSeconds: 300, person: { ...input.person, postcode: 'LS29  8AB ' } });
    assert.equal(retry.body.errors, undefined);
    assert.equal(retry.body.data!.submitSelfReferral.reference, first.body.data!.submitSelfReferral.reference);
    assert.equal(retry.body.data!.submitSelfReferral.receivedAt, first.body.data!.submitSelfReferral.receivedAt);
    assert.deepEqual(await counts(), stored);
  });

  it('changed answers under the same key amend the one referral while nobody has looked at it', async () => {
    // The person's first send was stored but its answer lost; they pressed Change, fixed their phone number and sent again.
    const input = validInput();
    const first = await submit(input);
    const stored = await counts();
    const changed = { ...input, person: { ...input.person, phone: '07700 900111' }, whatMatters: 'Meeting people, and my garden' };
    const second = await submit(changed);
    assert.equal(second.body.errors, undefined);
    const reference = first.body.data!.submitSelfReferral.reference;
    assert.equal(second.body.data!.submitSelfReferral.reference, reference, 'the same referral, not a second one');
    assert.deepEqual(await counts(), { referrals: stored.referrals, history: stored.history + 1 });
    const row = await t.database.db.selectFrom('referrals').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
    assert.equal(row.phone, '07700900111');
    assert.equal(row.what_matters, 'Meeting people, and my garden');
    const notes = await t.database.db.selectFrom('referral_status_history').select(['status', 'note']).where('referral_id', '=', row.id).orderBy('id').execute();
    assert.deepEqual(notes.map((n) => n.status), ['RECEIVED', 'RECEIVED']);
    assert.match(notes[1]!.note ?? '', /amended/i);
    // A retry of the amended answers is an ordinary retry: nothing changes.
    const retry = await submit(changed);
    assert.equal(retry.body.data!.submitSelfReferral.reference, reference);
    assert.deepEqual(await counts(), { referrals: stored.referrals, history: stored.history + 1 });
  });

  it('once the service has started on it, changed answers are IDEMPOTENCY_KEY_REUSED with the reference, and change nothing', async () => {
    const input = validInput();
    const first = await submit(input);
    const reference = first.body.data!.submitSelfReferral.reference;
    await t.database.db.updateTable('referrals').set({ status: 'TRIAGED' }).where('reference', '=', reference).execute();
    const stored = await counts();
    const { body } = await submit({ ...input, whatMatters: 'Something else entirely' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(body.errors?.[0]?.extensions?.reference, reference);
    assert.deepEqual(await counts(), stored);
    const row = await t.database.db.selectFrom('referrals').select('what_matters').where('reference', '=', reference).executeTakeFirstOrThrow();
    assert.notEqual(row.what_matters, 'Something else entirely');
  });

  it('two identical submissions in parallel store one row and answer the same reference', async () => {
    const input = validInput();
    const stored = await counts();
    const [a, b, c] = await Promise.all([submit(input), submit(input), submit(input)]);
    for (const r of [a, b, c]) assert.equal(r.body.errors, undefined);
    assert.equal(a.body.data!.submitSelfReferral.reference, b.body.data!.submitSelfReferral.reference);
    assert.equal(a.body.data!.submitSelfReferral.reference, c.body.data!.submitSelfReferral.reference);
    assert.deepEqual(await counts(), { referrals: stored.referrals + 1, history: stored.history + 1 });
  });

  it('the unique constraint itself refuses a second row for the same partner and key', async () => {
    const input = validInput();
    const { body } = await submit(input);
    const row = await t.database.db.selectFrom('referrals').selectAll().where('reference', '=', body.data!.submitSelfReferral.reference).executeTakeFirstOrThrow();
    const { id: _id, ...copy } = row;
    await assert.rejects(
      t.database.db
        .insertInto('referrals')
        .values({ ...copy, reference: 'WM-TEST-DUP2', received_at: undefined })
        .execute(),
      (err: { code?: string }) => err.code === '23505',
    );
  });

  it('the same key under another partner is a separate referral', async () => {
    await insertPartner('pk_test_other', {});
    const input = validInput();
    const a = await submit(input);
    const other = { ...input, consent: { ...input.consent, wordingVersion: await consentVersionOf('pk_test_other') } };
    const b = await submit(other, { ...HEADERS, 'x-waymark-partner': 'pk_test_other' });
    // pk_test_other is not a practice: it needs the ODS code.
    assert.equal(b.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const c = await submit({ ...other, gpPracticeOdsCode: 'B86001' }, { ...HEADERS, 'x-waymark-partner': 'pk_test_other' });
    assert.equal(c.body.errors, undefined);
    assert.notEqual(a.body.data!.submitSelfReferral.reference, c.body.data!.submitSelfReferral.reference);
  });
});

describe('submitSelfReferral: validation', () => {
  type Patch = (input: Input) => void;
  const cases: Array<[string, Patch, string, string]> = [
    ['an idempotency key too short', (i) => (i.idempotencyKey = 'short'), 'input.idempotencyKey', 'idempotencyKey.invalid'],
    ['an idempotency key with other characters', (i) => (i.idempotencyKey = 'has spaces in it, sadly'), 'input.idempotencyKey', 'idempotencyKey.invalid'],
    ['a blank name', (i) => (i.person.fullName = '   '), 'input.person.fullName', 'fullName.required'],
    ['a name too long', (i) => (i.person.fullName = 'A'.repeat(201)), 'input.person.fullName', 'fullName.tooLong'],
    ['a date of birth in the future', (i) => (i.person.dateOfBirth = yearsAgo(-1)), 'input.person.dateOfBirth', 'date.future'],
    ['a date that does not exist', (i) => (i.person.dateOfBirth = '1980-02-30'), 'input.person.dateOfBirth', 'date.invalid'],
    ['a person younger than the minimum age', (i) => (i.person.dateOfBirth = yearsAgo(15)), 'input.person.dateOfBirth', 'dateOfBirth.tooYoung'],
    ['a person older than 120', (i) => (i.person.dateOfBirth = '1890-01-01'), 'input.person.dateOfBirth', 'dateOfBirth.tooOld'],
    ['an NHS number failing Modulus 11', (i) => (i.person.nhsNumber = '123 456 7890'), 'input.person.nhsNumber', 'nhsNumber.invalid'],
    ['an NHS number of the wrong length', (i) => (i.person.nhsNumber = '12345'), 'input.person.nhsNumber', 'nhsNumber.length'],
    ['a blank postcode', (i) => (i.person.postcode = ' '), 'input.person.postcode', 'postcode.required'],
    ['a malformed postcode', (i) => (i.person.postcode = 'NOT A CODE'), 'input.person.postcode', 'postcode.invalid'],
    ['a malformed phone number', (i) => (i.person.phone = '123'), 'input.person.phone', 'phone.invalid'],
    ['a malformed email', (i) => (i.person.email = 'nope'), 'input.person.email', 'email.invalid'],
    ['neither phone nor email', (i) => Object.assign(i.person, { phone: null, email: '', preferredContactMethods: [] }), 'input.person.contact', 'contact.required'],
    ['EMAIL preferred with no email', (i) => Object.assign(i.person, { email: null, preferredContactMethods: ['EMAIL'] }), 'input.person.preferredContactMethods', 'preferredContactMethods.needsEmail'],
    ['TEXT preferred with no phone', (i) => Object.assign(i.person, { phone: null, preferredContactMethods: ['TEXT'] }), 'input.person.preferredContactMethods', 'preferredContactMethods.needsPhone'],
    ['contact times too long', (i) => (i.person.contactTimes = 'x'.repeat(201)), 'input.person.contactTimes', 'contactTimes.tooLong'],
    ['OTHER communication need without words', (i) => (i.person.communicationNeeds = ['OTHER']), 'input.person.otherCommunicationNeed', 'otherCommunicationNeed.required'],
    [
      'other communication need too long',
      (i) => Object.assign(i.person, { communicationNeeds: ['OTHER'], otherCommunicationNeed: 'x'.repeat(201) }),
      'input.person.otherCommunicationNeed',
      'otherCommunicationNeed.tooLong',
    ],
    ['a malformed ODS code', (i) => (i.gpPracticeOdsCode = 'B8-001'), 'input.gpPracticeOdsCode', 'odsCode.invalid'],
    ['an unknown GP practice', (i) => (i.gpPracticeOdsCode = 'Y99999'), 'input.gpPracticeOdsCode', 'gpPractice.unknown'],
    ['what matters too long', (i) => (i.whatMatters = 'x'.repeat(1001)), 'input.whatMatters', 'whatMatters.tooLong'],
    ['OTHER need without words', (i) => (i.needs = ['OTHER']), 'input.otherNeed', 'otherNeed.required'],
    ['other need too long', (i) => Object.assign(i, { needs: ['OTHER'], otherNeed: 'x'.repeat(201) }), 'input.otherNeed', 'otherNeed.tooLong'],
    ['no consent to sharing', (i) => (i.consent.sharing = false), 'input.consent.sharing', 'consent.required'],
    ['no consent to contact', (i) => (i.consent.contact = false), 'input.consent.contact', 'consent.required'],
    ['an old consent wording version', (i) => (i.consent.wordingVersion = 'v0'), 'input.consent.wordingVersion', 'consent.outdated'],
  ];
  for (const [what, patch, path, key] of cases) {
    it(`${what} → ${path}: ${key}`, async () => {
      const input = validInput();
      patch(input);
      const stored = await counts();
      const { body } = await submit(input);
      assert.equal(body.errors?.length, 1, JSON.stringify(body.errors));
      const error = body.errors?.[0];
      assert.ok(error);
      assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
      assert.deepEqual(error.extensions?.fields, { [path]: key });
      assert.deepEqual(await counts(), stored);
    });
  }

  it('reports every problem at once', async () => {
    const input = validInput();
    Object.assign(input.person, { fullName: '', postcode: 'nope', phone: '1', email: 'x@', nhsNumber: '1234567890' });
    Object.assign(input, { whatMatters: 'x'.repeat(1001) });
    input.consent.sharing = false;
    const { body } = await submit(input);
    assert.deepEqual(body.errors?.[0]?.extensions?.fields, {
      'input.person.fullName': 'fullName.required',
      'input.person.postcode': 'postcode.invalid',
      'input.person.phone': 'phone.invalid',
      'input.person.email': 'email.invalid',
      'input.person.nhsNumber': 'nhsNumber.invalid',
      'input.whatMatters': 'whatMatters.tooLong',
      'input.consent.sharing': 'consent.required',
    });
  });

  it('uses the partner minimum age: exactly old enough today passes', async () => {
    await insertPartner('pk_test_age18', { selfReferral: { minimumAge: 18 } });
    const headers = { ...HEADERS, 'x-waymark-partner': 'pk_test_age18' };
    const settings = await t.graphql<{ partner: { selfReferral: { consent: { version: string } } } }>(SETTINGS, { key: 'pk_test_age18' });
    const base = () => ({ ...validInput(), gpPracticeOdsCode: 'B86001', consent: { wordingVersion: settings.body.data!.partner.selfReferral.consent.version, sharing: true, contact: true } });
    const young = base();
    young.person.dateOfBirth = yearsAgo(18, -1); // 18 tomorrow
    assert.deepEqual((await submit(young, headers)).body.errors?.[0]?.extensions?.fields, { 'input.person.dateOfBirth': 'dateOfBirth.tooYoung' });
    const seventeen = base();
    seventeen.person.dateOfBirth = yearsAgo(17);
    assert.deepEqual((await submit(seventeen, headers)).body.errors?.[0]?.extensions?.fields, { 'input.person.dateOfBirth': 'dateOfBirth.tooYoung' });
    const eighteen = base();
    eighteen.person.dateOfBirth = yearsAgo(18, 1);
    assert.equal((await submit(eighteen, headers)).body.errors, undefined);
  });

  it('a partner that is not a GP practice needs the practice', async () => {
    await insertPartner('pk_test_council', {});
    const input = validInput();
    input.consent.wordingVersion = await consentVersionOf('pk_test_council');
    const { body } = await submit(input, { ...HEADERS, 'x-waymark-partner': 'pk_test_council' });
    assert.deepEqual(body.errors?.[0]?.extensions?.fields, { 'input.gpPracticeOdsCode': 'gpPractice.required' });
  });
});

describe('submitSelfReferral: automated submissions', () => {
  for (const [what, patch, reason] of [
    ['a filled honeypot', (i: Input) => (i.honeypot = 'http://spam.example'), 'honeypot'],
    ['a form filled too fast', (i: Input) => (i.fillSeconds = 3), 'too-fast'],
  ] as const) {
    it(`${what} looks like a success and stores nothing`, async () => {
      const input = validInput();
      patch(input);
      const stored = await counts();
      const linesBefore = logLines.length;
      const { body, status } = await submit(input);
      assert.equal(status, 200);
      assert.equal(body.errors, undefined);
      const result = body.data!.submitSelfReferral;
      assert.match(result.reference, REFERENCE_PATTERN);
      assert.equal(result.serviceName, 'Aire Valley Social Prescribing');
      assert.deepEqual(await counts(), stored);
      // A retry gets the same decoy, as it would a real reference.
      assert.equal((await submit(input)).body.data!.submitSelfReferral.reference, result.reference);
      const dropped = logLines.slice(linesBefore).map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'self-referral dropped');
      assert.equal(dropped.length, 2);
      assert.equal(dropped[0]!.reason, reason);
      assert.equal(dropped[0]!.partner, 'pk_demo_riverside');
    });
  }

  it('even an invalid automated submission gets no feedback', async () => {
    const input = validInput();
    input.honeypot = 'x';
    input.person.postcode = 'nope';
    const { body } = await submit(input);
    assert.equal(body.errors, undefined);
    assert.match(body.data!.submitSelfReferral.reference, REFERENCE_PATTERN);
  });
});

describe('submitSelfReferral: who may submit', () => {
  it('no partner key → FORBIDDEN', async () => {
    const { body } = await submit(validInput(), { origin: 'http://localhost:4000' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('an unknown partner key → FORBIDDEN', async () => {
    const { body } = await submit(validInput(), { ...HEADERS, 'x-waymark-partner': 'pk_nobody_here' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('a partner without a referral service → FORBIDDEN, and no selfReferral settings', async () => {
    await insertPartner('pk_test_noservice', {}, false);
    const { body } = await submit(validInput(), { ...HEADERS, 'x-waymark-partner': 'pk_test_noservice' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const settings = await t.graphql<{ partner: { selfReferral: unknown } }>(SETTINGS, { key: 'pk_test_noservice' });
    assert.equal(settings.body.data!.partner.selfReferral, null);
  });

  it('self-referral switched off for the partner → FORBIDDEN, and settings say closed', async () => {
    await insertPartner('pk_test_closed', { selfReferral: { open: false } });
    const { body } = await submit({ ...validInput(), gpPracticeOdsCode: 'B86001' }, { ...HEADERS, 'x-waymark-partner': 'pk_test_closed' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const settings = await t.graphql<{ partner: { selfReferral: { open: boolean } } }>(SETTINGS, { key: 'pk_test_closed' });
    assert.equal(settings.body.data!.partner.selfReferral.open, false);
  });

  it('a service not accepting self-referrals → FORBIDDEN', async () => {
    const riverside = await t.database.db.selectFrom('partners').selectAll().where('key', '=', 'pk_demo_riverside').executeTakeFirstOrThrow();
    const service = t.database.db.updateTable('sp_services').where('id', '=', riverside.referral_service_id!);
    await service.set({ accepts_self_referrals: false }).execute();
    try {
      const { body } = await submit(validInput());
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    } finally {
      await service.set({ accepts_self_referrals: true }).execute();
    }
  });
});

describe('submitSelfReferral: rate limits', () => {
  let limited: TestApp;
  before(async () => {
    limited = await createTestApp({ log, config: { trustProxy: true, rateLimits: { perAddressPerMinute: 2, perPartnerPerMinute: 4 } } });
  });
  after(() => limited.close());
  const from = (address: string) => limited.graphql<SubmitData>(SUBMIT, { input: validInput() }, { ...HEADERS, 'x-forwarded-for': `198.51.100.99, ${address}` });

  it('limits each client address, with retryAfterSeconds and HTTP 429', async () => {
    assert.equal((await from('203.0.113.1')).body.errors, undefined);
    assert.equal((await from('203.0.113.1')).body.errors, undefined);
    const third = await from('203.0.113.1');
    assert.equal(third.status, 429);
    assert.equal(third.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    const retryAfter = third.body.errors?.[0]?.extensions?.retryAfterSeconds as number;
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `retryAfterSeconds ${retryAfter}`);
    assert.equal(third.response.headers.get('retry-after'), String(retryAfter));
    // Another address is not affected (the proxy's last entry is the client; the first is only a claim).
    assert.equal((await from('203.0.113.2')).body.errors, undefined);
  });

  it('limits each partner across addresses', async () => {
    // 3 tokens of the partner's 4 are gone (the limited request took none).
    assert.equal((await from('203.0.113.3')).body.errors, undefined);
    const next = await from('203.0.113.4');
    assert.equal(next.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.ok((next.body.errors?.[0]?.extensions?.retryAfterSeconds as number) >= 1);
  });

  it('over real HTTP uses the socket address, ignoring X-Forwarded-For unless the proxy is trusted', async () => {
    const direct = await createTestApp({ log, config: { trustProxy: false, rateLimits: { perAddressPerMinute: 1, perPartnerPerMinute: 0 } } });
    const server = createServer(direct.app.handleNodeRequest);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const post = async (xff: string) => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...HEADERS, 'x-forwarded-for': xff },
          body: JSON.stringify({ query: SUBMIT, variables: { input: validInput() } }),
        });
        return (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      };
      assert.equal((await post('203.0.113.10')).errors, undefined);
      assert.equal((await post('203.0.113.11')).errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await direct.close();
    }
  });

  it('does not limit other operations', async () => {
    const { body } = await limited.graphql(`{ about { version } }`, {}, { ...HEADERS, 'x-forwarded-for': '203.0.113.1' });
    assert.equal(body.errors, undefined);
  });
});

describe('migration 0004', () => {
  it('writes the demo settings (the same as DEMO_SELF_REFERRAL_SETTINGS), once, only for the demo partners', async () => {
    const db = t.database.db;
    const saved = await db.selectFrom('partners').select(['key', 'settings']).execute();
    const migration = loadMigrations().find((m) => m.name.startsWith('0004_'));
    assert.ok(migration);
    try {
      await sql`update partners set settings = '{}'`.execute(db);
      await sql`update partners set settings = '{"selfReferral":{"minimumAge":21}}' where key = 'pk_test_council'`.execute(db);
      await t.database.exec(migration.sql);
      await t.database.exec(migration.sql); // harmless twice
      const after = new Map((await db.selectFrom('partners').selectAll().execute()).map((p) => [p.key, p]));
      for (const key of ['pk_demo_riverside', 'pk_demo_taf']) {
        const settings = selfReferralSettings(after.get(key)!);
        const demo = DEMO_SELF_REFERRAL_SETTINGS[key]!;
        for (const field of ['open', 'minimumAge', 'questions', 'languageOptions', 'consent'] as const) assert.deepEqual(settings[field], demo[field], `${key} ${field}`);
      }
      assert.deepEqual(after.get('pk_demo_airevalley')!.settings, {});
      assert.deepEqual(after.get('pk_test_council')!.settings, { selfReferral: { minimumAge: 21 } });
    } finally {
      for (const { key, settings } of saved) await db.updateTable('partners').set({ settings: JSON.stringify(settings) }).where('key', '=', key).execute();
      t.app.partners.clear();
    }
  });
});

describe('referrals list (CLI)', () => {
  it('lists the latest referrals newest first, names as initials', async () => {
    const { body } = await submit(validInput());
    const rows = await listLatestReferrals(t.database.db, 3);
    assert.equal(rows.length, 3);
    assert.equal(rows[0]!.reference, body.data!.submitSelfReferral.reference);
    assert.ok(rows[0]!.receivedAt >= rows[1]!.receivedAt && rows[1]!.receivedAt >= rows[2]!.receivedAt);
    assert.deepEqual({ ...rows[0], receivedAt: undefined, reference: undefined }, {
      receivedAt: undefined,
      reference: undefined,
      status: 'RECEIVED',
      partner: 'pk_demo_riverside',
      service: 'Aire Valley Social Prescribing',
      initials: 'Z.Q.',
    });
    assert.ok(!formatReferralList(rows).includes('Zebedee'));
  });
});

describe('self-referral logs', () => {
  it('contain no personal data', () => {
    assert.ok(logLines.length > 10, 'the suite logged requests');
    const pieces = [PERSON.fullName, 'Zebedee', 'Quartermain', PERSON.dateOfBirth, '9434765919', '943 476 5919', 'LS29', 'ls29', '07700', 'zebedee.q', 'Weekday mornings', 'gardening', '203.0.113'];
    for (const line of logLines) {
      for (const piece of pieces) assert.ok(!line.includes(piece), `a log line contains "${piece}": ${line}`);
    }
  });
});
