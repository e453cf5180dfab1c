/**
 * Validation rules both the widgets and the server import (`@waymark/core/shared-rules`). Pure
 * functions with no DOM or Node imports. Each check returns a message key (text lives in the
 * catalogues), or null when the value is fine.
 */
export { normalisePostcode, isValidPostcode, checkPostcode, type PostcodeRuleKey } from './postcode.js';
export { normaliseNhsNumber, nhsCheckDigit, isValidNhsNumber, checkNhsNumber, type NhsNumberRuleKey } from './nhs-number.js';
export {
  isValidEmail,
  checkEmail,
  normaliseUkPhone,
  isValidUkPhone,
  checkUkPhone,
  type EmailRuleKey,
  type PhoneRuleKey,
} from './contact.js';
export { parseDateParts, todayInLondon, type DateRuleKey, type DateRuleOptions } from './date.js';

import type { PostcodeRuleKey } from './postcode.js';
import type { NhsNumberRuleKey } from './nhs-number.js';
import type { EmailRuleKey, PhoneRuleKey } from './contact.js';
import type { DateRuleKey } from './date.js';

/** Every message key a shared rule can return. */
export type RuleKey = PostcodeRuleKey | NhsNumberRuleKey | EmailRuleKey | PhoneRuleKey | DateRuleKey;
