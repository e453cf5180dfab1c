/**
 * Self-referral: the partner's configuration, validation, idempotent storage and the operator list.
 *
 * "Nothing lost, nothing doubled":
 * - the widget makes an idempotency key when the person reaches "check your answers" and sends it with
 *   every retry; the first result for a (partner, key) is stored and returned again for each retry;
 * - the payload hash (SHA-256 of a canonical JSON of the normalised answers) tells a retry from changed
 *   answers under the same key. Those come from one person: an attempt whose answer was lost (they saw
 *   "not sent"), then a "Change" (a corrected phone number, say). While nobody at the service has looked
 *   at the referral (status RECEIVED, within a day) the answers are AMENDED in place — one referral, with
 *   the answers the person last sent, and a history row noting it; after that the change is refused
 *   (IDEMPOTENCY_KEY_REUSED, with the reference) rather than stored as a second referral;
 * - the unique (partner_id, idempotency_key) constraint backs it: `insert … on conflict do nothing`, then
 *   read back, so two identical submissions racing store one row and both answer the same reference;
 * - the referral and its first status-history row (RECEIVED) are written in one transaction that has
 *   committed before the mutation answers.
 *
 * Automated submissions: a filled honeypot field, or a form completed faster than a person could
 * (`fillSeconds` under the minimum, default 10 s for seven steps), is answered exactly like a success — a
 * plausible decoy reference, the service's details — and stores nothing. Telling a bot it was caught only
 * teaches it to adapt; a person cannot trip either check by using the form. One log line
 * `self-referral dropped` with the reason and partner key (no personal data) records each drop.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  checkNhsNumber,
  checkPostcode,
  isValidEmail,
  isValidUkPhone,
  normaliseNhsNumber,
  normalisePostcode,
  normaliseUkPhone,
  parseDateParts,
  todayInLondon,
} from '@waymark/core/shared-rules';
import type { Row, Tables } from '../db/tables.js';
import { badUserInput, forbidden, idempotencyKeyReused } from '../graphql/errors.js';
import type { Logger } from '../log.js';
import { decoyReference, newReference } from './reference.js';

// ---------------------------------------------------------------------------------------------------------
// Partner configuration: partners.settings -> 'selfReferral', merged over these defaults.

export interface LocalisedText {
  en: string;
  cy: string;
}

export interface SelfReferralSettings {
  /** The partner has self-referral switched on (the service must also accept self-referrals). */
  open: boolean;
  minimumAge: number;
  /** Below this many seconds from start to submit, a submission is treated as automated. Not published. */
  minimumFillSeconds: number;
  questions: { nhsNumber: boolean; communicationNeeds: boolean; contactTimes: boolean; preferredLanguage: boolean };
  languageOptions: string[];
  whatMattersMaxLength: number;
  consent: { version: string; sharing: LocalisedText; contact: LocalisedText };
  crisisMessage: LocalisedText;
}

export const DEFAULT_SELF_REFERRAL_SETTINGS: SelfReferralSettings = {
  open: true,
  minimumAge: 16,
  minimumFillSeconds: 10,
  questions: { nhsNumber: true, communicationNeeds: true, contactTimes: true, preferredLanguage: false },
  languageOptions: ['en', 'cy'],
  whatMattersMaxLength: 1000,
  consent: {
    version: 'waymark-default-1',
    sharing: {
      en: 'I agree that the social prescribing service may keep the details I have given and use them to arrange support for me, and may tell my GP practice that I have referred myself.',
      cy: "Rwy'n cytuno y caiff y gwasanaeth presgripsiynu cymdeithasol gadw'r manylion a roddais a'u defnyddio i drefnu cymorth i mi, ac y caiff ddweud wrth fy meddygfa fy mod wedi cyfeirio fy hun.",
    },
    contact: {
      en: 'I agree to a link worker contacting me in the ways I have chosen.',
      cy: "Rwy'n cytuno i weithiwr cyswllt gysylltu â mi yn y ffyrdd a ddewisais.",
    },
  },
  crisisMessage: {
    en: 'This service cannot help in an emergency. If you or someone else is in danger now, call 999. For urgent help with your mental health, call NHS 111 and choose option 2. To talk to someone at any time, call Samaritans free on 116 123.',
    cy: "Ni all y gwasanaeth hwn helpu mewn argyfwng. Os ydych chi neu rywun arall mewn perygl nawr, ffoniwch 999. Am help brys gyda'ch iechyd meddwl, ffoniwch GIG 111 a dewis opsiwn 2. I siarad â rhywun unrhyw bryd, ffoniwch y Samariaid am ddim ar 116 123.",
  },
};

