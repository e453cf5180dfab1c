import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { WaymarkElement, checkPostcode, contactList, emit, formatDistance, formStyles, lazyPart, normalisePostcode, radios, reserveMinHeight, focusStyles, retryPanel, textField, WaymarkError } from '@waymark/core';
import {
  FinderPartnerDocument,
  FinderPostcodeCoverageDocument,
  FinderPracticeSearchDocument,
  FinderPracticeServicesDocument,
  type FinderPostcodeCoverageQuery,
  type FinderServiceFragment,
} from '../generated/graphql.js';
import { messages } from './messages.js';
import { PracticeCombobox, type PracticeOption } from './practice-combobox.js';
import type * as ServiceView from './service-view.js';
import { styles } from './link-worker-finder.styles.js';

declare global {
  interface WaymarkEventDetailMap {
    /** Services were found. `practice` is the chosen practice's ODS code (never the postcode typed). */
    'wm-link-worker-finder-found': { by: 'practice' | 'postcode'; practice: string | null; serviceIds: string[] };
    /** Nothing covers the practice or postcode. */
    'wm-link-worker-finder-not-found': { by: 'practice' | 'postcode'; located: boolean };
    /** The person chose "Refer yourself"; `opened` says where it went. */
    'wm-link-worker-finder-referral-started': { serviceId: string; practice: string | null; opened: 'dialog' | 'inline' | 'page' };
  }
}

type State = 'idle' | 'loading' | 'found' | 'none' | 'error';
type Nearest = FinderPostcodeCoverageQuery['coverageByPostcode']['nearestServices'];

const SELF_REFERRAL = 'wm-self-referral';

/**
 * Finds the social prescribing service and link workers that cover a GP practice or postcode, and hands
 * over to `<wm-self-referral>` (or the partner's referral page).
 *
 * @summary Who is my link worker, and how do I reach them?
 * @csspart base - The outer wrapper.
 * @csspart field - Each search field.
 * @cssproperty --wm-link-worker-finder-min-height - Height reserved while loading (default 22rem: the search's height).
 * @event wm-link-worker-finder-found - Services were found: `{ by, practice, serviceIds }`.
 * @event wm-link-worker-finder-not-found - No service covers it: `{ by, located }`.
 * @event wm-link-worker-finder-referral-started - "Refer yourself" chosen: `{ serviceId, practice, opened }`.
 * @since 0.1.0
 */
export class WmLinkWorkerFinder extends WaymarkElement<typeof messages> {
  static override messages = messages;
  static override properties = {
    practice: { type: String, reflect: true },
    referralUrl: { type: String, attribute: 'referral-url' },
    referralDisplay: { type: String, attribute: 'referral-display' },
    mode: { state: true },
    state: { state: true },
    error: { state: true },
    postcodeError: { state: true },
    services: { state: true },
    nearest: { state: true },
    place: { state: true },
    pcn: { state: true },
    referring: { state: true },
  };
  static override styles = [WaymarkElement.styles, reserveMinHeight('link-worker-finder', '22rem'), focusStyles, formStyles, styles];

  private readonly combobox = new PracticeCombobox(this);
  /** The answer's view: loaded with the first answer (at the same time as its request). */
  private serviceView: typeof ServiceView | undefined;
  private readonly loadServiceView = lazyPart(this, () => import('./service-view.js'), { ready: (m) => (this.serviceView = m) });
  private prefersMiles = false;
  private located = true;
  private postcodeText = '';
  /** The ODS code whose answer is shown or loading. */
  private shown: string | undefined;

  /** The ODS code of the GP practice to show (for example `B86001`); else the partner's own practice. */
  declare practice: string | undefined;
  /** The partner's self-referral page, used when `<wm-self-referral>` is not on the page (`?practice=` is added). */
  declare referralUrl: string | undefined;
  /** Where `<wm-self-referral>` opens: `dialog` (default) or `inline`. */
  declare referralDisplay: 'dialog' | 'inline' | undefined;
  declare mode: 'practice' | 'postcode';
  declare state: State;
  declare error: WaymarkError | undefined;
  declare postcodeError: string | null;
  declare services: FinderServiceFragment[];
  declare nearest: Nearest;
  declare place: string;
  declare pcn: string | null;
  declare referring: string | null;

