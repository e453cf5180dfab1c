import { html, type TemplateResult } from 'lit';
import { checkboxes } from '@waymark/core';
import type { WmSelfReferral } from '../self-referral.js';
import { questionPage } from './frame.js';

/** Consent in the partner's words (its version is sent with the referral): sharing, then contact. */
export function renderConsent(el: WmSelfReferral): TemplateResult {
  const { consent } = el.settings!;
  const a = el.answers;
  return questionPage(
    el,
    el.t('consent'),
    html`${checkboxes(el, {
      id: 'sharing',
      name: 'sharing',
      legend: el.t('sharing'),
      values: a.sharing ? ['yes'] : [],
      error: el.err('sharing'),
      items: [{ value: 'yes', label: consent.sharing[el.locale] }],
      onChange: (v) => el.set({ sharing: v.length > 0 }),
    })}
    ${checkboxes(el, {
      id: 'contact-consent',
      name: 'contact-consent',
      legend: el.t('contactConsent'),
      values: a.contact ? ['yes'] : [],
      error: el.err('contact-consent'),
      items: [{ value: 'yes', label: consent.contact[el.locale] }],
      onChange: (v) => el.set({ contact: v.length > 0 }),
    })}`,
  );
}
