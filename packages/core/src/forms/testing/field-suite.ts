/* eslint-disable @typescript-eslint/no-unused-expressions, @typescript-eslint/no-floating-promises --
   test code, like *.test.ts: chai's property assertions, and chai-dom/mocha track the promises. */
/**
 * `runFieldTests(spec)`: the behaviour every field block shares (Material's createFormTests idea), run by
 * each block's test file. Test code only; not exported from the package.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// From Storybook's testing library (not a declared dependency of core): the ARIA name and role algorithms,
// shadow-root aware, so tests find things as a screen reader would rather than by class.
import { computeAccessibleDescription, computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';
import type { TemplateResult } from 'lit';
import { mount } from '../../testing/fixtures.js';
import { WmFormHost } from '../../testing/form-host.js';
import { focusField } from '../error-summary.js';

WmFormHost.define('wm-form-host');

export type FieldState = 'empty' | 'filled' | 'error';
export type Lang = 'en' | 'cy';

export interface FieldSpec {
  /** The block's name in test titles. */
  name: string;
  /** Renders the block in a state, in the host's language (`host.locale`). */
  render: (host: WmFormHost, state: FieldState) => TemplateResult;
  /** The control's (or group's) role and accessible name in each language, as Chromium computes it. */
  role: string;
  accessibleName: Record<Lang, string>;
  /** The element that carries `aria-describedby` (the input, or the fieldset). */
  describedId: string;
  /** The base id of the block (hint `<id>-hint`, error `<id>-error`). */
  id: string;
  /** The id an error summary links to, and the id that must then have focus. */
  summaryFieldId: string;
  summaryFocusId: string;
  /** The control Tab reaches first. */
  firstControlId: string;
  /** The element that gets `aria-invalid` in the error state. */
  invalidId: string;
  /** With focus on the first control: answer it by keyboard, then say whether the host state has the answer. */
  answerByKeyboard: () => Promise<void>;
  answered: (host: WmFormHost) => boolean;
}

