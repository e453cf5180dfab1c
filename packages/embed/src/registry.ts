/**
 * Which module defines which tag. The loader imports a define module the first time its tag appears on the
 * page, and never imports anything for a tag the page does not use.
 *
 * Each widget package adds ONE line here, pointing at its `define/wm-<name>.js` entry (the file that
 * registers the element, guarded, and nothing else). Keep the keys lower-case tag names: the loader builds
 * its CSS selector from them and compares them with `Element.localName`.
 *
 * The imports must stay literal strings so the bundler can see them and emit one hashed chunk per define
 * module (`dist/chunks/wm-<name>-<hash>.js`), with the shared code (Lit, core) split out automatically.
 */
export const registry: Readonly<Record<`wm-${string}`, () => Promise<unknown>>> = {
  'wm-config': () => import('@waymark/core/define/wm-config.js'),
  'wm-self-referral': () => import('@waymark/self-referral/define/wm-self-referral.js'),
  'wm-link-worker-finder': () => import('@waymark/link-worker-finder/define/wm-link-worker-finder.js'),
  'wm-activity-finder': () => import('@waymark/activity-finder/define/wm-activity-finder.js'),
};

/**
 * The height each widget reserves before its code has arrived, so the host page does not move when it
 * loads (CLS 0). Each value must equal the fallback the widget gives `reserveMinHeight()`, and a page can
 * change both at once with `--wm-<name>-min-height` (registry.test.ts checks they agree).
 */
export const reservedHeights: Readonly<Partial<Record<keyof typeof registry, string>>> = {
  'wm-self-referral': '40rem',
  'wm-link-worker-finder': '22rem',
  'wm-activity-finder': '40rem',
};
