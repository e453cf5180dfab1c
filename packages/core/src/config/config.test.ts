import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmConfig } from '../define/wm-config.js';
import { WmConfigDemo } from '../testing/config-demo.js';
import { mount } from '../testing/fixtures.js';

WmConfigDemo.define('wm-config-demo');

const field = (el: Element, name: string) =>
  el.shadowRoot!.querySelector(`[data-field="${name}"]`)!.textContent.trim();

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('config: <wm-config>', () => {
  afterEach(() => {
    globalThis.WaymarkDefaults = undefined;
    document.documentElement.setAttribute('lang', 'en');
  });

  it('is registered by define/wm-config.ts, renders its children only and is accessible', async () => {
    expect(customElements.get('wm-config')).to.equal(WmConfig);
    const config = await mount<WmConfig>(html`<wm-config endpoint="https://a.test/graphql"><p>Child</p></wm-config>`);
    expect(getComputedStyle(config).display).to.equal('contents');
    expect(config.shadowRoot!.querySelector('slot')).to.exist;
    await expect(config).to.be.accessible();
  });

  it('gives endpoint, partner and language to the widgets inside it', async () => {
    const config = await mount<WmConfig>(html`
      <wm-config endpoint="https://a.test/graphql" partner="pk_demo_riverside" lang="cy">
        <div><wm-config-demo></wm-config-demo></div>
      </wm-config>`);
    const demo = config.querySelector<WmConfigDemo>('wm-config-demo')!;
    await demo.updateComplete;
    expect(field(demo, 'endpoint')).to.equal('https://a.test/graphql');
    expect(field(demo, 'partner')).to.equal('pk_demo_riverside');
    expect(field(demo, 'locale')).to.equal('Cymraeg');
    expect(demo.config).to.deep.equal({ endpoint: 'https://a.test/graphql', partner: 'pk_demo_riverside', locale: 'cy' });
    expect(config.value.locale).to.equal('cy');
  });

  it("lets a widget's own attributes win", async () => {
    const config = await mount<WmConfig>(html`
      <wm-config endpoint="https://a.test/graphql" partner="pk_a" lang="cy">
        <wm-config-demo endpoint="https://b.test/graphql" partner="pk_b" lang="en"></wm-config-demo>
      </wm-config>`);
    const demo = config.querySelector<WmConfigDemo>('wm-config-demo')!;
    await demo.updateComplete;
    expect(demo.config).to.deep.equal({ endpoint: 'https://b.test/graphql', partner: 'pk_b', locale: 'en' });
    expect(field(demo, 'locale')).to.equal('English');
  });

  it('updates the widgets live when its attributes change', async () => {
    const config = await mount<WmConfig>(html`
      <wm-config endpoint="https://a.test/graphql" partner="pk_a"><wm-config-demo></wm-config-demo></wm-config>`);
    const demo = config.querySelector<WmConfigDemo>('wm-config-demo')!;
    await demo.updateComplete;
    config.setAttribute('endpoint', 'https://c.test/graphql');
    config.setAttribute('partner', 'pk_c');
    await waitUntil(() => field(demo, 'partner') === 'pk_c', 'partner did not update');
    expect(field(demo, 'endpoint')).to.equal('https://c.test/graphql');
    config.lang = 'cy';
    await waitUntil(() => field(demo, 'locale') === 'Cymraeg', 'language did not update');
    expect(config.getAttribute('lang')).to.equal('cy');
    config.removeAttribute('lang');
    await waitUntil(() => field(demo, 'locale') === 'English');
  });

  it('inherits what a nested <wm-config> leaves unset from the one above', async () => {
    const outer = await mount<WmConfig>(html`
      <wm-config endpoint="https://a.test/graphql" partner="pk_outer">
        <wm-config partner="pk_inner"><wm-config-demo></wm-config-demo></wm-config>
      </wm-config>`);
    const demo = outer.querySelector<WmConfigDemo>('wm-config-demo')!;
    await waitUntil(() => field(demo, 'partner') === 'pk_inner');
    expect(field(demo, 'endpoint')).to.equal('https://a.test/graphql');
    outer.setAttribute('endpoint', 'https://d.test/graphql');
    await waitUntil(() => field(demo, 'endpoint') === 'https://d.test/graphql', 'outer change did not reach');
  });

  it('reaches widgets that connected before <wm-config> was defined', async () => {
    class LateConfig extends WmConfig {}
    const wrapper = await mount<HTMLDivElement>(html`
      <div><wm-config-late endpoint="https://late.test/graphql" partner="pk_late"><wm-config-demo></wm-config-demo></wm-config-late></div>`);
    const demo = wrapper.querySelector<WmConfigDemo>('wm-config-demo')!;
    await demo.updateComplete;
    expect(demo.config.endpoint).to.equal(undefined);
    customElements.define('wm-config-late', LateConfig);
    await waitUntil(() => field(demo, 'partner') === 'pk_late', 'late provider was not found');
    expect(demo.config.endpoint).to.equal('https://late.test/graphql');
  });

  it('falls back to globalThis.WaymarkDefaults, and warns in development when nothing is set', async () => {
    globalThis.WaymarkDefaults = { endpoint: 'https://loader.test/graphql' };
    const withDefaults = await mount<WmConfigDemo>(html`<wm-config-demo partner="pk_x"></wm-config-demo>`);
    expect(withDefaults.config.endpoint).to.equal('https://loader.test/graphql');

    globalThis.WaymarkDefaults = undefined;
    class WmConfigBare extends WmConfigDemo {}
    WmConfigBare.define('wm-config-bare');
    const warnings = captureWarnings();
    try {
      await mount(html`<wm-config-bare></wm-config-bare>`);
      await waitUntil(() => warnings.messages.filter((m) => m.includes('<wm-config-bare>')).length >= 2, 'no warning');
    } finally {
      warnings.restore();
    }
    const bare = warnings.messages.filter((m) => m.includes('<wm-config-bare>'));
    expect(bare[0]).to.contain('<wm-config-bare> has no endpoint');
    expect(bare[1]).to.contain('<wm-config-bare> has no partner key');
  });

  it('gives a widget a working transport: the partner name comes from the real server, in Welsh', async () => {
    const endpoint = (window as Window & { WAYMARK_TEST_ENDPOINT?: string }).WAYMARK_TEST_ENDPOINT;
    const config = await mount<WmConfig>(html`
      <wm-config endpoint=${endpoint ?? ''} partner="pk_demo_riverside" lang="cy"><wm-config-demo></wm-config-demo></wm-config>`);
    const demo = config.querySelector<WmConfigDemo>('wm-config-demo')!;
    demo.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(demo, 'status') === 'Partner: Riverside Surgery', 'no partner name', { timeout: 5000 });
    await expect(demo).to.be.accessible();
  });
});
