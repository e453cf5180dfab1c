/**
 * @waymark/core — the shared runtime of the Waymark widgets. Importing this registers nothing; tags are
 * registered by the `define/*` modules (`@waymark/core/define/wm-config.js`).
 */
export { WaymarkElement } from './base/waymark-element.js';
export { lazyPart, type LazyPartHost, type LazyPartOptions } from './base/lazy-part.js';
export { defineElement } from './base/define.js';
export { hostStyles, reserveMinHeight } from './base/waymark-element.styles.js';
export { DEV, devWarn } from './base/dev.js';

export { WmConfig } from './config/config.js';
export { configContext, type WaymarkConfig } from './config/context.js';
export { ConfigController, type ResolvedConfig, type ConfigHost } from './config/config-controller.js';
export { ensureContextRoot } from './config/context-root.js';

export {
  defineMessages,
  formatMessage,
  formatNumber,
  formatDate,
  loadMessages,
  pluralCategory,
  translate,
  type Catalogue,
  type Message,
  type Messages,
  type MessageKey,
  type MessageParams,
  type PluralMessage,
  type WelshMessages,
} from './i18n/messages.js';
export { coreMessages, errorMessageKey, type CoreMessageKey } from './i18n/core-messages.js';
export {
  LOCALES,
  normaliseLocale,
  resolveLocale,
  findLang,
  intlLocale,
  acceptLanguage,
  type Locale,
} from './i18n/locale.js';
export { LocaleController } from './i18n/locale-controller.js';
export { assertCatalogueComplete } from './i18n/testing.js';

export {
  createTransport,
  toWaymarkError,
  type Transport,
  type TransportOptions,
  type RequestOptions,
  type TypedDocument,
} from './transport/transport.js';
export { WaymarkError, type WaymarkErrorCode } from './transport/errors.js';
export { backoffDelay, type RetryOptions } from './transport/retry.js';

export { tokens, adoptTokens } from './tokens/tokens.js';
export { focusStyles } from './tokens/focus.js';

export { emit, type WaymarkEventMap, type WaymarkEventName } from './events/events.js';

export * from './rules/index.js';

export * from './forms/index.js';

export {
  DAYS,
  dayName,
  formatTime,
  formatDistance,
  formatAddress,
  londonDate,
  languageNames,
  telHref,
  httpUrl,
  contactList,
  type DayOfWeek,
  type DisplayHost,
} from './format/format.js';

export { PartnerProfileDocument, type PartnerProfileQuery } from './generated/graphql.js';
