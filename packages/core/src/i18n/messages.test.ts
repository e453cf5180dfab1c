import { expect } from '@open-wc/testing';
import { coreMessages } from './core-messages.js';
import { defineMessages, formatDate, formatMessage, formatNumber, loadMessages, pluralCategory, translate, type Catalogue } from './messages.js';
import { assertCatalogueComplete } from './testing.js';

describe('i18n: catalogues', () => {
  before(() => loadMessages([coreMessages], 'cy'));

  it("core's Welsh catalogue is complete: no missing, empty or untranslated message", async () => {
    await assertCatalogueComplete(coreMessages);
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

  it('assertCatalogueComplete fails on a missing, empty or copied Welsh string', async () => {
    const rejects = async (catalogue: Catalogue, pattern: RegExp) => {
      const error = await assertCatalogueComplete(catalogue).then(() => undefined, (e: unknown) => e);
      expect(error, String(pattern)).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(pattern);
    };
    await rejects({ en: { a: 'Hello there', b: 'Goodbye now' }, cy: { a: 'Helo yna' } }, /cy "b" is missing/);
    await rejects({ en: { a: 'Hello there' }, cy: { a: '  ' } }, /cy "a" is empty/);
    await rejects({ en: { n: { one: '{count} item', other: '{count} items' } }, cy: { n: { one: '', other: '{count} eitem' } } }, /cy "n" is empty/);
    await rejects({ en: { a: 'Try again' }, cy: { a: 'Try again' } }, /cy "a" is the English text/);
    await rejects({ en: { a: 'Hi' }, cy: { a: 'Hwyl', b: 'Ychwanegol' } }, /cy "b" is not an English key/);
    await rejects({ en: { a: 'Hi' } }, /no Welsh messages/);
    await rejects({ en: { a: 'Hi' }, loadCy: () => Promise.reject(new Error('offline')) }, /no Welsh messages/);
  });

  it('loads a Welsh chunk only when Welsh is needed, once, and stays English when it cannot load', async () => {
    let calls = 0;
    let fail = true;
    const lazy = defineMessages({
      en: { title: 'Find an activity' },
      cy: () => {
        calls++;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: { title: 'Dod o hyd i weithgaredd' } });
      },
    });
    expect(loadMessages([lazy], 'en'), 'nothing to load for English').to.equal(undefined);
    expect(calls).to.equal(0);
    await loadMessages([lazy], 'cy');
    expect(calls).to.equal(1);
    expect(translate([lazy], 'cy', 'title'), 'falls back to English when the chunk failed').to.equal('Find an activity');
    fail = false;
    const again = loadMessages([lazy], 'cy');
    const twice = loadMessages([lazy], 'cy');
    expect(again, 'a failed load is tried again').to.be.instanceOf(Promise);
    await Promise.all([again, twice]);
    expect(calls, 'concurrent asks share one request').to.equal(2);
    expect(translate([lazy], 'cy', 'title')).to.equal('Dod o hyd i weithgaredd');
    expect(loadMessages([lazy], 'cy'), 'loaded: nothing to wait for').to.equal(undefined);
  });

  it('defineMessages makes a missing or extra Welsh key a compile error', () => {
    const ok = defineMessages({ en: { title: 'Title' }, cy: { title: 'Teitl' } });
    // @ts-expect-error — Welsh lacks "title".
    defineMessages({ en: { title: 'Title', body: 'Body' }, cy: { title: 'Teitl' } });
    // @ts-expect-error — Welsh has a key English does not.
    defineMessages({ en: { title: 'Title' }, cy: { title: 'Teitl', other: 'Arall' } });
    expect(ok.cy?.title).to.equal('Teitl');
    // @ts-expect-error — a lazily loaded Welsh module lacks "body".
    defineMessages({ en: { title: 'Title', body: 'Body' }, cy: () => Promise.resolve({ default: { title: 'Teitl' } }) });
  });
});

describe('i18n: formatting', () => {
  before(() => loadMessages([coreMessages], 'cy'));

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
