import { html, nothing, type TemplateResult } from 'lit';
import type { WmSelfReferral } from '../self-referral.js';

/** "Exit this page" (GOV.UK): leaves at once for a neutral page; Shift 3 times does the same. */
export function exitButton(el: WmSelfReferral): TemplateResult {
  return html`<div class="top">
    <button type="button" class="wm-button exit" @click=${() => el.exit()}>${el.t('exit')}</button>
    <p class="exit-hint">${el.t('exitHint')}</p>
  </div>`;
}

/**
 * The urgent-help box, in the partner's words: self-referral is not for emergencies. A plain box with a
 * heading, not an `<aside>`: inside the host page's `<main>` a complementary landmark would be misplaced.
 */
export function crisisBox(el: WmSelfReferral): TemplateResult | typeof nothing {
  const text = el.settings?.crisisMessage[el.locale];
  return text
    ? html`<div class="crisis">
        <h3>${el.t('crisis')}</h3>
        <p>${text}</p>
      </div>`
    : nothing;
}

/**
 * An NHS.UK question page: exit, back link, error summary, the heading (focused when the step opens),
 * the questions and Continue. Nothing typed is cleared when errors show.
 */
export function questionPage(el: WmSelfReferral, title: string, body: TemplateResult, button = el.t('continue')): TemplateResult {
  return html`${exitButton(el)}
    <a class="back" href="#back" @click=${(e: Event) => (e.preventDefault(), el.back())}>${el.t('back')}</a>
    ${el.errors()}
    <form novalidate @submit=${(e: Event) => el.continue(e)}>
      <h2 tabindex="-1">${title}</h2>
      ${body}
      <button type="submit" class="wm-button">${button}</button>
    </form>
    ${crisisBox(el)}`;
}
