/** The list side of the finder: results (loading, error, empty with "try a wider distance", the list) and the shortlist. */
import { html, nothing, type TemplateResult } from 'lit';
import type { WmActivityFinder } from './activity-finder.js';
import { renderResult } from './activity-view.js';

type Host = WmActivityFinder;

export function renderSaved(host: Host): TemplateResult {
  const entries = host.shortlist.entries;
  return html`<section aria-labelledby="saved-title">
    <h3 id="saved-title" tabindex="-1">${host.t('savedTitle')}</h3>
    <p>${host.t(host.shortlist.available ? 'savedDevice' : 'storageBlocked')}</p>
    ${entries.length
      ? html`<ul class="saved">
          ${entries.map(
            (e) => html`<li>
              ${host.link(e)}
              <button
                type="button"
                class="wm-link-button"
                @click=${() => {
                  host.shortlist.remove(e.id);
                  host.announcement = host.t('removedNote');
                  host.focusSoon('#saved-title');
                }}
              >
                ${host.t('remove')}<span class="wm-visually-hidden"> ${e.name}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p>${host.t('savedEmpty')}</p>`}
    <button type="button" class="wm-button wm-button--secondary" @click=${() => void host.setView('list')}>${host.t('backToSearch')}</button>
  </section>`;
}

export function renderResults(host: Host): TemplateResult | typeof nothing {
  const f = host.applied;
  switch (host.state) {
    case 'loading':
      return html`<p class="loading">${host.t('loading')}</p>`;
    case 'error':
      return host.errorBox();
    case 'empty': {
      const wider = f && host.nextRadius(f);
      return html`<div class="empty">
        <h3 id="results-title" tabindex="-1">${host.emptyText(f!)}</h3>
        ${wider
          ? html`<button type="button" class="wm-button" @click=${() => host.widen(wider)}>
              ${host.t('widen', { distance: host.distance(host.radiusKm({ ...f, radius: wider })) })}
            </button>`
          : nothing}
      </div>`;
    }
    case 'results': {
      const place = f && host.near(f) ? (f.place === 'me' ? host.t('yourLocation') : f.place) : '';
      const mapOn = host.view === 'map';
      return html`<h3 id="results-title" tabindex="-1">${place ? host.t('resultsNear', { place }) : host.t('resultsTitle')}</h3>
        <p>${host.t('showing', { shown: host.results.length, count: host.total })}</p>
        ${host.map
          ? html`<button type="button" class="wm-button wm-button--secondary" aria-pressed=${String(mapOn)} @click=${() => void host.setView(mapOn ? 'list' : 'map')}>
              ${host.t('mapView')}
            </button>`
          : nothing}
        ${mapOn && host.map
          ? html`<wm-activity-map
              .tiles=${host.map}
              .attribution=${host.mapAttribution ?? ''}
              .locale=${host.locale}
              .centre=${f ? host.near(f) : null}
              .points=${host.results.flatMap((a) => (a.venue ? [{ id: a.id, label: a.name, ...a.venue.location }] : []))}
              @wm-activity-map-select=${(e: CustomEvent<{ id: string }>) => void host.openDetail(e.detail.id)}
            ></wm-activity-map>`
          : nothing}
        <ol class="results" aria-labelledby="results-title">
          ${host.results.map((a) => renderResult(host, a))}
        </ol>
        ${host.error
          ? host.errorBox()
          : host.hasMore
            ? html`<button type="button" class="wm-button wm-button--secondary" @click=${() => host.showMore()}>${host.t('showMore')}</button>`
            : nothing}`;
    }
    default:
      return nothing;
  }
}
