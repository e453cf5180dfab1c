import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('waymark.context-root');

/**
 * Attaches one @lit/context `ContextRoot` to a document. The loader imports `<wm-config>` and the widgets
 * lazily and in any order; when a widget asks for configuration before its `<wm-config>` is defined, the
 * root keeps the request and replays it once the provider appears. Shared by every copy of the kit.
 */
export function ensureContextRoot(doc: Document): void {
  const holder = doc as Document & { [KEY]?: ContextRoot };
  if (holder[KEY]) return;
  const root = new ContextRoot();
  root.attach(doc.documentElement);
  holder[KEY] = root;
}
