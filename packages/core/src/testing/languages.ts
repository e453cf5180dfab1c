import { expect, waitUntil } from '@open-wc/testing';
import type { WaymarkElement } from '../base/waymark-element.js';

/** Switches a widget's language through its `lang` attribute and waits for the render in it. */
export async function setLang(el: WaymarkElement, lang: 'en' | 'cy'): Promise<void> {
  el.lang = lang;
  await waitUntil(() => el.locale === lang, `renders in ${lang}`);
  await el.updateComplete;
}

/**
 * Test helper: the widget passes axe in its current state in English and in Welsh, and its text really
 * changes language (a Welsh render that is still English would otherwise pass). Leaves it in English.
 */
export async function accessibleInBothLanguages(el: WaymarkElement): Promise<void> {
  await setLang(el, 'en');
  const english = el.shadowRoot?.textContent ?? '';
  await expect(el).to.be.accessible();
  await setLang(el, 'cy');
  if ((el.shadowRoot?.textContent ?? '') === english) throw new Error('The Welsh render is the same text as the English one.');
  await expect(el).to.be.accessible();
  await setLang(el, 'en');
}
