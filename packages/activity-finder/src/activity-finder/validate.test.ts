import { expect } from '@open-wc/testing';
import { defaultFilters, type Filters } from './url-state.js';
import { checkForm } from './validate.js';

const typed = (postcode = '', maxCost = '', age = '') => ({ postcode, maxCost, age });
const keys = (r: ReturnType<typeof checkForm>) => r.errors.map((e) => `${e.fieldId}:${e.key}`);
const near: Filters = { ...defaultFilters(), near: { latitude: 53.81, longitude: -1.6 }, place: 'LS4' };

describe('checkForm', () => {
  it('asks for a place unless there is a keyword or only online activities are wanted', () => {
    expect(keys(checkForm(defaultFilters(), typed(), null))).to.deep.equal(['postcode:placeRequired']);
    expect(keys(checkForm({ ...defaultFilters(), keyword: '  choir ' }, typed(), null))).to.deep.equal([]);
    expect(checkForm({ ...defaultFilters(), keyword: '  choir ' }, typed(), null).filters.keyword).to.equal('choir');
    expect(keys(checkForm({ ...defaultFilters(), attend: 'online' }, typed(), null))).to.deep.equal([]);
  });

  it('checks a new postcode with core’s rule and asks for its place; keeps a known one', () => {
    expect(keys(checkForm(defaultFilters(), typed('LS4'), null))).to.deep.equal(['postcode:postcode.invalid']);
    expect(checkForm(defaultFilters(), typed(' ls4 2qt '), null).lookup).to.equal('LS4 2QT');
    const same = checkForm(near, typed('LS4'), 'LS4');
    expect(same.lookup).to.equal(null);
    expect(same.filters.near).to.deep.equal(near.near);
    expect(checkForm(near, typed('LS12 2PH'), 'LS4').lookup).to.equal('LS12 2PH');
  });

  it('forgets the place when the box is emptied, but not "your location"', () => {
    expect(checkForm(near, typed(''), 'LS4').filters.near).to.equal(null);
    const me: Filters = { ...near, place: 'me' };
    expect(checkForm(me, typed(''), null).filters.near).to.deep.equal(me.near);
  });

  it('checks the maximum cost and the age, reporting every problem at once', () => {
    const form: Filters = { ...defaultFilters(), cost: 'max' };
    expect(keys(checkForm(form, typed('', 'lots', 'old'), null))).to.deep.equal(['postcode:placeRequired', 'max-cost:maxCostInvalid', 'age:ageInvalid']);
    const ok = checkForm({ ...near, cost: 'max' }, typed('LS4', '£2.5', ' 67 '), 'LS4');
    expect(ok.errors).to.deep.equal([]);
    expect(ok.filters.maxCostPence).to.equal(250);
    expect(ok.filters.age).to.equal(67);
    expect(keys(checkForm(near, typed('LS4', '', '121'), 'LS4'))).to.deep.equal(['age:ageInvalid']);
    expect(checkForm({ ...near, cost: 'free', maxCostPence: 300 }, typed('LS4', '3'), 'LS4').filters.maxCostPence).to.equal(null);
  });
});
