import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkboxes, toggleValues, type CheckboxesOptions } from './checkboxes.js';
import { textField } from './text-field.js';
import { byRole, focused, hasRole, mountField, runFieldTests, type FieldState } from './testing/field-suite.js';
import type { WmFormHost } from '../testing/form-host.js';

const words = {
  en: { legend: 'What would you like help with?', hint: 'Select all that apply', error: 'Select what you would like help with, or select "None of these"', money: 'Money or debt', housing: 'Housing', other: 'Something else', otherLabel: 'Tell us what', none: 'None of these' },
  cy: { legend: 'Gyda beth yr hoffech gael help?', hint: "Dewiswch bob un sy'n berthnasol", error: 'Dewiswch gyda beth yr hoffech gael help, neu dewiswch "Dim un o\'r rhain"', money: 'Arian neu ddyled', housing: 'Tai', other: 'Rhywbeth arall', otherLabel: 'Dywedwch wrthym beth', none: "Dim un o'r rhain" },
};

const helpValues = (h: WmFormHost) => h.value<string[]>('help', []);

function options(h: WmFormHost, state: FieldState): CheckboxesOptions {
  const w = words[h.locale];
  return {
    id: 'help',
    name: 'help',
    legend: w.legend,
    hint: w.hint,
    error: state === 'error' ? w.error : undefined,
    values: h.value<string[]>('help', state === 'filled' ? ['money', 'housing'] : []),
    items: [
      { value: 'money', label: w.money },
      { value: 'housing', label: w.housing, hint: 'Including repairs' },
      {
        value: 'other',
        label: w.other,
        conditional: textField(h, { id: 'help-other-text', name: 'helpOther', label: w.otherLabel, value: h.get('helpOther'), onInput: (v) => h.set({ helpOther: v }) }),
      },
      { divider: true },
      { value: 'none', label: w.none, exclusive: true },
    ],
    onChange: (values) => h.set({ help: values }),
  };
}
const render = (h: WmFormHost, state: FieldState) => checkboxes(h, options(h, state));

runFieldTests({
  name: 'checkboxes',
  render,
  role: 'group',
  accessibleName: { en: words.en.legend, cy: words.cy.legend },
  id: 'help',
  describedId: 'help-fieldset',
  invalidId: 'help',
  summaryFieldId: 'help',
  summaryFocusId: 'help',
  firstControlId: 'help',
  answerByKeyboard: () => sendKeys({ press: 'Space' }),
  answered: (h) => helpValues(h).join() === 'money',
});

describe('checkboxes', () => {
  it('Space toggles each; Tab moves between them', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    host.shadowRoot!.getElementById('help')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(host)?.id).to.equal('help-2');
    await sendKeys({ press: 'Space' });
    expect(helpValues(host)).to.deep.equal(['money', 'housing']);
    await sendKeys({ press: 'Space' });
    expect(helpValues(host)).to.deep.equal(['money']);
  });

  it('"None of these" clears the others, and any other clears it', async () => {
    const host = await mountField((h) => render(h, 'filled'));
    const none = byRole(host, 'checkbox', 'None of these')! as HTMLInputElement;
    none.click();
    await host.updateComplete;
    expect(helpValues(host)).to.deep.equal(['none']);
    const checked = [...host.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((i) => i.checked);
    expect(checked.map((i) => i.value)).to.deep.equal(['none']);
    byRole(host, 'checkbox', 'Housing')!.click();
    await host.updateComplete;
    expect(helpValues(host)).to.deep.equal(['housing']);
    expect(none.checked).to.be.false;
    expect(toggleValues(options(host, 'empty'), 'housing', false)).to.deep.equal([]);
  });

  it('reveals a nested question with aria-controls and aria-expanded', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    const other = byRole(host, 'checkbox', 'Something else')!;
    const panel = host.shadowRoot!.getElementById(other.getAttribute('aria-controls')!)!;
    expect(other.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.be.true;
    expect(hasRole(host, 'textbox', 'Tell us what')).to.be.false;
    other.focus();
    await sendKeys({ press: 'Space' });
    await host.updateComplete;
    expect(other.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.be.false;
    await sendKeys({ press: 'Tab' });
    expect(focused(host)?.id).to.equal('help-other-text');
    await sendKeys({ type: 'Loneliness' });
    expect(host.get('helpOther')).to.equal('Loneliness');
  });

  it('has the divider in Welsh ("neu") and Welsh items by role', async () => {
    const host = await mountField((h) => render(h, 'empty'), 'cy');
    expect(host.shadowRoot!.querySelector('.wm-choices__divider')!.textContent).to.equal('neu');
    expect(hasRole(host, 'checkbox', "Dim un o'r rhain")).to.be.true;
  });
});
