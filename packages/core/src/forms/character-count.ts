import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldClasses, labelHintError, type Content, type FormHost } from './shared.js';

/**
 * Keeps what a screen reader hears about each character count: the text changes only after the person
 * stops typing for `delay` ms (GOV.UK waits as long), so a polite live region is not read out on every key.
 * One per widget: `#counts = new CountAnnouncer(this)`.
 */
export class CountAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #delay: number | (() => number);
  readonly #texts = new Map<string, string>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** `delay`: ms of quiet before speaking (a function to read it from the host each time). */
  constructor(host: ReactiveControllerHost, delay: number | (() => number) = 1000) {
    this.#host = host;
    this.#delay = delay;
    host.addController(this);
  }

  /** The text in field `id`'s live region now. */
  text(id: string): string {
    return this.#texts.get(id) ?? '';
  }

  /** Announces `text` for field `id` once typing pauses (a newer call restarts the wait). */
  schedule(id: string, text: string): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.set(
      id,
      setTimeout(() => {
        this.#timers.delete(id);
        this.#texts.set(id, text);
        this.#host.requestUpdate();
      }, typeof this.#delay === 'function' ? this.#delay() : this.#delay),
    );
  }

  hostDisconnected(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}

export interface CharacterCountOptions {
  /** The textarea's id; also `<id>-info` (the limit), `<id>-hint`, `<id>-error`. */
  id: string;
  name: string;
  label: Content;
  hint?: Content;
  error?: Content;
  value: string;
  /** The limit. Typing past it is allowed (never blocked or cut); the count says how many too many. */
  maxLength: number;
  rows?: number;
  optional?: boolean;
  labelIsHeading?: boolean;
  /** The widget's `CountAnnouncer`. */
  announcer: CountAnnouncer;
  onInput: (value: string, event: InputEvent) => void;
}

/** "You have 20 characters remaining" / "You have 3 characters too many", in the host's language. */
export function countMessage(host: FormHost, length: number, maxLength: number): string {
  const left = maxLength - length;
  return left >= 0
    ? host.t('form.charactersRemaining', { count: left })
    : host.t('form.charactersTooMany', { count: -left });
}

/**
 * The GOV.UK character count: a textarea with the limit in its description ("You can enter up to 200
 * characters"), a visible count that follows every key (hidden from screen readers) and a visually hidden
 * polite live region that speaks the count when typing pauses.
 */
export function characterCount(host: FormHost, o: CharacterCountOptions): TemplateResult {
  const length = [...o.value].length;
  const over = length > o.maxLength;
  const infoId = `${o.id}-info`;
  return html`<div class=${fieldClasses('wm-character-count', o.error)} part="field">
    ${labelHintError(host, o)}
    <textarea
      class="wm-textarea${o.error || over ? ' wm-textarea--error' : ''}"
      part="input"
      id=${o.id}
      name=${o.name}
      rows=${o.rows ?? 5}
      .value=${live(o.value)}
      aria-describedby=${describedBy(o.id, o.hint, o.error, infoId) ?? nothing}
      aria-invalid=${o.error ? 'true' : nothing}
      @input=${(e: InputEvent) => {
        const value = (e.target as HTMLTextAreaElement).value;
        o.announcer.schedule(o.id, countMessage(host, [...value].length, o.maxLength));
        o.onInput(value, e);
      }}
    ></textarea>
    <div class="wm-visually-hidden" id=${infoId}>${host.t('form.characterLimit', { count: o.maxLength })}</div>
    <div class="wm-character-count__status${over ? ' wm-character-count__status--over' : ''}" aria-hidden="true">
      ${countMessage(host, length, o.maxLength)}
    </div>
    <div class="wm-visually-hidden" aria-live="polite" data-wm-count-live>${o.announcer.text(o.id)}</div>
  </div>`;
}
