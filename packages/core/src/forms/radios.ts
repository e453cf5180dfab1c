import type { TemplateResult } from 'lit';
import { choices, type ChoicesOptions } from './choices.js';
import type { FormHost } from './shared.js';

export interface RadiosOptions extends ChoicesOptions {
  /** The checked value, or `undefined` for none. */
  value: string | undefined;
  onChange: (value: string) => void;
}

/**
 * GOV.UK / NHS.UK radios: a fieldset whose legend is the question, a hint, an error message, then native
 * radios with one `name` (so arrow keys move and select, Tab enters at the checked one), items with
 * hints, an optional "or" divider and conditional reveal. The inputs get `aria-controls` for a revealed
 * question; `aria-expanded` is left off because ARIA does not allow it on a radio (axe fails it).
 */
export function radios(host: FormHost, o: RadiosOptions): TemplateResult {
  return choices(
    host,
    o,
    'radio',
    (value) => value === o.value,
    (item, checked) => {
      if (checked) o.onChange(item.value);
    },
  );
}