/**
 * The demo partners' settings: the same values migration 0004 writes into databases that already had the
 * demo partners. A fresh demo database is seeded after migrations run, so the seed should write these.
 */
export const DEMO_SELF_REFERRAL_SETTINGS: Record<string, Partial<SelfReferralSettings>> = {
  pk_demo_riverside: {
    open: true,
    minimumAge: 16,
    questions: { nhsNumber: true, communicationNeeds: true, contactTimes: true, preferredLanguage: false },
    languageOptions: ['en'],
    consent: {
      version: 'riverside-2026-01',
      sharing: {
        en: 'I agree that Aire Valley Social Prescribing may keep the details I have given and use them to arrange support for me, and may tell Riverside Surgery that I have referred myself.',
        cy: "Rwy'n cytuno y caiff Aire Valley Social Prescribing gadw'r manylion a roddais a'u defnyddio i drefnu cymorth i mi, ac y caiff ddweud wrth Riverside Surgery fy mod wedi cyfeirio fy hun.",
      },
      contact: DEFAULT_SELF_REFERRAL_SETTINGS.consent.contact,
    },
  },
  pk_demo_taf: {
    open: true,
    minimumAge: 18,
    questions: { nhsNumber: false, communicationNeeds: true, contactTimes: true, preferredLanguage: true },
    languageOptions: ['cy', 'en'],
    consent: {
      version: 'taf-2026-01',
      sharing: {
        en: 'I agree that Cysylltu Cymunedol Taf may keep the details I have given and use them to arrange support for me, and may tell my GP practice that I have referred myself.',
        cy: "Rwy'n cytuno y caiff Cysylltu Cymunedol Taf gadw'r manylion a roddais a'u defnyddio i drefnu cymorth i mi, ac y caiff ddweud wrth fy meddygfa fy mod wedi cyfeirio fy hun.",
      },
      contact: DEFAULT_SELF_REFERRAL_SETTINGS.consent.contact,
    },
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const intIn = (v: unknown, min: number, max: number, d: number) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : d);
const text = (v: unknown, d: string) => (typeof v === 'string' && v.trim() !== '' ? v : d);
const localised = (v: unknown, d: LocalisedText): LocalisedText => (isObject(v) ? { en: text(v.en, d.en), cy: text(v.cy, d.cy) } : d);

/** The partner's settings with the defaults filled in; malformed values fall back to the default. */
export function selfReferralSettings(partner: Pick<Row<'partners'>, 'settings'>): SelfReferralSettings {
  const d = DEFAULT_SELF_REFERRAL_SETTINGS;
  const s = isObject(partner.settings) && isObject(partner.settings.selfReferral) ? partner.settings.selfReferral : {};
  const q = isObject(s.questions) ? s.questions : {};
  const c = isObject(s.consent) ? s.consent : {};
  const languages = Array.isArray(s.languageOptions) ? s.languageOptions.filter((l): l is string => typeof l === 'string' && LANGUAGE_TAG.test(l)) : [];
  return {
    open: bool(s.open, d.open),
    minimumAge: intIn(s.minimumAge, 0, 120, d.minimumAge),
    minimumFillSeconds: intIn(s.minimumFillSeconds, 0, 3600, d.minimumFillSeconds),
    questions: {
      nhsNumber: bool(q.nhsNumber, d.questions.nhsNumber),
      communicationNeeds: bool(q.communicationNeeds, d.questions.communicationNeeds),
      contactTimes: bool(q.contactTimes, d.questions.contactTimes),
      preferredLanguage: bool(q.preferredLanguage, d.questions.preferredLanguage),
    },
    languageOptions: languages.length ? languages : d.languageOptions,
    whatMattersMaxLength: intIn(s.whatMattersMaxLength, 1, d.whatMattersMaxLength, d.whatMattersMaxLength),
    consent: {
      version: text(c.version, d.consent.version),
      sharing: localised(c.sharing, d.consent.sharing),
      contact: localised(c.contact, d.consent.contact),
    },
    crisisMessage: localised(s.crisisMessage, d.crisisMessage),
  };
}

/** The service a partner's self-referrals go to, with its settings; null when it has none. */
export async function selfReferralSetup(
  db: Kysely<Tables>,
  partner: Row<'partners'>,
): Promise<{ service: Row<'sp_services'>; settings: SelfReferralSettings; open: boolean } | null> {
  if (!partner.referral_service_id) return null;
  const service = await db.selectFrom('sp_services').selectAll().where('id', '=', partner.referral_service_id).executeTakeFirst();
  if (!service) return null;
  const settings = selfReferralSettings(partner);
  return { service, settings, open: settings.open && service.accepts_self_referrals };
}

// ---------------------------------------------------------------------------------------------------------
// Validation

/** The mutation's input as it arrives (GraphQL has checked types and enums; everything else is ours). */
export interface SelfReferralInput {
  idempotencyKey: string;
  person: {
    fullName: string;
    dateOfBirth: string;
    nhsNumber?: string | null;
    postcode: string;
    phone?: string | null;
    email?: string | null;
    preferredContactMethods?: readonly string[] | null;
    contactTimes?: string | null;
    language?: string | null;
    communicationNeeds?: readonly string[] | null;
    otherCommunicationNeed?: string | null;
  };
  gpPracticeOdsCode?: string | null;
  whatMatters?: string | null;
  needs?: readonly string[] | null;
  otherNeed?: string | null;
  consent: { wordingVersion: string; sharing: boolean; contact: boolean };
  honeypot?: string | null;
  fillSeconds: number;
}

/** The answers after trimming, normalising and dropping what the partner does not ask: what is stored. */
export interface NormalisedSelfReferral {
  fullName: string;
  dateOfBirth: string;
  nhsNumber: string | null;
  postcode: string;
  phone: string | null;
  email: string | null;
  preferredContactMethods: string[];
  contactTimes: string | null;
  language: string;
  communicationNeeds: string[];
  otherCommunicationNeed: string | null;
  gpPracticeOdsCode: string | null;
  whatMatters: string | null;
  needs: string[];
  otherNeed: string | null;
  consentWordingVersion: string;
}

/** Longest accepted free-text answers, in characters (the 64 KB body limit bounds the whole request). */
export const MAX_LENGTHS = { fullName: 200, contactTimes: 200, otherCommunicationNeed: 200, otherNeed: 200, wordingVersion: 64 } as const;
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const ODS_CODE = /^[A-Z0-9]{3,6}$/;
const OLDEST_AGE = 120;

const trimmed = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};
const unique = (values: readonly string[] | null | undefined): string[] => [...new Set(values ?? [])];

