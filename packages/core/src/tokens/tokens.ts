import { css, type CSSResult } from 'lit';

/**
 * NHS.UK design tokens as CSS custom properties (colours, type scale with mobile steps, spacing scale,
 * radius, touch target). Declared on the document root with `:where(:root)` — zero specificity — so a
 * host page overrides any of them with a plain `:root { … }`, or for one area only on any ancestor
 * (`wm-config { --wm-color-primary: … }`): custom properties inherit into every shadow root.
 * `adoptTokens()` (called by every Waymark element on connect) adds them to the page once.
 *
 * Frutiger is licensed to nhs.uk only; partner pages get Arial.
 */
export const tokens: CSSResult = css`
  :where(:root) {
    --wm-color-primary: #005eb8;
    --wm-color-primary-dark: #003087;
    --wm-color-text: #212b32;
    --wm-color-text-secondary: #4c6272;
    --wm-color-text-reverse: #ffffff;
    --wm-color-link: #005eb8;
    --wm-color-link-hover: #7c2855;
    --wm-color-link-visited: #330072;
    --wm-color-link-active: #002f5c;
    --wm-color-error: #d5281b;
    --wm-color-success: #007f3b;
    --wm-color-focus: #ffeb3b;
    --wm-color-focus-text: #212b32;
    --wm-color-button: #007f3b;
    --wm-color-button-hover: #00662f;
    --wm-color-button-active: #00401e;
    --wm-color-button-shadow: #00401e;
    --wm-color-button-secondary: #4c6272;
    --wm-color-button-secondary-shadow: #263139;
    --wm-color-border: #4c6272;
    --wm-color-border-light: #d8dde0;
    --wm-color-background: #ffffff;
    --wm-color-background-grey: #f0f4f5;

    --wm-font-family: 'Frutiger W01', Arial, sans-serif;
    --wm-font-weight-normal: 400;
    --wm-font-weight-bold: 600;
    /* Type scale: named by the desktop size in px; mobile steps below 40.0625em (641px). */
    --wm-font-size-16: 0.875rem;
    --wm-line-height-16: 1.5rem;
    --wm-font-size-19: 1rem;
    --wm-line-height-19: 1.5rem;
    --wm-font-size-24: 1.25rem;
    --wm-line-height-24: 1.75rem;
    --wm-font-size-32: 1.5rem;
    --wm-line-height-32: 2rem;

    /* Spacing scale 0–9 (responsive from 3 upwards, as nhsuk-frontend). */
    --wm-space-0: 0;
    --wm-space-1: 0.25rem;
    --wm-space-2: 0.5rem;
    --wm-space-3: 0.5rem;
    --wm-space-4: 1rem;
    --wm-space-5: 1.5rem;
    --wm-space-6: 2rem;
    --wm-space-7: 2.5rem;
    --wm-space-8: 3rem;
    --wm-space-9: 3.5rem;

    --wm-radius: 4px;
    --wm-border-width: 1px;
    --wm-border-width-form: 2px;
    --wm-focus-width: 4px;
    --wm-touch-target: 44px;
  }

  @media (min-width: 40.0625em) {
    :where(:root) {
      --wm-font-size-16: 1rem;
      --wm-line-height-16: 1.5rem;
      --wm-font-size-19: 1.1875rem;
      --wm-line-height-19: 1.75rem;
      --wm-font-size-24: 1.5rem;
      --wm-line-height-24: 2rem;
      --wm-font-size-32: 2rem;
      --wm-line-height-32: 2.5rem;
      --wm-space-3: 1rem;
      --wm-space-4: 1.5rem;
      --wm-space-5: 2rem;
      --wm-space-6: 2.5rem;
      --wm-space-7: 3rem;
      --wm-space-8: 3.5rem;
      --wm-space-9: 4rem;
    }
  }
`;

const ADOPTED = Symbol.for('waymark.tokens');

/**
 * Adds the tokens to a document once (shared by every copy of the kit on the page). Uses a constructed
 * stylesheet where the document can adopt it, else a `<style>` at the start of `<head>` so every page
 * stylesheet still comes after it.
 */
export function adoptTokens(doc: Document = document): void {
  const holder = doc as Document & { [ADOPTED]?: true };
  if (holder[ADOPTED]) return;
  holder[ADOPTED] = true;
  const sheet = tokens.styleSheet;
  if (sheet && doc === document) {
    doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
    return;
  }
  const style = doc.createElement('style');
  style.dataset['waymark'] = 'tokens';
  style.textContent = tokens.cssText;
  doc.head.prepend(style);
}
