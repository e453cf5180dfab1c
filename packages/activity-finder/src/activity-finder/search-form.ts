/** The finder's search form: core's GOV.UK / NHS.UK form blocks, the rarer filters in a <details>. */
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, dayName, errorSummary, radios, textField } from '@waymark/core';
import type { WmActivityFinder } from './activity-finder.js';
import { DAYS, FEATURES, RADII, TIMES, type Filters } from './url-state.js';

export function renderSearchForm(host: WmActivityFinder): TemplateResult {
  const f = host.form;
  const set = (patch: Partial<Filters>) => (host.form = { ...host.form, ...patch });
  const t = host.t.bind(host);
  const more = f.categories.length + f.days.length + f.times.length + f.access.length > 0 || f.cost !== 'any' || f.age !== null || f.attend !== 'any';
  return html`${host.errors.length ? errorSummary(host, { errors: host.errors }) : nothing}
    <form novalidate @submit=${(e: Event) => void host.submit(e)}>
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
      <details ?open=${more || host.errors.some((e) => e.fieldId !== 'postcode')}>
        <summary>${t('moreFilters')}</summary>
        ${checkboxes(host, {
          id: 'category',
          name: 'category',
          legend: t('categories'),
          optional: true,
          values: f.categories,
          items: host.categories.map((c) => ({ value: c.id, label: host.locale === 'cy' ? c.nameCy : c.name })),
          onChange: (v) => set({ categories: v }),
        })}
        ${checkboxes(host, {
          id: 'day',
          name: 'day',
          legend: t('days'),
          optional: true,
          values: f.days,
          items: DAYS.map((d) => ({ value: d, label: dayName(host.locale, d) })),
          onChange: (v) => set({ days: v as Filters['days'] }),
        })}
        ${checkboxes(host, {
          id: 'time',
          name: 'time',
          legend: t('times'),
          optional: true,
          values: f.times,
          items: TIMES.map((v) => ({ value: v, label: t(v) })),
          onChange: (v) => set({ times: v as Filters['times'] }),
        })}
        ${radios(host, {
          id: 'cost',
          name: 'cost',
          legend: t('cost'),
          value: f.cost,
          items: [
            { value: 'any', label: t('costAny') },
            { value: 'free', label: t('costFree') },
            {
              value: 'max',
              label: t('costMax'),
              conditional: textField(host, {
                id: 'max-cost',
                name: 'maxCost',
                label: t('maxCost'),
                hint: t('maxCostHint'),
                error: host.errorFor('max-cost'),
                inputmode: 'decimal',
                width: '4',
                value: host.maxCostText,
                onInput: (v) => (host.maxCostText = v),
              }),
            },
          ],
          onChange: (v) => set({ cost: v as Filters['cost'] }),
        })}
        ${textField(host, {
          id: 'age',
          name: 'age',
          label: t('age'),
          hint: t('ageHint'),
          optional: true,
          error: host.errorFor('age'),
          inputmode: 'numeric',
          width: '3',
          value: host.ageText,
          onInput: (v) => (host.ageText = v),
        })}
        ${checkboxes(host, {
          id: 'access',
          name: 'access',
          legend: t('access'),
          hint: t('accessHint'),
          optional: true,
          values: f.access,
          items: FEATURES.map((v) => ({ value: v, label: t(v) })),
          onChange: (v) => set({ access: v as Filters['access'] }),
        })}
        ${radios(host, {
          id: 'attend',
          name: 'attend',
          legend: t('attend'),
          value: f.attend,
          items: [
            { value: 'any', label: t('attendAny') },
            { value: 'in-person', label: t('attendInPerson') },
            { value: 'online', label: t('attendOnline') },
          ],
          onChange: (v) => set({ attend: v as Filters['attend'] }),
        })}
      </details>
      <button type="submit" class="wm-button">${t('search')}</button>
    </form>`;
}