/** Whole years between a `YYYY-MM-DD` birth date and today's date. */
export function ageOn(dateOfBirth: string, today: { year: number; month: number; day: number }): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  return today.year - y - (today.month < m || (today.month === m && today.day < d) ? 1 : 0);
}

export interface ValidationContext {
  settings: SelfReferralSettings;
  /** The partner's own practice ODS code when the partner is a GP practice. */
  partnerPracticeOdsCode: string | null;
  partnerLanguage: string;
  now: Date;
}

/**
 * Checks every answer and reports every problem at once: `{ fields }` maps each input path (as the widget
 * names it, `input.person.postcode`) to a message key — the shared rules' keys (`postcode.invalid`,
 * `nhsNumber.invalid`, `email.invalid`, `phone.invalid`, `date.future`) and these: `idempotencyKey.invalid`,
 * `fullName.required|tooLong`, `dateOfBirth.tooYoung|tooOld`, `contact.required` (at `input.person.contact`:
 * neither phone nor email), `preferredContactMethods.needsPhone|needsEmail`, `contactTimes.tooLong`,
 * `language.invalid`, `otherCommunicationNeed.required|tooLong`, `gpPractice.required`, `odsCode.invalid`,
 * `whatMatters.tooLong`, `otherNeed.required|tooLong`, `consent.required` (sharing, contact),
 * `consent.outdated` (the wording changed since the form loaded). The practice's existence is checked by
 * the caller (`gpPractice.unknown`).
 */
