import { defineMessages, setWelshDateFormatter, type MessageKey } from './messages.js';

/**
 * Core's own strings: loading and retry, one generic message per `WaymarkError` code, the error title
 * prefix, "(optional)", the text for every message key the shared rules return, and the form blocks'
 * strings (`form.*`: error summary title, Change, Day/Month/Year, character counts, …). Widgets look these
 * up through `this.t(...)` like their own (their own catalogue wins when a key clashes).
 *
 * This file is the English; the Welsh is core-messages.cy.ts, a chunk loaded only when something renders
 * in Welsh. Welsh numerals take the singular noun ("5 eiliad"), so one form serves every plural category.
 */
export const en = {
  loading: 'Loading…',
  retry: 'Try again',
  errorPrefix: 'Error: ',
  optional: '(optional)',
  'error.NETWORK': 'We could not connect to the service. Check your internet connection and try again.',
  'error.TIMEOUT': 'The service is taking too long to respond. Try again.',
  'error.INTERNAL_SERVER_ERROR': 'Sorry, there is a problem with the service. Try again later.',
  'error.RATE_LIMITED': 'There have been too many requests. Wait a moment and try again.',
  'error.RATE_LIMITED.retryAfter': {
    one: 'There have been too many requests. Try again in {count} second.',
    other: 'There have been too many requests. Try again in {count} seconds.',
  },
  'error.NOT_FOUND': 'We could not find what you were looking for.',
  'error.FORBIDDEN': 'Sorry, this service is not available on this website.',
  'error.UNAUTHENTICATED': 'You need to sign in to do this.',
  'error.BAD_USER_INPUT': 'Some of the information you entered is not right. Check it and try again.',
  'error.IDEMPOTENCY_KEY_REUSED':
    'The team has already started on it, so your changes could not be added. Tell your link worker about them when they get in touch.',
  'postcode.required': 'Enter a postcode',
  'postcode.invalid': 'Enter a full UK postcode, like LS1 4DY',
  'nhsNumber.required': 'Enter an NHS number',
  'nhsNumber.length': 'NHS number must be 10 numbers',
  'nhsNumber.invalid': 'Enter a valid NHS number, like 943 476 5919',
  'email.required': 'Enter an email address',
  'email.invalid': 'Enter an email address in the correct format, like name@example.com',
  'phone.required': 'Enter a phone number',
  'phone.invalid': 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  'date.required': 'Enter a date',
  'date.missingDay': 'Date must include a day',
  'date.missingMonth': 'Date must include a month',
  'date.missingYear': 'Date must include a year',
  'date.yearFormat': 'Year must include 4 numbers',
  'date.invalid': 'Date must be a real date',
  'date.future': 'Date must be today or in the past',
  'date.past': 'Date must be today or in the future',
  // Form building blocks (forms/).
  'form.errorSummaryTitle': 'There is a problem',
  'form.change': 'Change',
  'form.day': 'Day',
  'form.month': 'Month',
  'form.year': 'Year',
  'form.dateHint': 'For example, 15 3 1984',
  'form.or': 'or',
  'form.characterLimit': { one: 'You can enter up to {count} character', other: 'You can enter up to {count} characters' },
  'form.charactersRemaining': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  'form.charactersTooMany': { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  'form.reference': 'Your reference number',
  'form.whatHappensNext': 'What happens next',
  'time.am': '{time}am',
  'time.pm': '{time}pm',
  'time.midday': 'midday',
  'distance.km': { one: '{count} km', other: '{count} km' },
  'distance.miles': { one: '{count} mile', other: '{count} miles' },
  'distance.away': '{distance} away',
  'contact.phone': 'Phone',
  'contact.textPhone': 'Text relay',
  'contact.email': 'Email',
  'contact.website': 'Website',
  'postcode.label': 'Postcode',
  'postcode.hint': 'For example, LS1 4DY',
  'practice.label': 'Your GP practice',
  'practice.found': { one: '{count} practice found', other: '{count} practices found' },
  today: 'today',
  tomorrow: 'tomorrow',
};

export const coreMessages = defineMessages({
  en,
  // The Welsh chunk also brings Welsh month and day names for browsers without them (Chrome).
  cy: () =>
    import('./core-messages.cy.js').then((module) => {
      if (module.welshDates) setWelshDateFormatter(module.welshDates);
      return module;
    }),
});

/** A key of core's catalogue. */
export type CoreMessageKey = MessageKey<typeof coreMessages>;

/**
 * The core message for an error: its code's text, else the general "problem with the service" (a code
 * from a newer server that this kit has no text for must still read as a sentence, never as a key).
 */
export function errorMessageKey(error: { code?: string } | null | undefined): CoreMessageKey {
  const key = `error.${error?.code ?? ''}`;
  return (key in en ? key : 'error.INTERNAL_SERVER_ERROR') as CoreMessageKey;
}
