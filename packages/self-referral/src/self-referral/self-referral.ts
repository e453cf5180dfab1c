import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  CountAnnouncer,
  ErrorSummaryController,
  WaymarkElement,
  type WaymarkError,
  emit,
  errorSummary,
  focusStyles,
  formStyles,
  reserveMinHeight,
  toWaymarkError,
} from '@waymark/core';
import { SelfReferralPracticeDocument, SelfReferralPracticeSearchDocument, SelfReferralSettingsDocument } from '../generated/graphql.js';
import { DraftStore, STEPS, emptyDraft, type Answers, type Draft, type Step } from './draft.js';
import { mapServerFields, toInput, validateStep, type Problems, type Settings } from './fields.js';
import { messages } from './messages.js';
import { SubmitController, type SubmitResult } from './submit-controller.js';
import { QuickExitController } from './quick-exit.js';
import { styles } from './self-referral.styles.js';
import { renderStart } from './steps/start.js';
import { renderAboutYou } from './steps/about-you.js';
import { renderPractice, type PracticeOption } from './steps/gp-practice.js';
import { renderWhatMatters } from './steps/what-matters.js';
import { renderConsent } from './steps/consent.js';
import { renderCheck } from './steps/check-answers.js';
import { renderConfirmation } from './steps/confirmation.js';

declare global {
  interface WaymarkEventDetailMap {
    /** The journey moved to another step. Only the step's name: never an answer. */
    'wm-referral-step-changed': { step: Step };
    /** The server stored the referral. Only its reference: never personal data. */
    'wm-referral-submitted': { reference: string };
  }
}

type Key = Parameters<WmSelfReferral['t']>[0];
const RENDER: Record<Step, (el: WmSelfReferral) => TemplateResult> = {
  start: renderStart,
  'about-you': renderAboutYou,
  'gp-practice': renderPractice,
  'what-matters': renderWhatMatters,
  consent: renderConsent,
  'check-answers': renderCheck,
  confirmation: renderConfirmation,
};

/**
 * A person refers themselves to the partner's social prescribing service: start page, about you, GP
 * practice, what matters, consent, check answers, confirmation. The draft survives a reload
 * (sessionStorage), submission is idempotent and retried until the server answers with a reference.
 *
 * @summary Self-referral to a social prescribing link worker, in English and Welsh.
 * @csspart base - The wrapper around every step.
 * @csspart field - Each question.
 * @csspart error-summary - "There is a problem" with a link to each answer to fix.
 * @csspart summary-list - The answers on "Check your answers".
 * @csspart confirmation-panel - The green panel with the reference.
 * @cssproperty --wm-self-referral-min-height - Height reserved while loading (default 40rem: about the start page's height).
 * @cssproperty --wm-self-referral-max-width - The widest the form grows (default 40rem).
 * @cssproperty --wm-self-referral-exit-color - "Exit this page" (default #d5281b).
 * @cssproperty --wm-self-referral-crisis-color - The urgent-help box's bar (default #d5281b).
 * @event wm-referral-step-changed - The step changed: `{ step }` (`start`, `about-you`, …, `confirmation`).
 * @event wm-referral-submitted - The referral was stored: `{ reference }`.
 * @since 0.1.0
 */
export class WmSelfReferral extends WaymarkElement<typeof messages> {
  static override messages = messages;
  static override properties = {
    exitUrl: { type: String, attribute: 'exit-url' },
    practice: { type: String },
    draft: { state: true },
    settings: { state: true },
    loadError: { state: true },
    problems: { state: true },
    practices: { state: true },
  };
  static override styles = [WaymarkElement.styles, reserveMinHeight('self-referral', '40rem'), focusStyles, formStyles, styles];

