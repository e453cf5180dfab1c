import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css } from 'lit';
import { WmConfigDemo } from '../testing/config-demo.js';
import { WaymarkElement } from './waymark-element.js';
import { defineMessages } from '../i18n/messages.js';
import { reserveMinHeight } from './waymark-element.styles.js';
import { mount } from '../testing/fixtures.js';

WmConfigDemo.define('wm-config-demo');

const messages = defineMessages({
  en: { title: 'Find an activity', results: { one: '{count} activity found', other: '{count} activities found' } },
  cy: {
    title: 'Dod o hyd i weithgaredd',
    results: {
      zero: 'Dim gweithgareddau wedi’u canfod',
      one: '{count} gweithgaredd wedi’i ganfod',
      two: '{count} weithgaredd wedi’u canfod',
      few: '{count} gweithgaredd wedi’u canfod',
      many: '{count} gweithgaredd wedi’u canfod',
      other: '{count} gweithgaredd wedi’u canfod',
    },
  },
});

class WmBaseProbe extends WaymarkElement<typeof messages> {
  static override messages = messages;
  static override styles = [WaymarkElement.styles, reserveMinHeight('base-probe', '123px'), css`p { margin: 0; }`];
  declare count: number;
  static override properties = { count: { type: Number } };
  constructor() {
    super();
    this.count = 0;
  }
  protected override render() {
    return html`<h2>${this.t('title')}</h2><p>${this.t('results', { count: this.count })}</p><p>${this.t('retry')}</p>`;
  }
}
WmBaseProbe.define('wm-base-probe');

/** The text of each element in the shadow root, one space between elements. */
const text = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h2, p, caption, th, td, button')]
    .map((e) => e.textContent.replace(/\s+/g, ' ').trim())
    .join(' ');

describe('base: WaymarkElement', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is accessible in English and Welsh', async () => {
    const el = await mount<WmConfigDemo>(html`<wm-config-demo endpoint="https://example.test/graphql" partner="pk_x"></wm-config-demo>`);
    await expect(el).to.be.accessible();
    el.lang = 'cy';
    await waitUntil(() => text(el).includes('Ffurfweddiad Waymark'));
    await expect(el).to.be.accessible();
  });

  it("renders its catalogue and core's through this.t, with plurals", async () => {
    const el = await mount<WmBaseProbe>(html`<wm-base-probe .count=${2}></wm-base-probe>`);
    expect(text(el)).to.equal('Find an activity 2 activities found Try again');
  });

  it('re-renders in Welsh when its own lang changes, and in English again', async () => {
    const el = await mount<WmBaseProbe>(html`<wm-base-probe .count=${2}></wm-base-probe>`);
    el.setAttribute('lang', 'cy');
    await waitUntil(() => text(el).startsWith('Dod o hyd'), 'did not switch to Welsh');
    expect(text(el)).to.equal('Dod o hyd i weithgaredd 2 weithgaredd wedi’u canfod Rhowch gynnig arall arni');
    el.count = 0;
    await el.updateComplete;
    expect(text(el)).to.contain('Dim gweithgareddau');
    el.removeAttribute('lang');
    await waitUntil(() => text(el).startsWith('Find'), 'did not switch back to English');
  });

  it('re-renders when <html lang> or an ancestor lang changes', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><wm-base-probe></wm-base-probe></div>`);
    const el = wrapper.querySelector('wm-base-probe')!;
    document.documentElement.setAttribute('lang', 'cy');
    await waitUntil(() => text(el).startsWith('Dod o hyd'), 'did not follow <html lang>');
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => text(el).startsWith('Find'), 'did not follow the closest ancestor');
    wrapper.removeAttribute('lang');
    await waitUntil(() => text(el).startsWith('Dod o hyd'));
  });

  it('follows a lang set above it inside another shadow root', async () => {
    const outer = await mount<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><wm-base-probe></wm-base-probe></section>';
    const el = shadow.querySelector('wm-base-probe') as WmBaseProbe;
    await el.updateComplete;
    expect(text(el)).to.contain('Find');
    shadow.querySelector('section')!.setAttribute('lang', 'cy');
    await waitUntil(() => text(el).startsWith('Dod o hyd'), 'did not see the lang change inside the shadow root');
  });

  it('adds a lazily loaded part’s messages, waiting for their Welsh before rendering in Welsh', async () => {
    let release!: () => void;
    const later = defineMessages({
      en: { more: 'More to do' },
      cy: () => new Promise<{ default: { more: string } }>((resolve) => (release = () => resolve({ default: { more: 'Mwy i’w wneud' } }))),
    });
    const el = await mount<WmBaseProbe>(html`<wm-base-probe></wm-base-probe>`);
    el.addMessages(later);
    el.addMessages(later); // once only
    expect(el.t('more' as never)).to.equal('More to do');
    expect(el.t('title')).to.equal('Find an activity'); // the widget's own still first
    el.setAttribute('lang', 'cy');
    await aTimeout(50);
    expect(text(el)).to.contain('Find an activity'); // held: no half-Welsh render
    release();
    await waitUntil(() => text(el).startsWith('Dod o hyd'), 'did not render in Welsh once the part’s Welsh arrived');
    expect(el.t('more' as never)).to.equal('Mwy i’w wneud');
  });

  it('adds a lazily loaded part’s styles after its own, once', async () => {
    const el = await mount<WmBaseProbe>(html`<wm-base-probe></wm-base-probe>`);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).marginTop).to.equal('0px');
    const part = css`p { margin-top: 7px; }`;
    el.addStyles(part);
    el.addStyles(part);
    expect(getComputedStyle(p).marginTop).to.equal('7px'); // later than the class's own `p { margin: 0 }`
    expect(getComputedStyle(el).minHeight).to.equal('123px'); // the class's styles are all still there
    expect(el.shadowRoot!.adoptedStyleSheets.filter((s) => s === part.styleSheet)).to.have.length(1);
  });

  it('formats numbers and dates in its locale', async () => {
    const el = await mount<WmBaseProbe>(html`<wm-base-probe lang="cy"></wm-base-probe>`);
    expect(el.formatDate(new Date(Date.UTC(2026, 0, 5, 12)), { dateStyle: 'long', timeZone: 'UTC' })).to.equal('5 Ionawr 2026');
    expect(el.formatNumber(12345)).to.equal('12,345');
  });

  it('is a block that reserves its min-height, overridable by the page', async () => {
    const el = await mount<WmBaseProbe>(html`<wm-base-probe></wm-base-probe>`);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(getComputedStyle(el).minHeight).to.equal('123px');
    el.style.setProperty('--wm-base-probe-min-height', '200px');
    expect(getComputedStyle(el).minHeight).to.equal('200px');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('shows the NHS focus style when reached by keyboard', async () => {
    const el = await mount<WmConfigDemo>(html`<wm-config-demo endpoint="https://example.test/graphql"></wm-config-demo>`);
    const button = el.shadowRoot!.querySelector('button')!;
    await sendKeys({ press: 'Tab' });
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.backgroundColor).to.equal('rgb(255, 235, 59)');
    expect(style.color).to.equal('rgb(33, 43, 50)');
    expect(style.boxShadow).to.contain('rgb(33, 43, 50)');
  });
});
