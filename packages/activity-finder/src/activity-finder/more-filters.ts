/**
 * The filters inside "More filters": type, day, time, cost, age, access, in person or online. A chunk of
 * its own, loaded when the person opens "More filters" (or a shared link sets one of these), since most
 * searches use the first screen's place, distance and keyword only.
 */
import { html, type TemplateResult } from 'lit';
import { checkboxes, dayName, radios, textField } from '@waymark/core';
import type { WmActivityFinder } from './activity-finder.js';
import type { Filters } from './filters.js';
import { DAYS, FEATURES, TIMES } from './url-state.js';

export { filterMessages } from './filter-messages.js';

export function renderMoreFilters(host: WmActivityFinder): TemplateResult {
  const f = host.form;
  const set = (patch: Partial<Filters>) => (host.form = { ...host.form, ...patch });
  const t = host.t.bind(host);
  return html`${checkboxes(host, {
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
    })}`;
}
