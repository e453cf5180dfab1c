import { html, nothing, type TemplateResult } from 'lit';
import {
  WaymarkElement,
  lazyPart,
  type Catalogue,
  WaymarkError,
  ErrorSummaryController,
  PartnerProfileDocument,
  emit,
  focusStyles,
  formatDistance,
  formStyles,
  reserveMinHeight,
  retryPanel,
  type FieldError,
} from '@waymark/core';
import {
  ActivityFinderActivityDocument,
  ActivityFinderCategoriesDocument,
  ActivityFinderPostcodeDocument,
  ActivityFinderSearchDocument,
  type ActivityFilter,
  type ActivityFinderCategoriesQuery,
  type FoundActivityFragment,
} from '../generated/graphql.js';
import { messages, type en } from './messages.js';
import type { detailEn } from './detail-messages.js';
import type { filterEn } from './filter-messages.js';
import type { resultsEn } from './results-messages.js';
import { styles } from './activity-finder.styles.js';
import { renderSearchForm } from './search-form.js';
import type * as DetailView from './detail-view.js';
import type * as MoreFilters from './more-filters.js';
import type * as ResultsView from './results-view.js';
import { checkForm } from './validate.js';
import type { ShortlistController } from './shortlist.js';
import { HASH_KEY, SHORTLIST_KEY, defaultFilters, hasSavedShortlist, hasState, outwardCode, round2, type Filters, type FinderState } from './filters.js';

declare global {
  interface WaymarkEventDetailMap {
    /** A search finished. The filters never include the place, the keyword's text or the age. */
    'wm-activity-finder-searched': {
      resultCount: number;
      filters: {
        radiusKm: number | null;
        keyword: boolean;
        categories: string[];
        days: string[];
        timesOfDay: string[];
        freeOnly: boolean;
        maxCostPence: number | null;
        age: boolean;
        accessibility: string[];
        online: boolean | null;
      };
    };
    /** The person opened an activity's details. */
    'wm-activity-finder-selected': { activityId: string };
  }
}

export type Activity = FoundActivityFragment;
export type Category = ActivityFinderCategoriesQuery['activityCategories'][number];
type State = 'idle' | 'loading' | 'results' | 'empty' | 'error';
/** Every message the finder shows: the first screen's, and those its lazily loaded parts bring. */
type FinderMessages = Catalogue<typeof en & typeof resultsEn & typeof filterEn & typeof detailEn>;

const PAGE = 20;
const KM_PER_MILE = 1.609344;

/**
 * Finds local groups, classes, volunteering, arts and exercise by postcode or the person's location,
 * distance, keyword, category, day, time, cost, age, access and online or in person. The filters live in
 * the page's URL hash (no full postcode, no precise location) so a list can be shared and survives a reload.
 *
 * @summary Find local activities, see when they next meet, save a shortlist and add them to a calendar.
 * @csspart base - The outer wrapper.
 * @csspart field - Each form field (from core's form blocks); also `label`, `hint`, `input`, `error-message`, `error-summary`.
 * @csspart result - One activity in the results.
 * @csspart detail - An activity's details.
 * @cssproperty --wm-activity-finder-min-height - Height reserved while loading (default 40rem: the search form's height).
 * @event wm-activity-finder-searched - A search finished: `{ resultCount, filters }` (no place, keyword text or age).
 * @event wm-activity-finder-selected - An activity's details were opened: `{ activityId }`.
 * @since 0.1.0
 */
export class WmActivityFinder extends WaymarkElement<FinderMessages> {
  static override messages = messages;
  static override properties = {
    map: { type: String },
    mapAttribution: { type: String, attribute: 'map-attribution' },
    state: { state: true },
    form: { state: true },
    errors: { state: true },
    results: { state: true },
    detail: { state: true },
    view: { state: true },
    announcement: { state: true },
  };
  static override styles = [WaymarkElement.styles, reserveMinHeight('activity-finder', '40rem'), focusStyles, formStyles, styles];

