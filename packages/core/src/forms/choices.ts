import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, optionalTemplate, type Content, type FormHost } from './shared.js';

/** One radio or checkbox. */
export interface ChoiceItem {
  value: string;
  label: Content;
  hint?: Content;
  /** Revealed under the item while it is checked (a nested question); kept in the DOM, hidden, otherwise. */
  conditional?: TemplateResult;
  /** Checkboxes only: "None of these" — checking it unchecks the others and the reverse. */
  exclusive?: boolean;
}

/** The "or" between the last items and an exclusive "None of these". */
export interface ChoiceDivider {
  divider: true;
}

export type ChoiceEntry = ChoiceItem | ChoiceDivider;

export interface ChoicesOptions {
  /** The first input's id (error summary links land there); the others are `<id>-2`, `<id>-3`, …. */
  id: string;
  name: string;
  legend: Content;
  hint?: Content;
  error?: Content;
  items: readonly ChoiceEntry[];
  optional?: boolean;
  /** Wraps the legend's text in an `<h1>` for a one-question page. */
  legendIsHeading?: boolean;
  /** Side by side (for two short answers such as Yes / No). */
  inline?: boolean;
}

export const isDivider = (entry: ChoiceEntry): entry is ChoiceDivider => 'divider' in entry;

/** The id of the n-th item (0-based, dividers not counted): the first is the field's own id. */
export const itemId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`);

/** Shared by `radios` and `checkboxes`: GOV.UK markup with conditional reveal. */
export function choices(
  host: FormHost,
  o: ChoicesOptions,
  type: 'radio' | 'checkbox',
  isChecked: (value: string) => boolean,
  onChange: (item: ChoiceItem, checked: boolean) => void,
): TemplateResult {
  const block = type === 'radio' ? 'wm-radios' : 'wm-checkboxes';
  const legendText = html`${o.legend}${optionalTemplate(host, o.optional)}`;
  let index = 0;
  const rows = o.items.map((entry) => {
    if (isDivider(entry)) return html`<div class="wm-choices__divider">${host.t('form.or')}</div>`;
    const inputId = itemId(o.id, index++);
    const checked = isChecked(entry.value);
    const itemHintId = `${inputId}-item-hint`;
    const conditionalId = `${inputId}-conditional`;
    return html`<div class="wm-choices__item">
        <input
          class="wm-choices__input"
          part="input"
          id=${inputId}
          name=${o.name}
          type=${type}
          value=${entry.value}
          .checked=${live(checked)}
          aria-invalid=${o.error ? 'true' : nothing}
          aria-describedby=${entry.hint ? itemHintId : nothing}
          aria-controls=${entry.conditional ? conditionalId : nothing}
          aria-expanded=${entry.conditional && type === 'checkbox' ? String(checked) : nothing}
          @change=${(e: Event) => onChange(entry, (e.target as HTMLInputElement).checked)}
        />
        <label class="wm-label wm-choices__label" for=${inputId} part="label">${entry.label}</label>
        ${entry.hint ? html`<div class="wm-hint wm-choices__hint" id=${itemHintId} part="hint">${entry.hint}</div>` : nothing}
      </div>
      ${entry.conditional
        ? html`<div class="wm-choices__conditional" id=${conditionalId} ?hidden=${!checked}>${entry.conditional}</div>`
        : nothing}`;
  });
  return html`<div class=${fieldClasses(block, o.error)} part="field">
    <fieldset class="wm-fieldset" id="${o.id}-fieldset" aria-describedby=${describedBy(o.id, o.hint, o.error) ?? nothing}>
      <legend class="wm-fieldset__legend${o.legendIsHeading ? ' wm-fieldset__legend--heading' : ''}" part="label">
        ${o.legendIsHeading ? html`<h1 class="wm-fieldset__heading">${legendText}</h1>` : legendText}
      </legend>
      ${hintTemplate(o.id, o.hint)} ${errorTemplate(host, o.id, o.error)}
      <div class="wm-choices ${block}${o.inline ? ' wm-choices--inline' : ''}">${rows}</div>
    </fieldset>
  </div>`;
}
