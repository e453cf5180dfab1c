import { createContext } from '@lit/context';
import type { Locale } from '../i18n/locale.js';

/**
 * What `<wm-config>` gives the widgets inside it. Every part is optional: a widget's own attribute wins,
 * then the nearest `<wm-config>`, then `globalThis.WaymarkDefaults` (set by the loader).
 */
export interface WaymarkConfig {
  /** The Waymark GraphQL endpoint URL. */
  endpoint?: string | undefined;
  /** The partner's public key (`pk_…`), sent as `X-Waymark-Partner`. */
  partner?: string | undefined;
  /** The language `<wm-config lang>` asks for, if it sets one. */
  locale?: Locale | undefined;
}

/**
 * The one context key for Waymark configuration. `Symbol.for` rather than `Symbol`: when a page loads two
 * copies of the kit, a widget from one copy still finds the `<wm-config>` registered by the other.
 */
export const configContext = createContext<WaymarkConfig>(Symbol.for('wm-config'));