  /** The shortlist kept on this device: with the results part (loaded at once when a shortlist is saved). */
  shortlist: ShortlistController | undefined;
  readonly summary = new ErrorSummaryController(this);
  /** The partner's unit for distances. */
  prefersMiles = false;
  categories: Category[] = [];
  /** What is typed in the text boxes: never cleared, validated on submit. */
  postcodeText = '';
  maxCostText = '';
  ageText = '';
  locating = false;
  /** The filters of the list shown (null before the first search). */
  applied: Filters | null = null;
  total = 0;
  cursor: string | null = null;
  hasMore = false;
  loadingMore = false;
  error: WaymarkError | undefined;
  /** The open activity's id, set at once (the activity itself may still be loading). */
  detailId: string | null = null;
  /** The postcode text whose place is known (not looked up again while unchanged). */
  private resolved: string | null = null;
  private seq = 0;
  private focusAfter: string | null = null;
  private returnTo: string | null = null;
  private mapLoaded = false;
  /** The last failure was finding the postcode's place: Try again submits the form again. */
  private retryLookup = false;
  /** The results list, shortlist and URL hash: loaded with the first search (or a list in the address). */
  resultsView: typeof ResultsView | undefined;
  /** The filters inside "More filters": loaded when it opens. */
  moreFilters: typeof MoreFilters | undefined;
  /** The details view, loaded the first time an activity is opened. */
  private detailView: typeof DetailView | undefined;
  /** Why "More filters" could not load (shown in it, with Try again). */
  moreFiltersError: WaymarkError | undefined;
  /** Address changes waiting for the results part. */
  private readonly pendingHashes: { state: FinderState; push: boolean }[] = [];

  readonly loadResults = lazyPart(this, () => import('./results-view.js'), {
    welsh: () => import('./results-messages.cy.js'),
    messages: (m) => m.resultsMessages,
    ready: (m) => {
      this.resultsView = m;
      this.shortlist ??= new m.ShortlistController(this);
      // Addresses recorded while the part was on its way (or after it failed once), in order.
      for (const { state, push } of this.pendingHashes.splice(0)) m.writeHash(state, push, HASH_KEY);
    },
  });

  readonly loadMoreFilters = lazyPart(
    this,
    // Its choices and labels come with the results' part, which a search needs next anyway.
    () => Promise.all([this.loadResults(), import('./more-filters.js')]).then(([, m]) => m),
    { welsh: () => import('./filter-messages.cy.js'), messages: (m) => m.filterMessages, ready: (m) => (this.moreFilters = m) },
  );

  private readonly loadDetail = lazyPart(this, () => import('./detail-view.js'), {
    welsh: () => import('./detail-messages.cy.js'),
    messages: (m) => m.detailMessages,
    ready: (m) => (this.detailView = m),
  });

  /** A tile URL template (`https://…/{z}/{x}/{y}.png`): shows a map view. No map, and no third-party request, without it. */
  declare map: string | undefined;
  /** The map tiles' credit text. */
  declare mapAttribution: string | undefined;
  declare state: State;
  /** The filters as edited in the form. */
  declare form: Filters;
  declare errors: FieldError[];
  declare results: Activity[];
  declare detail: Activity | null;
  declare view: 'list' | 'map' | 'saved';
  declare announcement: string;