export function validateSelfReferral(
  input: SelfReferralInput,
  { settings, partnerPracticeOdsCode, partnerLanguage, now }: ValidationContext,
): { value: NormalisedSelfReferral; fields: null } | { value: null; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const problem = (path: string, key: string) => {
    fields[`input.${path}`] ??= key;
  };
  const { person } = input;
  const { questions } = settings;

  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) problem('idempotencyKey', 'idempotencyKey.invalid');

  const fullName = trimmed(person.fullName)?.replace(/\s+/g, ' ') ?? null;
  if (!fullName) problem('person.fullName', 'fullName.required');
  else if (fullName.length > MAX_LENGTHS.fullName) problem('person.fullName', 'fullName.tooLong');

  // The Date scalar has already refused anything that is not a real YYYY-MM-DD date.
  const today = todayInLondon(now);
  const [year, month, day] = person.dateOfBirth.split('-');
  const parsed = parseDateParts(day, month, year, { notInFuture: true, today });
  if (!(parsed instanceof Date)) problem('person.dateOfBirth', parsed);
  else if (ageOn(person.dateOfBirth, today) < settings.minimumAge) problem('person.dateOfBirth', 'dateOfBirth.tooYoung');
  else if (ageOn(person.dateOfBirth, today) > OLDEST_AGE) problem('person.dateOfBirth', 'dateOfBirth.tooOld');

  // Answers to questions the partner does not ask are not kept (data minimisation).
  const nhsNumberText = questions.nhsNumber ? trimmed(person.nhsNumber) : null;
  const nhsProblem = nhsNumberText ? checkNhsNumber(nhsNumberText) : null;
  if (nhsProblem) problem('person.nhsNumber', nhsProblem);

  const postcodeProblem = checkPostcode(person.postcode);
  if (postcodeProblem) problem('person.postcode', postcodeProblem);

  const phone = trimmed(person.phone);
  const email = trimmed(person.email);
  if (phone && !isValidUkPhone(phone)) problem('person.phone', 'phone.invalid');
  if (email && !isValidEmail(email)) problem('person.email', 'email.invalid');
  if (!phone && !email) problem('person.contact', 'contact.required');

  const methods = unique(person.preferredContactMethods);
  if (phone || email) {
    if (!phone && methods.some((m) => m === 'PHONE' || m === 'TEXT')) problem('person.preferredContactMethods', 'preferredContactMethods.needsPhone');
    else if (!email && methods.includes('EMAIL')) problem('person.preferredContactMethods', 'preferredContactMethods.needsEmail');
  }

  const contactTimes = questions.contactTimes ? trimmed(person.contactTimes) : null;
  if (contactTimes && contactTimes.length > MAX_LENGTHS.contactTimes) problem('person.contactTimes', 'contactTimes.tooLong');

  let language = partnerLanguage;
  const askedLanguage = questions.preferredLanguage ? trimmed(person.language) : null;
  if (askedLanguage) {
    const match = settings.languageOptions.find((l) => l.toLowerCase() === askedLanguage.toLowerCase());
    if (!match || !LANGUAGE_TAG.test(askedLanguage)) problem('person.language', 'language.invalid');
    else language = match;
  }

  const communicationNeeds = questions.communicationNeeds ? unique(person.communicationNeeds) : [];
  const otherCommunicationNeed = communicationNeeds.includes('OTHER') ? trimmed(person.otherCommunicationNeed) : null;
  if (communicationNeeds.includes('OTHER')) {
    if (!otherCommunicationNeed) problem('person.otherCommunicationNeed', 'otherCommunicationNeed.required');
    else if (otherCommunicationNeed.length > MAX_LENGTHS.otherCommunicationNeed) problem('person.otherCommunicationNeed', 'otherCommunicationNeed.tooLong');
  }

  const odsText = trimmed(input.gpPracticeOdsCode)?.toUpperCase() ?? null;
  const gpPracticeOdsCode = odsText ?? partnerPracticeOdsCode;
  if (!gpPracticeOdsCode) problem('gpPracticeOdsCode', 'gpPractice.required');
  else if (!ODS_CODE.test(gpPracticeOdsCode)) problem('gpPracticeOdsCode', 'odsCode.invalid');

  const whatMatters = trimmed(input.whatMatters);
  // Counted in code points, as the widget's character count does.
  if (whatMatters && [...whatMatters].length > settings.whatMattersMaxLength) problem('whatMatters', 'whatMatters.tooLong');

  const needs = unique(input.needs);
  const otherNeed = needs.includes('OTHER') ? trimmed(input.otherNeed) : null;
  if (needs.includes('OTHER')) {
    if (!otherNeed) problem('otherNeed', 'otherNeed.required');
    else if (otherNeed.length > MAX_LENGTHS.otherNeed) problem('otherNeed', 'otherNeed.tooLong');
  }

  if (input.consent.sharing !== true) problem('consent.sharing', 'consent.required');
  if (input.consent.contact !== true) problem('consent.contact', 'consent.required');
  const wordingVersion = input.consent.wordingVersion.trim();
  if (wordingVersion !== settings.consent.version) problem('consent.wordingVersion', 'consent.outdated');

  if (Object.keys(fields).length) return { value: null, fields };
  return {
    value: {
      fullName: fullName!,
      dateOfBirth: person.dateOfBirth,
      nhsNumber: nhsNumberText ? normaliseNhsNumber(nhsNumberText) : null,
      postcode: normalisePostcode(person.postcode),
      phone: phone ? normaliseUkPhone(phone) : null,
      email,
      preferredContactMethods: methods,
      contactTimes,
      language,
      communicationNeeds,
      otherCommunicationNeed,
      gpPracticeOdsCode,
      whatMatters,
      needs,
      otherNeed,
      consentWordingVersion: wordingVersion,
    },
    fields: null,
  };
}

