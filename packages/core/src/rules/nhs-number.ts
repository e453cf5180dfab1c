/**
 * NHS numbers: 10 digits, the last a Modulus 11 check digit. Pure; shared by widgets and server.
 * https://www.datadictionary.nhs.uk/attributes/nhs_number.html
 */

export type NhsNumberRuleKey = 'nhsNumber.required' | 'nhsNumber.length' | 'nhsNumber.invalid';

/** The digits of an NHS number as typed with spaces (`943 476 5919` → `9434765919`). */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * The check digit for the first nine digits: weights 10 down to 2, `11 − (sum mod 11)`, 11 becomes 0.
 * Returns 10 when no valid NHS number can start with these digits.
 */
export function nhsCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check;
}

/** True for 10 digits (spaces allowed anywhere) whose last digit is the Modulus 11 check digit. */
export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  if (!/^[0-9]{10}$/.test(digits)) return false;
  const check = nhsCheckDigit(digits.slice(0, 9));
  return check !== 10 && check === Number(digits[9]);
}

/** Null when valid; else `nhsNumber.required`, `nhsNumber.length` (not 10 digits) or `nhsNumber.invalid`. */
export function checkNhsNumber(value: string | null | undefined): NhsNumberRuleKey | null {
  if (!value || value.trim() === '') return 'nhsNumber.required';
  if (!/^[0-9]{10}$/.test(normaliseNhsNumber(value))) return 'nhsNumber.length';
  return isValidNhsNumber(value) ? null : 'nhsNumber.invalid';
}
