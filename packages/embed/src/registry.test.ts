import { expect } from '@open-wc/testing';
import { registry, reservedHeights } from './registry.js';
import { reserveCss } from './reserve.js';

describe('the loader keeps each widget’s space while it loads', () => {
  const sheet = new CSSStyleSheet();
  before(() => {
    sheet.replaceSync(reserveCss(reservedHeights));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  for (const [tag, height] of Object.entries(reservedHeights)) {
    it(`<${tag}> has the same min-height (${height}) before and after it is defined`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('endpoint', 'http://127.0.0.1:9/graphql');
      document.body.append(el);
      try {
        const before = getComputedStyle(el).minHeight;
        expect(before).to.not.equal('0px');
        expect(getComputedStyle(el).display).to.equal('block');
        const load = registry[tag as keyof typeof registry];
        expect(load, `${tag} is in the registry`).to.be.a('function');
        await load!();
        await customElements.whenDefined(tag);
        await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        expect(getComputedStyle(el).minHeight).to.equal(before);
      } finally {
        el.remove();
      }
    });
  }

  it('reserves space for every widget the loader knows (wm-config has none: it renders nothing itself)', () => {
    const widgets = Object.keys(registry).filter((t) => t !== 'wm-config');
    expect(Object.keys(reservedHeights).sort()).to.deep.equal(widgets.sort());
  });
});
