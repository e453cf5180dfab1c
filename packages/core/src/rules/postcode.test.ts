import { expect } from '@open-wc/testing';
import { checkPostcode, isValidPostcode, normalisePostcode } from './postcode.js';

describe('rules: postcode', () => {
  const valid: Array<[string, string]> = [
    ['LS1 4DY', 'LS1 4DY'],
    ['ls14dy', 'LS1 4DY'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'], // A9 9AA
    ['B33 8TH', 'B33 8TH'], // A99 9AA
    ['W1A 0AX', 'W1A 0AX'], // A9A 9AA
    ['CR2 6XH', 'CR2 6XH'], // AA9 9AA
    ['DN55 1PT', 'DN55 1PT'], // AA99 9AA
    ['EC1A 1BB', 'EC1A 1BB'], // AA9A 9AA
    ['CF10 1EP', 'CF10 1EP'], // Cardiff
    ['gir0aa', 'GIR 0AA'],
  ];
  for (const [input, normalised] of valid) {
    it(`accepts "${input}" as ${normalised}`, () => {
      expect(isValidPostcode(input)).to.equal(true);
      expect(normalisePostcode(input)).to.equal(normalised);
      expect(checkPostcode(input)).to.equal(null);
    });
  }

  const invalid = [
    'LS1', // outward only
    'LS1 4D', // short inward
    'LS1 4DYY',
    '123 4AB', // outward must start with a letter
    'QA1 1AA', // Q never first
    'AJ1 1AA', // J never second
    'LS1 4CY', // C never in inward
    'LS1 ADY', // inward starts with a digit
    'BFPO 1234', // BFPO excluded
    'BF1 3AD', // BFPO postcode excluded
    'SW1A1AA!',
    'not a postcode',
  ];
  for (const input of invalid) {
    it(`rejects "${input}"`, () => {
      expect(isValidPostcode(input)).to.equal(false);
      expect(checkPostcode(input)).to.equal('postcode.invalid');
    });
  }

  it('returns postcode.required for blank input', () => {
    expect(checkPostcode('')).to.equal('postcode.required');
    expect(checkPostcode('   ')).to.equal('postcode.required');
    expect(checkPostcode(undefined)).to.equal('postcode.required');
  });
});
