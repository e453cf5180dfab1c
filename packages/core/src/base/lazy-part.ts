import type { CSSResult } from 'lit';
import { loadMessages, type Catalogue } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';

/** What a lazy part needs of its widget (a `WaymarkElement`). */
export interface LazyPartHost {
  readonly locale: Locale;
  addMessages(catalogue: Catalogue): void;
  addStyles(styles: CSSResult): void;
}

export interface LazyPartOptions<M> {
  /** The part's Welsh chunk: on a Welsh page it is fetched at the same time as the part, not after it. */
  welsh?: () => Promise<unknown>;
  /** The part's catalogue, added to the widget when the part arrives. */
  messages?: (part: M) => Catalogue;
  /** Called once with the part when it arrives (keep a reference, create a controller). */
  ready?: (part: M) => void;
}

/**
 * A part of a widget that is not on its first screen (its results, a details view), in a module of its own
 * so the widget's first chunk stays small. Returns a loader: the first call imports the module; later calls
 * get the same promise; after a failure (offline) the next call tries again. When the part arrives, its
 * `ready` runs, its catalogue is added (`messages`; on a Welsh page the loader resolves once that
 * catalogue's Welsh is in) and its exported `styles` are adopted. Start it
 * alongside the request it goes with, so the two travel together:
 *
 * ```ts
 * readonly loadResults = lazyPart(this, () => import('./results-view.js'), {
 *   welsh: () => import('./results-messages.cy.js'),
 *   messages: (m) => m.resultsMessages,
 *   ready: (m) => (this.resultsView = m),
 * });
 * const [view, answer] = await Promise.all([this.loadResults(), this.transport.request(…)]);
 * ```
 */
export function lazyPart<M extends object>(host: LazyPartHost, load: () => Promise<M>, options: LazyPartOptions<M> = {}): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => {
    if (!loading) {
      if (options.welsh && host.locale === 'cy') options.welsh().catch(() => undefined);
      loading = load().then(
        async (part) => {
          options.ready?.(part);
          const catalogue = options.messages?.(part);
          if (catalogue) {
            host.addMessages(catalogue);
            // On a Welsh page the part is ready once its Welsh is: text made from it at once (a live
            // region's announcement) is then Welsh too. A Welsh chunk that fails leaves English.
            if (host.locale === 'cy') await loadMessages([catalogue], 'cy');
          }
          const styles = (part as { styles?: unknown }).styles;
          if (styles) host.addStyles(styles as CSSResult);
          return part;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
    }
    return loading;
  };
}