/** JSON with object keys sorted at every level: the same answers always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The payload hash stored beside the idempotency key. */
export const payloadHash = (value: NormalisedSelfReferral): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

// ---------------------------------------------------------------------------------------------------------
// Submission

export interface SelfReferralOutcome {
  reference: string;
  receivedAt: string;
  service: Row<'sp_services'>;
}

export interface SubmitOptions {
  partner: Row<'partners'> | null;
  input: SelfReferralInput;
  now: Date;
  log: Pick<Logger, 'info'>;
}

const REFERENCE_ATTEMPTS = 5;

const isUniqueViolation = (err: unknown) => (err as { code?: unknown } | null)?.code === '23505';

/** Why a submission looks automated, or null. */
function automatedReason(input: SelfReferralInput, settings: SelfReferralSettings): 'honeypot' | 'too-fast' | null {
  if (input.honeypot && input.honeypot.trim() !== '') return 'honeypot';
  if (!(input.fillSeconds >= settings.minimumFillSeconds)) return 'too-fast';
  return null;
}

export async function submitSelfReferral(db: Kysely<Tables>, { partner, input, now, log }: SubmitOptions): Promise<SelfReferralOutcome> {
  if (!partner) throw forbidden('Self-referral needs a partner key (X-Waymark-Partner).');
  const setup = await selfReferralSetup(db, partner);
  if (!setup) throw forbidden('This partner does not take self-referrals.');
  if (!setup.open) throw forbidden('Self-referral is closed for this partner.');
  const { service, settings } = setup;

  const dropped = automatedReason(input, settings);
  if (dropped) {
    log.info({ reason: dropped, partner: partner.key }, 'self-referral dropped');
    return { reference: decoyReference(`${partner.id}:${input.idempotencyKey}`), receivedAt: now.toISOString(), service };
  }

  const partnerPractice = partner.gp_practice_id
    ? await db.selectFrom('gp_practices').select(['id', 'ods_code']).where('id', '=', partner.gp_practice_id).executeTakeFirst()
    : undefined;
  const result = validateSelfReferral(input, {
    settings,
    partnerPracticeOdsCode: partnerPractice?.ods_code ?? null,
    partnerLanguage: partner.default_language,
    now,
  });
  const fields: Record<string, string> = { ...result.fields };
  let practiceId: string | null = null;
  if (result.value?.gpPracticeOdsCode) {
    const practice =
      partnerPractice?.ods_code === result.value.gpPracticeOdsCode
        ? partnerPractice
        : await db.selectFrom('gp_practices').select(['id', 'ods_code']).where('ods_code', '=', result.value.gpPracticeOdsCode).executeTakeFirst();
    if (practice) practiceId = practice.id;
    else fields['input.gpPracticeOdsCode'] = 'gpPractice.unknown';
  }
  if (!result.value || Object.keys(fields).length) throw badUserInput(fields);
  return store(db, { partner, service, value: result.value, practiceId, idempotencyKey: input.idempotencyKey, now });
}

