import { expect } from '@open-wc/testing';
import { parseDateParts, todayInLondon, type DateRuleKey } from './date.js';

const today = { year: 2026, month: 5, day: 14 };
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

describe('rules: parseDateParts', () => {
  const valid: Array<[string, string, string, string]> = [
    ['1', '2', '1980', '1980-02-01'],
    ['01', '02', '1980', '1980-02-01'],
    [' 29 ', ' 2 ', ' 2024 ', '2024-02-29'], // leap year
    ['31', 'December', '1999', '1999-12-31'],
    ['3', 'mar', '2001', '2001-03-03'],
    ['3', 'Sept', '2001', '2001-09-03'],
    ['14', '5', '2026', '2026-05-14'], // today is not in the future
  ];
  for (const [d, m, y, expected] of valid) {
    it(`reads ${d}/${m}/${y} as ${expected}`, () => {
      expect(iso(parseDateParts(d, m, y, { notInFuture: true, today }))).to.equal(expected);
    });
  }

  const invalid: Array<[string, string, string, DateRuleKey]> = [
    ['', '', '', 'date.required'],
    ['', '2', '1980', 'date.missingDay'],
    ['1', '', '1980', 'date.missingMonth'],
    ['1', '2', '', 'date.missingYear'],
    ['1', '2', '80', 'date.yearFormat'],
    ['1', '2', '19800', 'date.yearFormat'],
    ['1', '2', '19a0', 'date.invalid'],
    ['31', '4', '2020', 'date.invalid'], // 31 April
    ['29', '2', '2023', 'date.invalid'], // not a leap year
    ['0', '1', '2020', 'date.invalid'],
    ['1', '13', '2020', 'date.invalid'],
    ['1', 'Smarch', '2020', 'date.invalid'],
    ['1.5', '1', '2020', 'date.invalid'],
    ['15', '5', '2026', 'date.future'],
    ['1', '1', '2030', 'date.future'],
  ];
  for (const [d, m, y, key] of invalid) {
    it(`returns ${key} for "${d}"/"${m}"/"${y}"`, () => {
      expect(parseDateParts(d, m, y, { notInFuture: true, today })).to.equal(key);
    });
  }

  it('allows future dates unless told not to, and can refuse past ones', () => {
    expect(iso(parseDateParts('1', '1', '2030', { today }))).to.equal('2030-01-01');
    expect(parseDateParts('13', '5', '2026', { notInPast: true, today })).to.equal('date.past');
    expect(iso(parseDateParts('14', '5', '2026', { notInPast: true, today }))).to.equal('2026-05-14');
  });

  it('takes numbers as well as strings', () => {
    expect(iso(parseDateParts(9, 11, 1989))).to.equal('1989-11-09');
  });

  it("knows today's date in London around midnight UTC in summer", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).to.deep.equal({ year: 2026, month: 7, day: 1 });
    expect(todayInLondon(new Date('2026-01-31T23:30:00Z'))).to.deep.equal({ year: 2026, month: 1, day: 31 });
  });
});
