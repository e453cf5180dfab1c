import { expect, html } from '@open-wc/testing';
import { findLang, normaliseLocale, resolveLocale } from './locale.js';
import { mount } from '../testing/fixtures.js';

describe('i18n: locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('supports en and cy only, cy-GB counting as cy', () => {
    expect(normaliseLocale('cy')).to.equal('cy');
    expect(normaliseLocale('cy-GB')).to.equal('cy');
    expect(normaliseLocale('CY_gb')).to.equal('cy');
    expect(normaliseLocale('en-GB')).to.equal('en');
    expect(normaliseLocale('fr')).to.equal('en');
    expect(normaliseLocale('')).to.equal('en');
    expect(normaliseLocale(undefined)).to.equal('en');
  });

  it("uses the element's own lang first, then the closest ancestor's, then <html lang>", async () => {
    const root = await mount<HTMLDivElement>(html`<div lang="cy"><section lang="fr"><span id="a"></span></section><span id="b" lang="en"></span><span id="c"></span></div>`);
    expect(resolveLocale(root.querySelector('#a')!)).to.equal('en'); // closest is fr → en
    expect(resolveLocale(root.querySelector('#b')!)).to.equal('en');
    expect(resolveLocale(root.querySelector('#c')!)).to.equal('cy');
    const plain = await mount<HTMLSpanElement>(html`<span></span>`);
    document.documentElement.setAttribute('lang', 'cy-GB');
    expect(resolveLocale(plain)).to.equal('cy');
    document.documentElement.removeAttribute('lang');
    expect(findLang(plain)).to.equal(null);
    expect(resolveLocale(plain)).to.equal('en');
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await mount<HTMLDivElement>(html`<div lang="cy"><div id="host"></div></div>`);
    const inner = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p><b></b></p>';
    expect(resolveLocale(inner.querySelector('b')!)).to.equal('cy');
  });
});
