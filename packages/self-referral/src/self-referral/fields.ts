import {
  checkEmail,
  checkNhsNumber,
  checkPostcode,
  checkUkPhone,
  normalisePostcode,
  parseDateParts,
  todayInLondon,
} from '@waymark/core';
import type { CommunicationNeed, ContactMethod, NeedArea, SelfReferralInput, SelfReferralSettingsQuery } from '../generated/graphql.js';
import type { Answers, Draft, Step } from './draft.js';

type Partner = NonNullable<SelfReferralSettingsQuery['partner']>;
export type Settings = NonNullable<Partner['selfReferral']>;

/** A problem with one field: the message key and its parameters. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}
/** Field id → its problem, in the order the fields appear. */
export type Problems = Record<string, Problem>;

const MAX = 200;
const blank = (v: string) => v.trim() === '';
const tooLong = (v: string) => v.trim().length > MAX;

/** Whole years from a date of birth (00:00 UTC) to today in London. */
function age(dob: Date, today: { year: number; month: number; day: number }): number {
  const [y, m, d] = [dob.getUTCFullYear(), dob.getUTCMonth() + 1, dob.getUTCDate()];
  return today.year - y - (today.month < m || (today.month === m && today.day < d) ? 1 : 0);
}

/**
 * The problems on one step, checked with the same shared rules the server uses (@waymark/core's
 * shared-rules), so the server's BAD_USER_INPUT is only a backstop.
 */
export function validateStep(step: Step, a: Answers, s: Settings, fixedPractice: boolean): Problems {
  const p: Problems = {};
  const add = (id: string, key: string | null, params?: Problem['params']) => {
    if (key && !p[id]) p[id] = params ? { key, params } : { key };
  };
  if (step === 'about-you') {
    add('full-name', blank(a.fullName) ? 'fullName.required' : tooLong(a.fullName) ? 'fullName.tooLong' : null);
    const dob = parseDateParts(a.dob.day, a.dob.month, a.dob.year, { notInFuture: true });
    if (typeof dob === 'string') add('dob', dob);
    else if (age(dob, todayInLondon()) < s.minimumAge) add('dob', 'dateOfBirth.tooYoung', { age: s.minimumAge });
    else if (age(dob, todayInLondon()) > 120) add('dob', 'dateOfBirth.tooOld');
    if (s.questions.nhsNumber && !blank(a.nhsNumber)) add('nhs-number', checkNhsNumber(a.nhsNumber));
    add('postcode', checkPostcode(a.postcode));
    if (blank(a.phone) && blank(a.email)) add('phone', 'contact.required');
    if (!blank(a.phone)) add('phone', checkUkPhone(a.phone));
    if (!blank(a.email)) add('email', checkEmail(a.email));
    if (blank(a.phone) && a.methods.some((m) => m !== 'EMAIL')) add('methods', 'preferredContactMethods.needsPhone');
    if (blank(a.email) && a.methods.includes('EMAIL')) add('methods', 'preferredContactMethods.needsEmail');
    if (s.questions.contactTimes && tooLong(a.times)) add('times', 'answer.tooLong');
    if (s.questions.communicationNeeds && a.commNeeds.includes('OTHER')) {
      add('other-comm', blank(a.otherComm) ? 'otherCommunicationNeed.required' : tooLong(a.otherComm) ? 'answer.tooLong' : null);
    }
  } else if (step === 'gp-practice') {
    if (!fixedPractice && !a.practiceOds) add('practice-search', 'gpPractice.required');
  } else if (step === 'what-matters') {
    if ([...a.whatMatters.trim()].length > s.whatMattersMaxLength) add('what-matters', 'whatMatters.tooLong', { max: s.whatMattersMaxLength });
    if (a.needs.includes('OTHER')) add('other-need', blank(a.otherNeed) ? 'otherNeed.required' : tooLong(a.otherNeed) ? 'answer.tooLong' : null);
  } else if (step === 'consent') {
    if (!a.sharing) add('sharing', 'sharing.required');
    if (!a.contact) add('contact-consent', 'contactConsent.required');
  }
  return p;
}

