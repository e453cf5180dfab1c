import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { configContext, type WaymarkConfig } from './context.js';
import { devWarn } from '../base/dev.js';
import type { Locale } from '../i18n/locale.js';

declare global {
  /**
   * Page-wide defaults. The loader sets `endpoint` from its own script URL, so a bare widget tag works;
   * a page may set `partner` here instead of on every tag.
   */
  var WaymarkDefaults: { endpoint?: string; partner?: string } | undefined;
}

/** The configuration a widget actually uses. */
export interface ResolvedConfig {
  endpoint: string | undefined;
  partner: string | undefined;
  locale: Locale;
}

/** What the controller reads from its host: the widget's own attributes. */
export interface ConfigHost extends ReactiveElement {
  endpoint?: string | undefined;
  partner?: string | undefined;
}

/**
 * Resolves a widget's configuration: its own `endpoint`/`partner` attributes win, then the nearest
 * `<wm-config>` (through @lit/context, live), then `globalThis.WaymarkDefaults`. The locale comes from
 * the `LocaleController` (the DOM's `lang`, which `<wm-config lang>` is part of).
 * Warns in development when a connected widget ends up with no endpoint or no partner.
 */
export class ConfigController implements ReactiveController {
  private readonly host: ConfigHost;
  private readonly consumer: ContextConsumer<typeof configContext, ConfigHost>;
  private readonly getLocale: () => Locale;
  private warnTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ConfigHost, getLocale: () => Locale) {
    this.host = host;
    this.getLocale = getLocale;
    // subscribe: a <wm-config> attribute change re-renders the widget (the consumer calls requestUpdate).
    this.consumer = new ContextConsumer(host, { context: configContext, subscribe: true });
    host.addController(this);
  }

  /** The nearest `<wm-config>`'s value, if any. */
  get provided(): WaymarkConfig | undefined {
    return this.consumer.value;
  }

  get value(): ResolvedConfig {
    const provided = this.consumer.value;
    const defaults = globalThis.WaymarkDefaults;
    return {
      endpoint: this.host.endpoint || provided?.endpoint || defaults?.endpoint || undefined,
      partner: this.host.partner || provided?.partner || defaults?.partner || undefined,
      locale: this.getLocale(),
    };
  }

  hostConnected(): void {
    // Wait a task: a <wm-config> defined after the widget (the loader fetches both lazily) provides late.
    clearTimeout(this.warnTimer);
    this.warnTimer = setTimeout(() => this.warnIfIncomplete(), 0);
  }

  hostDisconnected(): void {
    clearTimeout(this.warnTimer);
  }

  private warnIfIncomplete(): void {
    if (!this.host.isConnected) return;
    const { endpoint, partner } = this.value;
    const tag = this.host.localName;
    if (!endpoint) {
      devWarn(
        `Waymark: <${tag}> has no endpoint. Set its endpoint attribute, wrap it in <wm-config endpoint="…">, ` +
          'or load it through the Waymark loader.',
      );
    }
    if (!partner) {
      devWarn(`Waymark: <${tag}> has no partner key. Set its partner attribute or <wm-config partner="…">.`);
    }
  }
}
