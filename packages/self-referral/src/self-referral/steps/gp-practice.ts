import { html, nothing, type TemplateResult } from 'lit';
import { radios, textField } from '@waymark/core';
import type { WmSelfReferral } from '../self-referral.js';
import { questionPage } from './frame.js';

export interface PracticeOption {
  odsCode: string;
  name: string;
  address: { town: string; postcode: string };
}

/**
 * Your GP practice: fixed when the partner is a practice; otherwise a plain search (name, town or ODS
 * code) whose results are radios — no combobox, so it works the same with any assistive technology.
 */
export function renderPractice(el: WmSelfReferral): TemplateResult {
  const fixed = el.fixedPractice;
  if (fixed) return questionPage(el, el.t('practice.label'), html`<p>${el.t('practiceFixed', { practice: fixed.name })}</p>`);
  const a = el.answers;
  let text = '';
  const search = () => {
    const input = el.renderRoot.querySelector<HTMLInputElement>('#practice-search');
    void el.searchPractices(input?.value ?? text);
  };
  const found = el.practices;
  // The chosen practice stays listed even when a new search does not find it.
  const options = found ?? (a.practiceOds ? [{ odsCode: a.practiceOds, name: a.practiceName, address: { town: '', postcode: '' } }] : []);
  return questionPage(
    el,
    el.t('practice.label'),
    html`<div
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' && (e.target as Element).id === 'practice-search') {
            e.preventDefault();
            search();
          }
        }}
      >
        ${textField(el, { id: 'practice-search', name: 'practice-search', type: 'search', label: el.t('practiceSearch'), hint: el.t('practiceSearchHint'), value: text, error: el.err('practice-search'), onInput: (v) => (text = v) })}
        <button type="button" class="wm-button wm-button--secondary" @click=${search}>${el.t('search')}</button>
      </div>
      ${found ? html`<p role="status">${el.t('practice.found', { count: found.length })}</p>` : nothing}
      ${options.length
        ? radios(el, {
            id: 'practice',
            name: 'practice',
            legend: el.t('practiceChoose'),
            value: a.practiceOds || undefined,
            items: options.map((p) => ({ value: p.odsCode, label: p.name, hint: [p.address.town, p.address.postcode, p.odsCode].filter(Boolean).join(', ') })),
            onChange: (v) => el.set({ practiceOds: v, practiceName: options.find((p) => p.odsCode === v)?.name ?? v }),
          })
        : nothing}`,
  );
}
