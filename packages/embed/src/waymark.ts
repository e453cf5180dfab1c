/**
 * The Waymark loader: the one script a partner pastes into their page.
 *
 *     <script type="module" src="https://<host>/kit/waymark.js"></script>
 *     <wm-config partner="pk_…"> … <wm-self-referral></wm-self-referral> … </wm-config>
 *
 * It does three things and stays under 1 KB (brotli):
 * 1. sets `globalThis.WaymarkDefaults.endpoint` to `/graphql` on the host the kit was loaded from, unless the
 *    page set one already (so `<wm-config>` needs no `endpoint` attribute on a partner page);
 * 2. imports the define module of each `wm-*` tag present in the document, once, and nothing else;
 * 3. keeps watching the document for tags added later (CMS widgets, single-page apps) with one
 *    MutationObserver, and stops watching once every known tag has been loaded.
 *
 * Loading it twice is harmless: the same URL runs once per document anyway, and a second copy from another
 * URL (a cache-busting query, a second CDN) finds the guard below and does nothing. Define modules are
 * guarded again on their own (they skip a tag that is already defined).
 *
 * Scope, on purpose: light DOM only. A widget that renders other `wm-*` tags inside its own shadow root
 * imports their define modules itself, so the loader never needs to look inside shadow roots.
 */
import { registry, reservedHeights } from './registry.js';
import { reserveCss } from './reserve.js';

/** What the loader puts on `globalThis.WaymarkDefaults`; `<wm-config>` reads it as its fallback. */
interface WaymarkDefaults {
  endpoint?: string;
}

// Typed locally rather than with `declare global`, so this file never clashes with core's declaration.
const g = globalThis as typeof globalThis & { WaymarkDefaults?: WaymarkDefaults; [guard: symbol]: unknown };
const GUARD = Symbol.for('waymark.loader');

if (!g[GUARD]) {
  g[GUARD] = 1;
  // `/graphql` on the kit's own origin. @vite-ignore: this is a runtime URL, not an asset to bundle.
  (g.WaymarkDefaults ??= {}).endpoint ??= new URL(/* @vite-ignore */ '/graphql', import.meta.url).href;

  // Hold each widget's space open until it is defined (a constructed sheet: no inline <style>, so a
  // strict style-src CSP on the host page does not block it).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reserveCss(reservedHeights));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  // Tags not yet imported. An entry is removed before its import starts, so each module loads at most once.
  const pending = new Map(Object.entries(registry));
  const selector = [...pending.keys()].join();

  const load = (el: Element): void => {
    const tag = el.localName;
    const define = pending.get(tag);
    if (define) {
      pending.delete(tag);
      define().catch((error: unknown) => console.error(`[waymark] <${tag}> failed to load`, error));
    }
  };
  const scan = (root: Element | Document): void => {
    if (root instanceof Element) load(root);
    root.querySelectorAll(selector).forEach(load);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (!pending.size) observer.disconnect();
  });
  scan(document);
  if (pending.size) observer.observe(document, { childList: true, subtree: true });
}
