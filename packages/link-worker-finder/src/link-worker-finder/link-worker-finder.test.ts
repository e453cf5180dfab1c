import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assertCatalogueComplete, WaymarkError } from '@waymark/core';
import '../define/wm-link-worker-finder.js';
import type { WmLinkWorkerFinder } from './link-worker-finder.js';
import { messages } from './messages.js';
import { accessibleInBothLanguages } from '../../../core/src/testing/languages.js';

const endpoint = (window as Window & { WAYMARK_TEST_ENDPOINT?: string }).WAYMARK_TEST_ENDPOINT!;
const root = (el: WmLinkWorkerFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: WmLinkWorkerFinder, sel: string) => root(el).querySelector<T>(sel);
const text = (el: WmLinkWorkerFinder) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';

async function mount(attrs: { partner?: string; lang?: string; practice?: string; referralUrl?: string } = {}) {
  const el = await fixture<WmLinkWorkerFinder>(html`<wm-link-worker-finder
    endpoint=${endpoint}
    partner=${attrs.partner ?? 'pk_demo_airevalley'}
    lang=${attrs.lang ?? 'en'}
    practice=${attrs.practice ?? ''}
    referral-url=${attrs.referralUrl ?? ''}
  ></wm-link-worker-finder>`);
  if (!attrs.practice) el.practice = undefined;
  if (!attrs.referralUrl) el.referralUrl = undefined;
  return el;
}


/** A transport that answers every request with `answer` (for states the demo data cannot reach). */
function stubTransport(el: WmLinkWorkerFinder, answer: () => Promise<unknown>) {
  Object.defineProperty(el, 'transport', { configurable: true, get: () => ({ endpoint, request: answer }) });
}

