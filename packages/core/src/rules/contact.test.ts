import { expect } from '@open-wc/testing';
import { checkEmail, checkUkPhone, isValidEmail, isValidUkPhone, normaliseUkPhone } from './contact.js';

describe('rules: email', () => {
  const valid = ['name@example.com', 'first.last+tag@nhs.net', "o'brien@example.co.uk", ' spaced@example.org ', 'a@b.cymru', 'x@xn--80ak6aa92e.com'];
  for (const input of valid) it(`accepts "${input}"`, () => expect(isValidEmail(input)).to.equal(true));

  const invalid = ['', 'plainaddress', '@example.com', 'name@', 'name@example', 'name@@example.com', 'name@example..com', '.name@example.com', 'name.@example.com', 'na..me@example.com', 'name@-example.com', 'name@example.c', 'name@exa mple.com', 'name@example.123'];
  for (const input of invalid) it(`rejects "${input}"`, () => expect(isValidEmail(input)).to.equal(false));

  it('returns message keys', () => {
    expect(checkEmail(' ')).to.equal('email.required');
    expect(checkEmail('nope')).to.equal('email.invalid');
    expect(checkEmail('name@example.com')).to.equal(null);
  });
});

describe('rules: UK phone', () => {
  const valid: Array<[string, string]> = [
    ['07700 900982', '07700900982'],
    ['+44 7700 900982', '07700900982'],
    ['+44 (0)7700 900982', '07700900982'],
    ['0044 20 7946 0958', '02079460958'],
    ['(020) 7946-0958', '02079460958'],
    ['01632 960001', '01632960001'],
    ['016977 3123', '0169773123'], // 10-digit 01 number
    ['0800 123 456', '0800123456'], // 10-digit freephone
    ['0300 123 1234', '03001231234'],
  ];
  for (const [input, national] of valid) {
    it(`accepts "${input}"`, () => {
      expect(isValidUkPhone(input)).to.equal(true);
      expect(normaliseUkPhone(input)).to.equal(national);
    });
  }

  const invalid = ['', '07700 90098', '07700 9009821', '7700900982', '+1 202 555 0143', '00 7700 900982', '04700 900982', '06700 900982', 'phone me', '07700 900 98x', '0770090098'];
  for (const input of invalid) it(`rejects "${input}"`, () => expect(isValidUkPhone(input)).to.equal(false));

  it('returns message keys', () => {
    expect(checkUkPhone('')).to.equal('phone.required');
    expect(checkUkPhone('123')).to.equal('phone.invalid');
    expect(checkUkPhone('07700 900982')).to.equal(null);
  });
});
