import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldClasses, labelHintError, type Content, type FormHost } from './shared.js';

/** Input widths in characters (GOV.UK `govuk-input--width-N`); `full` fills the column. */
export type InputWidth = '2' | '3' | '4' | '5' | '10' | '20' | 'full';

export interface TextFieldOptions {
  /** The input's id; the hint is `<id>-hint`, the error `<id>-error`. Error summary links use it. */
  id: string;
  name: string;
  label: Content;
  hint?: Content;
  /** The error message, shown only after a submit found a problem. The value is never cleared. */
  error?: Content;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';
  /** An HTML autocomplete token (`name`, `given-name`, `email`, `tel`, `postal-code`, `bday`, …). */
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'search' | 'none';
  /** Default: off for email, tel, url and password; the browser's default otherwise. */
  spellcheck?: boolean;
  width?: InputWidth;
  /** Adds "(optional)" to the label. Never an asterisk. */
  optional?: boolean;
  /** Wraps the label in an `<h1>` for a one-question page (the label is the page heading). */
  labelIsHeading?: boolean;
  onInput: (value: string, event: InputEvent) => void;
}

const NO_SPELLCHECK = new Set(['email', 'tel', 'url', 'password']);

/** A GOV.UK / NHS.UK text input: label, hint, error message, input, wired with `aria-describedby`. */
export function textField(host: FormHost, o: TextFieldOptions): TemplateResult {
  const type = o.type ?? 'text';
  const spellcheck = o.spellcheck ?? (NO_SPELLCHECK.has(type) ? false : undefined);
  const width = o.width ?? 'full';
  return html`<div class=${fieldClasses('wm-text-field', o.error)} part="field">
    ${labelHintError(host, o)}
    <input
      class="wm-input wm-input--width-${width}${o.error ? ' wm-input--error' : ''}"
      part="input"
      id=${o.id}
      name=${o.name}
      type=${type}
      .value=${live(o.value)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      spellcheck=${spellcheck === undefined ? nothing : String(spellcheck)}
      aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}
      aria-invalid=${o.error ? 'true' : nothing}
      @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value, e)}
    />
  </div>`;
}
