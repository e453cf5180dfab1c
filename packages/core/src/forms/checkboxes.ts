import type { TemplateResult } from 'lit';
import { choices, isDivider, type ChoicesOptions } from './choices.js';
import type { FormHost } from './shared.js';

export interface CheckboxesOptions extends ChoicesOptions {
  /** The checked values. */
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** The values after one checkbox changes, honouring exclusive items ("None of these"). */
export function toggleValues(o: Pick<CheckboxesOptions, 'items' | 'values'>, value: string, checked: boolean): string[] {
  if (!checked) return o.values.filter((v) => v !== value);
  const exclusive = new Set(o.items.flatMap((e) => (!isDivider(e) && e.exclusive ? [e.value] : [])));
  if (exclusive.has(value)) return [value];
  return [...o.values.filter((v) => v !== value && !exclusive.has(v)), value];
}

/**
 * GOV.UK / NHS.UK checkboxes: like `radios`, with several answers; an item marked `exclusive` ("None of
 * these", after an "or" divider) unchecks the others when checked, and is unchecked by any other. A
 * checkbox that reveals a question has `aria-controls` and `aria-expanded`.
 */
export function checkboxes(host: FormHost, o: CheckboxesOptions): TemplateResult {
  return choices(
    host,
    o,
    'checkbox',
    (value) => o.values.includes(value),
    (item, checked) => o.onChange(toggleValues(o, item.value, checked)),
  );
}