  readonly summary = new ErrorSummaryController(this);
  readonly counts = new CountAnnouncer(this);
  readonly submitter = new SubmitController(this, (r) => this.sent(r), (e) => this.refused(e));
  readonly quickExit = new QuickExitController(this, () => {
    if (this.step !== 'confirmation') this.exit();
  });
  /** Leaves the page for the quick exit (a seam for tests; `location.replace` keeps it out of history). */
  leave: (url: string) => void = (url) => location.replace(url);
  fixedPractice: { odsCode: string; name: string } | null = null;
  #store: DraftStore | undefined;
  #partner: string | undefined;
  #moved = false;

  /** Where "Exit this page" goes (default https://www.bbc.co.uk/weather). */
  declare exitUrl: string | undefined;
  /** An ODS code to preselect as the GP practice (the link-worker finder passes its choice). */
  declare practice: string | undefined;
  declare draft: Draft;
  declare settings: Settings | null | undefined;
  declare loadError: WaymarkError | undefined;
  declare problems: Problems;
  declare practices: PracticeOption[] | undefined;

  constructor() {
    super();
    this.draft = emptyDraft();
    this.problems = {};
  }

  get step(): Step {
    return this.draft.step;
  }

  get answers(): Answers {
    return this.draft.answers;
  }

  protected override willUpdate(): void {
    // The partner may arrive after the first render (a lazily defined <wm-config>): its draft and settings then.
    const { partner } = this.config;
    if (partner && partner !== this.#partner) {
      this.#partner = partner;
      this.#store = new DraftStore(partner);
      this.draft = this.#store.load();
      void this.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('draft')) return;
    this.#store?.save(this.draft);
    const before = changed.get('draft');
    if (before && before.step !== this.step) {
      emit(this, 'wm-referral-step-changed', { step: this.step });
      if (this.#moved) {
        this.#moved = false;
        // Errors from the server brought the person here: the error summary has the focus instead.
        if (this.summary.showing) return;
        // A new question page: the widget's top in view, focus on the step's heading (NHS.UK pattern).
        this.scrollIntoView({ block: 'start' });
        const heading = this.renderRoot.querySelector<HTMLElement>('h2');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus({ preventScroll: true });
      }
    }
  }

  /** Loads the partner's settings (and the practice to preselect). */
  async load(): Promise<void> {
    this.loadError = undefined;
    this.settings = undefined;
    try {
      const { partner } = await this.transport.request(SelfReferralSettingsDocument, { key: this.config.partner ?? '' });
      this.fixedPractice = partner?.gpPractice ?? null;
      if (!this.fixedPractice && this.practice && !this.answers.practiceOds) {
        // A preselection only: an unknown code leaves the person to search.
        const { gpPractice } = await this.transport
          .request(SelfReferralPracticeDocument, { odsCode: this.practice })
          .catch(() => ({ gpPractice: null }));
        if (gpPractice) this.set({ practiceOds: gpPractice.odsCode, practiceName: gpPractice.name });
      }
      this.settings = partner?.selfReferral ?? null;
    } catch (error) {
      this.loadError = toWaymarkError(error);
    }
  }

  /** Changes answers (kept in the draft at once). */
  set(patch: Partial<Answers>): void {
    this.draft = { ...this.draft, answers: { ...this.answers, ...patch } };
  }

  /** The error text for a field, if it has one. */
  err(id: string): string | undefined {
    const p = this.problems[id];
    return p ? this.t(p.key as Key, p.params) : undefined;
  }

  /** Goes to a step (and moves focus there). */
  go(step: Step, patch: Partial<Draft> = {}): void {
    this.problems = {};
    this.summary.clear();
    this.#moved = true;
    if (step === 'start') patch.returnToCheck = false;
    // Leaving check answers stops any pending retry: answers being edited are never sent half-checked.
    if (step !== 'check-answers' && step !== 'confirmation') this.submitter.reset();
    if (step === 'check-answers') patch.idempotencyKey = this.draft.idempotencyKey ?? crypto.randomUUID();
    this.draft = { ...this.draft, ...patch, step };
  }

  /** "Change" on check answers: to that step, then back to check answers. */
  change(step: string): void {
    this.go(step as Step, { returnToCheck: true });
  }

