import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assertCatalogueComplete, coreMessages, translate, WaymarkError, type CoreMessageKey, type MessageParams } from '@waymark/core';
import '../define/wm-activity-finder.js';
import type { WmActivityFinder } from './activity-finder.js';
import { messages } from './messages.js';
import { detailMessages } from './detail-messages.js';
import { filterMessages } from './filter-messages.js';
import { resultsMessages } from './results-messages.js';
import { accessibleInBothLanguages } from '../../../core/src/testing/languages.js';
import { money, sessionWhen } from './format.js';
import { parsePounds } from './validate.js';
import { SHORTLIST_KEY } from './shortlist.js';
import * as stories from '../../../../stories/activity-finder/activity-finder.stories.js';
import type { FinderArgs } from '../../../../stories/activity-finder/activity-finder.stories.js';

const endpoint = (window as Window & { WAYMARK_TEST_ENDPOINT?: string }).WAYMARK_TEST_ENDPOINT!;
const root = (el: WmActivityFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: WmActivityFinder, sel: string) => root(el).querySelector<T>(sel);
const $$ = (el: WmActivityFinder, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const text = (el: WmActivityFinder) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const status = (el: WmActivityFinder) => $(el, '[role=status]')!.textContent.trim();
const ours = () => new URLSearchParams(decodeURIComponent(location.hash.split('wm-af=')[1] ?? ''));
const LONG = { timeout: 8000 };
/** LS4 2QT's centre rounded, 1 km, carers' support: nothing; 3 km: three. */
const EMPTY_AT_1KM = `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4&r=1&c=carers-support')}`;

async function mount(attrs: { partner?: string; lang?: string; map?: string } = {}) {
  const el = await fixture<WmActivityFinder>(html`<wm-activity-finder
    endpoint=${endpoint}
    partner=${attrs.partner ?? 'pk_demo_airevalley'}
    lang=${attrs.lang ?? 'en'}
    map=${attrs.map ?? ''}
  ></wm-activity-finder>`);
  if (!attrs.map) el.map = undefined;
  await waitUntil(() => el.categories.length > 0, 'categories load', LONG);
  await el.updateComplete;
  return el;
}


async function searchFor(el: WmActivityFinder, postcode: string) {
  $<HTMLInputElement>(el, '#postcode')!.value = postcode;
  $<HTMLInputElement>(el, '#postcode')!.dispatchEvent(new InputEvent('input'));
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
}

/** Counts history.pushState / replaceState calls (history.length stops growing at 50 in Chromium). */
function spyHistory() {
  const calls = { push: 0, replace: 0 };
  const push = Object.getOwnPropertyDescriptor(History.prototype, 'pushState')!;
  const replace = Object.getOwnPropertyDescriptor(History.prototype, 'replaceState')!;
  const pushFn = push.value as History['pushState'];
  const replaceFn = replace.value as History['replaceState'];
  History.prototype.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    calls.push++;
    pushFn.apply(this, args);
  };
  History.prototype.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
    calls.replace++;
    replaceFn.apply(this, args);
  };
  const restore = () => {
    Object.defineProperty(History.prototype, 'pushState', push);
    Object.defineProperty(History.prototype, 'replaceState', replace);
  };
  return { calls, restore };
}

const resultsShown = (el: WmActivityFinder) => waitUntil(() => el.state === 'results', 'results', LONG);

