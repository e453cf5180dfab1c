/**
 * An activity's details: sessions, venue, contact, Add to calendar, Share and Save. Its own module, loaded
 * the first time a person opens an activity, so the list's bytes do not carry it (nor the calendar code).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { contactList, dayName, formatTime, httpUrl } from '@waymark/core';
import type { Activity, WmActivityFinder } from './activity-finder.js';
import { cost, next } from './activity-view.js';
import { addMinutes, day } from './format.js';
import { activityToIcs, downloadIcs } from './ics.js';
import { shareLink } from './share.js';
import { defaultFilters } from './filters.js';
import { hashFor } from './results-view.js';

export { detailMessages } from './detail-messages.js';

type Host = WmActivityFinder;

/** An activity's details. */
export const styles = css`
  .prose{white-space:pre-line}
  .facts-list{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}
  .facts-list dt{font-weight:700}
  .facts-list dd{margin:0}
  @media (max-width:40rem){.facts-list,.wm-contact{grid-template-columns:1fr}.facts-list dd,.wm-contact dd{margin-bottom:0.5rem}}
`;

const row = (label: string, value: unknown): TemplateResult | typeof nothing =>
  value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;

function ages(host: Host, a: Activity): string {
  if (a.minAge !== null && a.maxAge !== null) return host.t('ages', { min: a.minAge, max: a.maxAge });
  if (a.minAge !== null) return host.t('ageFrom', { min: a.minAge });
  return a.maxAge !== null ? host.t('ageTo', { max: a.maxAge }) : '';
}

function dates(host: Host, s: Activity['schedule']): string {
  const start = day(host.locale, s.startDate);
  if (!s.rrule) return host.t('onDate', { date: start });
  return s.endDate ? host.t('dateRange', { start, end: day(host.locale, s.endDate) }) : host.t('fromDate', { date: start });
}

async function share(host: Host, a: Activity): Promise<void> {
  // The link names the activity only: not the person's place, keyword or other filters.
  const outcome = await shareLink({ title: a.name, url: new URL(hashFor({ filters: defaultFilters(), activity: a.id }), location.href).href });
  if (outcome === 'copied' || outcome === 'failed') host.announcement = host.t(outcome === 'copied' ? 'copied' : 'shareFailed');
}

function save(host: Host, a: Activity): void {
  const saved = host.shortlist!.toggle({ id: a.id, name: a.name });
  host.announcement = host.t(saved ? 'savedNote' : 'removedNote');
}

function calendar(host: Host, a: Activity): void {
  downloadIcs(a.name, activityToIcs(a, { now: new Date(), onlineLabel: host.t('online'), bookingLabel: host.t('bookingLabel') }));
}

/** The details of the open activity (`null` while it loads, or when it failed to). */
export function renderDetail(host: Host, a: Activity | null): TemplateResult {
  const back = html`<button type="button" class="wm-link-button back" @click=${() => host.closeDetail()}>${host.t('back')}</button>`;
  if (!a) {
    return html`${back}
      ${host.error ? host.errorBox() : html`<p class="loading">${host.t('loading')}</p>`}`;
  }
  const s = a.schedule;
  const v = a.venue;
  const c = a.contact;
  const end = addMinutes(s.startTime, s.durationMinutes);
  const pressed = !!host.shortlist?.has(a.id);
  const whoFor = ages(host, a);
  const osm = v && `https://www.openstreetmap.org/?mlat=${v.location.latitude}&mlon=${v.location.longitude}#map=17/${v.location.latitude}/${v.location.longitude}`;
  return html`${back}
    <article part="detail" aria-labelledby="detail-title">
      <h3 id="detail-title" tabindex="-1">${a.name}</h3>
      <p class="wm-hint">${host.t('organiser', { name: a.organiser.name })}</p>
      <p>${next(host, a)}</p>
      <div class="actions">
        <button type="button" class="wm-button" @click=${() => calendar(host, a)}>${host.t('addToCalendar')}</button>
        <button type="button" class="wm-button wm-button--secondary" @click=${() => void share(host, a)}>${host.t('share')}</button>
        <button type="button" class="wm-button wm-button--secondary" aria-pressed=${String(pressed)} @click=${() => save(host, a)}>${host.t('save')}</button>
      </div>
      <h4>${host.t('about')}</h4>
      <p class="prose">${a.description}</p>
      <h4>${host.t('when')}</h4>
      ${s.description ? html`<p>${s.description}</p>` : nothing}
      <dl class="facts-list">
        ${row(host.t('daysLabel'), s.days.map((d) => dayName(host.locale, d)).join(', '))}
        ${row(host.t('timeLabel'), `${host.t('timeRange', { start: formatTime(host, s.startTime), end: formatTime(host, end) })} (${host.t('minutes', { count: s.durationMinutes })})`)}
        ${row(host.t('datesLabel'), dates(host, s))} ${row(host.t('cost'), [cost(host, a), a.cost.concessions].filter(Boolean).join('. '))}
        ${row(host.t('whoFor'), [whoFor, a.eligibility].filter(Boolean).join('. '))}
        ${row(host.t('access'), [a.accessibility.map((f) => host.t(f)).join(', '), a.accessibilityNotes].filter(Boolean).join('. '))}
      </dl>
      <h4>${host.t('where')}</h4>
      ${v
        ? html`<p>
              ${[v.name, v.address.line1, v.address.line2, v.address.town, v.address.postcode].filter(Boolean).map((l) => html`${l}<br />`)}
            </p>
            <p><a href=${osm!}>${host.t('mapLink')}</a></p>`
        : nothing}
      ${a.online ? html`<p>${host.t('onlineOnly')}</p>` : nothing}
      ${c.phone || c.email || c.website || a.organiser.website
        ? html`<h4>${host.t('contact')}</h4>
            ${contactList(host, { ...c, website: c.website ?? a.organiser.website })}`
        : nothing}
      ${httpUrl(a.bookingUrl) ? html`<p><a class="wm-button" href=${httpUrl(a.bookingUrl)!}>${host.t('book')}</a></p>` : nothing}
      ${a.lastVerified ? html`<p class="wm-hint">${host.t('checked', { date: day(host.locale, a.lastVerified) })}</p>` : nothing}
    </article>`;
}
