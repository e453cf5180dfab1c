import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dateErrorParts, dateInput, emptyDate, type DateInputOptions, type DateValue } from './date-input.js';
import { hasRole, focused, mountField, runFieldTests, type FieldState } from './testing/field-suite.js';
import { parseDateParts, type DateRuleKey } from '../rules/date.js';
import type { WmFormHost } from '../testing/form-host.js';

const words = {
  en: { legend: 'What is your date of birth?', error: 'Date of birth must include a year' },
  cy: { legend: 'Beth yw eich dyddiad geni?', error: "Rhaid i'r dyddiad geni gynnwys blwyddyn" },
};

const dob = (h: WmFormHost) => h.value<DateValue>('dob', emptyDate);

function render(h: WmFormHost, state: FieldState, extra: Partial<DateInputOptions> = {}) {
  const w = words[h.locale];
  const value = state === 'filled' && dob(h) === emptyDate ? { day: '15', month: '3', year: '1984' } : dob(h);
  return dateInput(h, {
    id: 'dob',
    name: 'dob',
    legend: w.legend,
    error: state === 'error' ? w.error : undefined,
    errorParts: state === 'error' ? ['year'] : undefined,
    value,
    birthday: true,
    onInput: (v) => h.set({ dob: v }),
    ...extra,
  });
}

runFieldTests({
  name: 'dateInput',
  render,
  role: 'group',
  accessibleName: { en: 'What is your date of birth?', cy: 'Beth yw eich dyddiad geni?' },
  id: 'dob',
  describedId: 'dob',
  invalidId: 'dob-year',
  summaryFieldId: 'dob',
  // The error is about the year: the summary link lands on the year, Tab on the day.
  summaryFocusId: 'dob-year',
  firstControlId: 'dob-day',
  answerByKeyboard: async () => {
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1984' });
  },
  answered: (h) => {
    const d = dob(h);
    return d.day === '15' && d.month === '3' && d.year === '1984';
  },
});

describe('dateInput', () => {
  it('labels the parts Day, Month, Year (Diwrnod, Mis, Blwyddyn) with the GOV.UK hint', async () => {
    const en = await mountField((h) => render(h, 'empty'));
    for (const name of ['Day', 'Month', 'Year']) expect(hasRole(en, 'textbox', name), name).to.be.true;
    expect(en.shadowRoot!.getElementById('dob-hint')!.textContent.trim()).to.equal('For example, 15 3 1984');
    const cy = await mountField((h) => render(h, 'empty'), 'cy');
    for (const name of ['Diwrnod', 'Mis', 'Blwyddyn']) expect(hasRole(cy, 'textbox', name), name).to.be.true;
    expect(cy.shadowRoot!.getElementById('dob-hint')!.textContent.trim()).to.equal('Er enghraifft, 15 3 1984');
  });

  it('uses numeric keyboards, birthday autocomplete tokens and names per part', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    const inputs = [...host.shadowRoot!.querySelectorAll('input')];
    expect(inputs.map((i) => i.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(inputs.map((i) => i.name)).to.deep.equal(['dob-day', 'dob-month', 'dob-year']);
    for (const input of inputs) {
      expect(input.type).to.equal('text');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.getAttribute('spellcheck')).to.equal('false');
    }
    const other = await mountField((h) => render(h, 'empty', { birthday: false }));
    expect(other.shadowRoot!.querySelector('input')!.getAttribute('autocomplete')).to.equal('off');
  });

  it('typed parts are kept as strings and validate with parseDateParts', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    host.shadowRoot!.getElementById('dob-day')!.focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '04' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1984' });
    const d = dob(host);
    expect(d).to.deep.equal({ day: '31', month: '04', year: '1984' });
    expect(parseDateParts(d.day, d.month, d.year)).to.equal('date.invalid');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(host)?.id).to.equal('dob-day');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '0' });
    const fixed = dob(host);
    expect((parseDateParts(fixed.day, fixed.month, fixed.year) as Date).toISOString()).to.equal('1984-04-30T00:00:00.000Z');
  });

  it('highlights only the parts in error, from the rule that failed', async () => {
    const cases: [DateRuleKey, string[]][] = [
      ['date.missingDay', ['dob-day']],
      ['date.missingMonth', ['dob-month']],
      ['date.yearFormat', ['dob-year']],
      ['date.invalid', ['dob-day', 'dob-month', 'dob-year']],
    ];
    for (const [key, ids] of cases) {
      const host = await mountField((h) =>
        dateInput(h, { id: 'dob', name: 'dob', legend: 'Date of birth', error: h.t(key), errorParts: dateErrorParts(key), value: emptyDate, onInput: () => undefined }),
      );
      const invalid = [...host.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((i) => i.id);
      expect(invalid, key).to.deep.equal(ids);
      const red = [...host.shadowRoot!.querySelectorAll('input.wm-input--error')].map((i) => i.id);
      expect(red, key).to.deep.equal(ids);
    }
    expect(dateErrorParts(undefined)).to.deep.equal([]);
  });
});
