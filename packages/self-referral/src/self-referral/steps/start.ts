import { html, type TemplateResult } from 'lit';
import type { WmSelfReferral } from '../self-referral.js';
import { crisisBox, exitButton } from './frame.js';

/** What social prescribing is, who can use the form, how long it takes and what happens next. */
export function renderStart(el: WmSelfReferral): TemplateResult {
  const s = el.settings;
  const service = s?.service;
  if (!s?.open) {
    return html`<h2 tabindex="-1">${el.t('title')}</h2>
      <p>${el.t('closed')}</p>
      ${service ? contactList(el, service.name, service.contact) : ''} ${crisisBox(el)}`;
  }
  return html`${exitButton(el)}
    <h2 tabindex="-1">${el.t('title')}</h2>
    <p>${el.t('intro')}</p>
    <p>${el.t('linkWorker')}</p>
    <p>${el.t('who', { age: String(s.minimumAge) })}</p>
    <p>${el.t('time')}</p>
    <p>${el.t('next', { count: s.typicalResponseDays, service: s.service.name })}</p>
    ${crisisBox(el)}
    <button type="button" class="wm-button" @click=${() => el.begin()}>${el.t('start')}</button>`;
}

/** The service's phone, email and website as links. */
export function contactList(
  el: WmSelfReferral,
  name: string,
  c: { phone: string | null; email: string | null; website: string | null },
): TemplateResult {
  return html`<p>${el.t('contactService', { service: name })}</p>
    <ul>
      ${c.phone ? html`<li>${el.t('tel')}: <a href="tel:${c.phone.replace(/\s/g, '')}">${c.phone}</a></li>` : ''}
      ${c.email ? html`<li>${el.t('m.EMAIL')}: <a href="mailto:${c.email}">${c.email}</a></li>` : ''}
      ${c.website ? html`<li>${el.t('website')}: <a href=${c.website}>${c.website}</a></li>` : ''}
    </ul>`;
}