  back(): void {
    const i = STEPS.indexOf(this.step);
    const previous = STEPS[Math.max(0, i - 1)] ?? 'start';
    this.go(this.draft.returnToCheck && this.step !== 'check-answers' ? 'check-answers' : previous);
  }

  begin(): void {
    this.go('about-you', { startedAt: this.draft.startedAt ?? Date.now() });
  }

  /** Continue: the step's problems, or the next step (check answers after a "Change"). */
  continue(event: Event): void {
    event.preventDefault();
    const problems = validateStep(this.step, this.answers, this.settings!, !!this.fixedPractice);
    if (Object.keys(problems).length) {
      this.problems = problems;
      this.summary.show();
      return;
    }
    const next = this.draft.returnToCheck ? 'check-answers' : STEPS[STEPS.indexOf(this.step) + 1]!;
    this.go(next);
  }

  send(): void {
    const settings = this.settings!;
    this.submitter.submit(() => toInput(this.draft, settings, !!this.fixedPractice, settings.consent.version));
  }

  async searchPractices(text: string): Promise<void> {
    if (!text.trim()) {
      this.problems = { 'practice-search': { key: 'practiceSearch.required' } };
      this.summary.show();
      return;
    }
    this.problems = {};
    this.summary.clear();
    try {
      const { gpPractices } = await this.transport.request(SelfReferralPracticeSearchDocument, { search: text });
      this.practices = gpPractices.nodes;
    } catch (error) {
      this.problems = { 'practice-search': { key: `error.${toWaymarkError(error).code}` } };
      this.summary.show();
    }
  }

  /** Quick exit: forget the draft and leave at once for a neutral page. */
  exit(): void {
    this.#forget();
    this.draft = emptyDraft();
    this.leave(this.exitUrl || 'https://www.bbc.co.uk/weather');
  }

  private sent(result: SubmitResult): void {
    // Forget the answers: the referral is with the service now (and the tab may be a shared computer's).
    this.#forget();
    emit(this, 'wm-referral-submitted', { reference: result.reference });
    this.go('confirmation', { answers: emptyDraft().answers, idempotencyKey: null, startedAt: null, returnToCheck: false });
  }

  #forget(): void {
    this.#store?.clear();
    this.#store = undefined; // nothing is saved again
  }

  private refused(error: WaymarkError): void {
    // IDEMPOTENCY_KEY_REUSED: the key's referral reached the service, which has started on it, before these
    // changed answers came (the server amends it until then). The key is kept: a new one would send the
    // same person's referral twice. Check answers says so, with the reference (steps/check-answers.ts).
    const mapped = error.code === 'BAD_USER_INPUT' ? mapServerFields(error.fields, this.settings!) : null;
    if (!mapped) return;
    if (error.fields['input.consent.wordingVersion']) {
      // The partner changed its consent wording since the form loaded: show the new one, to agree again.
      this.set({ sharing: false, contact: false });
      void this.load();
    }
    this.go(mapped.step, { returnToCheck: true });
    this.problems = mapped.problems;
    this.summary.show();
  }

  /** The error summary for the current problems (ids in the order of the page). */
  errors(): TemplateResult | typeof nothing {
    const ids = Object.keys(this.problems);
    return ids.length ? errorSummary(this, { errors: ids.map((fieldId) => ({ fieldId, message: this.err(fieldId)! })) }) : nothing;
  }

  protected override render(): TemplateResult {
    if (this.loadError && this.settings === undefined) {
      return html`<div class="base" part="base">
        <p role="alert">${this.t(`error.${this.loadError.code}`)}</p>
        <button type="button" class="wm-button" @click=${() => void this.load()}>${this.t('retry')}</button>
      </div>`;
    }
    if (this.settings === undefined) return html`<div class="base" part="base"><p role="status">${this.t('loading')}</p></div>`;
    return html`<div class="base" part="base">${RENDER[this.step](this)}</div>`;
  }
}
