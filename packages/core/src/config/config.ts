import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { configContext, type WaymarkConfig } from './context.js';
import { normaliseLocale } from '../i18n/locale.js';
import { ensureContextRoot } from './context-root.js';

/**
 * Gives every Waymark widget inside it the GraphQL endpoint, the partner key and the language, so the
 * widget tags themselves stay bare. A widget's own attribute wins over `<wm-config>`; a nested
 * `<wm-config>` overrides only what it sets and inherits the rest from the one above it. Changes to its
 * attributes reach the widgets at once. It renders its children only (`display: contents`).
 *
 * ```html
 * <wm-config endpoint="https://api.waymark.example/graphql" partner="pk_demo_riverside" lang="cy">
 *   <wm-self-referral></wm-self-referral>
 * </wm-config>
 * ```
 *
 * @summary Configuration (endpoint, partner key, language) for the Waymark widgets inside it.
 * @slot - The widgets (and any other content) it configures.
 * @since 0.1.0
 */
export class WmConfig extends LitElement {
  static override properties = {
    endpoint: { type: String },
    partner: { type: String },
    // Reflected: descendants resolve their language from the DOM's `lang` attributes.
    lang: { type: String, reflect: true },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The Waymark GraphQL endpoint URL. */
  declare endpoint: string | undefined;
  /** The partner's public key (`pk_…`). */
  declare partner: string | undefined;
  /** The language of the widgets inside: `en` or `cy` (`cy-GB` counts as `cy`; others fall back to `en`). */
  declare lang: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  // The <wm-config> above this one, if any: what this one leaves unset is inherited from it.
  private readonly parent = new ContextConsumer(this, { context: configContext, subscribe: true });

  /** The configuration this element currently provides. */
  get value(): WaymarkConfig {
    return this.provider.value;
  }

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inherited = this.parent.value ?? {};
    const next: WaymarkConfig = {
      endpoint: this.endpoint || inherited.endpoint,
      partner: this.partner || inherited.partner,
      locale: this.lang ? normaliseLocale(this.lang) : inherited.locale,
    };
    const current = this.provider.value;
    if (next.endpoint !== current.endpoint || next.partner !== current.partner || next.locale !== current.locale) {
      this.provider.setValue(next);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