  constructor() {
    super();
    this.mode = 'practice';
    this.state = 'idle';
    this.postcodeError = null;
    this.services = [];
    this.nearest = [];
    this.place = '';
    this.pcn = null;
    this.referring = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!customElements.get(SELF_REFERRAL)) void customElements.whenDefined(SELF_REFERRAL).then(() => this.requestUpdate());
  }

  protected override firstUpdated(): void {
    void this.preselect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new `practice` set by the page after the first render (the first is handled by preselect()).
    if (this.hasUpdated && changed.has('practice') && this.practice && this.practice !== this.shown) void this.showPractice(this.practice);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('referring') && this.referring && this.referralDisplay !== 'inline') {
      this.renderRoot.querySelector('dialog')?.showModal();
    }
  }

  /** The `practice` attribute, else the partner's own practice (a GP practice's site). */
  private async preselect(): Promise<void> {
    // A practice to show (a GP practice's own site): its answer's view starts loading with the first request.
    if (this.practice || this.config.partner) this.loadServiceView().catch(() => undefined);
    try {
      const partner = this.config.partner ? (await this.transport.request(FinderPartnerDocument, { key: this.config.partner })).partner : null;
      this.prefersMiles = partner?.prefersMiles ?? false;
      const ods = this.practice ?? partner?.gpPractice?.odsCode;
      if (ods) await this.showPractice(ods);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Called by the combobox (debounced). */
  async searchPractices(text: string): Promise<{ options: PracticeOption[]; total: number }> {
    const { gpPractices } = await this.transport.request(FinderPracticeSearchDocument, { search: text });
    return { options: gpPractices.nodes, total: gpPractices.totalCount };
  }

  choosePractice(option: PracticeOption): void {
    void this.showPractice(option.odsCode);
  }

  private async showPractice(odsCode: string): Promise<void> {
    this.shown = odsCode.toUpperCase();
    this.begin();
    try {
      const [, { gpPractice }] = await Promise.all([this.loadServiceView(), this.transport.request(FinderPracticeServicesDocument, { odsCode })]);
      if (!gpPractice) throw new WaymarkError('NOT_FOUND', 'No such practice.');
      this.combobox.setText(gpPractice.name);
      this.practice = gpPractice.odsCode;
      this.pcn = gpPractice.pcn?.name ?? null;
      this.settle('practice', gpPractice.name, gpPractice.services, []);
    } catch (error) {
      this.fail(error);
    }
  }

  private async onPostcode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#postcode')!;
    this.postcodeText = input.value;
    this.postcodeError = checkPostcode(input.value);
    if (this.postcodeError) {
      input.focus();
      return;
    }
    this.begin();
    try {
      const [, { coverageByPostcode: c }] = await Promise.all([
        this.loadServiceView(),
        this.transport.request(FinderPostcodeCoverageDocument, { postcode: normalisePostcode(input.value) }),
      ]);
      this.practice = undefined;
      this.pcn = null;
      this.located = c.located;
      this.settle('postcode', c.postcode, c.services, c.nearestServices);
    } catch (error) {
      if (error instanceof WaymarkError && error.code === 'BAD_USER_INPUT') {
        this.state = 'idle';
        this.postcodeError = 'postcode.invalid';
      } else this.fail(error);
    }
  }

  private begin(): void {
    this.state = 'loading';
    this.error = undefined;
    this.referring = null;
  }

  private settle(by: 'practice' | 'postcode', place: string, services: FinderServiceFragment[], nearest: Nearest): void {
    this.place = place;
    this.services = services;
    this.nearest = nearest;
    this.state = services.length ? 'found' : 'none';
    const practice = by === 'practice' ? (this.practice ?? null) : null;
    if (services.length) emit(this, 'wm-link-worker-finder-found', { by, practice, serviceIds: services.map((s) => s.id) });
    else emit(this, 'wm-link-worker-finder-not-found', { by, located: by === 'practice' || this.located });
  }

  private fail(error: unknown): void {
    this.error = error instanceof WaymarkError ? error : new WaymarkError('INTERNAL_SERVER_ERROR', String(error));
    this.state = 'error';
  }

  private retry(): void {
    if (this.mode === 'practice' && this.practice) void this.showPractice(this.practice);
    else if (this.mode === 'practice') void this.preselect();
    else this.renderRoot.querySelector('form')?.requestSubmit();
  }

  private refer(serviceId: string): void {
    const opened = this.referralDisplay === 'inline' ? 'inline' : 'dialog';
    this.referring = serviceId;
    emit(this, 'wm-link-worker-finder-referral-started', { serviceId, practice: this.practice ?? null, opened });
  }

  /** The link to the partner's referral page: only the practice's ODS code goes in the URL. */
  private referralHref(): string | null {
    if (!this.referralUrl) return null;
    const url = new URL(this.referralUrl, document.baseURI);
    if (this.practice) url.searchParams.set('practice', this.practice);
    return url.toString();
  }

  private renderRefer(s: FinderServiceFragment): TemplateResult | typeof nothing {
    if (customElements.get(SELF_REFERRAL)) {
      return html`<p>${this.t('referIntro')}</p>
        <button type="button" class="wm-button" @click=${() => this.refer(s.id)}>${this.t('refer')}</button>`;
    }
    const href = this.referralHref();
    return href
      ? html`<p>${this.t('referIntro')}</p>
          <a class="wm-button" href=${href} @click=${() => emit(this, 'wm-link-worker-finder-referral-started', { serviceId: s.id, practice: this.practice ?? null, opened: 'page' })}
            >${this.t('refer')}</a
          >`
      : nothing;
  }

  private renderReferral(): TemplateResult | typeof nothing {
    if (!this.referring) return nothing;
    const form = html`<wm-self-referral practice=${this.practice ?? nothing}></wm-self-referral>`;
    const back = () => {
      this.referring = null;
    };
    if (this.referralDisplay === 'inline') {
      return html`<button type="button" class="wm-link-button" @click=${back}>${this.t('back')}</button>${form}`;
    }
    return html`<dialog aria-labelledby="refer-title" @close=${back}>
      <h2 id="refer-title">${this.t('refer')}</h2>
      ${form}
      <button type="button" class="wm-button wm-button--secondary" @click=${(e: Event) => (e.target as HTMLElement).closest('dialog')?.close()}>${this.t('close')}</button>
    </dialog>`;
  }

  private renderSearch(): TemplateResult {
    const c = this.combobox;
    const found = c.options.length ? this.t('practice.found', { count: c.total }) : c.expanded ? this.t('noPractices') : '';
    const err = this.postcodeError;
    return html`
      ${radios(this, {
        id: 'mode',
        name: 'mode',
        legend: this.t('searchBy'),
        inline: true,
        value: this.mode,
        items: [
          { value: 'practice', label: this.t('byPractice') },
          { value: 'postcode', label: this.t('postcode.label') },
        ],
        onChange: (m) => (this.mode = m as 'practice' | 'postcode'),
      })}
      ${this.mode === 'practice'
        ? c.render({ input: 'practice', list: 'practice-list', hint: 'practice-hint' }, (k) => this.t(k), found)
        : html`<form novalidate @submit=${(e: SubmitEvent) => void this.onPostcode(e)}>
            ${textField(this, {
              id: 'postcode',
              name: 'postcode',
              label: this.t('postcodeLabel'),
              hint: this.t('postcode.hint'),
              error: err ? this.t(err as 'postcode.invalid') : undefined,
              value: this.postcodeText,
              autocomplete: 'postal-code',
              spellcheck: false,
              width: '10',
              onInput: (v) => (this.postcodeText = v),
            })}
            <button type="submit" class="wm-button">${this.t('find')}</button>
          </form>`}
    `;
  }

  private renderAnswer(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return html`<p role="status">${this.t('loading')}</p>`;
      case 'error':
        return retryPanel(this, { error: this.error, onRetry: () => this.retry() });
      case 'none':
        return html`<div class="none">
          <h3>${this.t('noneTitle', { place: this.place })}</h3>
          ${this.located ? nothing : html`<p>${this.t('notLocated')}</p>`}
          <p>${this.t('noneBody')}</p>
          ${this.nearest.length
            ? html`<h4>${this.t('nearestTitle')}</h4>
                <ul>
                  ${this.nearest.map(
                    (n) => html`<li>
                      <strong>${n.service.name}</strong>, ${this.t('distance.away', { distance: formatDistance(this, n.distanceKm, this.prefersMiles) })}
                      ${contactList(this, { phone: n.service.contact.phone, website: n.service.contact.website })}
                    </li>`,
                  )}
                </ul>`
            : nothing}
        </div>`;
      case 'found':
        return html`<div class="found">
          <h2 class="answer">${this.t('teamFor', { place: this.place })}</h2>
          ${this.pcn ? html`<p>${this.t('pcn', { pcn: this.pcn })}</p>` : nothing}
          ${this.practice ? nothing : html`<p>${this.t('postcodeGuess')}</p>`}
          ${this.services.map((s) => this.serviceView!.renderService(this, s, this.renderRefer(s)))}
        </div>`;
      default:
        return nothing;
    }
  }

  protected override render(): TemplateResult {
    const announce = this.state === 'found' ? this.t('covers', { service: this.services.map((s) => s.name).join(', '), place: this.place }) : '';
    return html`<div part="base">
      <h2>${this.t('title')}</h2>
      ${this.referring && this.referralDisplay === 'inline'
        ? this.renderReferral()
        : html`<p>${this.t('intro')}</p>
            ${this.renderSearch()} ${this.renderAnswer()} ${this.referralDisplay === 'inline' ? nothing : this.renderReferral()}`}
      <div class="wm-visually-hidden" role="status" aria-live="polite">${announce}</div>
    </div>`;
  }
}
