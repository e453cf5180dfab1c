import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assertCatalogueComplete } from '@waymark/core';
import '../define/wm-self-referral.js';
import type { WmSelfReferral } from './self-referral.js';
import { emptyDraft, type Answers, type Draft, type Step } from './draft.js';
import { messages } from './messages.js';
import { accessibleInBothLanguages, setLang } from '../../../core/src/testing/languages.js';
import { toInput } from './fields.js';
import * as stories from '../../../../stories/self-referral/self-referral.stories.js';

const endpoint = (window as Window & { WAYMARK_TEST_ENDPOINT?: string }).WAYMARK_TEST_ENDPOINT!;
const DEAD = 'http://127.0.0.1:9/graphql';
const GP = 'pk_demo_riverside';
const COUNCIL = 'pk_demo_airevalley';
const storageKey = (partner: string) => `waymark:self-referral:${partner}`;

const root = (el: WmSelfReferral) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: WmSelfReferral, sel: string) => root(el).querySelector<T>(sel);
const text = (el: WmSelfReferral) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const active = (el: WmSelfReferral) => root(el).activeElement;

/** Answers that pass every rule (a person old enough, a real postcode and phone). */
const valid: Partial<Answers> = {
  fullName: 'Alex Example',
  dob: { day: '4', month: '7', year: '1979' },
  postcode: 'ls4 2qt',
  phone: '07700 900982',
  whatMatters: 'Getting out of the house more',
  needs: ['LONELINESS'],
  sharing: true,
  contact: true,
};

/** A draft as if the person started a minute ago (the server drops submissions filled in under 10 s). */
function seed(partner: string, step: Step, answers: Partial<Answers> = {}, extra: Partial<Draft> = {}) {
  const draft: Draft = { ...emptyDraft(), step, startedAt: Date.now() - 60_000, ...extra, answers: { ...emptyDraft().answers, ...answers } };
  sessionStorage.setItem(storageKey(partner), JSON.stringify(draft));
}

