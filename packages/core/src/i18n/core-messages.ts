import { defineMessages, type MessageKey } from './messages.js';

/**
 * Core's own strings: loading and retry, one generic message per `WaymarkError` code, the error title
 * prefix, "(optional)", the text for every message key the shared rules return, and the form blocks'
 * strings (`form.*`: error summary title, Change, Day/Month/Year, character counts, …). Widgets look these
 * up through `this.t(...)` like their own (their own catalogue wins when a key clashes).
 *
 * Welsh: numerals take the singular noun ("5 eiliad"), so one form serves every plural category here.
 */
export const coreMessages = defineMessages({
  en: {
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
    'error.IDEMPOTENCY_KEY_REUSED': 'Your answers changed after you sent them. Check your answers and send them again.',
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
  },
  cy: {
    loading: 'Yn llwytho…',
    retry: 'Rhowch gynnig arall arni',
    errorPrefix: 'Gwall: ',
    optional: '(dewisol)',
    'error.NETWORK':
      "Nid oeddem yn gallu cysylltu â'r gwasanaeth. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.",
    'error.TIMEOUT': "Mae'r gwasanaeth yn cymryd gormod o amser i ymateb. Rhowch gynnig arall arni.",
    'error.INTERNAL_SERVER_ERROR':
      "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.",
    'error.RATE_LIMITED': 'Bu gormod o geisiadau. Arhoswch am ychydig a rhowch gynnig arall arni.',
    'error.RATE_LIMITED.retryAfter': {
      other: 'Bu gormod o geisiadau. Rhowch gynnig arall arni ymhen {count} eiliad.',
    },
    'error.NOT_FOUND': "Nid oeddem yn gallu dod o hyd i'r hyn yr oeddech yn chwilio amdano.",
    'error.FORBIDDEN': "Mae'n ddrwg gennym, nid yw'r gwasanaeth hwn ar gael ar y wefan hon.",
    'error.UNAUTHENTICATED': 'Mae angen i chi fewngofnodi i wneud hyn.',
    'error.BAD_USER_INPUT':
      "Nid yw rhywfaint o'r wybodaeth a roesoch yn gywir. Gwiriwch hi a rhowch gynnig arall arni.",
    'error.IDEMPOTENCY_KEY_REUSED': "Newidiodd eich atebion ar ôl i chi eu hanfon. Gwiriwch eich atebion a'u hanfon eto.",
    'postcode.required': 'Rhowch god post',
    'postcode.invalid': 'Rhowch god post llawn yn y DU, fel LS1 4DY',
    'nhsNumber.required': 'Rhowch rif GIG',
    'nhsNumber.length': "Rhaid i'r rhif GIG fod yn 10 rhif",
    'nhsNumber.invalid': 'Rhowch rif GIG dilys, fel 943 476 5919',
    'email.required': 'Rhowch gyfeiriad e-bost',
    'email.invalid': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
    'phone.required': 'Rhowch rif ffôn',
    'phone.invalid': 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982',
    'date.required': 'Rhowch ddyddiad',
    'date.missingDay': "Rhaid i'r dyddiad gynnwys diwrnod",
    'date.missingMonth': "Rhaid i'r dyddiad gynnwys mis",
    'date.missingYear': "Rhaid i'r dyddiad gynnwys blwyddyn",
    'date.yearFormat': "Rhaid i'r flwyddyn gynnwys 4 rhif",
    'date.invalid': "Rhaid i'r dyddiad fod yn ddyddiad go iawn",
    'date.future': "Rhaid i'r dyddiad fod heddiw neu yn y gorffennol",
    'date.past': "Rhaid i'r dyddiad fod heddiw neu yn y dyfodol",
    'form.errorSummaryTitle': 'Mae problem wedi codi',
    'form.change': 'Newid',
    'form.day': 'Diwrnod',
    'form.month': 'Mis',
    'form.year': 'Blwyddyn',
    'form.dateHint': 'Er enghraifft, 15 3 1984',
    'form.or': 'neu',
    // Digits take the singular noun ("20 nod") and "nod" does not mutate, so the forms differ only by
    // number; all six are written so a later wording change cannot miss one.
    'form.characterLimit': {
      zero: 'Gallwch ddefnyddio hyd at {count} nod',
      one: 'Gallwch ddefnyddio hyd at {count} nod',
      two: 'Gallwch ddefnyddio hyd at {count} nod',
      few: 'Gallwch ddefnyddio hyd at {count} nod',
      many: 'Gallwch ddefnyddio hyd at {count} nod',
      other: 'Gallwch ddefnyddio hyd at {count} nod',
    },
    'form.charactersRemaining': {
      zero: 'Mae gennych {count} nod yn weddill',
      one: 'Mae gennych {count} nod yn weddill',
      two: 'Mae gennych {count} nod yn weddill',
      few: 'Mae gennych {count} nod yn weddill',
      many: 'Mae gennych {count} nod yn weddill',
      other: 'Mae gennych {count} nod yn weddill',
    },
    'form.charactersTooMany': {
      zero: 'Mae gennych {count} nod yn ormod',
      one: 'Mae gennych {count} nod yn ormod',
      two: 'Mae gennych {count} nod yn ormod',
      few: 'Mae gennych {count} nod yn ormod',
      many: 'Mae gennych {count} nod yn ormod',
      other: 'Mae gennych {count} nod yn ormod',
    },
    'form.reference': 'Eich cyfeirnod',
    'form.whatHappensNext': "Beth sy'n digwydd nesaf",
  },
});

/** A key of core's catalogue. */
export type CoreMessageKey = MessageKey<typeof coreMessages>;