/** The columns that hold the person's answers (the same on insert and on amendment). */
function answerColumns(value: NormalisedSelfReferral, practiceId: string | null) {
  return {
    full_name: value.fullName,
    date_of_birth: value.dateOfBirth,
    nhs_number: value.nhsNumber,
    postcode: value.postcode,
    phone: value.phone,
    email: value.email,
    preferred_contact_methods: value.preferredContactMethods,
    contact_times: value.contactTimes,
    language: value.language,
    communication_needs: value.communicationNeeds,
    other_communication_need: value.otherCommunicationNeed,
    gp_practice_id: practiceId,
    what_matters: value.whatMatters,
    needs: value.needs,
    other_need: value.otherNeed,
    consent_wording_version: value.consentWordingVersion,
  };
}

async function store(
  db: Kysely<Tables>,
  args: { partner: Row<'partners'>; service: Row<'sp_services'>; value: NormalisedSelfReferral; practiceId: string | null; idempotencyKey: string; now: Date },
): Promise<SelfReferralOutcome> {
  const { partner, service, value, practiceId, idempotencyKey, now } = args;
  const hash = payloadHash(value);
  const receivedAt = now.toISOString();
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    let inserted: { reference: string; received_at: string } | null;
    try {
      inserted = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('referrals')
          .values({
            reference: newReference(),
            partner_id: partner.id,
            idempotency_key: idempotencyKey,
            payload_hash: hash,
            service_id: service.id,
            source: 'SELF_REFERRAL',
            ...answerColumns(value, practiceId),
            consent_sharing: true,
            consent_contact: true,
            consent_given_at: receivedAt,
            status: 'RECEIVED',
            received_at: receivedAt,
          })
          .onConflict((oc) => oc.columns(['partner_id', 'idempotency_key']).doNothing())
          .returning(['id', 'reference', 'received_at'])
          .executeTakeFirst();
        if (!row) return null;
        await trx.insertInto('referral_status_history').values({ referral_id: row.id, status: 'RECEIVED', at: receivedAt }).execute();
        return row;
      });
    } catch (err) {
      // The only other unique constraint is the reference: draw another.
      if (isUniqueViolation(err)) continue;
      throw err;
    }
    if (inserted) return { reference: inserted.reference, receivedAt: inserted.received_at, service };

    // The key was used before (or by a twin request that committed first): same answers → same result.
    const existing = await db
      .selectFrom('referrals')
      .select(['reference', 'received_at', 'payload_hash', 'service_id'])
      .where('partner_id', '=', partner.id)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    if (!existing) continue; // deleted in between: try the insert again
    if (existing.payload_hash !== hash && !(await amend(db, { partner, idempotencyKey, value, hash, practiceId, now, service }))) {
      throw idempotencyKeyReused(existing.reference);
    }
    const storedService =
      existing.service_id === service.id ? service : ((await db.selectFrom('sp_services').selectAll().where('id', '=', existing.service_id).executeTakeFirst()) ?? service);
    return { reference: existing.reference, receivedAt: existing.received_at, service: storedService };
  }
  throw new Error('Could not store the referral after several attempts.');
}