async function mount(o: { partner?: string; lang?: string; endpoint?: string; exitUrl?: string } = {}) {
  const el = await fixture<WmSelfReferral>(html`<wm-self-referral
    endpoint=${o.endpoint ?? endpoint}
    partner=${o.partner ?? GP}
    lang=${o.lang ?? 'en'}
    exit-url=${o.exitUrl ?? 'https://www.bbc.co.uk/weather'}
  ></wm-self-referral>`);
  await waitUntil(() => el.settings !== undefined, 'settings loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}



async function onStep(el: WmSelfReferral, step: Step) {
  await waitUntil(() => el.step === step, `reached ${step}`, { timeout: 8000 });
  await el.updateComplete;
}

/** Presses Tab (or Shift+Tab) until the focused element in the widget matches `selector`. */
async function tabTo(el: WmSelfReferral, selector: string) {
  for (let i = 0; i < 60; i++) {
    if (active(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not Tab to ${selector}`);
}

async function typeInto(el: WmSelfReferral, selector: string, value: string) {
  await tabTo(el, selector);
  await sendKeys({ type: value });
}

/** Records every wm-referral-* event's detail. */
function recordEvents() {
  const details: unknown[] = [];
  const listener = (e: Event) => details.push((e as CustomEvent).detail);
  document.addEventListener('wm-referral-step-changed', listener);
  document.addEventListener('wm-referral-submitted', listener);
  return { details, stop: () => (document.removeEventListener('wm-referral-step-changed', listener), document.removeEventListener('wm-referral-submitted', listener)) };
}

type StoryArgs = { endpoint: string; partner: string };
type Render = (args: StoryArgs, context: unknown) => unknown;

describe('<wm-self-referral> stories (the same fixtures Storybook shows)', () => {
  afterEach(() => sessionStorage.clear());
  const { default: meta, ...named } = stories;
  for (const [name, story] of Object.entries(named) as [string, { args?: Partial<StoryArgs>; render?: Render }][]) {
    it(`${name} renders and is accessible`, async function () {
      this.timeout(20_000);
      const render = (story.render ?? meta.render) as Render;
      const wrapper = await fixture<HTMLElement>(html`<div>${render({ ...meta.args, ...story.args, endpoint } as StoryArgs, {})}</div>`);
      const el = wrapper.querySelector('wm-self-referral')!;
      await waitUntil(() => el.dataset['prepared'] === 'done', 'prepared', { timeout: 8000 });
      if (name === 'Offline') await waitUntil(() => el.submitter.state === 'failed', 'failed', { timeout: 10_000 });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      if (name.endsWith('Errors') || name === 'WhatMattersTooLong') expect($(el, '.wm-error-summary')).to.exist;
      if (name === 'Confirmation') expect(text(el)).to.contain('WM-7KQ4-9DX2');
    });
  }
});

describe('<wm-self-referral>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('has every English string in Welsh', async () => {
    await assertCatalogueComplete(messages);
  });

  it('starts with what social prescribing is, the response time and the crisis box, in English and Welsh', async () => {
    const el = await mount();
    expect($(el, 'h2')!.textContent).to.equal('Refer yourself to a link worker');
    expect(text(el)).to.contain('Aire Valley Social Prescribing will contact you within 5 working days.');
    expect(text(el)).to.contain('16 or over');
    expect($(el, '.crisis')!.textContent).to.contain('call 999');
    await accessibleInBothLanguages(el);
    await setLang(el, 'cy');
    expect(text(el)).to.contain('diwrnod gwaith');
    expect($(el, '.crisis')!.textContent).to.contain('ffoniwch 999');
  });

  it('says so when the settings cannot load (Try again), and when self-referral is closed', async () => {
    const el = await fixture<WmSelfReferral>(html`<wm-self-referral endpoint=${DEAD} partner=${GP} lang="en"></wm-self-referral>`);
    await waitUntil(() => el.loadError !== undefined, 'load failed', { timeout: 10_000 });
    await el.updateComplete;
    expect(text(el)).to.contain('We could not connect to the service');
    expect($(el, 'button')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();

    const open = await mount();
    open.settings = { ...open.settings!, open: false };
    await open.updateComplete;
    expect(text(open)).to.contain('You cannot refer yourself online at the moment');
    expect($(open, 'a[href^="tel:"]')).to.exist;
    expect(text(open)).not.to.contain('Start now');
    await accessibleInBothLanguages(open);
  });

  it('completes the whole journey with the keyboard only, focusing each step’s heading, accessible on every step', async function () {
    this.timeout(60_000);
    seed(GP, 'start'); // started a minute ago
    const events = recordEvents();
    const el = await mount();
    await accessibleInBothLanguages(el);

    await tabTo(el, 'button:not(.exit)');
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'about-you');
    expect(active(el)?.textContent).to.equal('About you');
    await typeInto(el, '#full-name', 'Alex Keyboard');
    await typeInto(el, '#dob-day', '4');
    await typeInto(el, '#dob-month', '7');
    await typeInto(el, '#dob-year', '1979');
    await typeInto(el, '#postcode', 'ls4 2qt');
    await typeInto(el, '#phone', '07700 900982');
    await tabTo(el, '#methods');
    await sendKeys({ press: 'Space' });
    await accessibleInBothLanguages(el);
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });

    // A practice's own site: the practice is fixed.
    await onStep(el, 'gp-practice');
    expect(active(el)?.textContent).to.equal('Your GP practice');
    expect(text(el)).to.contain('Riverside Surgery');
    await accessibleInBothLanguages(el);
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'what-matters');
    expect(active(el)?.textContent).to.equal('What matters to you');
    await typeInto(el, '#what-matters', 'Meeting people nearby');
    await tabTo(el, '#needs-3');
    await sendKeys({ press: 'Space' });
    await accessibleInBothLanguages(el);
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'consent');
    expect(active(el)?.textContent).to.equal('Your consent');
    await tabTo(el, '#sharing');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#contact-consent');
    await sendKeys({ press: 'Space' });
    await accessibleInBothLanguages(el);
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });

    await onStep(el, 'check-answers');
    expect(active(el)?.textContent).to.equal('Check your answers before sending your referral');
    expect(text(el)).to.contain('Alex Keyboard');
    expect(text(el)).to.contain('Feeling lonely or isolated');
    await accessibleInBothLanguages(el);
    await tabTo(el, 'button:not(.exit):not([href])');
    const submitted = oneEvent(el, 'wm-referral-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    await onStep(el, 'confirmation');
    expect(detail.reference).to.match(/^WM-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(text(el)).to.contain(detail.reference);
    expect(text(el)).to.contain('Referral sent');
    expect(active(el)?.textContent?.trim()).to.equal('Referral sent');
    await accessibleInBothLanguages(el);
    expect(sessionStorage.getItem(storageKey(GP))).to.equal(null);
    const print = window.print.bind(window);
    let printed = 0;
    window.print = () => void printed++;
    [...root(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Print this page'))!.click();
    window.print = print;
    expect(printed).to.equal(1);

    // The host page hears step names and the reference, nothing the person typed.
    events.stop();
    const seen = JSON.stringify(events.details);
    for (const personal of ['Alex', 'Keyboard', '1979', 'LS4', 'ls4', '07700', 'Meeting']) expect(seen).not.to.contain(personal);
    expect(events.details).to.deep.include({ step: 'about-you' });
    expect(events.details).to.deep.include({ reference: detail.reference });
    for (const d of events.details) expect(Object.keys(d as object)).to.have.length(1);
  });

  it('shows the error summary with links, messages beside fields, "Error: " in the title, and keeps what was typed', async () => {
    seed(GP, 'about-you');
    const el = await mount();
    const title = document.title;
    el.set({ fullName: 'Sam Typed', postcode: 'not a postcode', dob: { day: '31', month: '2', year: '1990' } });
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const summary = $(el, '.wm-error-summary')!;
    expect(summary).to.exist;
    expect(active(el)).to.equal(summary);
    expect(document.title).to.equal(`Error: ${title}`);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#dob', 'Date must be a real date'],
      ['#postcode', 'Enter a full UK postcode, like LS1 4DY'],
      ['#phone', 'Enter a phone number or an email address'],
    ]);
    expect($(el, '#postcode-error')!.textContent).to.contain('Enter a full UK postcode');
    expect($(el, '#postcode')!.getAttribute('aria-describedby')).to.contain('postcode-error');
    expect($<HTMLInputElement>(el, '#full-name')!.value).to.equal('Sam Typed');
    expect($<HTMLInputElement>(el, '#postcode')!.value).to.equal('not a postcode');
    summary.querySelector<HTMLAnchorElement>('a[href="#postcode"]')!.click();
    expect(active(el)).to.equal($(el, '#postcode'));
    await accessibleInBothLanguages(el);
    await setLang(el, 'cy');
    expect(document.title).to.equal(`Gwall: ${title}`);
    expect($(el, '.wm-error-summary')!.textContent).to.contain('Mae problem wedi codi');
    await setLang(el, 'en');

    // Fixed: the next step, and the title is back.
    el.set({ postcode: 'LS4 2QT', phone: '07700 900982', dob: { day: '28', month: '2', year: '1990' } });
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await onStep(el, 'gp-practice');
    expect(document.title).to.equal(title);
    expect($(el, '.wm-error-summary')).to.not.exist;
  });

  it('checks an NHS number with Modulus 11 and the minimum age', async () => {
    seed(GP, 'about-you', { ...valid, nhsNumber: '943 476 5918', dob: { day: '1', month: '1', year: String(new Date().getFullYear() - 10) } });
    const el = await mount();
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#nhs-number-error')!.textContent).to.contain('Enter a valid NHS number');
    expect($(el, '#dob-error')!.textContent).to.contain('You must be 16 or over to refer yourself');
    expect($(el, '#nhs-number-hint')!.textContent).to.contain('NHS App');
  });

  it('asks only the questions the partner’s settings ask for', async () => {
    seed(GP, 'about-you');
    const el = await mount();
    expect($(el, '#nhs-number')).to.exist;
    expect($(el, '#language')).to.not.exist;
    el.settings = { ...el.settings!, languageOptions: ['en', 'cy'], questions: { nhsNumber: false, communicationNeeds: false, contactTimes: false, preferredLanguage: true } };
    await el.updateComplete;
    expect($(el, '#nhs-number')).to.not.exist;
    expect($(el, '#comm-needs')).to.not.exist;
    expect($(el, '#methods')).to.not.exist;
    expect([...root(el).querySelectorAll('[name=language] + label')].map((l) => l.textContent)).to.deep.equal(['English', 'Welsh']);
    await accessibleInBothLanguages(el);
  });

  it('has a honeypot people never meet, and measures fillSeconds from "Start now"', async () => {
    seed(GP, 'about-you', valid);
    const el = await mount();
    const trap = $<HTMLInputElement>(el, '#website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    expect(trap.getBoundingClientRect().right).to.be.below(0);
    const input = toInput({ ...el.draft, idempotencyKey: 'k'.repeat(20) }, el.settings!, true, el.settings!.consent.version);
    expect(input.honeypot).to.equal('');
    expect(input.fillSeconds).to.be.within(59, 70);
    expect(input.person.postcode).to.equal('LS4 2QT');
    expect(input.person.dateOfBirth).to.equal('1979-07-04');
    expect(input.gpPracticeOdsCode).to.equal(null);
  });

  it('lets "Change" go to the step and come back to check answers', async () => {
    seed(GP, 'check-answers', valid);
    const el = await mount();
    const change = [...root(el).querySelectorAll('.wm-summary-list a')].find((a) => a.textContent?.includes('postcode'))!;
    expect(change.textContent).to.contain('Change');
    (change as HTMLElement).click();
    await onStep(el, 'about-you');
    expect(active(el)?.textContent).to.equal('About you');
    el.set({ postcode: 'LS6 1AA' });
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await onStep(el, 'check-answers');
    expect(text(el)).to.contain('LS6 1AA');
  });

  it('keeps the draft and its idempotency key across a reload, per partner, in sessionStorage only', async () => {
    seed(GP, 'consent', valid);
    let el = await mount();
    $(el, 'button[type=submit]')!.click();
    await onStep(el, 'check-answers');
    const key = el.draft.idempotencyKey!;
    expect(key).to.match(/^[0-9a-f-]{36}$/);
    el.remove();
    el = await mount();
    expect(el.step).to.equal('check-answers');
    expect(el.draft.idempotencyKey).to.equal(key);
    expect(text(el)).to.contain('Alex Example');
    expect(localStorage.length).to.equal(0);
    const other = await mount({ partner: COUNCIL });
    expect(other.step).to.equal('start');
  });

  it('exits at once, clearing the draft: the button, and Shift pressed 3 times', async () => {
    seed(GP, 'about-you', valid);
    const el = await mount({ exitUrl: 'https://example.org/neutral' });
    const left: string[] = [];
    el.leave = (url) => left.push(url);
    $(el, '.exit')!.click();
    expect(left).to.deep.equal(['https://example.org/neutral']);
    expect(sessionStorage.getItem(storageKey(GP))).to.equal(null);
    expect(el.answers.fullName).to.equal('');
    el.remove();

    seed(GP, 'about-you', valid);
    const again = await mount();
    again.leave = (url) => left.push(url);
    $(again, '#full-name')!.focus();
    // Typing capitals is not an exit: another key between Shifts starts the count again.
    for (const key of ['Shift', 'M', 'Shift', 'A', 'Shift', 'O']) await sendKeys({ press: key });
    expect(left).to.have.length(1);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(left).to.have.length(1);
    await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal(['https://example.org/neutral', 'https://www.bbc.co.uk/weather']);
    expect(sessionStorage.getItem(storageKey(GP))).to.equal(null);
  });

  it('offline: says clearly it was not sent, offers Try again, never shows "sent"; then sends once', async function () {
    this.timeout(30_000);
    seed(GP, 'check-answers', valid, { idempotencyKey: crypto.randomUUID() });
    const el = await mount();
    let submittedEvents = 0;
    el.addEventListener('wm-referral-submitted', () => submittedEvents++);
    // Watch (not change) what is sent: every attempt, before and after Try again, carries the same key.
    // (A transparent wrapper: harmless if a failure leaves it in place.)
    const realFetch = window.fetch.bind(window);
    const keys: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const key = /"idempotencyKey":"([^"]+)"/.exec(typeof init?.body === 'string' ? init.body : '')?.[1];
      if (key) keys.push(key);
      return realFetch(input, init);
    };
    el.endpoint = DEAD;
    await el.updateComplete;
    [...root(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Send referral'))!.click();
    await waitUntil(() => el.submitter.state === 'failed', 'failed', { timeout: 15_000 });
    await el.updateComplete;
    expect(text(el)).to.contain('Your referral has not been sent yet.');
    expect(text(el)).to.contain('We could not connect to the service');
    expect(text(el)).not.to.contain('Referral sent');
    expect(el.step).to.equal('check-answers');
    expect(submittedEvents).to.equal(0);
    const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))!;
    expect(button).to.exist;
    await accessibleInBothLanguages(el);
    expect(sessionStorage.getItem(storageKey(GP))).to.contain('Alex Example');

    el.endpoint = endpoint; // back online
    await el.updateComplete;
    button.click();
    await onStep(el, 'confirmation');
    window.fetch = realFetch;
    expect(keys.length).to.be.at.least(4); // three automatic attempts offline, then Try again
    expect(new Set(keys).size).to.equal(1);
    expect(submittedEvents).to.equal(1);
    expect(text(el)).to.match(/WM-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  });

  it('stops retrying when the person goes back to change something', async function () {
    this.timeout(20_000);
    seed(GP, 'check-answers', valid, { idempotencyKey: crypto.randomUUID() });
    const el = await mount();
    el.endpoint = DEAD;
    await el.updateComplete;
    el.send();
    await waitUntil(() => el.submitter.state === 'failed', 'failed', { timeout: 10_000 });
    $(el, '.back')!.click();
    await onStep(el, 'consent');
    expect(el.submitter.state).to.equal('idle');
    expect(el.submitter.error).to.equal(undefined);
  });

  it('a lost answer is retried with the same idempotency key and gets the same reference', async function () {
    this.timeout(30_000);
    seed(GP, 'check-answers', valid, { idempotencyKey: crypto.randomUUID() });
    const el = await mount();
    const realFetch = window.fetch.bind(window);
    const keys: string[] = [];
    let firstReference: string | undefined;
    // The server stores the referral, then the connection drops before the answer arrives.
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      const key = /"idempotencyKey":"([^"]+)"/.exec(body)?.[1];
      if (!key) return realFetch(input, init);
      keys.push(key);
      const response = await realFetch(input, init);
      if (keys.length === 1) {
        firstReference = ((await response.json()) as { data: { submitSelfReferral: { reference: string } } }).data.submitSelfReferral.reference;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      const submitted = oneEvent(el, 'wm-referral-submitted');
      el.send();
      const { detail } = await submitted;
      expect(keys.length).to.equal(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(detail.reference).to.equal(firstReference);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('changed answers sent under the same key amend the one referral: same reference, never a second', async function () {
    this.timeout(20_000);
    const key = crypto.randomUUID();
    seed(GP, 'check-answers', valid, { idempotencyKey: key });
    const first = await mount();
    first.send();
    await onStep(first, 'confirmation');
    const reference = first.submitter.result!.reference;
    first.remove();

    // As if the first answer never arrived: the person pressed Change, fixed their name and sent again.
    seed(GP, 'check-answers', { ...valid, fullName: 'Alex Changed' }, { idempotencyKey: key });
    const el = await mount();
    el.send();
    await onStep(el, 'confirmation');
    expect(el.submitter.result!.reference).to.equal(reference);
  });

  it('when the service has already started on the referral, says so with the reference and offers no resend', async () => {
    seed(GP, 'check-answers', valid, { idempotencyKey: crypto.randomUUID() });
    const el = await mount(); // the partner's settings come from the real server; only the send is stubbed
    const realFetch = window.fetch.bind(window);
    window.fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify({ errors: [{ message: 'reused', extensions: { code: 'IDEMPOTENCY_KEY_REUSED', reference: 'WM-7K3Q-9XPD' } }] }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    try {
      const key = el.draft.idempotencyKey;
      el.send();
      await waitUntil(() => el.submitter.state === 'failed', 'refused', { timeout: 8000 });
      await el.updateComplete;
      expect(text(el)).to.contain('We already have your referral.').and.contain('WM-7K3Q-9XPD').and.contain('Tell your link worker');
      expect(el.draft.idempotencyKey, 'the key is kept: a new one would send a second referral').to.equal(key);
      expect([...root(el).querySelectorAll('button')].some((b) => /Try again|Send/.test(b.textContent ?? ''))).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('maps the server’s BAD_USER_INPUT field paths back onto the step and field', async () => {
    seed(COUNCIL, 'check-answers', { ...valid, practiceOds: 'Y99999', practiceName: 'Nowhere Surgery' }, { idempotencyKey: crypto.randomUUID() });
    const el = await mount({ partner: COUNCIL });
    el.send();
    await onStep(el, 'gp-practice');
    await el.updateComplete;
    expect($(el, '.wm-error-summary')!.textContent).to.contain('Select a GP practice from the list');
    expect(active(el)).to.equal($(el, '.wm-error-summary'));
    expect(document.title).to.match(/^Error: /);
    expect($(el, '#practice-search-error')).to.exist;
    expect(el.draft.returnToCheck).to.equal(true);
  });

  it('fits 320 px without scrolling sideways, and Back from check answers goes to consent', async () => {
    seed(GP, 'about-you', valid);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('wm-self-referral');
    Object.assign(el, { endpoint, partner: GP });
    wrapper.append(el);
    await waitUntil(() => el.settings !== undefined, 'settings loaded', { timeout: 8000 });
    for (const step of ['about-you', 'what-matters', 'check-answers'] as const) {
      el.go(step);
      await el.updateComplete;
      const base = $(el, '.base')!;
      expect(base.scrollWidth, step).to.be.at.most(320);
    }
    $(el, '.back')!.click();
    await onStep(el, 'consent');
  });

  it('preselects the practice the link-worker finder passes in `practice`', async () => {
    seed(COUNCIL, 'gp-practice', valid);
    const el = await fixture<WmSelfReferral>(html`<wm-self-referral endpoint=${endpoint} partner=${COUNCIL} practice="B86001" lang="en"></wm-self-referral>`);
    await waitUntil(() => el.settings !== undefined, 'settings loaded', { timeout: 8000 });
    await el.updateComplete;
    expect(el.answers.practiceOds).to.equal('B86001');
    expect($<HTMLInputElement>(el, '#practice')!.checked).to.equal(true);
    expect(text(el)).to.contain('Riverside Surgery');
  });

  it('finds a practice by name when the partner is not a practice, with plain radios', async () => {
    seed(COUNCIL, 'gp-practice', valid);
    const el = await mount({ partner: COUNCIL });
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#practice-search-error')!.textContent).to.contain('Select your GP practice');
    const input = $<HTMLInputElement>(el, '#practice-search')!;
    input.focus();
    await sendKeys({ type: 'Riverside' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.practices !== undefined, 'results', { timeout: 8000 });
    await el.updateComplete;
    expect(el.step).to.equal('gp-practice');
    expect(text(el)).to.contain('Riverside Surgery');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#practice')!.click();
    await el.updateComplete;
    expect(el.answers.practiceOds).to.match(/^[A-Z0-9]+$/);
    $(el, 'button[type=submit]')!.click();
    await onStep(el, 'what-matters');
  });
});
