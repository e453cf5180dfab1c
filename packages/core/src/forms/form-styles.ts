import { css } from 'lit';

/**
 * The styles of the form blocks (NHS.UK frontend's, from the `--wm-*` tokens). Add to a widget's
 * `static styles` after `focusStyles`. Every size is in rem or em and every row wraps, so the blocks work
 * at 320 CSS px and at 400% zoom; every control and link target is at least 44 × 44 px
 * (`--wm-touch-target`).
 *
 * Parts a host page can style: `field` (each block's wrapper), `label` (label or legend), `hint`,
 * `error-message`, `input` (input, textarea, radio, checkbox), `error-summary`, `summary-list`,
 * `confirmation-panel`.
 */
export const formStyles = css`
  [hidden] {
    display: none !important;
  }

  /* Text a widget writes around its blocks: headings and paragraphs on the NHS.UK scale. */
  h2,
  h3,
  h4 {
    margin: 1.5rem 0 0.5rem;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.3rem;
  }
  h4 {
    font-size: 1.1rem;
  }
  p {
    margin: 0 0 1rem;
  }

  .wm-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }

  .wm-field {
    margin: 0 0 var(--wm-space-5);
    font-family: var(--wm-font-family);
    font-size: var(--wm-font-size-19);
    line-height: var(--wm-line-height-19);
    color: var(--wm-color-text);
  }
  .wm-field--error {
    padding-left: var(--wm-space-3);
    border-left: 4px solid var(--wm-color-error);
  }

  .wm-label,
  .wm-fieldset__legend {
    display: block;
    margin: 0 0 var(--wm-space-2);
    font-weight: var(--wm-font-weight-normal);
  }
  .wm-fieldset__legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .wm-label-wrapper,
  .wm-fieldset__heading {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
  }
  .wm-label--heading,
  .wm-fieldset__legend--heading {
    font-size: var(--wm-font-size-32);
    line-height: var(--wm-line-height-32);
    font-weight: var(--wm-font-weight-bold);
    margin-bottom: var(--wm-space-4);
  }
  .wm-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .wm-hint {
    margin: 0 0 var(--wm-space-3);
    color: var(--wm-color-text-secondary);
  }
  .wm-error-message {
    margin: 0 0 var(--wm-space-3);
    color: var(--wm-color-error);
    font-weight: var(--wm-font-weight-bold);
  }

  .wm-input,
  .wm-textarea {
    box-sizing: border-box;
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: var(--wm-touch-target);
    margin: 0;
    padding: var(--wm-space-1);
    font: inherit;
    color: var(--wm-color-text);
    background: var(--wm-color-background);
    border: var(--wm-border-width-form) solid var(--wm-color-border);
    border-radius: 0;
    appearance: none;
  }
  .wm-textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .wm-input--error,
  .wm-textarea--error {
    border-color: var(--wm-color-error);
  }
  /* Widths in characters, as GOV.UK: room for the answer, a hint of its length; never wider than the column. */
  .wm-input--width-2 {
    width: 5.4ex;
  }
  .wm-input--width-3 {
    width: 7.2ex;
  }
  .wm-input--width-4 {
    width: 9ex;
  }
  .wm-input--width-5 {
    width: 10.8ex;
  }
  .wm-input--width-10 {
    width: 23ex;
  }
  .wm-input--width-20 {
    width: 41ex;
  }

  .wm-date-input__parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--wm-space-4);
  }
  .wm-date-input__label {
    margin-bottom: var(--wm-space-1);
  }

  .wm-choices {
    display: flex;
    flex-direction: column;
    gap: var(--wm-space-2);
  }
  .wm-choices--inline {
    flex-flow: row wrap;
    gap: var(--wm-space-2) var(--wm-space-5);
  }
  .wm-choices__item {
    position: relative;
    display: grid;
    grid-template-columns: var(--wm-touch-target) minmax(0, 1fr);
    align-items: start;
    column-gap: var(--wm-space-2);
  }
  /* The native control, enlarged to the 44px target: checkable by its box or its label. */
  .wm-choices__input {
    grid-row: 1 / span 2;
    width: var(--wm-touch-target);
    height: var(--wm-touch-target);
    margin: 0;
    accent-color: var(--wm-color-text);
    cursor: pointer;
  }
  .wm-choices__label {
    min-height: var(--wm-touch-target);
    display: flex;
    align-items: center;
    margin: 0;
    cursor: pointer;
    touch-action: manipulation;
  }
  .wm-choices__hint {
    grid-column: 2;
    margin: 0;
  }
  .wm-choices__divider {
    width: var(--wm-touch-target);
    text-align: center;
  }
  .wm-choices__conditional {
    margin-left: calc(var(--wm-touch-target) / 2 - 2px);
    padding: var(--wm-space-2) 0 var(--wm-space-2) calc(var(--wm-touch-target) / 2 + var(--wm-space-2));
    border-left: 4px solid var(--wm-color-border-light);
  }
  .wm-choices__input:focus {
    outline: var(--wm-focus-width) solid var(--wm-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--wm-focus-width) + 2px) var(--wm-color-focus-text);
  }

  .wm-character-count__status {
    margin-top: var(--wm-space-1);
    color: var(--wm-color-text-secondary);
  }
  .wm-character-count__status--over {
    color: var(--wm-color-error);
    font-weight: var(--wm-font-weight-bold);
  }

  .wm-error-summary {
    margin: 0 0 var(--wm-space-6);
    padding: var(--wm-space-4);
    border: 4px solid var(--wm-color-error);
    font-family: var(--wm-font-family);
    color: var(--wm-color-text);
  }
  .wm-error-summary:focus {
    outline: var(--wm-focus-width) solid var(--wm-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--wm-focus-width) * 2) var(--wm-color-focus-text);
  }
  .wm-error-summary__title {
    margin: 0 0 var(--wm-space-3);
    font-size: var(--wm-font-size-24);
    line-height: var(--wm-line-height-24);
  }
  .wm-error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .wm-error-summary__list li {
    margin-bottom: var(--wm-space-2);
  }
  .wm-error-summary__list a {
    display: inline-block;
    min-height: var(--wm-touch-target);
    font-weight: var(--wm-font-weight-bold);
    color: var(--wm-color-error);
    overflow-wrap: anywhere;
  }

  .wm-summary-list {
    margin: 0 0 var(--wm-space-6);
    font-family: var(--wm-font-family);
    font-size: var(--wm-font-size-19);
    line-height: var(--wm-line-height-19);
    color: var(--wm-color-text);
  }
  .wm-summary-list__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--wm-space-4);
    padding: var(--wm-space-2) 0;
    border-bottom: 1px solid var(--wm-color-border-light);
  }
  .wm-summary-list__key {
    flex: 1 1 12rem;
    margin: 0;
    font-weight: var(--wm-font-weight-bold);
  }
  .wm-summary-list__value {
    flex: 2 1 14rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .wm-summary-list__actions {
    flex: 0 0 auto;
    margin: 0;
  }
  .wm-summary-list__actions a {
    display: inline-flex;
    align-items: center;
    min-height: var(--wm-touch-target);
    min-width: var(--wm-touch-target);
    color: var(--wm-color-link);
  }

  .wm-confirmation {
    font-family: var(--wm-font-family);
    font-size: var(--wm-font-size-19);
    line-height: var(--wm-line-height-19);
    color: var(--wm-color-text);
  }
  .wm-panel {
    margin: 0 0 var(--wm-space-5);
    padding: var(--wm-space-6) var(--wm-space-4);
    background: var(--wm-color-success);
    color: var(--wm-color-text-reverse);
    border: 5px solid transparent;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .wm-panel__title {
    margin: 0 0 var(--wm-space-4);
    font-size: var(--wm-font-size-32);
    line-height: var(--wm-line-height-32);
  }
  .wm-panel__body {
    font-size: var(--wm-font-size-24);
    line-height: var(--wm-line-height-24);
  }
  .wm-panel__reference {
    display: inline-block;
    margin-top: var(--wm-space-2);
    font-size: var(--wm-font-size-32);
    line-height: var(--wm-line-height-32);
    letter-spacing: 0.05em;
  }
  .wm-heading {
    font-size: var(--wm-font-size-24);
    line-height: var(--wm-line-height-24);
    margin: 0 0 var(--wm-space-3);
  }

  /* retryPanel(): a failure with "Try again". */
  .wm-retry {
    margin: 0 0 var(--wm-space-4, 1rem);
    padding: var(--wm-space-4, 1rem);
    border: 4px solid var(--wm-color-error);
  }
  .wm-retry p {
    margin: 0 0 var(--wm-space-3, 0.75rem);
  }

  /* contactList(): label and value side by side, wrapping on a narrow screen. */
  .wm-contact {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--wm-space-1, 0.25rem) var(--wm-space-4, 1rem);
    margin: 0 0 var(--wm-space-4, 1rem);
  }
  .wm-contact dt {
    font-weight: var(--wm-font-weight-bold, 600);
  }
  .wm-contact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Buttons (NHS.UK): a primary action, a secondary one, and a button that looks like a link. */
  .wm-button {
    display: inline-block;
    min-height: var(--wm-touch-target, 2.75rem);
    margin: 0 var(--wm-space-3) var(--wm-space-4) 0;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--wm-radius, 4px);
    background: var(--wm-color-button);
    box-shadow: 0 4px 0 var(--wm-color-button-shadow);
    color: #fff;
    font: inherit;
    font-weight: var(--wm-font-weight-bold, 600);
    text-decoration: none;
    cursor: pointer;
  }
  /* :where() keeps hover below the focus style's specificity (focused and hovered stays yellow). */
  .wm-button:where(:hover) {
    background: var(--wm-color-button-hover);
  }
  .wm-button--secondary {
    background: var(--wm-color-button-secondary);
    box-shadow: 0 4px 0 var(--wm-color-button-secondary-shadow);
  }
  .wm-button--secondary:where(:hover) {
    background: var(--wm-color-button-secondary-shadow);
  }
  .wm-link-button {
    min-height: var(--wm-touch-target, 2.75rem);
    padding: 0;
    border: 0;
    background: none;
    color: var(--wm-color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* A link styled as a button keeps white text when visited or hovered (the host's link colours are for text links). */
  .wm-button:visited,
  .wm-button:hover,
  .wm-button:active {
    color: #fff;
  }
  .wm-button:focus-visible,
  .wm-link-button:focus-visible {
    color: var(--wm-color-focus-text);
  }

  @media print {
    .wm-button,
    .wm-link-button {
      display: none;
    }
    .wm-panel {
      background: none;
      color: #000;
      border-color: currentcolor;
    }
    .wm-summary-list__actions,
    .wm-character-count__status {
      display: none;
    }
  }
`;
