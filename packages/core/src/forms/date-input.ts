import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DateRuleKey } from '../rules/date.js';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, optionalTemplate, type Content, type FormHost } from './shared.js';

/** A date as typed: three strings, never parsed or reformatted while the person types. */
export interface DateValue {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateValue;

export const emptyDate: DateValue = { day: '', month: '', year: '' };

export interface DateInputOptions {
  /** The group's id; the parts are `<id>-day`, `<id>-month`, `<id>-year`. */
  id: string;
  /** Names the parts `<name>-day`, `<name>-month`, `<name>-year`. */
  name: string;
  legend: Content;
  /** Default: "For example, 15 3 1984". */
  hint?: Content;
  error?: Content;
  /** The parts to highlight; default all three when there is an error (see `dateErrorParts`). */
  errorParts?: readonly DatePart[];
  value: DateValue;
  /** `autocomplete="bday-day|bday-month|bday-year"` for a date of birth. */
  birthday?: boolean;
  optional?: boolean;
  /** Wraps the legend's text in an `<h1>` for a one-question page. */
  legendIsHeading?: boolean;
  onInput: (value: DateValue, part: DatePart) => void;
}

/** The parts a date rule's message is about (GOV.UK: highlight only those; all for a whole-date problem). */
export function dateErrorParts(key: DateRuleKey | undefined): DatePart[] {
  switch (key) {
    case undefined:
      return [];
    case 'date.missingDay':
      return ['day'];
    case 'date.missingMonth':
      return ['month'];
    case 'date.missingYear':
    case 'date.yearFormat':
      return ['year'];
    default:
      return ['day', 'month', 'year'];
  }
}

const PARTS: readonly { part: DatePart; key: 'form.day' | 'form.month' | 'form.year'; width: string }[] = [
  { part: 'day', key: 'form.day', width: '2' },
  { part: 'month', key: 'form.month', width: '2' },
  { part: 'year', key: 'form.year', width: '4' },
];

/**
 * The GOV.UK date input: a fieldset whose legend is the question, a hint, an error message, then day,
 * month and year boxes (numeric keyboard, no spinners: `inputmode="numeric"` on text inputs). Only the
 * parts in error get the red border and `aria-invalid`.
 */
export function dateInput(host: FormHost, o: DateInputOptions): TemplateResult {
  const hint = o.hint ?? host.t('form.dateHint');
  const inError = new Set(o.error ? (o.errorParts ?? ['day', 'month', 'year']) : []);
  const legendText = html`${o.legend}${optionalTemplate(host, o.optional)}`;
  return html`<div class=${fieldClasses('wm-date-input', o.error)} part="field">
    <fieldset
      class="wm-fieldset"
      id=${o.id}
      role="group"
      aria-describedby=${describedBy(o.id, hint, o.error) ?? nothing}
    >
      <legend class="wm-fieldset__legend${o.legendIsHeading ? ' wm-fieldset__legend--heading' : ''}" part="label">
        ${o.legendIsHeading ? html`<h1 class="wm-fieldset__heading">${legendText}</h1>` : legendText}
      </legend>
      ${hintTemplate(o.id, hint)} ${errorTemplate(host, o.id, o.error)}
      <div class="wm-date-input__parts">
        ${PARTS.map(({ part, key, width }) => {
          const partId = `${o.id}-${part}`;
          return html`<div class="wm-date-input__item">
            <label class="wm-label wm-date-input__label" for=${partId} part="label">${host.t(key)}</label>
            <input
              class="wm-input wm-input--width-${width}${inError.has(part) ? ' wm-input--error' : ''}"
              part="input"
              id=${partId}
              name="${o.name}-${part}"
              type="text"
              inputmode="numeric"
              spellcheck="false"
              autocomplete=${o.birthday ? `bday-${part}` : 'off'}
              aria-invalid=${inError.has(part) ? 'true' : nothing}
              .value=${live(o.value[part])}
              @input=${(e: Event) => o.onInput({ ...o.value, [part]: (e.target as HTMLInputElement).value }, part)}
            />
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}
