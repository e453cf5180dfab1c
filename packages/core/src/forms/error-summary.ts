import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoreMessageKey } from '../i18n/core-messages.js';
import type { FormHost } from './shared.js';

export interface FieldError {
  /** The id of the field's input (for a date input or radios, the block's `id`). */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryOptions {
  errors: readonly FieldError[];
  /** Default `form.errorSummaryTitle`: "There is a problem". */
  titleKey?: CoreMessageKey;
  /** Default `wm-error-summary`; the title is `<id>-title`. */
  id?: string;
}

/**
 * Moves focus to a field named in the error summary, inside the same shadow root: the input itself; for a
 * date input (a fieldset) the first part in error, else its first part; then scrolls so its label or
 * legend is in view as well (GOV.UK: the question must be visible with the answer). Returns whether it
 * found the field.
 */
export function focusField(root: Document | ShadowRoot | null | undefined, fieldId: string): boolean {
  let target = root?.getElementById(fieldId) ?? null;
  if (target && !target.matches('input, textarea, select')) {
    target =
      target.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]') ??
      target.querySelector<HTMLElement>('input, textarea, select');
  }
  if (!(target instanceof HTMLElement)) return false;
  const fieldset = target.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  const label = target.id ? root?.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null;
  // For radios and checkboxes the question is the legend; for a text box its label.
  const heading = target.matches('[type=radio], [type=checkbox]') || !label ? (legend ?? label) : label;
  (heading ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * The GOV.UK / NHS.UK error summary: "There is a problem" and a link to each field in error. It is
 * `role="alert"` and `tabindex="-1"` so `ErrorSummaryController` can move focus to it when it appears;
 * each link moves focus to its field (`focusField`) instead of changing the page's URL.
 */
export function errorSummary(host: FormHost, o: ErrorSummaryOptions): TemplateResult {
  const id = o.id ?? 'wm-error-summary';
  return html`<div class="wm-error-summary" id=${id} part="error-summary" role="alert" tabindex="-1" aria-labelledby="${id}-title">
    <h2 class="wm-error-summary__title" id="${id}-title">${host.t(o.titleKey ?? 'form.errorSummaryTitle')}</h2>
    <ul class="wm-error-summary__list">
      ${o.errors.map(
        (error) =>
          html`<li>
            <a
              href="#${error.fieldId}"
              @click=${(e: MouseEvent) => {
                e.preventDefault();
                focusField((e.currentTarget as Element).getRootNode() as ShadowRoot | Document, error.fieldId);
              }}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Prefixes a document's title ("Error: " / "Gwall: ") and returns a function that takes it off again —
 * unless the page changed its title meanwhile, which is left alone.
 */
export function prefixDocumentTitle(prefix: string, doc: Document = document): () => void {
  const original = doc.title;
  const prefixed = `${prefix}${original}`;
  doc.title = prefixed;
  return () => {
    if (doc.title === prefixed) doc.title = original;
  };
}

type SummaryHost = ReactiveControllerHost & HTMLElement & FormHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * For a widget that shows an error summary: call `show()` when a submit finds errors (after the next
 * render, focus moves to the summary and the page title gets "Error: ") and `clear()` when they are
 * fixed (the title comes back). The title follows a language switch while errors show.
 */
export class ErrorSummaryController implements ReactiveController {
  readonly #host: SummaryHost;
  readonly #id: string;
  #focusPending = false;
  #showing = false;
  #restoreTitle: (() => void) | undefined;
  #prefix = '';

  constructor(host: SummaryHost, options: { id?: string } = {}) {
    this.#host = host;
    this.#id = options.id ?? 'wm-error-summary';
    host.addController(this);
  }

  /** Whether errors are showing. */
  get showing(): boolean {
    return this.#showing;
  }

  /** Errors were found: focus the summary after the next render, and prefix the title. */
  show(): void {
    this.#showing = true;
    this.#focusPending = true;
    this.#host.requestUpdate();
  }

  /** No errors now: restore the title. */
  clear(): void {
    this.#showing = false;
    this.#focusPending = false;
    this.#untitle();
  }

  hostUpdated(): void {
    if (!this.#showing) return;
    const prefix = this.#host.t('errorPrefix');
    if (prefix !== this.#prefix) {
      this.#untitle();
      this.#prefix = prefix;
      this.#restoreTitle = prefixDocumentTitle(prefix, this.#host.ownerDocument);
    }
    if (this.#focusPending) {
      const summary = this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#id)}`);
      if (summary) {
        this.#focusPending = false;
        summary.focus();
      }
    }
  }

  hostDisconnected(): void {
    this.#untitle();
  }

  hostConnected(): void {
    if (this.#showing) this.#host.requestUpdate();
  }

  #untitle(): void {
    this.#restoreTitle?.();
    this.#restoreTitle = undefined;
    this.#prefix = '';
  }
}
