/** The search form's checks, as a pure function (no DOM, no requests): validated on submit, all at once. */
import { checkPostcode, normalisePostcode } from '@waymark/core';
import type { Filters } from './filters.js';

export type FormErrorKey = 'postcode.required' | 'postcode.invalid' | 'placeRequired' | 'maxCostInvalid' | 'ageInvalid' | 'keywordTooLong';

/** The longest keyword the API takes. */
export const KEYWORD_MAX = 100;

export interface FormCheck {
  /** The filters to search with (the place still to be found when `lookup` is set). */
  filters: Filters;
  errors: { fieldId: string; key: FormErrorKey }[];
  /** A new postcode to find the place of, normalised; null to keep the place (or have none). */
  lookup: string | null;
}

/**
 * Checks the form. `typed` is what is in the text boxes; `resolved` is the postcode text whose place is
 * already known, so an unchanged box is not looked up again. A place is needed unless a keyword is given
 * or only online activities are wanted. The keyword is trimmed; nothing typed is changed.
 */
export function checkForm(form: Filters, typed: { postcode: string; maxCost: string; age: string }, resolved: string | null): FormCheck {
  const filters: Filters = { ...form, keyword: form.keyword.trim() };
  const errors: FormCheck['errors'] = [];
  const text = typed.postcode.trim();
  let lookup: string | null = null;
  if (text && !(filters.near && resolved === text)) {
    const key = checkPostcode(text);
    if (key) errors.push({ fieldId: 'postcode', key });
    else lookup = normalisePostcode(text);
  } else if (!text && filters.place !== 'me') {
    filters.near = null;
    filters.place = '';
  }
  if (filters.keyword.length > KEYWORD_MAX) errors.push({ fieldId: 'keyword', key: 'keywordTooLong' });
  if (!filters.near && !lookup && !errors.length && !filters.keyword && filters.attend !== 'online') {
    errors.push({ fieldId: 'postcode', key: 'placeRequired' });
  }
  filters.maxCostPence = filters.cost === 'max' ? parsePounds(typed.maxCost) : null;
  if (filters.cost === 'max' && filters.maxCostPence === null) errors.push({ fieldId: 'max-cost', key: 'maxCostInvalid' });
  const age = typed.age.trim();
  filters.age = /^\d{1,3}$/.test(age) && Number(age) <= 120 ? Number(age) : null;
  if (age && filters.age === null) errors.push({ fieldId: 'age', key: 'ageInvalid' });
  return { filters, errors, lookup };
}

/** "2.50" or "£3" → pence; null when it is not an amount of money. */
export function parsePounds(text: string): number | null {
  const m = /^£?\s*(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}
