import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decoyReference, newReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from './reference.js';
import {
  ageOn,
  canonicalJson,
  DEFAULT_SELF_REFERRAL_SETTINGS,
  formatReferralList,
  initials,
  payloadHash,
  selfReferralSettings,
  validateSelfReferral,
  type SelfReferralInput,
  type SelfReferralSettings,
} from './referrals.js';

const now = new Date('2026-05-14T12:00:00Z');
const input = (): SelfReferralInput => ({
  idempotencyKey: 'abcdefghijklmnop',
  person: { fullName: ' Ann  Example ', dateOfBirth: '1980-01-01', postcode: 'ls1 4dy', phone: '+44 7700 900982', nhsNumber: '9434765919', contactTimes: 'any', language: 'CY', communicationNeeds: ['EASY_READ', 'EASY_READ'] },
  consent: { wordingVersion: DEFAULT_SELF_REFERRAL_SETTINGS.consent.version, sharing: true, contact: true },
  needs: ['MONEY', 'MONEY', 'HOUSING'],
  otherNeed: 'ignored without OTHER',
  fillSeconds: 60,
});
const context = (settings: Partial<SelfReferralSettings> = {}) => ({
  settings: { ...DEFAULT_SELF_REFERRAL_SETTINGS, ...settings },
  partnerPracticeOdsCode: 'B86001',
  partnerLanguage: 'en',
  now,
});

describe('referrals: validation', () => {
  it('normalises what it keeps', () => {
    const { value } = validateSelfReferral(input(), context());
    assert.ok(value);
    assert.equal(value.fullName, 'Ann Example');
    assert.equal(value.postcode, 'LS1 4DY');
    assert.equal(value.phone, '07700900982');
    assert.equal(value.gpPracticeOdsCode, 'B86001');
    assert.deepEqual(value.needs, ['MONEY', 'HOUSING']);
    assert.deepEqual(value.communicationNeeds, ['EASY_READ']);
    assert.equal(value.otherNeed, null);
    assert.equal(value.language, 'en', 'language is not asked by default: the partner language');
  });

  it('drops answers to questions the partner does not ask', () => {
    const questions = { nhsNumber: false, communicationNeeds: false, contactTimes: false, preferredLanguage: false };
    const { value } = validateSelfReferral({ ...input(), person: { ...input().person, nhsNumber: 'not checked' } }, context({ questions }));
    assert.ok(value);
    assert.equal(value.nhsNumber, null);
    assert.equal(value.contactTimes, null);
    assert.deepEqual(value.communicationNeeds, []);
  });

  it('checks the preferred language against the options when asked', () => {
    const questions = { ...DEFAULT_SELF_REFERRAL_SETTINGS.questions, preferredLanguage: true };
    assert.equal(validateSelfReferral(input(), context({ questions })).value?.language, 'cy');
    const pl = { ...input(), person: { ...input().person, language: 'pl' } };
    assert.deepEqual(validateSelfReferral(pl, context({ questions })).fields, { 'input.person.language': 'language.invalid' });
  });

  it('needs a practice when the partner is not one', () => {
    const result = validateSelfReferral(input(), { ...context(), partnerPracticeOdsCode: null });
    assert.deepEqual(result.fields, { 'input.gpPracticeOdsCode': 'gpPractice.required' });
  });

  it('counts whatMatters in characters, not UTF-16 units', () => {
    const emoji = { ...input(), whatMatters: '🌱'.repeat(1000) };
    assert.equal(validateSelfReferral(emoji, context()).fields, null);
  });

  it('computes whole years of age across birthdays', () => {
    assert.equal(ageOn('2010-05-14', { year: 2026, month: 5, day: 14 }), 16);
    assert.equal(ageOn('2010-05-15', { year: 2026, month: 5, day: 14 }), 15);
    assert.equal(ageOn('2008-02-29', { year: 2026, month: 2, day: 28 }), 17);
    assert.equal(ageOn('2008-02-29', { year: 2026, month: 3, day: 1 }), 18);
  });
});

describe('referrals: settings', () => {
  it('falls back to the defaults for missing or malformed values', () => {
    assert.deepEqual(selfReferralSettings({ settings: {} }), DEFAULT_SELF_REFERRAL_SETTINGS);
    const odd = selfReferralSettings({ settings: { selfReferral: { minimumAge: -3, open: 'yes', languageOptions: ['<b>', 7], consent: { version: '', sharing: { en: 'Mine' } } } } });
    assert.equal(odd.minimumAge, DEFAULT_SELF_REFERRAL_SETTINGS.minimumAge);
    assert.equal(odd.open, true);
    assert.deepEqual(odd.languageOptions, DEFAULT_SELF_REFERRAL_SETTINGS.languageOptions);
    assert.equal(odd.consent.version, DEFAULT_SELF_REFERRAL_SETTINGS.consent.version);
    assert.equal(odd.consent.sharing.en, 'Mine');
    assert.equal(odd.consent.sharing.cy, DEFAULT_SELF_REFERRAL_SETTINGS.consent.sharing.cy);
  });
});

describe('referrals: payload hash', () => {
  it('ignores key order and changes with any answer', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] }), '{"a":[{"c":"x","d":null}],"b":1}');
    const { value } = validateSelfReferral(input(), context());
    assert.ok(value);
    assert.equal(payloadHash(value), payloadHash({ ...value }));
    assert.notEqual(payloadHash(value), payloadHash({ ...value, whatMatters: 'x' }));
  });
});

describe('referrals: references', () => {
  it('are WM- and two groups of four from the unambiguous alphabet', () => {
    for (const look of '01BIOSUZ') assert.ok(!REFERENCE_ALPHABET.includes(look), `no ${look}`);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const ref = newReference();
      assert.match(ref, REFERENCE_PATTERN);
      seen.add(ref);
    }
    assert.equal(seen.size, 2000);
    assert.match('WM-7KQ4-9DX2', REFERENCE_PATTERN);
  });

  it('decoys look the same and repeat for the same seed', () => {
    assert.match(decoyReference('p:key'), REFERENCE_PATTERN);
    assert.equal(decoyReference('p:key'), decoyReference('p:key'));
    assert.notEqual(decoyReference('p:key'), decoyReference('p:other'));
  });
});

describe('referrals: operator list', () => {
  it('shows initials only, in a table', () => {
    assert.equal(initials("Ann-Marie  o'Neill"), 'A.O.');
    assert.equal(initials('Siân Lloyd'), 'S.L.');
    const text = formatReferralList([{ reference: 'WM-7KQ4-9DX2', receivedAt: '2026-05-14T09:30:00.000Z', status: 'RECEIVED', partner: 'pk_demo_riverside', service: 'Aire Valley Social Prescribing', initials: 'A.E.' }]);
    assert.match(text, /^REFERENCE\s+RECEIVED \(UTC\)\s+STATUS/);
    assert.match(text, /WM-7KQ4-9DX2 {2}2026-05-14 09:30 {2}RECEIVED/);
    assert.equal(formatReferralList([]), 'No referrals yet.\n');
  });
});
