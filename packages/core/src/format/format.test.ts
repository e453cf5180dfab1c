import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { coreMessages } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { loadMessages, translate } from '../i18n/messages.js';
import { contactList, dayName, httpUrl, formatAddress, formatDistance, formatTime, languageNames, londonDate, telHref, type DisplayHost } from './format.js';

const host = (locale: Locale): DisplayHost => ({ locale, t: (key, params) => translate([coreMessages], locale, key, params) });

describe('format: shared display helpers', () => {
  before(() => loadMessages([coreMessages], 'cy'));

  it('writes times the NHS way, in English and Welsh', () => {
    const en = host('en');
    expect(['09:00', '17:30', '12:00', '00:15', '12:45'].map((t) => formatTime(en, t))).to.deep.equal(['9am', '5:30pm', 'midday', '12:15am', '12:45pm']);
    expect(['09:00', '17:30', '12:00'].map((t) => formatTime(host('cy'), t))).to.deep.equal(['9yb', '5:30yh', 'canol dydd']);
  });

  it('names days Monday first, in the locale', () => {
    expect(dayName('en', 'MONDAY')).to.equal('Monday');
    expect(dayName('en', 'SUNDAY', 'short')).to.equal('Sun');
    expect(dayName('cy', 'TUESDAY')).to.equal('Dydd Mawrth');
    expect(dayName('cy', 'SATURDAY', 'short')).to.equal('Sad');
  });

  it('gives distances in km or miles, one decimal under 10', () => {
    expect(formatDistance(host('en'), 2.345, false)).to.equal('2.3 km');
    expect(formatDistance(host('en'), 16.0934, true)).to.equal('10 miles');
    expect(formatDistance(host('en'), 0.8, false)).to.equal('0.8 km');
    expect(formatDistance(host('en'), 1.6, true)).to.equal('1 mile');
    expect(formatDistance(host('en'), 12_345, false)).to.equal('12,345 km');
    expect(formatDistance(host('cy'), 12.4, false)).to.equal('12 cilometr');
  });

  it("formats London's date, addresses, tel: links and language lists", () => {
    // 23:30 UTC on 28 March 2026 is still the 28th in London (GMT); 23:30 UTC on 28 June is the 29th (BST).
    expect(londonDate(0, Date.UTC(2026, 2, 28, 23, 30))).to.equal('2026-03-28');
    expect(londonDate(0, Date.UTC(2026, 5, 28, 23, 30))).to.equal('2026-06-29');
    expect(londonDate(1, Date.UTC(2026, 5, 28, 12))).to.equal('2026-06-29');
    expect(formatAddress({ line1: '4 Church Lane', line2: null, town: 'Leeds', postcode: 'LS6 1AA' }, "St Mary's Hall")).to.equal("St Mary's Hall, 4 Church Lane, Leeds, LS6 1AA");
    expect(telHref('0113 496 0000')).to.equal('tel:01134960000');
    expect(telHref('+44 113 496 0000')).to.equal('tel:+441134960000');
    expect(languageNames('en', ['pl', 'ur'])).to.equal('Polish and Urdu');
  });

  it('lists only the contact details given, with working links', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(contactList(host('en'), { phone: '0113 496 0000', email: 'hello@example.org', website: 'https://www.example.org/groups/' }), el);
    expect([...el.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['Phone', 'Email', 'Website']);
    expect(el.querySelector('a[href="tel:01134960000"]')).to.exist;
    expect(el.querySelector('a[href="mailto:hello@example.org"]')).to.exist;
    expect(el.querySelector('a[href="https://www.example.org/groups/"]')!.textContent).to.equal('example.org/groups');
    render(contactList(host('cy'), { textPhone: '18001 0113 496 0000' }), el);
    expect(el.querySelector('dt')!.textContent).to.equal('Cyfnewid testun');
    render(contactList(host('en'), {}), el);
    expect(el.querySelector('dl'), 'nothing given: no empty list').to.not.exist;
  });

  it('never makes a link from a javascript: or other non-web address in the data', async () => {
    expect(httpUrl('javascript:alert(1)')).to.equal(null);
    expect(httpUrl(' JavaScript:alert(1)')).to.equal(null);
    expect(httpUrl('data:text/html,<b>x</b>')).to.equal(null);
    expect(httpUrl('not a url')).to.equal(null);
    expect(httpUrl('https://example.org/book')).to.equal('https://example.org/book');
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(contactList(host('en'), { website: 'javascript:alert(1)' }), el);
    expect(el.querySelector('a'), 'no link').to.not.exist;
  });
});