describe('<wm-activity-finder>', () => {
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.removeItem(SHORTLIST_KEY);
  });

  afterEach(() => {
    // The kit makes no third-party request: every resource came from the test page or the test server.
    const allowed = new Set([location.origin, new URL(endpoint).origin]);
    const others = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).origin)
      .filter((o) => !allowed.has(o));
    expect(others, 'requests to other origins').to.deep.equal([]);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('has every English string in Welsh and formats sessions in London time', async () => {
    // The first screen's catalogue and those of the parts that load later.
    for (const catalogue of [messages, resultsMessages, filterMessages, detailMessages]) await assertCatalogueComplete(catalogue);
    const en = { locale: 'en' as const, t: (key: CoreMessageKey, params?: MessageParams) => translate([coreMessages], 'en', key, params) };
    expect(sessionWhen(en, '2026-11-24T10:00:00.000Z')).to.equal('Tuesday 24 November, 10am');
    expect(sessionWhen(en, '2026-07-07T09:30:00.000Z')).to.equal('Tuesday 7 July, 10:30am'); // BST
    expect(money('en', 250)).to.equal('£2.50');
    expect(money('en', 300)).to.equal('£3');
    expect(parsePounds('£2.5')).to.equal(250);
    expect(parsePounds('3')).to.equal(300);
    expect(parsePounds('three')).to.equal(null);
  });

  it('is accessible before a search, in English and Welsh, and reserves its height', async () => {
    const el = await mount();
    expect($(el, 'h2')!.textContent).to.equal('Find activities near you');
    expect(getComputedStyle(el).minHeight).to.equal(`${40 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`);
    expect($$(el, '#radius-fieldset label').map((l) => l.textContent.trim())).to.deep.equal(['1 km', '3 km', '5 km', '10 km', '25 km']);
    // The first screen alone: the results and the other filters load when used.
    expect(el.resultsView).to.equal(undefined);
    expect(el.moreFilters).to.equal(undefined);
    $(el, 'summary')!.click();
    await waitUntil(() => $$(el, '#category-fieldset input').length > 0, 'More filters loads when opened', LONG);
    expect(el.resultsView, 'its labels come with the results part').not.to.equal(undefined);
    await accessibleInBothLanguages(el);
    el.lang = 'cy';
    await waitUntil(() => el.locale === 'cy');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Dod o hyd i weithgareddau yn eich ardal');
    expect(text(el)).to.contain('Celf a chrefft');
  });

  it('by keyboard: Tab to the postcode, type, Enter; Show more; open a result with Enter; Back restores focus', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount();
    before.focus();
    await sendKeys({ press: 'Tab' }); // "Saved (0)"
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('postcode');
    const searched = oneEvent(el, 'wm-activity-finder-searched');
    await sendKeys({ type: 'ls4 2qt' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await searched;
    await resultsShown(el);
    expect(detail.resultCount).to.equal(86);
    expect(JSON.stringify(detail)).not.to.match(/LS4|53\.8|2QT/i);
    expect(status(el)).to.equal('Showing 20 of 86 activities');
    expect($(el, '#results-title')!.textContent).to.equal('Activities near LS4');
    const distances = $$(el, '.result .facts li:first-child').map((li) => Number(/([\d.]+) km away/.exec(li.textContent)![1]));
    expect(distances).to.have.length(20);
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
    expect(text(el)).to.match(/Next session: (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \w+, \d\d:\d\d/);
    expect(text(el)).to.match(/Last checked \d{1,2} \w+ 20\d\d/);
    // The hash: rounded place and outward code only.
    expect(ours().get('lat')).to.equal('53.81');
    expect(ours().get('at')).to.equal('LS4');
    expect(location.hash).not.to.match(/2QT/i);
    await accessibleInBothLanguages(el);

    const more = $$(el, 'button').find((b) => b.textContent.trim() === 'Show more activities')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.results.length === 40, 'page two', LONG);
    await el.updateComplete;
    const first = el.results[20]!;
    await waitUntil(() => root(el).activeElement?.getAttribute('data-id') === first.id, 'focus on the first new result');
    expect(status(el)).to.equal('Showing 40 of 86 activities');

    const spy = spyHistory();
    const selected = oneEvent(el, 'wm-activity-finder-selected');
    try {
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ activityId: first.id });
    } finally {
      spy.restore();
    }
    await waitUntil(() => root(el).activeElement?.id === 'detail-title', 'detail heading focused', LONG);
    expect($(el, '#detail-title')!.textContent).to.equal(first.name);
    expect(spy.calls).to.deep.equal({ push: 1, replace: 0 });
    expect(ours().get('id')).to.equal(first.id);
    await accessibleInBothLanguages(el);

    const back = $$(el, 'button').find((b) => b.textContent.trim() === 'Back to results')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.getAttribute('data-id') === first.id, 'focus back on the result', LONG);
    expect(ours().get('id')).to.equal(null);
    expect(el.results).to.have.length(40);
  });

  it('restores the filters from the hash, keeps the host page’s hash, and replaces rather than pushes', async () => {
    history.replaceState(null, '', `#host-section&wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4&r=3&c=walking,social-groups&d=TUESDAY')}`);
    const el = await mount();
    await resultsShown(el);
    expect($<HTMLInputElement>(el, '#postcode')!.value).to.equal('LS4');
    expect($<HTMLInputElement>(el, '#radius-fieldset input[value="3"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#category-fieldset input[value=walking]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#day-fieldset input[value=TUESDAY]')!.checked).to.equal(true);
    expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
    const shown = el.results.map((a) => a.id);
    expect(shown.length).to.be.greaterThan(0);

    const spy = spyHistory();
    try {
      $<HTMLInputElement>(el, '#radius-fieldset input[value="10"]')!.click();
      $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      await waitUntil(() => ours().get('r') === '10', 'hash updated');
    } finally {
      spy.restore();
    }
    expect(location.hash.startsWith('#host-section&wm-af=')).to.equal(true);
    expect(spy.calls).to.deep.equal({ push: 0, replace: 1 });
    await resultsShown(el);
    expect(el.total).to.be.greaterThan(shown.length);

    // A shared link / reload: a second widget reads the same list from the hash.
    const again = await mount();
    await resultsShown(again);
    expect(again.total).to.equal(el.total);
    expect(again.results.map((a) => a.id)).to.deep.equal(el.results.map((a) => a.id));
  });

  it('searches online activities anywhere, even with a place set', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4&o=online')}`);
    const el = await mount();
    await resultsShown(el);
    expect(el.total).to.equal(67);
    expect(el.results.every((a) => a.online && a.distanceKm === null)).to.equal(true);
    expect($(el, '#results-title')!.textContent).to.equal('Activities');
    expect($<HTMLInputElement>(el, '#attend-fieldset input[value=online]')!.checked).to.equal(true);
  });

  it('the browser Back button closes an opened activity and focus returns to it', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4')}`);
    const el = await mount();
    await resultsShown(el);
    const target = el.results[2]!;
    $<HTMLAnchorElement>(el, `a[data-id="${target.id}"]`)!.click();
    await waitUntil(() => el.detail?.id === target.id);
    history.back();
    await waitUntil(() => root(el).activeElement?.getAttribute('data-id') === target.id, 'focus back', LONG);
    expect(el.detailId).to.equal(null);
    history.forward();
    await waitUntil(() => el.detail?.id === target.id, 'forward reopens', LONG);
  });

  it('shows an error summary and inline error for a malformed or unknown postcode, keeping what was typed', async () => {
    const el = await mount();
    await searchFor(el, 'LS4');
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.classList.contains('wm-error-summary'), 'summary focused');
    expect($(el, '#postcode-error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter a full UK postcode, like LS1 4DY');
    expect($(el, '.wm-error-summary a')!.getAttribute('href')).to.equal('#postcode');
    expect($<HTMLInputElement>(el, '#postcode')!.value).to.equal('LS4');
    await accessibleInBothLanguages(el);
    await searchFor(el, 'LS99 9ZZ');
    await waitUntil(() => $(el, '#postcode-error')?.textContent.includes('We could not find that postcode'), 'unknown', LONG);
    expect(el.state).to.equal('idle');
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says when nothing is within the distance and widens it with one click', async () => {
    history.replaceState(null, '', EMPTY_AT_1KM);
    const el = await mount();
    await waitUntil(() => el.state === 'empty', 'empty', LONG);
    expect($(el, '.empty h3')!.textContent).to.equal('No activities within 1 km');
    expect(status(el)).to.equal('No activities within 1 km');
    await accessibleInBothLanguages(el);
    const widen = $<HTMLButtonElement>(el, '.empty button')!;
    expect(widen.textContent.trim()).to.equal('Try 3 km');
    widen.click();
    await resultsShown(el);
    expect(el.total).to.equal(3);
    expect(ours().get('r')).to.equal('3');
    expect($<HTMLInputElement>(el, '#radius-fieldset input[value="3"]')!.checked).to.equal(true);
  });

  it('shows core’s error message with Try again, in English and Welsh', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4')}`);
    const el = await mount();
    await resultsShown(el);
    const real = el.transport;
    Object.defineProperty(el, 'transport', { configurable: true, get: () => ({ endpoint, request: () => Promise.reject(new WaymarkError('NETWORK', 'offline')) }) });
    await searchFor(el, 'LS12 2PH');
    await waitUntil(() => el.state === 'error', 'error');
    expect($(el, '[role=alert]')!.textContent).to.contain('We could not connect to the service.');
    await accessibleInBothLanguages(el);
    el.lang = 'cy';
    await waitUntil(() => $(el, '[role=alert]')?.textContent.includes('Nid oeddem yn gallu cysylltu'));
    el.lang = 'en';
    Object.defineProperty(el, 'transport', { configurable: true, get: () => real });
    $$(el, '[role=alert] button')[0]!.click();
    await resultsShown(el);
  });

  it('keeps the list when Show more fails, with the problem and Try again in place of Show more', async () => {
    const el = await mount();
    await searchFor(el, 'LS4 2QT');
    await resultsShown(el);
    const realFetch = window.fetch.bind(window);
    window.fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }), { status: 200, headers: { 'content-type': 'application/json' } }));
    try {
      $$(el, 'button').find((b) => b.textContent.trim() === 'Show more activities')!.click();
      await waitUntil(() => !!$(el, '.wm-retry'), 'the problem is shown', LONG);
    } finally {
      window.fetch = realFetch;
    }
    expect(root(el).querySelectorAll('[part=result]').length, 'the 20 shown stay').to.equal(20);
    expect($(el, '.wm-retry')!.textContent).to.contain('not available on this website');
    await waitUntil(() => root(el).activeElement === $(el, '.wm-retry button'), 'focus on Try again', LONG);
    $<HTMLButtonElement>(el, '.wm-retry button')!.click();
    await waitUntil(() => root(el).querySelectorAll('[part=result]').length === 40, 'the next 20 came', LONG);
    expect($(el, '.wm-retry')).to.not.exist;
  });

  it('asks for the location only when “Use my location” is pressed', async () => {
    const calls: string[] = [];
    const stub = {
      getCurrentPosition: (ok: PositionCallback) => {
        calls.push('getCurrentPosition');
        ok({ coords: { latitude: 53.809097, longitude: -1.595193 } } as GeolocationPosition);
      },
      watchPosition: () => (calls.push('watchPosition'), 0),
      clearWatch: () => {},
    };
    const own = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => (calls.push('read'), stub) });
    try {
      const el = await mount();
      await searchFor(el, 'LS12 2PH');
      await resultsShown(el);
      expect(calls, 'nothing before the button').to.deep.equal([]);
      $$(el, 'button').find((b) => b.textContent.trim() === 'Use my location')!.click();
      await waitUntil(() => el.state === 'results' && el.applied?.place === 'me', 'searched near me', LONG);
      expect(calls).to.include('getCurrentPosition');
      expect(calls).not.to.include('watchPosition');
      expect($(el, '#results-title')!.textContent).to.equal('Activities near your location');
      expect($<HTMLInputElement>(el, '#postcode')!.value).to.equal('');
      expect(ours().get('lat')).to.equal('53.81');
      expect(ours().get('lng')).to.equal('-1.6');
      expect(ours().get('at')).to.equal('me');
      // The same postcode typed again afterwards is looked up again, not taken as "your location".
      await searchFor(el, 'LS12 2PH');
      await waitUntil(() => el.state === 'results' && el.applied?.place === 'LS12', 'searched near LS12 again', LONG);
      expect($(el, '#results-title')!.textContent).to.equal('Activities near LS12');
    } finally {
      if (own) Object.defineProperty(navigator, 'geolocation', own);
      else delete (navigator as unknown as Record<string, unknown>)['geolocation'];
    }
  });

  it('shows distances and radii in miles for a partner that prefers them, sending kilometres', async () => {
    const el = await mount({ partner: 'pk_demo_riverside' });
    await waitUntil(() => $(el, '#radius-fieldset label')?.textContent.trim() === '1 mile', 'miles', LONG);
    expect($$(el, '#radius-fieldset label').map((l) => l.textContent.trim())).to.deep.equal(['1 mile', '3 miles', '5 miles', '10 miles', '25 miles']);
    const searched = oneEvent(el, 'wm-activity-finder-searched');
    await searchFor(el, 'LS4 2QT');
    expect((await searched).detail.filters.radiusKm).to.be.closeTo(8.047, 0.001);
    await resultsShown(el);
    expect($(el, '.result .facts li')!.textContent).to.match(/^[\d.]+ miles? away$/);
  });

  it('opens the details: sessions, venue, OpenStreetMap link, calendar file, share and shortlist', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4&r=1')}`);
    const el = await mount();
    await resultsShown(el);
    const a = el.results.find((r) => r.venue && r.schedule.rrule)!;
    $<HTMLAnchorElement>(el, `a[data-id="${a.id}"]`)!.click();
    await waitUntil(() => $(el, '[part=detail]'), 'detail view loaded', LONG);
    const detail = $(el, '[part=detail]')!;
    expect(detail.textContent).to.contain(a.description.slice(0, 40));
    expect(detail.textContent).to.contain(a.venue!.address.line1);
    if (a.schedule.description) expect(detail.textContent).to.contain(a.schedule.description);
    const osm = $<HTMLAnchorElement>(el, 'a[href^="https://www.openstreetmap.org/"]')!;
    const { latitude, longitude } = a.venue!.location;
    expect(osm.getAttribute('href')).to.equal(`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`);

    // Add to calendar: a download of an iCalendar file.
    const blobs: Blob[] = [];
    const native = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), create(b));
    const downloads: string[] = [];
    const onClick = (e: Event) => {
      const link = e.target as HTMLAnchorElement;
      if (link.download) {
        downloads.push(link.download);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      $$(el, 'button').find((b) => b.textContent.trim() === 'Add to calendar')!.click();
    } finally {
      Object.defineProperty(URL, 'createObjectURL', native);
      document.removeEventListener('click', onClick, true);
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]).to.match(/\.ics$/);
    const ics = await blobs[0]!.text();
    expect(ics).to.contain('BEGIN:VCALENDAR');
    expect(ics).to.contain(`RRULE:`);

    // Share: the link opens this activity; no postcode in it.
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: (d: ShareData) => (shared.push(d), Promise.resolve()) });
    try {
      $$(el, 'button').find((b) => b.textContent.trim() === 'Share')!.click();
      await waitUntil(() => shared.length === 1);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['share'];
    }
    expect(shared[0]!.title).to.equal(a.name);
    const sharedHash = new URL(shared[0]!.url!).hash;
    const sharedParams = new URLSearchParams(decodeURIComponent(sharedHash.split('wm-af=')[1]!));
    expect(sharedParams.get('id')).to.equal(a.id);
    // Only the activity: not where the person searched from, nor their other filters.
    expect([...sharedParams.keys()]).to.deep.equal(['id']);

    // Save to the shortlist, kept on this device.
    const save = $$(el, 'button').find((b) => b.textContent.trim() === 'Save to shortlist')!;
    save.click();
    await el.updateComplete;
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    expect(status(el)).to.equal('Saved to your shortlist on this device');
    expect(localStorage.getItem(SHORTLIST_KEY)).to.contain(a.id);
    await accessibleInBothLanguages(el);
  });

  it('opens a shared link to one activity on a page that has loaded nothing else: its details, no search', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4')}`);
    const probe = await mount();
    await resultsShown(probe);
    const a = probe.results[0]!;
    probe.remove();
    history.replaceState(null, '', `#wm-af=${encodeURIComponent(`id=${a.id}`)}`);
    const el = await mount();
    await waitUntil(() => el.detail?.id === a.id && !!$(el, '[part=detail]'), 'the details from the link', LONG);
    expect($(el, '#detail-title')!.textContent).to.equal(a.name);
    expect(el.applied, 'no search was made').to.equal(null);
    expect(text(el)).not.to.match(/\b(organiser|addToCalendar|back)\b/); // no raw message keys
  });

  /** Makes a lazily loaded part fail (as offline) until `online()`; then it loads for real. */
  function offline(el: WmActivityFinder, part: 'loadResults' | 'loadMoreFilters') {
    const real = el[part];
    let down = true;
    Object.defineProperty(el, part, {
      configurable: true,
      value: () => (down ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real()),
    });
    return { online: () => (down = false) };
  }

  it('when the results part cannot load: core’s message and Try again, then the list and its address', async () => {
    const el = await mount();
    const network = offline(el, 'loadResults');
    await searchFor(el, 'LS4 2QT');
    await waitUntil(() => $(el, '[role=alert] button'), 'Try again', LONG);
    expect(location.hash).to.equal('');
    network.online();
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await resultsShown(el);
    expect(ours().get('at'), 'the address written once the part arrived').to.equal('LS4');
  });

  it('when "More filters" cannot load: Try again inside it, then the filters', async () => {
    const el = await mount();
    const network = offline(el, 'loadMoreFilters');
    $(el, 'summary')!.click();
    await waitUntil(() => $(el, 'details [role=alert] button'), 'Try again in More filters', LONG);
    await expect(el).to.be.accessible();
    network.online();
    $<HTMLButtonElement>(el, 'details [role=alert] button')!.click();
    await waitUntil(() => $$(el, '#category-fieldset input').length > 0, 'the filters', LONG);
  });

  it('a search made while a list from the address is still loading wins over that list', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4&r=1')}`);
    const el = await fixture<WmActivityFinder>(html`<wm-activity-finder endpoint=${endpoint} partner="pk_demo_airevalley" lang="en"></wm-activity-finder>`);
    const real = el.loadResults;
    let gate!: () => void;
    const held = new Promise<void>((resolve) => (gate = resolve));
    Object.defineProperty(el, 'loadResults', { configurable: true, value: () => held.then(() => real()) });
    await waitUntil(() => el.categories.length > 0 && el.state === 'loading', 'reading the address', LONG);
    await searchFor(el, 'LS12 2PH');
    await new Promise((r) => setTimeout(r, 300)); // the postcode's place is found meanwhile
    gate();
    await waitUntil(() => el.state === 'results', 'results', LONG);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.applied?.place).to.equal('LS12');
    expect($(el, '#results-title')!.textContent).to.equal('Activities near LS12');
    expect(ours().get('at')).to.equal('LS12');
    expect($<HTMLInputElement>(el, '#postcode')!.value).to.equal('LS12 2PH');
  });

  it('lists the shortlist, opens an entry by fetching it, and removes entries', async () => {
    localStorage.setItem(
      SHORTLIST_KEY,
      JSON.stringify({ version: 1, entries: [{ id: 'no-such-activity', name: 'Gone Group', savedAt: '2026-01-01T00:00:00Z' }] }),
    );
    const probe = await mount();
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4')}`);
    const el = await mount();
    await resultsShown(el);
    const a = el.results[0]!;
    probe.remove();
    el.shortlist!.toggle({ id: a.id, name: a.name });
    await el.updateComplete;
    const savedButton = $$(el, 'button').find((b) => b.textContent.trim() === 'Saved (2)')!;
    savedButton.click();
    await waitUntil(() => $(el, '#saved-title'), 'the shortlist shows');
    expect($(el, '#saved-title')!.textContent).to.equal('Your shortlist');
    await accessibleInBothLanguages(el);
    el.results = []; // so the entry must be fetched by id
    $<HTMLAnchorElement>(el, `.saved a[data-id="${a.id}"]`)!.click();
    await waitUntil(() => el.detail?.id === a.id, 'fetched', LONG);
    $$(el, 'button').find((b) => b.textContent.trim() === 'Back to results')!.click();
    await waitUntil(() => root(el).activeElement?.getAttribute('data-id') === a.id, 'focus back in the shortlist', LONG);
    // An entry that no longer exists: core's "not found" with Try again.
    $<HTMLAnchorElement>(el, '.saved a[data-id="no-such-activity"]')!.click();
    await waitUntil(() => $(el, '[role=alert]')?.textContent.includes('We could not find what you were looking for'), 'not found', LONG);
    await expect(el).to.be.accessible();
    $$(el, 'button').find((b) => b.textContent.trim() === 'Back to results')!.click();
    await waitUntil(() => $$(el, '.saved li').length === 2);
    $$(el, '.saved button')[1]!.click();
    await el.updateComplete;
    expect($$(el, '.saved li')).to.have.length(1);
    expect(text(el)).to.contain('Saved (1)');
    // On a shared computer: remove everything at once, from this device too.
    $$(el, 'button').find((b) => b.textContent.trim() === 'Remove all from this device')!.click();
    await waitUntil(() => root(el).activeElement?.id === 'saved-title', 'focus on the shortlist heading');
    expect($$(el, '.saved li')).to.have.length(0);
    expect(text(el)).to.contain('You have not saved any activities yet.').and.contain('Saved (0)');
    expect(status(el)).to.equal('Your shortlist has been removed from this device');
    expect(localStorage.getItem(SHORTLIST_KEY)).to.equal(null);
  });

  it('has no map control without the map attribute, and fetches no tiles until the map is opened', async () => {
    history.replaceState(null, '', `#wm-af=${encodeURIComponent('lat=53.81&lng=-1.6&at=LS4')}`);
    const plain = await mount();
    await resultsShown(plain);
    expect($$(plain, 'button').some((b) => b.textContent.trim() === 'Map view')).to.equal(false);
    // Tiles from the test page's own origin (they 404): the check after each test proves nothing else was asked.
    const withMap = await mount({ map: `${location.origin}/__tiles__/{z}/{x}/{y}.png` });
    await resultsShown(withMap);
    const toggle = $$(withMap, 'button').find((b) => b.textContent.trim() === 'Map view')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(customElements.get('wm-activity-map'), 'map code not loaded before it is asked for').to.equal(undefined);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('__tiles__'))).to.equal(false);
    await expect(withMap).to.be.accessible();
    toggle.click();
    await waitUntil(() => $(withMap, 'wm-activity-map'), 'map shown', LONG);
    const map = $<HTMLElement & { points: { id: string }[]; centre: unknown }>(withMap, 'wm-activity-map')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(map.points.map((p) => p.id)).to.deep.equal(withMap.results.filter((a) => a.venue).map((a) => a.id));
    expect(map.centre).to.deep.equal({ latitude: 53.81, longitude: -1.6 });
    const chosen = withMap.results[1]!;
    map.dispatchEvent(new CustomEvent('wm-activity-map-select', { detail: { id: chosen.id }, bubbles: true, composed: true }));
    await waitUntil(() => withMap.detail?.id === chosen.id, 'detail from the map');
  });
});

