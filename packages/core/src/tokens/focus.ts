import { css } from 'lit';

/**
 * The NHS.UK focus style for a widget's shadow root: links, buttons and other focusable controls turn
 * yellow with a dark bottom bar; text inputs get a yellow outline with a dark inner border. A transparent
 * outline remains for Windows high-contrast mode. Include it in a widget's `static styles`.
 */
export const focusStyles = css`
  a:focus-visible,
  [role='link']:focus-visible,
  summary:focus-visible {
    outline: var(--wm-focus-width, 4px) solid transparent;
    outline-offset: var(--wm-focus-width, 4px);
    background-color: var(--wm-color-focus, #ffeb3b);
    box-shadow:
      0 -2px var(--wm-color-focus, #ffeb3b),
      0 var(--wm-focus-width, 4px) var(--wm-color-focus-text, #212b32);
    color: var(--wm-color-focus-text, #212b32);
    text-decoration: none;
  }

  button:focus-visible,
  [role='button']:focus-visible {
    outline: var(--wm-focus-width, 4px) solid transparent;
    outline-offset: var(--wm-focus-width, 4px);
    background-color: var(--wm-color-focus, #ffeb3b);
    box-shadow: 0 var(--wm-focus-width, 4px) 0 var(--wm-color-focus-text, #212b32);
    color: var(--wm-color-focus-text, #212b32);
  }

  input:focus,
  select:focus,
  textarea:focus {
    outline: var(--wm-focus-width, 4px) solid var(--wm-color-focus, #ffeb3b);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--wm-color-focus-text, #212b32);
  }
`;
