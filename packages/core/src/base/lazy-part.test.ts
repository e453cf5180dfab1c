import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { lazyPart, type LazyPartHost } from './lazy-part.js';
import { defineMessages, type Catalogue } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';

/** A host that records what the part brought. */
const host = (locale: Locale = 'en') => {
  const added = { messages: [] as Catalogue[], styles: [] as unknown[] };
  const h: LazyPartHost = { locale, addMessages: (c) => added.messages.push(c), addStyles: (s) => added.styles.push(s) };
  return { h, added };
};

const catalogue = defineMessages({ en: { more: 'More' }, cy: { more: 'Mwy' } });
const styles = css`p { color: red; }`;

describe('base: lazyPart', () => {
  it('imports once, then adds the part’s messages and styles and hands it to ready', async () => {
    const { h, added } = host();
    let imports = 0;
    let readied: unknown;
    const load = lazyPart(h, async () => (imports++, { catalogue, styles, render: () => 'part' }), {
      messages: (m) => m.catalogue,
      ready: (m) => (readied = m),
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).to.equal(b);
    expect(await load()).to.equal(a);
    expect(imports).to.equal(1);
    expect(readied).to.equal(a);
    expect(added.messages).to.deep.equal([catalogue]);
    expect(added.styles).to.deep.equal([styles]);
  });

  it('tries again after a failed import (offline), and fails the callers of the failed one', async () => {
    const { h, added } = host();
    let attempt = 0;
    const load = lazyPart(h, () => (++attempt === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ ok: true })));
    let failed: unknown;
    await load().catch((e: unknown) => (failed = e));
    expect(failed).to.be.instanceOf(TypeError);
    expect(await load()).to.deep.equal({ ok: true });
    expect(attempt).to.equal(2);
    expect(added.styles).to.deep.equal([]);
  });

  it('on a Welsh page, resolves once the part’s Welsh is in (so text made from it at once is Welsh)', async () => {
    let release!: () => void;
    const part = defineMessages({
      en: { found: 'Found' },
      cy: () => new Promise<{ default: { found: string } }>((resolve) => (release = () => resolve({ default: { found: 'Wedi dod o hyd' } }))),
    });
    let resolved = false;
    const loading = lazyPart(host('cy').h, async () => ({ part }), { messages: (m) => m.part })().then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved, 'waits for the Welsh').to.equal(false);
    release();
    await loading;
    expect(part.cy?.found).to.equal('Wedi dod o hyd');
  });

  it('fetches the part’s Welsh at the same time on a Welsh page only', async () => {
    let welshFetched = 0;
    const welsh = () => (welshFetched++, Promise.resolve({}));
    await lazyPart(host('en').h, async () => ({}), { welsh })();
    expect(welshFetched).to.equal(0);
    let release!: () => void;
    const slow = new Promise<object>((resolve) => (release = () => resolve({})));
    const loading = lazyPart(host('cy').h, () => slow, { welsh })();
    expect(welshFetched, 'asked for before the part arrives').to.equal(1);
    release();
    await loading;
  });
});
