/**
 * Core's Welsh messages: a chunk of its own, fetched the first time a widget renders in Welsh (see
 * `loadMessages`). It also brings the Welsh month and weekday names for browsers without Welsh Intl data.
 */
import type { WelshMessages } from './messages.js';
import type { en } from './core-messages.js';
import { formatWelshDate, hasNativeWelshDates } from './welsh-dates.js';

/** Welsh dates made here when the browser has no Welsh date names (core-messages.ts installs it). */
export const welshDates = hasNativeWelshDates() ? undefined : formatWelshDate;

const cy: WelshMessages<typeof en> = {
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
  'error.IDEMPOTENCY_KEY_REUSED':
    "Mae'r tîm wedi dechrau arno eisoes, felly nid oedd modd ychwanegu eich newidiadau. Dywedwch wrth eich gweithiwr cyswllt amdanynt pan fydd yn cysylltu â chi.",
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
  'time.am': '{time}yb',
  'time.pm': '{time}yh',
  'time.midday': 'canol dydd',
  'distance.km': { other: '{count} cilometr' },
  'distance.miles': { other: '{count} milltir' },
  'distance.away': '{distance} i ffwrdd',
  'contact.phone': 'Ffôn',
  'contact.textPhone': 'Cyfnewid testun',
  'contact.email': 'E-bost',
  'contact.website': 'Gwefan',
  'postcode.label': 'Cod post',
  'postcode.hint': 'Er enghraifft, LS1 4DY',
  'practice.label': 'Eich meddygfa',
  'practice.found': { zero: 'Heb ddod o hyd i unrhyw feddygfa', other: 'Wedi dod o hyd i {count} meddygfa' },
  today: 'heddiw',
  tomorrow: 'yfory',
};

export default cy;
