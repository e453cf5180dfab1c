/** The finder's search form: core's GOV.UK / NHS.UK form blocks, the rarer filters in a <details> (more-filters.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, radios, retryPanel, textField } from '@waymark/core';
import type { WmActivityFinder } from './activity-finder.js';
import { RADII, type Filters } from './filters.js';

export function renderSearchForm(host: WmActivityFinder): TemplateResult {
  const f = host.form;
  const set = (patch: Partial<Filters>) => (host.form = { ...host.form, ...patch });
  const t = host.t.bind(host);
  const more = f.categories.length + f.days.length + f.times.length + f.access.length > 0 || f.cost !== 'any' || f.age !== null || f.attend !== 'any';
  return html`${host.errors.length ? errorSummary(host, { errors: host.errors }) : nothing}
    <form novalidate @submit=${(e: Event) => void host.submit(e)} @focusin=${() => host.warm()}>
      <div class="place">
        ${textField(host, {
          id: 'postcode',
          name: 'postcode',
          label: t('postcode.label'),
          hint: f.place === 'me' && !host.postcodeText ? t('usingLocation') : t('postcode.hint'),
          error: host.errorFor('postcode'),
          value: host.postcodeText,
          autocomplete: 'postal-code',
          spellcheck: false,
          width: '10',
          onInput: (v) => (host.postcodeText = v),
        })}
        <button type="button" class="wm-button wm-button--secondary" @click=${() => host.locate()}>
          ${t(host.locating ? 'locating' : 'useLocation')}
        </button>
      </div>
      ${radios(host, {
        id: 'radius',
        name: 'radius',
        legend: t('radius'),
        inline: true,
        value: String(f.radius),
        items: RADII.map((r) => ({ value: String(r), label: t(host.prefersMiles ? 'distance.miles' : 'distance.km', { count: r }) })),
        onChange: (v) => set({ radius: Number(v) }),
      })}
      ${textField(host, {
        id: 'keyword',
        name: 'keyword',
        type: 'search',
        label: t('keyword'),
        hint: t('keywordHint'),
        error: host.errorFor('keyword'),
        optional: true,
        value: f.keyword,
        onInput: (v) => set({ keyword: v }),
      })}
      <details
        ?open=${more || host.errors.some((e) => e.fieldId !== 'postcode')}
        @toggle=${(e: Event) => {
          if ((e.target as HTMLDetailsElement).open && !host.moreFilters) host.openMoreFilters();
        }}
      >
        <summary>${t('moreFilters')}</summary>
        ${host.moreFilters
          ? host.moreFilters.renderMoreFilters(host)
          : host.moreFiltersError
            ? retryPanel(host, { error: host.moreFiltersError, onRetry: () => host.openMoreFilters() })
            : html`<p class="loading">${t('loading')}</p>`}
      </details>
      <button type="submit" class="wm-button">${t('search')}</button>
    </form>`;
}
