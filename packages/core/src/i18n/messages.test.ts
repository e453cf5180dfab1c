import { expect } from '@open-wc/testing';
import { coreMessages } from './core-messages.js';
import { defineMessages, formatDate, formatMessage, formatNumber, pluralCategory, translate } from './messages.js';
import { assertCatalogueComplete } from './testing.js';

describe('i18n: catalogues', () => {
  it("core's Welsh catalogue is complete: no missing, empty or untranslated message", () => {
    assertCatalogueComplete(coreMessages);
  });

  it('has real Welsh for the strings every widget shows', () => {
    expect(translate([coreMessages], 'cy', 'retry')).to.equal('Rhowch gynnig arall arni');
    expect(translate([coreMessages], 'cy', 'errorPrefix')).to.equal('Gwall: ');
    expect(translate([coreMessages], 'cy', 'optional')).to.equal('(dewisol)');
    expect(translate([coreMessages], 'en', 'retry')).to.equal('Try again');
    expect(translate([coreMessages], 'en', 'errorPrefix')).to.equal('Error: ');
  });

  it('has a message for every error code in both languages', () => {
    const codes = ['NETWORK', 'TIMEOUT', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT'];
    for (const code of codes) {
      expect(coreMessages.en, code).to.have.property(`error.${code}`);
      expect(coreMessages.cy, code).to.have.property(`error.${code}`);
    }
  });

  it('assertCatalogueComplete fails on a missing, empty or copied Welsh string', () => {
    const missing = { en: { a: 'Hello there', b: 'Goodbye now' }, cy: { a: 'Helo yna' } };
    expect(() => assertCatalogueComplete(missing)).to.throw(/cy "b" is missing/);
    const empty = { en: { a: 'Hello there' }, cy: { a: '  ' } };
    expect(() => assertCatalogueComplete(empty)).to.throw(/cy "a" is empty/);
    const emptyPlural = { en: { n: { one: '{count} item', other: '{count} items' } }, cy: { n: { one: '', other: '{count} eitem' } } };
    expect(() => assertCatalogueComplete(emptyPlural)).to.throw(/cy "n" is empty/);
    const copied = { en: { a: 'Try again' }, cy: { a: 'Try again' } };
    expect(() => assertCatalogueComplete(copied)).to.throw(/cy "a" is the English text/);
    const extra = { en: { a: 'Hi' }, cy: { a: 'Hwyl', b: 'Ychwanegol' } };
    expect(() => assertCatalogueComplete(extra)).to.throw(/cy "b" is not an English key/);
  });

  it('defineMessages makes a missing or extra Welsh key a compile error', () => {
    const ok = defineMessages({ en: { title: 'Title' }, cy: { title: 'Teitl' } });
    // @ts-expect-error — Welsh lacks "title".
    defineMessages({ en: { title: 'Title', body: 'Body' }, cy: { title: 'Teitl' } });
    // @ts-expect-error — Welsh has a key English does not.
    defineMessages({ en: { title: 'Title' }, cy: { title: 'Teitl', other: 'Arall' } });
    expect(ok.cy.title).to.equal('Teitl');
  });
});

describe('i18n: formatting', () => {
  it('fills {name} placeholders and leaves unknown ones', () => {
    expect(formatMessage('en', 'Hello {name}, {missing}', { name: 'Riverside' })).to.equal('Hello Riverside, {missing}');
  });

  it('picks English plural forms', () => {
    const message = { one: '{count} activity', other: '{count} activities' };
    expect(formatMessage('en', message, { count: 1 })).to.equal('1 activity');
    expect(formatMessage('en', message, { count: 0 })).to.equal('0 activities');
    expect(formatMessage('en', message, { count: 1234 })).to.equal('1,234 activities');
  });

  it('uses all six Welsh plural categories', () => {
    expect([0, 1, 2, 3, 6, 4, 5, 100].map((n) => pluralCategory('cy', n))).to.deep.equal([
      'zero', 'one', 'two', 'few', 'many', 'other', 'other', 'other',
    ]);
    const message = {
      zero: 'Dim gweithgareddau',
      one: '{count} gweithgaredd',
      two: '{count} weithgaredd',
      few: '{count} gweithgaredd (few)',
      many: '{count} gweithgaredd (many)',
      other: '{count} o weithgareddau',
    };
    expect(formatMessage('cy', message, { count: 0 })).to.equal('Dim gweithgareddau');
    expect(formatMessage('cy', message, { count: 1 })).to.equal('1 gweithgaredd');
    expect(formatMessage('cy', message, { count: 2 })).to.equal('2 weithgaredd');
    expect(formatMessage('cy', message, { count: 3 })).to.equal('3 gweithgaredd (few)');
    expect(formatMessage('cy', message, { count: 6 })).to.equal('6 gweithgaredd (many)');
    expect(formatMessage('cy', message, { count: 7 })).to.equal('7 o weithgareddau');
  });

  it('falls back to "other" when a category has no form', () => {
    expect(formatMessage('cy', { other: '{count} eiliad' }, { count: 2 })).to.equal('2 eiliad');
  });

  it('formats numbers and dates in the locale', () => {
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    const date = new Date(Date.UTC(2026, 2, 3, 12));
    expect(formatDate('en', date, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('3 March 2026');
    expect(formatDate('cy', date, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('3 Mawrth 2026');
    expect(formatMessage('cy', 'Ar {date}', { date })).to.match(/^Ar 3 Mawrth 2026$/);
  });

  it('a widget catalogue wins over core, and unknown keys return the key', () => {
    const own = defineMessages({ en: { retry: 'Search again' }, cy: { retry: 'Chwilio eto' } });
    expect(translate([own, coreMessages], 'cy', 'retry')).to.equal('Chwilio eto');
    expect(translate([own, coreMessages], 'cy', 'loading')).to.equal('Yn llwytho…');
    expect(translate([own, coreMessages], 'en', 'no.such.key')).to.equal('no.such.key');
  });
});

describe('i18n: Welsh dates without Welsh Intl data', () => {
  it('uses Welsh month and weekday names in every date style', async () => {
    const { formatWelshDate } = await import('./welsh-dates.js');
    const date = new Date(Date.UTC(2026, 4, 5, 14, 30)); // Tuesday 5 May 2026
    const utc = { timeZone: 'UTC' } as const;
    expect(formatWelshDate(date, { ...utc, dateStyle: 'long' })).to.equal('5 Mai 2026');
    expect(formatWelshDate(date, { ...utc, dateStyle: 'medium' })).to.equal('5 Mai 2026');
    expect(formatWelshDate(date, { ...utc, dateStyle: 'full' })).to.match(/^Dydd Mawrth,? 5 Mai 2026$/);
    expect(formatWelshDate(new Date(Date.UTC(2026, 8, 1)), { ...utc, day: 'numeric', month: 'short' })).to.equal('1 Medi');
    expect(formatWelshDate(new Date(Date.UTC(2026, 1, 1)), { ...utc, weekday: 'short', day: 'numeric', month: 'long' })).to.match(/^Sul,? 1 Chwefror$/);
    expect(formatWelshDate(date, { ...utc, dateStyle: 'long', timeStyle: 'short' })).to.equal('5 Mai 2026 am 14:30');
  });
});
