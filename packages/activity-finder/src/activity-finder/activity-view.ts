/** One activity's entry in the results (its details are detail-view.ts, loaded when first opened). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Activity, WmActivityFinder } from './activity-finder.js';
import { day, money, sessionWhen } from './format.js';
import { link } from './results-view.js';

type Host = WmActivityFinder;

/** "Free", "£2.50 a session", or — when the source does not say — "Ask the organiser about cost" (never "Free"). */
export const cost = (host: Host, a: Activity): string =>
  a.cost.free
    ? host.t('free')
    : a.cost.amountPence
      ? host.t('perSession', { amount: money(host.locale, a.cost.amountPence) })
      : host.t('costNotStated');

export const next = (host: Host, a: Activity): string =>
  a.nextSession ? host.t('next', { when: sessionWhen(host, a.nextSession.start) }) : host.t('noNext');

export function renderResult(host: Host, a: Activity): TemplateResult {
  const access = a.accessibility.map((f) => host.t(f)).join(', ');
  return html`<li class="result" part="result">
    <h4>${link(host, a)}</h4>
    <p class="wm-hint">${host.t('organiser', { name: a.organiser.name })}</p>
    <ul class="facts">
      ${a.distanceKm !== null ? html`<li>${host.t('distance.away', { distance: host.distance(a.distanceKm) })}</li>` : nothing}
      ${a.online ? html`<li>${host.t('online')}</li>` : nothing}
      <li>${next(host, a)}</li>
      <li>${cost(host, a)}</li>
      ${access ? html`<li>${access}</li>` : nothing}
    </ul>
    ${a.lastVerified ? html`<p class="wm-hint">${host.t('checked', { date: day(host.locale, a.lastVerified) })}</p>` : nothing}
  </li>`;
}