/** Mounts the host (after a button, to Tab from) in a language and state. */
export async function mountField(
  render: (host: WmFormHost) => TemplateResult,
  lang: Lang = 'en',
): Promise<WmFormHost> {
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang=${lang}><button type="button" id="before">Before</button><wm-form-host endpoint="https://example.test/graphql" partner="pk_test" .renderer=${render}></wm-form-host></div>`,
  );
  const host = wrapper.querySelector<WmFormHost>('wm-form-host')!;
  await host.updateComplete;
  return host;
}

/**
 * The element in the host's shadow root with this ARIA role and accessible name, not hidden from
 * assistive technology, or null. (Assert on `hasRole`'s boolean: chai formatting a failed element
 * comparison walks the whole DOM and can stall the page.)
 */
export function byRole(host: WmFormHost, role: string, name: string): HTMLElement | null {
  for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (getRole(el) === role && !isInaccessible(el) && computeAccessibleName(el) === name) return el;
  }
  return null;
}

/** Whether the host's shadow root has a visible element with this role and accessible name. */
export const hasRole = (host: WmFormHost, role: string, name: string): boolean => byRole(host, role, name) !== null;

/** The accessible description (`aria-describedby` text) of an element. */
export const description = (el: Element): string => computeAccessibleDescription(el);

/** The element with focus inside a host's shadow root. */
export const focused = (host: WmFormHost): Element | null => host.shadowRoot!.activeElement;

export function runFieldTests(spec: FieldSpec): void {
  describe(`${spec.name}: shared field behaviour`, () => {
    const byId = (host: WmFormHost, id: string) => host.shadowRoot!.getElementById(id);

    for (const lang of ['en', 'cy'] as const) {
      for (const state of ['empty', 'filled', 'error'] as const) {
        it(`is accessible (${state}, ${lang})`, async () => {
          const host = await mountField((h) => spec.render(h, state), lang);
          await expect(host).to.be.accessible();
        });
      }

      it(`is found by role and its label or legend (${lang})`, async () => {
        const host = await mountField((h) => spec.render(h, 'empty'), lang);
        expect(hasRole(host, spec.role, spec.accessibleName[lang]), `${spec.role} "${spec.accessibleName[lang]}"`).to.be.true;
      });

      it(`prefixes the error message with a visually hidden "${lang === 'en' ? 'Error:' : 'Gwall:'}" (${lang})`, async () => {
        const host = await mountField((h) => spec.render(h, 'error'), lang);
        const message = byId(host, `${spec.id}-error`)!;
        const prefix = message.querySelector('.wm-visually-hidden')!;
        expect(prefix.textContent).to.equal(lang === 'en' ? 'Error:' : 'Gwall:');
        expect(getComputedStyle(prefix).position).to.equal('absolute');
        expect(message.textContent.trim()).to.match(lang === 'en' ? /^Error: \S/ : /^Gwall: \S/);
      });
    }

    it('ties the hint and error to the control with aria-describedby, and sets aria-invalid only in error', async () => {
      const host = await mountField((h) => spec.render(h, h.value<FieldState>('state', 'empty')));
      const described = () => (byId(host, spec.describedId)!.getAttribute('aria-describedby') ?? '').split(' ');
      expect(described()).to.include(`${spec.id}-hint`);
      expect(described()).to.not.include(`${spec.id}-error`);
      expect(byId(host, `${spec.id}-hint`)).to.exist;
      expect(byId(host, spec.invalidId)!.hasAttribute('aria-invalid')).to.be.false;

      host.set({ state: 'error' });
      await host.updateComplete;
      expect(described()).to.include.members([`${spec.id}-hint`, `${spec.id}-error`]);
      for (const id of described()) expect(byId(host, id), `#${id} in the same root`).to.exist;
      expect(byId(host, spec.invalidId)!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('is described by its hint and then its error, as a screen reader hears it', async () => {
      const host = await mountField((h) => spec.render(h, 'error'));
      const text = description(byId(host, spec.describedId)!);
      const hint = byId(host, `${spec.id}-hint`)!.textContent.trim();
      expect(text).to.contain(hint);
      expect(text).to.match(/Error: \S/);
      expect(text.indexOf(hint)).to.be.below(text.indexOf('Error:'));
    });

    it('is reached by Tab and answered by keyboard; the answer stays when an error shows', async () => {
      const host = await mountField((h) => spec.render(h, h.value<FieldState>('state', 'empty')));
      host.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(host)?.id).to.equal(spec.firstControlId);
      await spec.answerByKeyboard();
      await host.updateComplete;
      expect(spec.answered(host), 'the host has the answer').to.be.true;
      host.set({ state: 'error' });
      await host.updateComplete;
      expect(spec.answered(host), 'still there with an error').to.be.true;
      const control = byId(host, spec.firstControlId) as HTMLInputElement;
      expect(control.type === 'radio' || control.type === 'checkbox' || control.value !== '', 'never cleared').to.be.true;
    });

    it('fits 320 CSS px (400% zoom of 1280) with no sideways scrolling, and has 44px targets', async () => {
      const host = await mountField((h) => spec.render(h, 'error'), 'cy');
      host.style.display = 'block';
      host.style.width = '320px';
      await host.updateComplete;
      const right = host.getBoundingClientRect().right;
      for (const el of host.shadowRoot!.querySelectorAll('*')) {
        if (el.classList.contains('wm-visually-hidden')) continue;
        expect(el.getBoundingClientRect().right, `${el.tagName}.${el.className} inside 320px`).to.be.at.most(right + 0.5);
      }
      const box = byId(host, spec.firstControlId)!.getBoundingClientRect();
      expect(box.height, 'target height').to.be.at.least(44);
    });

    it("an error summary link's target (focusField) focuses the right control", async () => {
      const host = await mountField((h) => spec.render(h, 'error'));
      expect(focusField(host.shadowRoot, spec.summaryFieldId)).to.be.true;
      await waitUntil(() => focused(host)?.id === spec.summaryFocusId, `focus on #${spec.summaryFocusId}`);
    });
  });
}
