import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { textField, type TextFieldOptions } from './text-field.js';
import { focused, mountField, runFieldTests, hasRole, type FieldState } from './testing/field-suite.js';
import type { WmFormHost } from '../testing/form-host.js';

const words = {
  en: { label: 'Full name', hint: 'As it is on your GP record', error: 'Enter your full name' },
  cy: { label: 'Enw llawn', hint: 'Fel y mae ar eich cofnod meddyg teulu', error: 'Rhowch eich enw llawn' },
};

function render(h: WmFormHost, state: FieldState, extra: Partial<TextFieldOptions> = {}) {
  const w = words[h.locale];
  return textField(h, {
    id: 'full-name',
    name: 'fullName',
    label: w.label,
    hint: w.hint,
    error: state === 'error' ? w.error : undefined,
    value: h.get('fullName') || (state === 'filled' ? 'Siân Evans' : ''),
    autocomplete: 'name',
    onInput: (value) => h.set({ fullName: value }),
    ...extra,
  });
}

runFieldTests({
  name: 'textField',
  render,
  role: 'textbox',
  accessibleName: { en: 'Full name', cy: 'Enw llawn' },
  id: 'full-name',
  describedId: 'full-name',
  invalidId: 'full-name',
  summaryFieldId: 'full-name',
  summaryFocusId: 'full-name',
  firstControlId: 'full-name',
  answerByKeyboard: () => sendKeys({ type: 'Siân' }),
  answered: (h) => h.get('fullName') === 'Siân',
});

describe('textField', () => {
  it('sets type, autocomplete, inputmode, width and spellcheck off for an email address', async () => {
    const host = await mountField((h) =>
      render(h, 'empty', { id: 'email', type: 'email', autocomplete: 'email', inputmode: 'email', width: '20', label: 'Email address' }),
    );
    const input = host.shadowRoot!.querySelector('input')!;
    expect(input.type).to.equal('email');
    expect(input.getAttribute('autocomplete')).to.equal('email');
    expect(input.getAttribute('inputmode')).to.equal('email');
    expect(input.getAttribute('spellcheck')).to.equal('false');
    expect(input.classList.contains('wm-input--width-20')).to.be.true;
    expect(input.hasAttribute('maxlength')).to.be.false;
  });

  it('leaves spellcheck to the browser for free text unless told', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    expect(host.shadowRoot!.querySelector('input')!.hasAttribute('spellcheck')).to.be.false;
    const host2 = await mountField((h) => render(h, 'empty', { spellcheck: false }));
    expect(host2.shadowRoot!.querySelector('input')!.getAttribute('spellcheck')).to.equal('false');
  });

  it('says "(optional)" in the label, never an asterisk, in English and Welsh', async () => {
    const en = await mountField((h) => render(h, 'empty', { optional: true }));
    expect(hasRole(en, 'textbox', 'Full name (optional)')).to.be.true;
    const cy = await mountField((h) => render(h, 'empty', { optional: true }), 'cy');
    expect(cy.shadowRoot!.querySelector('label')!.textContent).to.contain('(dewisol)').and.not.contain('*');
  });

  it('makes the label the page heading when asked, still labelling the input', async () => {
    const host = await mountField((h) => render(h, 'empty', { labelIsHeading: true }));
    expect(host.shadowRoot!.querySelector('h1 > label[for="full-name"]')).to.exist;
    expect(hasRole(host, 'heading', 'Full name')).to.be.true;
    expect(hasRole(host, 'textbox', 'Full name')).to.be.true;
  });

  it('keeps the caret and value while the host re-renders on each key', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    host.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Ann' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: 'x' });
    await host.updateComplete;
    expect(host.get('fullName')).to.equal('Anxn');
    expect(focused(host)?.id).to.equal('full-name');
  });

  it('has a 44px tall target at least, full width at 320px', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    host.style.width = '320px';
    const input = host.shadowRoot!.querySelector('input')!;
    expect(input.getBoundingClientRect().height).to.be.at.least(40);
    expect(input.getBoundingClientRect().width).to.be.at.most(320);
  });
});
