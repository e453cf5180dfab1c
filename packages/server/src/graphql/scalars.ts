/**
 * Custom scalars that carry meaning. Each checks its input with the same rules the widgets use
 * (`@waymark/core/shared-rules`) and reports a bad value as BAD_USER_INPUT with a message key.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isValidEmail, isValidPostcode, isValidUkPhone, normalisePostcode } from '@waymark/core/shared-rules';
import { badUserInput } from './errors.js';

function stringScalar(name: string, description: string, parse: (value: string) => string | null, messageKey: string) {
  const parseValue = (value: unknown): string => {
    const parsed = typeof value === 'string' ? parse(value) : null;
    if (parsed === null) throw badUserInput({ [name]: messageKey }, `${name} is not valid.`);
    return parsed;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw badUserInput({ [name]: messageKey }, `${name} must be a string.`);
      return parseValue(ast.value);
    },
  });
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
export function parseIsoDate(value: string): string | null {
  const m = isoDate.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? value : null;
}

export const scalarResolvers = {
  Date: stringScalar('Date', 'YYYY-MM-DD', parseIsoDate, 'date.invalid'),
  DateTime: stringScalar(
    'DateTime',
    'ISO 8601 instant',
    (v) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null),
    'dateTime.invalid',
  ),
  LocalTime: stringScalar('LocalTime', 'HH:MM', (v) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : null), 'time.invalid'),
  Postcode: stringScalar('Postcode', 'UK postcode', (v) => (isValidPostcode(v) ? normalisePostcode(v) : null), 'postcode.invalid'),
  EmailAddress: stringScalar('EmailAddress', 'Email address', (v) => (isValidEmail(v.trim()) ? v.trim() : null), 'email.invalid'),
  PhoneNumber: stringScalar('PhoneNumber', 'UK phone number', (v) => (isValidUkPhone(v) ? v.trim() : null), 'phone.invalid'),
  OdsCode: stringScalar('OdsCode', 'ODS code', (v) => (/^[A-Za-z0-9]{3,6}$/.test(v.trim()) ? v.trim().toUpperCase() : null), 'odsCode.invalid'),
  URL: stringScalar(
    'URL',
    'http(s) URL',
    (v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
      } catch {
        return null;
      }
    },
    'url.invalid',
  ),
  LanguageTag: stringScalar('LanguageTag', 'BCP 47 tag', (v) => (/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(v) ? v : null), 'language.invalid'),
};
