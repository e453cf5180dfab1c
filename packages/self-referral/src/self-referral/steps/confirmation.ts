import { html, nothing, type TemplateResult } from 'lit';
import { confirmationPanel } from '@waymark/core';
import type { WmSelfReferral } from '../self-referral.js';
import { contactList } from './start.js';
import { crisisBox } from './frame.js';

/** The reference, what happens next, how to contact the service, and a printable record. */
export function renderConfirmation(el: WmSelfReferral): TemplateResult {
  const r = el.submitter.result;
  if (!r) return html`${nothing}`;
  return html`${confirmationPanel(el, {
      title: el.t('sent'),
      reference: r.reference,
      headingLevel: 2,
      next: html`<p>${el.t('next', { count: r.typicalResponseDays, service: r.serviceName })}</p>
        <p>${el.t('keepReference')}</p>
        ${contactList(el, r.serviceName, r.serviceContact)}`,
    })}
    <button type="button" class="wm-button wm-button--secondary" @click=${() => window.print()}>${el.t('print')}</button>
    ${crisisBox(el)}`;
}
