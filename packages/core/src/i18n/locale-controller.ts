import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langRoots, resolveLocale, type Locale } from './locale.js';

type Listener = () => void;

/**
 * One MutationObserver per root (document or shadow root), shared by every element under it: a page with
 * ten widgets watches `lang` attributes once, not ten times.
 */
const watchers = new WeakMap<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

function watchLang(root: Node, listener: Listener): () => void {
  let watcher = watchers.get(root);
  if (!watcher) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => {
      for (const l of [...listeners]) l();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watchers.set(root, (watcher = { observer, listeners }));
  }
  watcher.listeners.add(listener);
  const { observer, listeners } = watcher;
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer.disconnect();
      watchers.delete(root);
    }
  };
}

/**
 * Keeps `locale` equal to the host's resolved locale (its own `lang`, else the closest ancestor's across
 * shadow roots, else `<html lang>`, else `en`) and re-renders the host when a `lang` attribute change
 * anywhere above it changes that answer.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  private readonly host: ReactiveControllerHost & HTMLElement;
  private unwatch: Array<() => void> = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = resolveLocale(this.host);
    this.unwatch = langRoots(this.host).map((root) => watchLang(root, this.onLangMutation));
  }

  hostDisconnected(): void {
    for (const stop of this.unwatch) stop();
    this.unwatch = [];
  }

  hostUpdate(): void {
    this.locale = resolveLocale(this.host);
  }

  private readonly onLangMutation = (): void => {
    if (resolveLocale(this.host) !== this.locale) this.host.requestUpdate();
  };
}
