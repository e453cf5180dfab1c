import { html, nothing, type TemplateResult } from 'lit';
import { parseDateParts, summaryList, type SummaryRow } from '@waymark/core';
import type { WmSelfReferral } from '../self-referral.js';
import { crisisBox, exitButton } from './frame.js';

/** Check your answers: every answer with a "Change" link, then Send; while sending, failures and retries. */
export function renderCheck(el: WmSelfReferral): TemplateResult {
  const a = el.answers;
  const q = el.settings!.questions;
  const none = el.t('notGiven');
  const dob = parseDateParts(a.dob.day, a.dob.month, a.dob.year);
  const or = (v: string) => v.trim() || none;
  const list = (values: string[], prefix: 'm.' | 'c.' | 'n.', other: string) =>
    values.length ? html`${values.map((v) => (v === 'OTHER' ? other : el.t(`${prefix}${v}` as 'm.PHONE'))).join(', ')}` : none;
  const row = (key: string, value: SummaryRow['value'], step: string): SummaryRow => ({ key, value, step });
  const rows: SummaryRow[] = [
    row(el.t('fullName'), a.fullName, 'about-you'),
    row(el.t('dob'), dob instanceof Date ? el.formatDate(dob, { dateStyle: 'long', timeZone: 'UTC' }) : `${a.dob.day} ${a.dob.month} ${a.dob.year}`, 'about-you'),
    ...(q.nhsNumber ? [row(el.t('nhsNumber'), or(a.nhsNumber), 'about-you')] : []),
    row(el.t('postcode.label'), a.postcode.toUpperCase(), 'about-you'),
    row(el.t('contactShort'), html`${[a.phone, a.email].filter((v) => v.trim()).map((v, i) => html`${i ? html`<br />` : ''}${v.trim()}`)}`, 'about-you'),
    ...(q.contactTimes ? [row(el.t('methods'), list(a.methods, 'm.', ''), 'about-you'), row(el.t('times'), or(a.times), 'about-you')] : []),
    ...(q.communicationNeeds ? [row(el.t('commNeeds'), list(a.commNeeds, 'c.', a.otherComm), 'about-you')] : []),
    row(el.t('practice.label'), el.fixedPractice?.name ?? a.practiceName, 'gp-practice'),
    row(el.t('matters'), or(a.whatMatters), 'what-matters'),
    row(el.t('supportShort'), list(a.needs, 'n.', a.otherNeed), 'what-matters'),
    row(el.t('consent'), el.t('agreed'), 'consent'),
  ];
  const s = el.submitter;
  const error = s.error;
  return html`${exitButton(el)}
    <a class="back" href="#back" @click=${(e: Event) => (e.preventDefault(), el.back())}>${el.t('back')}</a>
    <h2 tabindex="-1">${el.t('check')}</h2>
    ${summaryList(el, { rows, onChange: (step) => el.change(step) })}
    <div role="status">
      ${s.state === 'sending' ? html`<p>${el.t('sending')}</p>` : nothing}
    </div>
    ${s.state === 'failed' && error?.code === 'IDEMPOTENCY_KEY_REUSED'
      ? html`<div class="notice" role="alert">
          <p><strong>${el.t('alreadySent')}</strong></p>
          ${error.reference ? html`<p>${el.t('alreadySentReference', { reference: error.reference })}</p>` : nothing}
          <p>${el.t('error.IDEMPOTENCY_KEY_REUSED')}</p>
        </div>`
      : s.state === 'failed' && error
      ? html`<div class="notice" role="alert">
          <p><strong>${el.t('notSent')}</strong></p>
          <p>${error.code === 'RATE_LIMITED' && error.retryAfterSeconds ? el.t('error.RATE_LIMITED.retryAfter', { count: error.retryAfterSeconds }) : el.t(`error.${error.code}`)}</p>
          ${error.retriable ? html`<p>${el.t('keepTrying')}</p>` : nothing}
        </div>`
      : nothing}
    ${error?.code === 'IDEMPOTENCY_KEY_REUSED'
      ? nothing
      : html`<button type="button" class="wm-button" @click=${() => (s.state === 'failed' ? s.retry() : el.send())}>
          ${s.state === 'failed' ? el.t('retry') : el.t('send')}
        </button>`}
    ${crisisBox(el)}`;
}
