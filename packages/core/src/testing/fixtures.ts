import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Like open-wc's `fixture`, without its `requestAnimationFrame` wait for non-Lit roots: web-test-runner
 * runs two pages at once and the background one gets no animation frames, so `fixture(html\`<div>…\`)`
 * can hang there. Renders synchronously (cleaned up after each test, as `fixture`), then waits for the
 * root and every Lit element inside it to finish updating.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  const pending = [el, ...el.querySelectorAll('*')]
    .map((node) => (node as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
    .filter((p): p is Promise<unknown> => p !== undefined);
  await Promise.all(pending);
  return el;
}
