import { LitElement, adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { defineElement } from './define.js';
import { hostStyles } from './waymark-element.styles.js';
import { ConfigController, type ResolvedConfig } from '../config/config-controller.js';
import { ensureContextRoot } from '../config/context-root.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import {
  formatDate,
  formatNumber,
  loadMessages,
  translate,
  type Catalogue,
  type MessageKey,
  type MessageParams,
  type Messages,
} from '../i18n/messages.js';
import { adoptTokens } from '../tokens/tokens.js';
import { createTransport, type Transport } from '../transport/transport.js';

/**
 * The base of every Waymark widget: configuration (its own `endpoint`/`partner` attributes, else the
 * nearest `<wm-config>`, else the loader's defaults), localisation (English/Welsh by the DOM's `lang`,
 * live), the NHS.UK tokens, shared host styles and a guarded `define()`. A widget declares its
 * catalogue and uses `this.t(...)`, `this.config` and `this.transport`.
 *
 * The generic parameter is the widget's catalogue type, so `this.t` accepts its keys and core's.
 *
 * @cssproperty --wm-color-primary - NHS blue, #005eb8 (every token in `tokens/tokens.ts` can be set by the page).
 * @cssproperty --wm-font-family - Default `'Frutiger W01', Arial, sans-serif`.
 * @since 0.1.0
 */
export class WaymarkElement<C extends Catalogue = Catalogue<Record<never, string>>> extends LitElement {
  // Typed wide so a widget declares its own (Lit merges them with these).
  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    partner: { type: String },
  };

  static override styles: CSSResultGroup = hostStyles;

  /** The widget's own English and Welsh messages (see `defineMessages`). Core's are always available. */
  static messages: Catalogue | undefined = undefined;

  /**
   * Registers this class under `tag`, guarded: skips when it already holds the tag, warns (development)
   * when another class does, never throws. Call only from `define/wm-<name>.ts`.
   */
  static define(this: CustomElementConstructor, tag: string): boolean {
    return defineElement(tag, this);
  }

  private readonly localeController = new LocaleController(this);
  /** Catalogues a lazily loaded part of the widget brought with it (see `addMessages`). */
  private readonly lazyCatalogues: Catalogue[] = [];
  /** Styles a lazily loaded part brought with it (see `addStyles`). */
  private readonly lazyStyles: CSSResult[] = [];
  private readonly configController = new ConfigController(this, () => this.localeController.locale);
  private transportCache: { key: string; transport: Transport } | undefined;

  /** The Waymark GraphQL endpoint for this widget only (else `<wm-config>`'s, else the loader's). */
  declare endpoint: string | undefined;
  /** The partner's public key for this widget only (else `<wm-config>`'s). */
  declare partner: string | undefined;

  /** The language this widget renders in: `en` or `cy`. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** The endpoint, partner and locale in effect. */
  get config(): ResolvedConfig {
    return this.configController.value;
  }

  /** A transport for the current config, kept while the config stays the same. */
  get transport(): Transport {
    const { endpoint, partner, locale } = this.config;
    const key = `${endpoint ?? ''}\n${partner ?? ''}\n${locale}`;
    if (this.transportCache?.key !== key) {
      this.transportCache = { key, transport: createTransport({ endpoint, partner, locale }) };
    }
    return this.transportCache.transport;
  }

  override connectedCallback(): void {
    // Before super: controllers ask for context in hostConnected, and the root must hear unanswered asks.
    ensureContextRoot(this.ownerDocument);
    adoptTokens(this.ownerDocument);
    super.connectedCallback();
  }

  /** This widget's catalogues, its own first (its own text wins over core's). */
  private get catalogues(): Catalogue<Messages>[] {
    const own = (this.constructor as typeof WaymarkElement).messages;
    return [...(own ? [own] : []), ...this.lazyCatalogues, coreMessages];
  }

  /**
   * Adds the messages of a part of the widget that loads only when used (its results, a details view), so
   * the widget's first chunk carries only the text of its first screen. Their keys belong in the widget's
   * catalogue type (`WaymarkElement<Catalogue<typeof en & typeof detailEn>>`, with type-only imports).
   * Re-renders; in Welsh the render waits for the part's Welsh chunk like any other (start importing it
   * alongside the part to save a round trip).
   */
  addMessages(catalogue: Catalogue): void {
    if (this.lazyCatalogues.includes(catalogue)) return;
    this.lazyCatalogues.push(catalogue);
    this.requestUpdate();
  }

  /**
   * Holds a render in Welsh until the Welsh messages (which live in their own chunks) have arrived, so the
   * widget never flashes English first; `updateComplete` includes the wait. English renders at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadMessages(this.catalogues, resolveLocale(this));
    if (!loading) return super.scheduleUpdate();
    return loading.then(() => super.scheduleUpdate());
  }

  /**
   * Adds the styles of a part of the widget that loads only when used, after the class's own (so a part's
   * rules can build on them). Adopted like Lit's static styles: a constructed stylesheet, or a `<style>`
   * where the browser has none. Call once the widget is connected.
   */
  addStyles(styles: CSSResult): void {
    if (this.lazyStyles.includes(styles)) return;
    this.lazyStyles.push(styles);
    const root = this.renderRoot as ShadowRoot;
    const own = (this.constructor as typeof LitElement).elementStyles;
    // Adopting replaces the list, so give the whole of it; the fallback appends, so give only the new part.
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...this.lazyStyles] : [styles]);
  }

  /** The text for `key` in the current locale, `{name}` placeholders filled, plurals by `params.count`. */
  t(key: MessageKey<C> | CoreMessageKey, params?: MessageParams): string {
    return translate(this.catalogues, this.locale, key, params);
  }

  /** A number in the current locale. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  /** A date in the current locale (default: "3 March 2026" / "3 Mawrth 2026"). */
  formatDate(value: Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }
}