type Render = (args: FinderArgs, context: object) => ReturnType<typeof html>;

describe('<wm-activity-finder> stories (the same fixtures Storybook shows)', () => {
  afterEach(() => localStorage.removeItem(SHORTLIST_KEY));
  const { default: meta, ...named } = stories;
  const expected: Record<string, (el: WmActivityFinder) => boolean> = {
    Idle: (el) => el.state === 'idle' && $$(el, '#category-fieldset input').length === 2 && $<HTMLDetailsElement>(el, 'details')!.open,
    Results: (el) => el.state === 'results' && $$(el, '[part=result]').length === 3,
    Loading: (el) => el.state === 'loading' && !!$(el, '.loading'),
    EmptyWithWiden: (el) => el.state === 'empty' && !!$(el, '.empty button'),
    Failed: (el) => el.state === 'error' && !!$(el, '[role=alert] button'),
    Detail: (el) => el.detail?.id === 'a2' && !!$(el, '[part=detail]'),
    Shortlist: (el) => el.view === 'saved' && $$(el, '.saved li').length === 1,
  };
  for (const [name, story] of Object.entries(named) as [string, { args?: Partial<FinderArgs>; render?: Render }][]) {
    if (name === 'Live') continue;
    it(`${name} renders its state and is accessible`, async () => {
      const render = (story.render ?? meta.render) as Render;
      const wrapper = await fixture<HTMLElement>(html`<div>${render({ ...meta.args, ...story.args, endpoint } as FinderArgs, {})}</div>`);
      const el = wrapper.querySelector('wm-activity-finder')!;
      const state = expected[name.replace(/Welsh$/, '')]!;
      await waitUntil(() => state(el), `${name} state`, LONG);
      await el.updateComplete;
      if (name.endsWith('Welsh')) expect(el.locale).to.equal('cy');
      if (name === 'Results') expect(text(el)).to.contain('Free').and.contain('Ask the organiser about cost');
      if (name === 'ResultsWelsh') expect(text(el)).to.contain("Gofynnwch i'r trefnydd am y gost");
      if (name === 'ResultsWelsh') expect(status(el), 'the live region is Welsh from the first search').to.equal('Yn dangos 3 o 3 gweithgaredd');
      if (name === 'Detail') expect(text(el)).to.contain('Next session: Tuesday 24 November, 10am').and.contain('£2.50 a session');
      if (name === 'DetailWelsh') expect(text(el)).to.contain('Y sesiwn nesaf: Dydd Mawrth 24 Tachwedd, 10yb').and.contain('£2.50 y sesiwn');
      if (name === 'EmptyWithWidenWelsh') expect(text(el)).to.contain('Dim gweithgareddau o fewn 5 cilometr');
      await expect(el).to.be.accessible();
      expect(location.hash, 'stories leave the URL alone').to.equal('');
    });
  }
});
