import { expect } from '@open-wc/testing';
import { checkNhsNumber, isValidNhsNumber, nhsCheckDigit } from './nhs-number.js';

describe('rules: NHS number (Modulus 11)', () => {
  // Published test numbers (NHS Digital's developer documentation uses these).
  const valid = ['9434765919', '943 476 5919', '9434 765 919', ' 4010232137 ', '9000000009', '4857773457', '9999999999'];
  for (const input of valid) {
    it(`accepts "${input}"`, () => {
      expect(isValidNhsNumber(input)).to.equal(true);
      expect(checkNhsNumber(input)).to.equal(null);
    });
  }

  const wrongCheckDigit = ['9434765918', '9434765910', '4010232138', '1234567890'];
  for (const input of wrongCheckDigit) {
    it(`rejects "${input}" (wrong check digit)`, () => {
      expect(isValidNhsNumber(input)).to.equal(false);
      expect(checkNhsNumber(input)).to.equal('nhsNumber.invalid');
    });
  }

  it('rejects a number whose check digit would be 10, whatever its last digit', () => {
    // 1,0,0,0,0,0,0,0,1 → 10 + 2 = 12; 12 mod 11 = 1; 11 − 1 = 10: never valid.
    expect(nhsCheckDigit('100000001')).to.equal(10);
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).to.equal(false);
  });

  const wrongShape = ['943476591', '94347659190', '943-476-5919', '943476591A', 'abcdefghij'];
  for (const input of wrongShape) {
    it(`rejects "${input}" (not 10 digits)`, () => {
      expect(isValidNhsNumber(input)).to.equal(false);
      expect(checkNhsNumber(input)).to.equal('nhsNumber.length');
    });
  }

  it('returns nhsNumber.required for blank input', () => {
    expect(checkNhsNumber('')).to.equal('nhsNumber.required');
    expect(checkNhsNumber(null)).to.equal('nhsNumber.required');
  });
});