/** Server field paths (`extensions.fields`) → the field id and step that show them. */
const SERVER_FIELDS: Record<string, [string, Step]> = {
  'person.fullName': ['full-name', 'about-you'],
  'person.dateOfBirth': ['dob', 'about-you'],
  'person.nhsNumber': ['nhs-number', 'about-you'],
  'person.postcode': ['postcode', 'about-you'],
  'person.phone': ['phone', 'about-you'],
  'person.contact': ['phone', 'about-you'],
  'person.email': ['email', 'about-you'],
  'person.preferredContactMethods': ['methods', 'about-you'],
  'person.contactTimes': ['times', 'about-you'],
  'person.language': ['language', 'about-you'],
  'person.communicationNeeds': ['comm-needs', 'about-you'],
  'person.otherCommunicationNeed': ['other-comm', 'about-you'],
  gpPracticeOdsCode: ['practice-search', 'gp-practice'],
  whatMatters: ['what-matters', 'what-matters'],
  needs: ['needs', 'what-matters'],
  otherNeed: ['other-need', 'what-matters'],
  'consent.sharing': ['sharing', 'consent'],
  'consent.contact': ['contact-consent', 'consent'],
  'consent.wordingVersion': ['sharing', 'consent'],
};

/** Server keys whose text the widget words for its own field. */
const KEY_FOR_FIELD: Record<string, string> = {
  'consent.required@sharing': 'sharing.required',
  'consent.required@contact-consent': 'contactConsent.required',
  'odsCode.invalid@practice-search': 'gpPractice.unknown',
  'contactTimes.tooLong@times': 'answer.tooLong',
  'otherCommunicationNeed.tooLong@other-comm': 'answer.tooLong',
  'otherNeed.tooLong@other-need': 'answer.tooLong',
};

/**
 * Maps a BAD_USER_INPUT's `fields` (`input.person.postcode` → `postcode.invalid`) onto the form: the
 * earliest step with a problem and the problems per field. Paths the form has no field for are left out
 * (the caller shows a general message when nothing maps).
 */
export function mapServerFields(fields: Readonly<Record<string, string>>, s: Settings): { step: Step; problems: Problems } | null {
  const order: Step[] = ['about-you', 'gp-practice', 'what-matters', 'consent'];
  let first: Step | undefined;
  const problems: Problems = {};
  for (const [path, key] of Object.entries(fields)) {
    const target = SERVER_FIELDS[path.replace(/^input\./, '')];
    if (!target) continue;
    const [id, step] = target;
    const own = KEY_FOR_FIELD[`${key}@${id}`] ?? key;
    problems[id] ??=
      own === 'dateOfBirth.tooYoung' ? { key: own, params: { age: s.minimumAge } } : own === 'whatMatters.tooLong' ? { key: own, params: { max: s.whatMattersMaxLength } } : { key: own };
    if (!first || order.indexOf(step) < order.indexOf(first)) first = step;
  }
  return first ? { step: first, problems } : null;
}

const orNull = (v: string) => (blank(v) ? null : v.trim());
const pad = (v: string, n: number) => v.trim().padStart(n, '0');

/** The mutation's input from the draft. Answers to questions the partner does not ask are not sent. */
export function toInput(d: Draft, s: Settings, fixedPractice: boolean, version: string): SelfReferralInput {
  const a = d.answers;
  const q = s.questions;
  const dob = parseDateParts(a.dob.day, a.dob.month, a.dob.year);
  const dateOfBirth = dob instanceof Date ? dob.toISOString().slice(0, 10) : `${pad(a.dob.year, 4)}-${pad(a.dob.month, 2)}-${pad(a.dob.day, 2)}`;
  return {
    idempotencyKey: d.idempotencyKey ?? '',
    person: {
      fullName: a.fullName.trim(),
      dateOfBirth,
      nhsNumber: q.nhsNumber ? orNull(a.nhsNumber) : null,
      postcode: normalisePostcode(a.postcode),
      phone: orNull(a.phone),
      email: orNull(a.email),
      preferredContactMethods: a.methods as ContactMethod[],
      contactTimes: q.contactTimes ? orNull(a.times) : null,
      language: q.preferredLanguage ? orNull(a.language) : null,
      communicationNeeds: q.communicationNeeds ? (a.commNeeds as CommunicationNeed[]) : [],
      otherCommunicationNeed: q.communicationNeeds && a.commNeeds.includes('OTHER') ? orNull(a.otherComm) : null,
    },
    gpPracticeOdsCode: fixedPractice ? null : orNull(a.practiceOds),
    whatMatters: orNull(a.whatMatters),
    needs: a.needs as NeedArea[],
    otherNeed: a.needs.includes('OTHER') ? orNull(a.otherNeed) : null,
    consent: { wordingVersion: version, sharing: a.sharing, contact: a.contact },
    honeypot: a.website,
    fillSeconds: d.startedAt ? Math.max(0, Math.round((Date.now() - d.startedAt) / 1000)) : 0,
  };
}
