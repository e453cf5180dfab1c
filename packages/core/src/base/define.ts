import { devWarn } from './dev.js';

/**
 * Registers a custom element, guarded: a partner page may load the kit twice (two script tags, two
 * versions, a CMS that repeats its head), so registration must never throw.
 *
 * - the same class already holds the tag: nothing to do;
 * - another class holds the tag (another copy or version of the kit): keep the first, warn in development;
 * - the browser refuses for any other reason (the class is registered under another tag, a bad name):
 *   warn in development.
 *
 * Returns true when this call registered the element.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  const existing = registry.get(tag);
  if (existing === ctor) return false;
  if (existing) {
    devWarn(
      `Waymark: <${tag}> is already defined by another class (is the kit loaded twice, in two versions?). ` +
        'Keeping the first definition.',
    );
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    devWarn(`Waymark: could not define <${tag}>: ${String(error)}`);
    return false;
  }
}
