/**
 * UK postcodes. Pure functions, no DOM or Node: the widgets and the server import these same rules.
 *
 * Accepted: every current UK format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA) with the
 * letter rules of each position, plus GIR 0AA. Not accepted: BFPO (`BFPO 1234`, `BF1 …`) — forces'
 * mail has no place in a GP practice's catchment — and overseas territory codes.
 */

// Outward code by format; inward code is a digit then two letters (never C, I, K, M, O, V).
const OUTWARD = [
  /^[A-PR-UWYZ][0-9]$/, // A9
  /^[A-PR-UWYZ][0-9]{2}$/, // A99
  /^[A-PR-UWYZ][0-9][A-HJKPSTUW]$/, // A9A
  /^[A-PR-UWYZ][A-HK-Y][0-9]$/, // AA9
  /^[A-PR-UWYZ][A-HK-Y][0-9]{2}$/, // AA99
  /^[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]$/, // AA9A
];
const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;

export type PostcodeRuleKey = 'postcode.required' | 'postcode.invalid';

/**
 * Upper case, spaces removed, one space before the inward code: ` ls14dy ` → `LS1 4DY`. Does not
 * validate; returns '' for blank input.
 */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** True for a well-formed UK postcode in any case and spacing. */
export function isValidPostcode(value: string): boolean {
  const normalised = normalisePostcode(value);
  if (normalised === 'GIR 0AA') return true;
  const [outward = '', inward = ''] = normalised.split(' ');
  if (outward.startsWith('BF')) return false; // BFPO
  return INWARD.test(inward) && OUTWARD.some((format) => format.test(outward));
}

/** Null when valid; else the message key: `postcode.required` or `postcode.invalid`. */
export function checkPostcode(value: string | null | undefined): PostcodeRuleKey | null {
  if (!value || value.trim() === '') return 'postcode.required';
  return isValidPostcode(value) ? null : 'postcode.invalid';
}
