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
  // 'wm-self-referral': () => import('@waymark/self-referral/define/wm-self-referral.js'),
  // 'wm-link-worker-finder': () => import('@waymark/link-worker-finder/define/wm-link-worker-finder.js'),
  // 'wm-activity-finder': () => import('@waymark/activity-finder/define/wm-activity-finder.js'),
};
