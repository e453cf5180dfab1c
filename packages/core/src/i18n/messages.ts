import { intlLocale, type Locale } from './locale.js';
import { devWarn } from '../base/dev.js';
import { formatWelshDate, hasNativeWelshDates } from './welsh-dates.js';

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

/** English and Welsh messages with the same keys. */
export interface Catalogue<M extends Messages = Messages> {
  en: M;
  cy: { [K in keyof M]: Message };
}

/** The keys of a catalogue. */
export type MessageKey<C extends Catalogue> = Extract<keyof C['en'], string>;

/** Values placed into `{name}` placeholders: numbers and dates are formatted in the active locale. */
export type MessageParams = Record<string, string | number | Date>;

/**
 * Declares a widget's messages. English is the source; the Welsh object must have exactly the same keys
 * (a missing or extra key is a compile error). Empty strings are caught by `assertCatalogueComplete` in
 * tests.
 *
 * ```ts
 * const messages = defineMessages({
 *   en: { title: 'Find an activity', results: { one: '{count} activity', other: '{count} activities' } },
 *   cy: { title: 'Dod o hyd i weithgaredd', results: { zero: '{count} gweithgaredd', one: '…', other: '…' } },
 * });
 * ```
 */
export function defineMessages<M extends Messages>(catalogue: {
  en: M;
  cy: NoInfer<{ [K in keyof M]: Message }>;
}): Catalogue<M> {
  return catalogue;
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
  if (locale === 'cy' && !hasNativeWelshDates()) return formatWelshDate(value, options);
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
    const message = catalogue[locale][key] ?? (locale === 'en' ? undefined : catalogue.en[key]);
    if (message !== undefined) return formatMessage(locale, message, params);
  }
  devWarn(`Waymark: no message for key "${key}".`);
  return key;
}
