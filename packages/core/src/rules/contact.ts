/**
 * Email addresses and UK phone numbers. Pure; shared by widgets and server. Deliberately pragmatic (the
 * GOV.UK Notify checks): they catch typing mistakes, they do not prove an address or number exists.
 */

export type EmailRuleKey = 'email.required' | 'email.invalid';
export type PhoneRuleKey = 'phone.required' | 'phone.invalid';

const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/i;

/** True for `local@domain.tld` with a sensible local part, hostname labels and top-level domain. */
export function isValidEmail(value: string): boolean {
  const email = value.trim();
  if (email.length > 320) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.')) return false;
  if (local.includes('..') || domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return labels.every((label) => HOST_LABEL.test(label)) && TLD.test(tld);
}

/** Null when valid; else `email.required` or `email.invalid`. */
export function checkEmail(value: string | null | undefined): EmailRuleKey | null {
  if (!value || value.trim() === '') return 'email.required';
  return isValidEmail(value) ? null : 'email.invalid';
}

/**
 * A UK number in national form: spaces, dashes, dots and brackets removed, `+44`/`0044` (with an
 * optional `(0)`) turned into `0`. `+44 (0)7700 900982` → `07700900982`.
 */
export function normaliseUkPhone(value: string): string {
  let digits = value.trim().replace(/\(0\)/g, '').replace(/[\s\-.()]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  return digits;
}

/**
 * True for a UK phone number: 0 then 9 or 10 digits, first digit after the 0 being 1, 2, 3, 5, 7, 8 or 9
 * (landline, mobile, non-geographic). International numbers are not accepted.
 */
export function isValidUkPhone(value: string): boolean {
  const digits = normaliseUkPhone(value);
  return /^0[1-35789][0-9]{8,9}$/.test(digits) && (digits.length === 11 || /^01/.test(digits) || /^08/.test(digits));
}

/** Null when valid; else `phone.required` or `phone.invalid`. */
export function checkUkPhone(value: string | null | undefined): PhoneRuleKey | null {
  if (!value || value.trim() === '') return 'phone.required';
  return isValidUkPhone(value) ? null : 'phone.invalid';
}