/** How long after sending a person's changed answers may still amend their referral. */
const AMEND_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * Replaces the answers of the referral a key carries, if nobody has looked at it yet; true if it did. One
 * statement decides (`where status = 'RECEIVED'`), so a triage racing an amendment cannot lose either.
 */
async function amend(
  db: Kysely<Tables>,
  args: { partner: Row<'partners'>; idempotencyKey: string; value: NormalisedSelfReferral; hash: string; practiceId: string | null; now: Date; service: Row<'sp_services'> },
): Promise<boolean> {
  const { partner, idempotencyKey, value, hash, practiceId, now, service } = args;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('referrals')
      .set({
        payload_hash: hash,
        service_id: service.id,
        ...answerColumns(value, practiceId),
        consent_given_at: now.toISOString(),
      })
      .where('partner_id', '=', partner.id)
      .where('idempotency_key', '=', idempotencyKey)
      .where('status', '=', 'RECEIVED')
      .where('received_at', '>', new Date(now.getTime() - AMEND_WITHIN_MS).toISOString())
      .returning(['id'])
      .executeTakeFirst();
    if (!row) return false;
    await trx
      .insertInto('referral_status_history')
      .values({ referral_id: row.id, status: 'RECEIVED', at: now.toISOString(), note: 'Answers amended by the person before the service looked at them.' })
      .execute();
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Operator list (CLI)

export interface ReferralListing {
  reference: string;
  receivedAt: string;
  status: string;
  partner: string;
  service: string;
  initials: string;
}

/** A name's initials (`Ann-Marie O'Neill` → `A.O.`): enough to spot a demo submission, no more. */
export function initials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]!.toUpperCase()}.`)
    .join('');
}

/** The latest referrals, newest first. */
export async function listLatestReferrals(db: Kysely<Tables>, limit: number): Promise<ReferralListing[]> {
  const rows = await db
    .selectFrom('referrals as r')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .innerJoin('sp_services as s', 's.id', 'r.service_id')
    .select(['r.reference', 'r.received_at', 'r.status', 'p.key as partner', 's.name as service', 'r.full_name'])
    .orderBy('r.received_at', 'desc')
    .orderBy('r.reference')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ reference: r.reference, receivedAt: r.received_at, status: r.status, partner: r.partner, service: r.service, initials: initials(r.full_name) }));
}

/** The operator list as a plain text table (one header line, one line per referral). */
export function formatReferralList(rows: readonly ReferralListing[]): string {
  if (!rows.length) return 'No referrals yet.\n';
  const table = [
    ['REFERENCE', 'RECEIVED (UTC)', 'STATUS', 'PARTNER', 'SERVICE', 'NAME'],
    ...rows.map((r) => [r.reference, r.receivedAt.slice(0, 16).replace('T', ' '), r.status, r.partner, r.service, r.initials]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}
