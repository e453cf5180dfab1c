import { intlLocale, type Locale } from './locale.js';
import { devWarn } from '../base/dev.js';

/**
 * A message with a form per plural category. `other` is required; English usually needs `one` too;
 * Welsh uses all six (`zero`, `one`, `two`, `few`, `many`, `other`). Chosen with `Intl.PluralRules` by the
 * `count` parameter.
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message: plain text with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

/** A set of messages by key. */
export type Messages = Record<string, Message>;

/** The Welsh side of a catalogue: exactly the English keys (a missing or extra key is a compile error). */
export type WelshMessages<M extends Messages> = { [K in keyof M]: Message };

/**
 * English and Welsh messages with the same keys. English is always in the bundle; Welsh is either inline
 * (`cy` set from the start) or in its own chunk that `loadCy` fetches the first time something renders in
 * Welsh, so a page in English never downloads the Welsh text (and the other way round costs one request).
 */
export interface Catalogue<M extends Messages = Messages> {
  en: M;
  /** The Welsh messages, once present. */
  cy?: WelshMessages<M>;
  /** Fetches the Welsh messages when they live in their own chunk. */
  loadCy?: () => Promise<{ default: WelshMessages<M> }>;
}

/** The keys of a catalogue. */
export type MessageKey<C extends Catalogue> = Extract<keyof C['en'], string>;

/** Values placed into `{name}` placeholders: numbers and dates are formatted in the active locale. */
export type MessageParams = Record<string, string | number | Date>;

/**
 * Declares a widget's messages. English is the source. Welsh is either an object with exactly the same
 * keys (a missing or extra key is a compile error), or — for a widget's main catalogue, so English pages do
 * not download it — a function importing a module whose default export is that object:
 *
 * ```ts
 * // messages.ts
 * export const en = { title: 'Find an activity', results: { one: '{count} activity', other: '{count} activities' } };
 * export const messages = defineMessages({ en, cy: () => import('./messages.cy.js') });
 *
 * // messages.cy.ts (type-only import: English is not bundled twice; typing against `en`, not `messages`,
 * // avoids a circular type)
 * import type { WelshMessages } from '@waymark/core';
 * import type { en } from './messages.js';
 * const cy: WelshMessages<typeof en> = { title: 'Dod o hyd i weithgaredd', results: { … } };
 * export default cy;
 * ```
 *
 * Empty or untranslated strings are caught by `assertCatalogueComplete` in tests. Elements wait for the
 * Welsh chunk before rendering in Welsh (`WaymarkElement`); other code calls `loadMessages` first.
 */
export function defineMessages<M extends Messages>(catalogue: {
  en: M;
  cy: NoInfer<WelshMessages<M>> | (() => Promise<{ default: NoInfer<WelshMessages<M>> }>);
}): Catalogue<M> {
  const { en, cy } = catalogue;
  return typeof cy === 'function' ? { en, loadCy: cy } : { en, cy };
}

const loading = new WeakMap<Catalogue, Promise<void>>();

/**
 * Makes sure every catalogue has its messages for `locale`: undefined when they are all present already
 * (the common case: nothing to wait for), else a promise that settles once the missing Welsh chunks have
 * loaded. A chunk that fails to load (offline) leaves that catalogue in English and is tried again next time.
 */
export function loadMessages(catalogues: readonly Catalogue[], locale: Locale): Promise<void> | undefined {
  if (locale !== 'cy') return undefined;
  const pending: Promise<void>[] = [];
  for (const catalogue of catalogues) {
    const { loadCy } = catalogue;
    if (catalogue.cy || !loadCy) continue;
    let promise = loading.get(catalogue);
    if (!promise) {
      promise = loadCy().then(
        (module) => {
          catalogue.cy = module.default;
        },
        (error: unknown) => {
          loading.delete(catalogue);
          devWarn(`Waymark: the Welsh messages could not be loaded (${String(error)}); showing English.`);
        },
      );
      loading.set(catalogue, promise);
    }
    pending.push(promise);
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

/**
 * Welsh dates where the browser has no Welsh date data (set by core's Welsh catalogue when it loads, so
 * English pages never download the month names). See welsh-dates.ts.
 */
let welshDates: ((value: Date, options: Intl.DateTimeFormatOptions) => string) | undefined;

/** Called by core's Welsh chunk: formats Welsh dates itself when the browser's Intl cannot. */
export function setWelshDateFormatter(format: typeof welshDates): void {
  welshDates = format;
}

// Intl objects are costly to build and the same few are used everywhere: keep one per locale and options.
const intlCache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (!value) intlCache.set(key, (value = make()));
  return value;
}

/** The plural category of a number in a locale (`zero`, `one`, `two`, `few`, `many` or `other`). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  return cached(`p:${locale}`, () => new Intl.PluralRules(intlLocale(locale))).select(count);
}

/** Formats a number in the locale (grouping, decimals) with any `Intl.NumberFormat` options. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `n:${locale}:${JSON.stringify(options ?? {})}`;
  return cached(key, () => new Intl.NumberFormat(intlLocale(locale), options)).format(value);
}

/** Formats a date in the locale; by default as "3 March 2026" / "3 Mawrth 2026". */
export function formatDate(
  locale: Locale,
  value: Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  if (locale === 'cy' && welshDates) return welshDates(value, options);
  const key = `d:${locale}:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.DateTimeFormat(intlLocale(locale), options)).format(value);
}

/**
 * Produces the text of one message: picks the plural form by `params.count`, then fills `{name}`
 * placeholders (numbers and dates formatted in the locale). An unknown placeholder is left as written.
 */
export function formatMessage(locale: Locale, message: Message, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params['count'] ?? 0);
    text = message[pluralCategory(locale, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    if (typeof value === 'number') return formatNumber(locale, value);
    if (value instanceof Date) return formatDate(locale, value);
    return value;
  });
}

/**
 * A lookup over one or more catalogues in a locale: the first catalogue that has the key wins, so a
 * widget's own messages can override core's. Unknown keys return the key itself (and warn in development).
 */
export function translate(
  catalogues: readonly Catalogue[],
  locale: Locale,
  key: string,
  params?: MessageParams,
): string {
  for (const catalogue of catalogues) {
    const message = catalogue[locale]?.[key] ?? (locale === 'en' ? undefined : catalogue.en[key]);
    if (message !== undefined) return formatMessage(locale, message, params);
  }
  devWarn(`Waymark: no message for key "${key}".`);
  return key;
}
