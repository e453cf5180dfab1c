/**
 * Which language a Waymark element speaks. Only English and Welsh are supported; everything else falls
 * back to English.
 */
export type Locale = 'en' | 'cy';

/** Every supported locale, English first (English is the fallback). */
export const LOCALES: readonly Locale[] = ['en', 'cy'];

/**
 * Maps any BCP 47 tag to a supported locale: `cy`, `cy-GB`, `CY` → `cy`; anything else (including an
 * empty or missing tag) → `en`.
 */
export function normaliseLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'cy' ? 'cy' : 'en';
}

/** The tag given to `Intl` for a locale: British English, Welsh as spoken in the UK. */
export function intlLocale(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}

/** The `Accept-Language` value sent with requests in this locale. */
export function acceptLanguage(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB, cy;q=0.9, en-GB;q=0.5' : 'en-GB, en;q=0.9';
}

/** The parent of a node in the flattened sense we need: crossing a shadow root to its host. */
function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/**
 * The nearest non-empty `lang` attribute: the element's own, else the closest ancestor's (crossing shadow
 * roots to their hosts), else `<html lang>`. Null when nothing sets one.
 */
export function findLang(el: Element): string | null {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return el.ownerDocument?.documentElement.getAttribute('lang') || null;
}

/**
 * Resolves the locale an element should use: its own `lang`, else the closest ancestor with `lang`
 * (crossing shadow roots), else `document.documentElement.lang`, else `en`.
 */
export function resolveLocale(el: Element): Locale {
  return normaliseLocale(findLang(el));
}

/**
 * The roots whose `lang` mutations can change an element's locale: its own root and every shadow root
 * (and finally the document) on the way up.
 */
export function langRoots(el: Element): Node[] {
  const roots: Node[] = [];
  let node: Node = el;
  for (;;) {
    const root = node.getRootNode();
    roots.push(root);
    if (root instanceof ShadowRoot) node = root.host;
    else break;
  }
  return roots;
}
