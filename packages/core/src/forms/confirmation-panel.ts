import { html, nothing, type TemplateResult } from 'lit';
import type { Content, FormHost } from './shared.js';

export interface ConfirmationPanelOptions {
  /** "Referral sent". */
  title: Content;
  /** The reference, shown large. */
  reference?: string;
  /** Default "Your reference number". */
  referenceLabel?: Content;
  /** What happens next, under its own heading. */
  next?: TemplateResult;
  /** `1` (default) when the confirmation is the page's heading; `2` inside a page that has its own. */
  headingLevel?: 1 | 2;
}

/**
 * The GOV.UK / NHS.UK confirmation panel: green, the title, the reference in large text, then "What
 * happens next". Prints in black on white with a border (see `formStyles`).
 */
export function confirmationPanel(host: FormHost, o: ConfirmationPanelOptions): TemplateResult {
  const title =
    o.headingLevel === 2
      ? html`<h2 class="wm-panel__title">${o.title}</h2>`
      : html`<h1 class="wm-panel__title">${o.title}</h1>`;
  const next = o.next
    ? html`${o.headingLevel === 2
          ? html`<h3 class="wm-heading">${host.t('form.whatHappensNext')}</h3>`
          : html`<h2 class="wm-heading">${host.t('form.whatHappensNext')}</h2>`}
        ${o.next}`
    : nothing;
  return html`<div class="wm-confirmation">
    <div class="wm-panel" part="confirmation-panel">
      ${title}
      ${o.reference
        ? html`<div class="wm-panel__body">
            ${o.referenceLabel ?? host.t('form.reference')}<br /><strong class="wm-panel__reference">${o.reference}</strong>
          </div>`
        : nothing}
    </div>
    ${next}
  </div>`;
}
