import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { WaymarkElement } from '../base/waymark-element.js';
import { focusStyles } from '../tokens/focus.js';
import { formStyles } from '../forms/form-styles.js';
import { CountAnnouncer } from '../forms/character-count.js';
import { ErrorSummaryController } from '../forms/error-summary.js';

/**
 * A stand-in widget for tests and stories of the form blocks (not part of the kit): renders whatever
 * `renderer` returns in its own shadow root, with core's strings, the focus and form styles, an error
 * summary controller and a count announcer, and keeps the answers in `state` as a widget would.
 *
 * ```ts
 * html`<wm-form-host .renderer=${(h: WmFormHost) => textField(h, { …, value: h.get('name'), onInput: (v) => h.set({ name: v }) })}>`
 * ```
 */
export class WmFormHost extends WaymarkElement {
  static override properties: PropertyDeclarations = {
    renderer: { attribute: false },
    state: { attribute: false },
    countDelay: { type: Number, attribute: 'count-delay' },
  };

  static override styles = [WaymarkElement.styles, focusStyles, formStyles];

  /** Moves focus to the summary after `show()`, prefixes the title. */
  readonly errors = new ErrorSummaryController(this);
  /** Character-count announcements; 1 s after typing pauses unless `count-delay` says otherwise. */
  counts: CountAnnouncer;

  declare renderer: ((host: WmFormHost) => TemplateResult) | undefined;
  declare state: Record<string, unknown>;
  declare countDelay: number;

  constructor() {
    super();
    this.state = {};
    this.countDelay = 1000;
    this.counts = new CountAnnouncer(this, () => this.countDelay);
  }

  /** A string answer ('' when unset). */
  get(key: string): string {
    const value = this.state[key];
    return typeof value === 'string' ? value : '';
  }

  /** Any answer, typed by the caller. */
  value<T>(key: string, fallback: T): T {
    return (this.state[key] as T | undefined) ?? fallback;
  }

  /** Merges answers into `state` and re-renders. */
  set(patch: Record<string, unknown>): void {
    this.state = { ...this.state, ...patch };
  }

  protected override render() {
    return this.renderer ? this.renderer(this) : html`${nothing}`;
  }
}
