/**
 * The answer: one service, its team, how to get in touch, opening hours and accessibility. A chunk of its
 * own, fetched alongside the first answer's request, so a page where nobody looks loads only the search.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { contactList, DAYS, dayName, formatAddress, formatTime, languageNames, londonDate, type CoreMessageKey, type Locale, type MessageParams } from '@waymark/core';
import type { FinderServiceFragment } from '../generated/graphql.js';
import type { messages } from './messages.js';

type Key = keyof typeof messages.en;
export interface ViewHost {
  locale: Locale;
  t(key: Key | CoreMessageKey, params?: MessageParams): string;
  formatDate(value: Date, options?: Intl.DateTimeFormatOptions): string;
  /** The Waymark endpoint: photos given as paths live on the Waymark server, not the partner's. */
  config: { endpoint?: string | undefined };
}

export const styles = css`
  .service{border-top:4px solid var(--wm-color-primary);margin-top:1rem}
  .team{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}
  .team li{display:flex;gap:0.75rem;align-items:flex-start}
  .team img{border-radius:50%;object-fit:cover;flex:none}
  table{border-collapse:collapse;margin-bottom:1rem}
  th,td{text-align:left;padding:0.25rem 1rem 0.25rem 0;border-bottom:1px solid #d8dde0}
  .is-open{color:var(--wm-color-button)}
`;

/** Other languages than English (everyone speaks English here; say so only for the others). */
const others = (tags: readonly string[]) => tags.filter((l) => l !== 'en');

function status(host: ViewHost, s: FinderServiceFragment): string {
  const time = (hhmm: string) => formatTime(host, hhmm);
  const o = s.openingStatus;
  if (o.isOpen && o.closesAt) return host.t('openNow', { time: time(o.closesAt) });
  if (o.closedFor) return host.t('closedFor', { holiday: host.locale === 'cy' ? o.closedFor.welshName : o.closedFor.name });
  if (!o.nextOpensOn || !o.nextOpensAt) return host.t('closedNow');
  const day =
    o.nextOpensOn === londonDate()
      ? host.t('today')
      : o.nextOpensOn === londonDate(1)
        ? host.t('tomorrow')
        : host.formatDate(new Date(`${o.nextOpensOn}T12:00:00Z`), { weekday: 'long', timeZone: 'UTC' });
  return host.t('opens', { day, time: time(o.nextOpensAt) });
}

function hours(host: ViewHost, s: FinderServiceFragment): TemplateResult {
  const time = (hhmm: string) => formatTime(host, hhmm);
  return html`
    <h4>${host.t('hours')}</h4>
    <p class="open ${s.openingStatus.isOpen ? 'is-open' : ''}"><strong>${status(host, s)}</strong></p>
    <table>
      <caption class="wm-visually-hidden">${host.t('hours')}</caption>
      <tbody>
        ${DAYS.map((day) => {
          const periods = s.openingHours.filter((h) => h.day === day);
          return html`<tr>
            <th scope="row">${dayName(host.locale, day)}</th>
            <td>${periods.length ? periods.map((h) => host.t('range', { opens: time(h.opens), closes: time(h.closes) })).join(', ') : host.t('closed')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <p>${host.t('bankHolidays')}</p>
    ${s.upcomingClosures.map(
      (h) =>
        html`<p>${host.t('closedOn', { date: host.formatDate(new Date(`${h.date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }), holiday: host.locale === 'cy' ? h.welshName : h.name })}</p>`,
    )}
  `;
}

export function renderService(host: ViewHost, s: FinderServiceFragment, refer: TemplateResult | typeof nothing): TemplateResult {
  const c = s.contact;
  const langs = others(s.languages);
  return html`
    <section class="service" aria-labelledby="service-${s.id}">
      <h3 id="service-${s.id}">${s.name}</h3>
      <h4>${host.t('helpsWith')}</h4>
      <p>${s.description}</p>
      <h4>${host.t('howToRefer')}</h4>
      <p>${s.howToRefer}</p>
      <p>${host.t('responseDays', { count: s.typicalResponseDays })}</p>
      ${s.acceptsSelfReferrals ? refer : html`<p>${host.t('noSelfReferral')}</p>`}
      ${s.linkWorkers.length
        ? html`<h4>${host.t('team')}</h4>
            <ul class="team">
              ${s.linkWorkers.map(
                (w) => html`<li>
                  ${w.photo ? html`<img src=${new URL(w.photo.url, host.config.endpoint ?? document.baseURI).href} alt=${w.photo.alt} width="64" height="64" loading="lazy" />` : nothing}
                  <span><strong>${w.displayName}</strong><br />${w.roleTitle}${others(w.languages).length
                      ? html`<br />${host.t('speaks', { languages: languageNames(host.locale, others(w.languages)) })}`
                      : nothing}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${langs.length ? html`<p>${host.t('teamSpeaks', { languages: languageNames(host.locale, langs) })}</p>` : nothing}
      <h4>${host.t('contact')}</h4>
      ${contactList(host, c)}
      ${hours(host, s)}
      ${s.accessibility || s.address
        ? html`<h4>${host.t('access')}</h4>
            ${s.address ? html`<p>${formatAddress(s.address)}</p>` : nothing}
            ${s.accessibility ? html`<p>${s.accessibility}</p>` : nothing}`
        : nothing}
    </section>
  `;
}
