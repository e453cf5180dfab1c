import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { radios, type RadiosOptions } from './radios.js';
import { textField } from './text-field.js';
import { byRole, hasRole, focused, mountField, runFieldTests, type FieldState } from './testing/field-suite.js';
import type { WmFormHost } from '../testing/form-host.js';

const words = {
  en: { legend: 'How would you like us to contact you?', hint: 'Choose one option', error: 'Choose how we should contact you', phone: 'Phone', email: 'Email', post: 'Post', none: 'Do not contact me', emailLabel: 'Email address' },
  cy: { legend: 'Sut hoffech i ni gysylltu â chi?', hint: 'Dewiswch un opsiwn', error: 'Dewiswch sut y dylem gysylltu â chi', phone: 'Ffôn', email: 'E-bost', post: 'Post', none: 'Peidiwch â chysylltu â mi', emailLabel: 'Cyfeiriad e-bost' },
};

function render(h: WmFormHost, state: FieldState, extra: Partial<RadiosOptions> = {}) {
  const w = words[h.locale];
  const value = h.value<string | undefined>('contact', state === 'filled' ? 'phone' : undefined);
  return radios(h, {
    id: 'contact',
    name: 'contact',
    legend: w.legend,
    hint: w.hint,
    error: state === 'error' ? w.error : undefined,
    value,
    items: [
      { value: 'phone', label: w.phone, hint: '01632 960 001' },
      {
        value: 'email',
        label: w.email,
        conditional: textField(h, { id: 'email', name: 'email', label: w.emailLabel, type: 'email', autocomplete: 'email', value: h.get('email'), onInput: (v) => h.set({ email: v }) }),
      },
      { value: 'post', label: w.post },
      { divider: true },
      { value: 'none', label: w.none },
    ],
    onChange: (v) => h.set({ contact: v }),
    ...extra,
  });
}

runFieldTests({
  name: 'radios',
  render,
  role: 'group',
  accessibleName: { en: words.en.legend, cy: words.cy.legend },
  id: 'contact',
  describedId: 'contact-fieldset',
  invalidId: 'contact',
  summaryFieldId: 'contact',
  summaryFocusId: 'contact',
  firstControlId: 'contact',
  answerByKeyboard: () => sendKeys({ press: 'Space' }),
  answered: (h) => h.get('contact') === 'phone',
});

describe('radios', () => {
  it('arrow keys move and choose within the group; Tab leaves it', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    host.shadowRoot!.getElementById('contact')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(host.get('contact')).to.equal('email');
    expect(focused(host)?.id).to.equal('contact-2');
    await sendKeys({ press: 'ArrowDown' });
    expect(host.get('contact')).to.equal('post');
    await sendKeys({ press: 'ArrowUp' });
    expect(host.get('contact')).to.equal('email');
    await host.updateComplete;
    // Tab goes into the revealed question, not to the next radio.
    await sendKeys({ press: 'Tab' });
    expect(focused(host)?.id).to.equal('email');
  });

  it('reveals a nested question only while its item is checked, with aria-controls', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    const root = host.shadowRoot!;
    const email = root.getElementById('contact-2')!;
    const panel = () => root.getElementById(email.getAttribute('aria-controls')!)!;
    expect(panel().hidden).to.be.true;
    expect(hasRole(host, 'textbox', 'Email address')).to.be.false;
    email.click();
    await host.updateComplete;
    expect(panel().hidden).to.be.false;
    expect(hasRole(host, 'textbox', 'Email address')).to.be.true;
    root.getElementById('email')!.focus();
    await sendKeys({ type: 'a@b.org' });
    root.getElementById('contact')!.click();
    await host.updateComplete;
    expect(panel().hidden).to.be.true;
    // What was typed in the hidden question is kept, as GOV.UK does.
    expect(host.get('email')).to.equal('a@b.org');
    expect(email.hasAttribute('aria-expanded')).to.be.false;
  });

  it('describes an item by its own hint, and shows "or" / "neu" before the last item', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    const phone = byRole(host, 'radio', 'Phone')!;
    expect(host.shadowRoot!.getElementById(phone.getAttribute('aria-describedby')!)!.textContent).to.equal('01632 960 001');
    expect(host.shadowRoot!.querySelector('.wm-choices__divider')!.textContent).to.equal('or');
    const cy = await mountField((h) => render(h, 'empty'), 'cy');
    expect(cy.shadowRoot!.querySelector('.wm-choices__divider')!.textContent).to.equal('neu');
  });

  it('makes the legend the page heading when asked', async () => {
    const host = await mountField((h) => render(h, 'empty', { legendIsHeading: true }));
    expect(hasRole(host, 'heading', words.en.legend)).to.be.true;
    expect(hasRole(host, 'group', words.en.legend)).to.be.true;
  });

  it('gives each radio a 44px target', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    const box = host.shadowRoot!.getElementById('contact')!.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
  });

  it('renders inline items side by side', async () => {
    const host = await mountField((h) =>
      radios(h, { id: 'yn', name: 'yn', legend: 'Are you over 18?', inline: true, value: undefined, items: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }], onChange: () => undefined }),
    );
    const [a, b] = [...host.shadowRoot!.querySelectorAll('input')].map((i) => i.getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
    void html;
  });
});
