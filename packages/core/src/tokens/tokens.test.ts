import { expect, html } from '@open-wc/testing';
import { adoptTokens, tokens } from './tokens.js';
import { WaymarkElement } from '../base/waymark-element.js';
import { mount } from '../testing/fixtures.js';

class WmTokenProbe extends WaymarkElement {}
WmTokenProbe.define('wm-token-probe');

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('tokens', () => {
  afterEach(() => document.documentElement.style.cssText = '');

  it('are on the page once a Waymark element connects, with the NHS.UK values', async () => {
    const el = await mount(html`<wm-token-probe></wm-token-probe>`);
    expect(token(el, '--wm-color-primary')).to.equal('#005eb8');
    expect(token(el, '--wm-color-text')).to.equal('#212b32');
    expect(token(el, '--wm-color-text-secondary')).to.equal('#4c6272');
    expect(token(el, '--wm-color-error')).to.equal('#d5281b');
    expect(token(el, '--wm-color-focus')).to.equal('#ffeb3b');
    expect(token(el, '--wm-color-button')).to.equal('#007f3b');
    expect(token(el, '--wm-color-border')).to.equal('#4c6272');
    expect(token(el, '--wm-color-background-grey')).to.equal('#f0f4f5');
    expect(token(el, '--wm-touch-target')).to.equal('44px');
    expect(token(el, '--wm-font-family')).to.contain('Arial');
    expect(getComputedStyle(el).color).to.equal('rgb(33, 43, 50)');
  });

  it('are adopted once however many elements connect', async () => {
    await mount(html`<div><wm-token-probe></wm-token-probe><wm-token-probe></wm-token-probe></div>`);
    adoptTokens(document);
    const count = document.adoptedStyleSheets.filter((s) => s === tokens.styleSheet).length;
    expect(count).to.equal(1);
  });

  it('can be overridden by the page on :root or on any ancestor', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><wm-token-probe></wm-token-probe></div>`);
    const el = wrapper.querySelector('wm-token-probe')!;
    document.documentElement.style.setProperty('--wm-color-primary', '#330072');
    expect(token(el, '--wm-color-primary')).to.equal('#330072');
    wrapper.style.setProperty('--wm-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });
});