  constructor() {
    super();
    this.state = 'idle';
    this.form = defaultFilters();
    this.errors = [];
    this.results = [];
    this.detail = null;
    this.view = 'list';
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onHistory);
    addEventListener('hashchange', this.onHistory);
    addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onHistory);
    removeEventListener('hashchange', this.onHistory);
    removeEventListener('storage', this.onStorage);
  }

  /** A shortlist saved in another tab: the results part (whose shortlist follows such changes) loads for "Saved (N)". */
  private readonly onStorage = (event: StorageEvent): void => {
    if (!this.shortlist && (event.key === SHORTLIST_KEY || event.key === null)) this.loadResults().catch(() => undefined);
  };

  protected override firstUpdated(): void {
    // "Saved (3)" needs the shortlist's count: someone with a saved shortlist gets the list's part now.
    if (hasSavedShortlist()) this.loadResults().catch(() => undefined);
    void this.init();
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    if (target) {
      this.focusAfter = null;
      target.focus();
    }
  }

  /** The partner's unit and the categories, then whatever the hash asks for. */
  private async init(): Promise<void> {
    try {
      const [partner, cats] = await Promise.all([
        this.config.partner ? this.transport.request(PartnerProfileDocument, { key: this.config.partner }) : null,
        this.transport.request(ActivityFinderCategoriesDocument, {}),
      ]);
      this.prefersMiles = partner?.partner?.prefersMiles ?? false;
      this.categories = cats.activityCategories;
      this.requestUpdate();
      this.fromHash(true);
    } catch (error) {
      this.fail(error);
    }
  }

  private readonly onHistory = (): void => this.fromHash(false);

  /**
   * Someone is using the form: fetch the parts a search will need (the results, the other filters) now,
   * so they are there when asked for. Nothing loads for a visitor who only scrolls past.
   */
  warm(): void {
    this.loadResults().catch(() => undefined);
    this.loadMoreFilters().catch(() => undefined);
  }

  /** Shows what the URL's hash holds: its filters' list and, when it names one, an activity. */
  private fromHash(first: boolean): void {
    if (!hasState(location.hash)) {
      if (this.detailId) this.closeDetail(true);
      return;
    }
    if (!this.resultsView) {
      // A search the person starts meanwhile wins: the address is not read over it when the part arrives.
      const seq = this.seq;
      this.state = 'loading';
      this.loadResults().then(
        () => seq === this.seq && this.fromHash(first),
        (error: unknown) => seq === this.seq && this.fail(error),
      );
      return;
    }
    const { filters, activity } = this.resultsView.parseHash(location.hash);
    filters.age = this.form.age; // not in the hash (it may be the person's own): kept while the page is open
    if (first || JSON.stringify(filters) !== JSON.stringify(this.applied)) {
      this.form = filters;
      this.postcodeText = filters.place === 'me' ? '' : filters.place;
      this.resolved = filters.near ? this.postcodeText : null;
      this.maxCostText = filters.maxCostPence === null ? '' : String(filters.maxCostPence / 100);
      this.ageText = filters.age === null ? '' : String(filters.age);
      if (filters.near || filters.keyword || filters.attend === 'online') void this.search(filters);
      else if (this.state === 'loading') this.state = 'idle';
    }
    // Opened from the page's own address (a shared link, a reload): show it, but leave focus where the page starts.
    if (activity && activity !== this.detailId) void this.openDetail(activity, false, !first);
    else if (!activity && this.detailId) this.closeDetail(true);
  }

  /**
   * Records `state` in the address: at once when the results part (which holds the hash's format) is here,
   * else when it arrives, even after a failed load and Try again.
   */
  private writeHash(state: FinderState, push: boolean): void {
    if (this.resultsView) return this.resultsView.writeHash(state, push, HASH_KEY);
    this.pendingHashes.push({ state, push });
    this.loadResults().catch(() => undefined); // the search that needed it says what went wrong
  }

  radiusKm(filters: Filters): number {
    return filters.radius * (this.prefersMiles ? KM_PER_MILE : 1);
  }

  /** A distance in the partner's unit: "0.5 km", "3 miles". */
  distance(km: number): string {
    return formatDistance(this, km, this.prefersMiles);
  }

  /** Where to search from: nowhere for online activities (they are not tied to a place). */
  near(f: Filters): Filters['near'] {
    return f.attend === 'online' ? null : f.near;
  }

  toApi(f: Filters): ActivityFilter {
    const near = this.near(f);
    return {
      near,
      radiusKm: near ? this.radiusKm(f) : null,
      keyword: f.keyword || null,
      categories: f.categories.length ? f.categories : null,
      days: f.days.length ? f.days : null,
      timesOfDay: f.times.length ? f.times : null,
      freeOnly: f.cost === 'free' || null,
      maxCostPence: f.cost === 'max' ? f.maxCostPence : null,
      age: f.age,
      accessibility: f.access.length ? f.access : null,
      online: f.attend === 'any' ? null : f.attend === 'online',
    };
  }

  /** Runs a search (or fetches the next page with `more`). */
  async search(filters: Filters, more = false): Promise<void> {
    const seq = ++this.seq;
    this.applied = filters;
    this.error = undefined;
    if (more) this.loadingMore = true;
    else {
      this.state = 'loading';
      this.results = [];
      // Changes the live region, so an answer with the same count as the last is still announced.
      this.announcement = this.t('loading');
    }
    this.requestUpdate();
    try {
      // The list's code arrives alongside the first answer, not before the question.
      const [view, { activities }] = await Promise.all([
        this.loadResults(),
        this.transport.request(ActivityFinderSearchDocument, {
          filter: this.toApi(filters),
          first: PAGE,
          after: more ? this.cursor : null,
        }),
      ]);
      if (seq !== this.seq) return;
      const first = activities.nodes[0];
      this.results = more ? [...this.results, ...activities.nodes] : activities.nodes;
      this.total = activities.totalCount;
      this.cursor = activities.pageInfo.endCursor;
      this.hasMore = activities.pageInfo.hasNextPage;
      this.state = this.results.length ? 'results' : 'empty';
      this.announcement = view.summary(this, filters);
      if (more && first) this.focusAfter = `a[data-id="${CSS.escape(first.id)}"]`;
      if (!more) view.emitSearched(this, filters, this.toApi(filters));
    } catch (error) {
      if (seq !== this.seq) return;
      if (!more) return this.fail(error);
      // Show more failed: the list stays, with the problem and Try again in place of Show more.
      this.error = error instanceof WaymarkError ? error : new WaymarkError('INTERNAL_SERVER_ERROR', String(error));
      this.focusAfter = '.wm-retry button';
      this.requestUpdate();
    } finally {
      if (seq === this.seq) this.loadingMore = false;
    }
  }

  private fail(error: unknown): void {
    this.error = error instanceof WaymarkError ? error : new WaymarkError('INTERNAL_SERVER_ERROR', String(error));
    this.state = 'error';
    this.loadingMore = false;
    this.focusAfter = null; // what it waited for will not come
    this.announcement = '';
  }

  /** Moves focus to `selector` once it has rendered (the control that had it is gone). */
  focusSoon(selector: string): void {
    this.focusAfter = selector;
    this.requestUpdate();
  }

  /** "No activities within 5 km — try 10 km": one click searches again with the next radius up. */
  widen(radius: number): void {
    this.focusAfter = '#results-title'; // the button goes; focus the new answer's heading
    const filters = { ...this.applied!, radius };
    this.form = { ...this.form, radius };
    this.writeHash({ filters, activity: null }, false);
    void this.search(filters);
  }

  retry(): void {
    if (this.retryLookup) {
      this.retryLookup = false;
      void this.submit();
      return;
    }
    if (!this.categories.length) void this.init();
    else if (this.detailId && (!this.detail || !this.detailView)) void this.openDetail(this.detailId, false);
    else if (this.applied) void this.search(this.applied, this.results.length > 0);
    else if (hasState(location.hash)) this.fromHash(true);
    else this.state = 'idle'; // a part of the widget failed to load: ask again from the start
  }

  showMore(): void {
    if (this.applied && !this.loadingMore) void this.search(this.applied, true);
  }

  errorFor(id: string): string | undefined {
    return this.errors.find((e) => e.fieldId === id)?.message;
  }

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.summary.show();
  }

  /** Validates the form, finds the postcode's place if it changed, then searches and records the filters. */
  async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const text = this.postcodeText.trim();
    const { filters: f, errors, lookup } = checkForm(this.form, { postcode: text, maxCost: this.maxCostText, age: this.ageText }, this.resolved);
    if (errors.length) return this.showErrors(errors.map((e) => ({ fieldId: e.fieldId, message: this.t(e.key) })));
    if (lookup) {
      // Counted like a search: a later search or lookup wins, and this one's answer is dropped.
      const seq = ++this.seq;
      const before = this.state;
      this.state = 'loading';
      this.retryLookup = false;
      try {
        const { postcodeLocation: at } = await this.transport.request(ActivityFinderPostcodeDocument, { postcode: lookup });
        if (seq !== this.seq) return;
        this.state = before;
        if (!at) return this.showErrors([{ fieldId: 'postcode', message: this.t('postcodeUnknown') }]);
        // Rounded before use, so the list shown is the list a shared link shows (about 1 km of precision).
        f.near = { latitude: round2(at.latitude), longitude: round2(at.longitude) };
        f.place = outwardCode(lookup);
        this.resolved = text;
      } catch (error) {
        if (seq !== this.seq) return;
        this.state = before;
        if (error instanceof WaymarkError && error.code === 'BAD_USER_INPUT') {
          return this.showErrors([{ fieldId: 'postcode', message: this.t('postcode.invalid') }]);
        }
        // "Try again" then looks the postcode up again (not the previous list).
        this.retryLookup = true;
        return this.fail(error);
      }
    }
    this.errors = [];
    this.summary.clear();
    this.form = f;
    this.view = this.view === 'saved' ? 'list' : this.view;
    this.writeHash({ filters: f, activity: null }, false);
    await this.search(f);
  }

  /** "Use my location": the only place the browser is asked for the person's position. */
  locate(): void {
    const fail = () => {
      this.locating = false;
      this.showErrors([{ fieldId: 'postcode', message: this.t('locationFailed') }]);
    };
    if (this.locating) return;
    if (!navigator.geolocation) return fail();
    this.locating = true;
    this.announcement = this.t('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        this.postcodeText = '';
        this.resolved = null; // a postcode typed after this is looked up again
        this.form = { ...this.form, near: { latitude: round2(coords.latitude), longitude: round2(coords.longitude) }, place: 'me' };
        void this.submit();
      },
      fail,
      { maximumAge: 600_000, timeout: 20_000 },
    );
  }

  /** Opens an activity's details in the widget; `push` adds a history entry so Back returns to the list. */
  async openDetail(id: string, push = true, focus = true): Promise<void> {
    this.returnTo = id;
    this.detailId = id;
    this.detail = this.results.find((a) => a.id === id) ?? null;
    this.error = undefined;
    this.focusAfter = focus ? '#detail-title' : null;
    if (push) this.writeHash({ filters: this.applied ?? this.form, activity: id }, true);
    emit(this, 'wm-activity-finder-selected', { activityId: id });
    this.requestUpdate();
    try {
      // The details' code and the activity (unless the list has it) are fetched at the same time.
      const [, , found] = await Promise.all([
        this.loadResults(), // the shortlist's Save button
        this.loadDetail(),
        this.detail ? null : this.transport.request(ActivityFinderActivityDocument, { id }),
      ]);
      this.requestUpdate();
      if (!found || this.detailId !== id) return;
      if (!found.activity) throw new WaymarkError('NOT_FOUND', 'No such activity.');
      this.detail = found.activity;
    } catch (error) {
      if (this.detailId !== id) return;
      this.error = error instanceof WaymarkError ? error : new WaymarkError('INTERNAL_SERVER_ERROR', String(error));
      this.requestUpdate();
    }
  }

  /** Back to the list (or the shortlist), focus on the activity it came from. */
  closeDetail(fromHistory = false): void {
    if (!fromHistory) {
      if ((history.state as Record<string, unknown> | null)?.[HASH_KEY]) return history.back();
      this.writeHash({ filters: this.applied ?? this.form, activity: null }, false);
    }
    this.detailId = null;
    this.detail = null;
    this.error = undefined;
    const id = this.returnTo ? CSS.escape(this.returnTo) : '';
    this.focusAfter = id ? `[data-id="${id}"]` : '#top';
    this.requestUpdate();
  }

  async setView(view: 'list' | 'map' | 'saved'): Promise<void> {
    if (view === 'saved') {
      try {
        await this.loadResults();
      } catch (error) {
        return this.fail(error);
      }
    }
    if (view === 'map' && !this.mapLoaded) {
      // Call an export: a bare `await import()` lets the bundler drop the module as side-effect free.
      (await import('./map-view.js')).defineActivityMap();
      this.mapLoaded = true;
    }
    this.view = view;
  }

  /** Loads "More filters" as it opens; a failure shows in it with Try again. */
  openMoreFilters(): void {
    this.moreFiltersError = undefined;
    this.requestUpdate();
    this.loadMoreFilters().catch((error: unknown) => {
      this.moreFiltersError = error instanceof WaymarkError ? error : new WaymarkError('NETWORK', String(error));
      this.requestUpdate();
    });
  }

  /** Core's message for the error, and Try again. */
  errorBox(): TemplateResult {
    return retryPanel(this, { error: this.error, onRetry: () => this.retry() });
  }

  protected override render(): TemplateResult {
    const saved = this.shortlist?.entries.length ?? 0;
    const inDetail = this.detailId !== null;
    const list = this.resultsView;
    return html`<div part="base">
      <h2 id="top" tabindex="-1">${this.t('title')}</h2>
      ${inDetail ? nothing : html`<p>${this.t('intro')}</p>`}
      ${inDetail
        ? (this.detailView?.renderDetail(this, this.detail) ?? (this.error ? this.errorBox() : html`<p class="loading">${this.t('loading')}</p>`))
        : html`<button type="button" class="wm-link-button" aria-pressed=${String(this.view === 'saved')} @click=${() => void this.setView(this.view === 'saved' ? 'list' : 'saved')}>
              ${this.t('savedView', { count: saved })}
            </button>
            ${this.view === 'saved' && list
              ? list.renderSaved(this)
              : html`${renderSearchForm(this)} ${list ? list.renderResults(this) : this.state === 'loading' ? html`<p class="loading">${this.t('loading')}</p>` : this.state === 'error' ? this.errorBox() : nothing}`}`}
      <p class="wm-visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