describe('<wm-link-worker-finder>', () => {
  it('has every English string in Welsh', async () => {
    await assertCatalogueComplete(messages);
  });

  it('is accessible before searching, in English and Welsh', async () => {
    const el = await mount();
    expect($(el, 'h2')!.textContent).to.equal('Find your link worker');
    await accessibleInBothLanguages(el);
    el.lang = 'cy';
    await waitUntil(() => el.locale === 'cy');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal("Dod o hyd i'ch gweithiwr cyswllt");
  });

  it('preselects the partner’s own practice on a GP practice’s site and shows the team', async () => {
    const el = await mount({ partner: 'pk_demo_riverside' });
    await waitUntil(() => el.state === 'found', 'found', { timeout: 8000 });
    expect(el.practice).to.equal('B86001');
    expect(text(el)).to.contain('Your team for Riverside Surgery');
    expect(text(el)).to.contain('Part of Leeds Riverside PCN');
    expect(text(el)).to.contain('Aire Valley Social Prescribing');
    expect($(el, 'a[href="tel:01134960100"]')).to.exist;
    expect(text(el)).to.contain('Amira Hussain');
    expect(text(el)).not.to.contain('Whitaker'); // Tom withholds his surname
    expect($(el, 'img[alt*="Amira"]')!.getAttribute('src')).to.equal(new URL('/examples/assets/link-workers/amira.svg', endpoint).href);
    expect($(el, 'img[alt*="Tom"]')).to.not.exist; // and his photo
    expect(text(el)).to.contain('They usually get in touch within 5 working days.');
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(7);
    expect($<HTMLInputElement>(el, '[role=combobox]')!.value).to.equal('Riverside Surgery');
    await accessibleInBothLanguages(el);
  });

  it('finds a practice with the keyboard: type, Down, End, Home, Enter', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '[role=combobox]')!;
    input.focus();
    await sendKeys({ type: 'surgery' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'list opens', { timeout: 8000 });
    expect($(el, '.status')!.textContent).to.match(/\d+ practices found/);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('practice-list-0');
    expect($(el, '#practice-list-0')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const options = root(el).querySelectorAll('[role=option]');
    expect(input.getAttribute('aria-activedescendant')).to.equal(`practice-list-${options.length - 1}`);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(`practice-list-${options.length - 1}`);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const chosen = $(el, '#practice-list-0 .name')!.textContent;
    const found = oneEvent(el, 'wm-link-worker-finder-found');
    await sendKeys({ press: 'Enter' });
    const { detail } = await found;
    expect(detail.by).to.equal('practice');
    expect(detail.practice).to.match(/^[A-Z]\d{5}$/);
    expect(JSON.stringify(detail)).not.to.contain('surgery');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => el.state === 'found');
    expect(text(el)).to.contain(`Your team for ${chosen}`);
  });

  it('closes the list with Escape, then clears the input, and says when nothing matches', async () => {
    const el = await mount({ lang: 'cy' });
    const input = $<HTMLInputElement>(el, '[role=combobox]')!;
    input.focus();
    await sendKeys({ type: 'meanwood' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'list opens', { timeout: 8000 });
    expect($(el, '.status')!.textContent).to.contain('Wedi dod o hyd i 1 meddygfa');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    await sendKeys({ type: 'zzzqqq' });
    await waitUntil(() => $(el, '.status')!.textContent.includes('Does dim meddygfa'), 'none found', { timeout: 8000 });
    await accessibleInBothLanguages(el);
  });

  it('finds the service for a postcode, after an error for a malformed one', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[value=postcode]')!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#postcode')!;
    input.value = 'LS4';
    $<HTMLButtonElement>(el, 'form button')!.click();
    await el.updateComplete;
    expect($(el, '#postcode-error')!.textContent).to.equal('Error: Enter a full UK postcode, like LS1 4DY');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.value).to.equal('LS4');
    await accessibleInBothLanguages(el);
    input.value = 'ls4 2qt';
    $<HTMLButtonElement>(el, 'form button')!.click();
    await waitUntil(() => el.state === 'found', 'found', { timeout: 8000 });
    expect(text(el)).to.contain('Your team for LS4 2QT');
    expect(text(el)).to.contain('arranged by GP practice');
    await accessibleInBothLanguages(el);
  });

  it('says kindly when nothing covers a postcode', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[value=postcode]')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#postcode')!.value = 'EH1 1YZ';
    const notFound = oneEvent(el, 'wm-link-worker-finder-not-found');
    $<HTMLButtonElement>(el, 'form button')!.click();
    expect((await notFound).detail).to.deep.equal({ by: 'postcode', located: false });
    expect(text(el)).to.contain('We could not find a service that covers EH1 1YZ');
    expect(text(el)).to.contain('Your GP practice can still help');
    await accessibleInBothLanguages(el);
  });

  it('lists the nearest services with their distance when nothing covers a located postcode', async () => {
    const el = await mount();
    stubTransport(el, () =>
      Promise.resolve({
        coverageByPostcode: {
          postcode: 'EH1 1YZ',
          located: true,
          services: [],
          nearestServices: [{ distanceKm: 287.4, service: { id: 's1', name: 'Aire Valley Social Prescribing', contact: { phone: '0113 496 0100', website: 'https://example.org/a' } } }],
        },
      }),
    );
    $<HTMLInputElement>(el, 'input[value=postcode]')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#postcode')!.value = 'EH1 1YZ';
    $<HTMLButtonElement>(el, 'form button')!.click();
    await waitUntil(() => el.state === 'none');
    expect(text(el)).to.contain('Nearest services');
    expect(text(el)).to.contain('287 km away');
    await accessibleInBothLanguages(el);
  });

  it('shows an error with a way to try again', async () => {
    const el = await mount({ practice: 'B86001' });
    await waitUntil(() => el.state === 'found', 'found', { timeout: 8000 });
    stubTransport(el, () => Promise.reject(new WaymarkError('NETWORK', 'offline')));
    el.practice = 'B86002';
    await waitUntil(() => el.state === 'error');
    expect($(el, '[role=alert]')!.textContent).to.contain('We could not connect to the service');
    await accessibleInBothLanguages(el);
  });

  it('links to the partner’s referral page with the practice code only', async () => {
    const el = await mount({ practice: 'B86001', referralUrl: '/refer/' });
    await waitUntil(() => el.state === 'found', 'found', { timeout: 8000 });
    const link = $<HTMLAnchorElement>(el, 'a.wm-button')!;
    expect(link.textContent).to.equal('Refer yourself');
    expect(new URL(link.href).search).to.equal('?practice=B86001');
  });

  it('opens <wm-self-referral> in a dialog with the practice carried over', async () => {
    if (!customElements.get('wm-self-referral')) customElements.define('wm-self-referral', class extends HTMLElement {});
    const el = await mount({ practice: 'B86001' });
    await waitUntil(() => el.state === 'found', 'found', { timeout: 8000 });
    const started = oneEvent(el, 'wm-link-worker-finder-referral-started');
    $<HTMLButtonElement>(el, 'button.wm-button')!.click();
    const { detail } = await started;
    expect(detail.practice).to.equal('B86001');
    expect(detail.opened).to.equal('dialog');
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('wm-self-referral')!.getAttribute('practice')).to.equal('B86001');
    await expect(el).to.be.accessible();
    dialog.close();
    await waitUntil(() => !$(el, 'dialog'), 'the dialog closes', { timeout: 5000 });
  });

  it('opens <wm-self-referral> in place with referral-display="inline", and goes back to the team', async () => {
    if (!customElements.get('wm-self-referral')) customElements.define('wm-self-referral', class extends HTMLElement {});
    const el = await mount({ practice: 'B86001' });
    el.referralDisplay = 'inline';
    await waitUntil(() => el.state === 'found', 'found', { timeout: 8000 });
    const started = oneEvent(el, 'wm-link-worker-finder-referral-started');
    $<HTMLButtonElement>(el, 'button.wm-button')!.click();
    expect((await started).detail.opened).to.equal('inline');
    await el.updateComplete;
    expect($(el, 'wm-self-referral')!.getAttribute('practice')).to.equal('B86001');
    expect($(el, 'dialog')).to.not.exist;
    await accessibleInBothLanguages(el);
    $<HTMLButtonElement>(el, 'button.wm-link-button')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Your team for Riverside Surgery');
  });
});
