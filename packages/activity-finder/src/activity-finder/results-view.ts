/**
 * The list side of the finder: results (loading, error, empty with "try a wider distance", the list), the
 * shortlist, and the URL hash they are linked by. A chunk of its own, fetched with the first search (at the
 * same time as the search itself) or when the page's address already holds a list, so a page where nobody
 * searches loads only the form.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { emit } from '@waymark/core';
import type { ActivityFilter } from '../generated/graphql.js';
import type { Activity, WmActivityFinder } from './activity-finder.js';
import { renderResult } from './activity-view.js';
import { RADII, type Filters } from './filters.js';
import { formatHash, type FinderState } from './url-state.js';

export { resultsMessages } from './results-messages.js';
export { ShortlistController } from './shortlist.js';
export { parseHash } from './url-state.js';

type Host = WmActivityFinder;

/** The results list, the shortlist and the map's place on the page. */
export const styles = css`
  .results,.saved{list-style:none;padding:0;margin:0 0 1rem}
  .result{border-top:1px solid var(--wm-color-border);padding-top:0.5rem}
  .result h4{margin-top:0.5rem}
  .facts{margin:0 0 0.5rem;padding-left:1.25rem}
  .saved li{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
  wm-activity-map{display:block;margin-bottom:1rem}
`;

/** The hash for `state`, keeping the host page's own hash content. */
export const hashFor = (state: FinderState): string => formatHash(location.hash, state) || '#';

/** Records `state` in the address: a new history entry with `push` (Back returns), else in place. */
export function writeHash(state: FinderState, push: boolean, marker: string): void {
  const url = new URL(location.href);
  url.hash = formatHash(location.hash, state);
  if (push) history.pushState({ [marker]: state.activity }, '', url);
  else history.replaceState(history.state, '', url);
}

/** Activity links carry the hash they open, so they can be copied or opened in a new tab. */
export function link(host: Host, a: Pick<Activity, 'id' | 'name'>): TemplateResult {
  return html`<a
    href=${hashFor({ filters: host.applied ?? host.form, activity: a.id })}
    data-id=${a.id}
    @click=${(e: MouseEvent) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      void host.openDetail(a.id);
    }}
    >${a.name}</a
  >`;
}

/** The next radius up, or null at the largest (or with no place). */
const nextRadius = (host: Host, f: Filters): number | null => (host.near(f) ? (RADII.find((r) => r > f.radius) ?? null) : null);

/** "No activities within 5 km", or none at all when there was no place. */
const emptyText = (host: Host, f: Filters): string =>
  host.near(f) ? host.t('noneWithin', { distance: host.distance(host.radiusKm(f)) }) : host.t('noneAtAll');

/** Tells the page a search finished: the filters used, never the place, the keyword's text or the age. */
export function emitSearched(host: Host, f: Filters, api: ActivityFilter): void {
  emit(host, 'wm-activity-finder-searched', {
    resultCount: host.total,
    filters: {
      radiusKm: api.radiusKm ?? null,
      keyword: !!f.keyword,
      categories: f.categories,
      days: f.days,
      timesOfDay: f.times,
      freeOnly: f.cost === 'free',
      maxCostPence: api.maxCostPence ?? null,
      age: f.age !== null,
      accessibility: f.access,
      online: api.online ?? null,
    },
  });
}

/** What the live region says once a search has answered. */
export const summary = (host: Host, f: Filters): string =>
  host.results.length ? host.t('showing', { shown: host.results.length, count: host.total }) : emptyText(host, f);

export function renderSaved(host: Host): TemplateResult {
  const shortlist = host.shortlist!;
  const entries = shortlist.entries;
  return html`<section aria-labelledby="saved-title">
    <h3 id="saved-title" tabindex="-1">${host.t('savedTitle')}</h3>
    <p>${host.t(shortlist.available ? 'savedDevice' : 'storageBlocked')}</p>
    ${entries.length
      ? html`<ul class="saved">
          ${entries.map(
            (e) => html`<li>
              ${link(host, e)}
              <button
                type="button"
                class="wm-link-button"
                @click=${() => {
                  shortlist.remove(e.id);
                  host.announcement = host.t('removedNote');
                  host.focusSoon('#saved-title');
                }}
              >
                ${host.t('remove')}<span class="wm-visually-hidden"> ${e.name}</span>
              </button>
            </li>`,
          )}
        </ul>
        <p>
          <button
            type="button"
            class="wm-link-button"
            @click=${() => {
              // A shared or public computer: the next person should not find what this one saved.
              shortlist.clear();
              host.announcement = host.t('clearedNote');
              host.focusSoon('#saved-title');
            }}
          >
            ${host.t('clearAll')}
          </button>
        </p>`
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
      const wider = f && nextRadius(host, f);
      return html`<div class="empty">
        <h3 id="results-title" tabindex="-1">${emptyText(host, f!)}</h3>
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
