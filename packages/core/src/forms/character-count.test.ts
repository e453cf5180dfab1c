import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { characterCount, countMessage, CountAnnouncer, type CharacterCountOptions } from './character-count.js';
import { description, focused, mountField, runFieldTests, type FieldState } from './testing/field-suite.js';
import type { WmFormHost } from '../testing/form-host.js';

const words = {
  en: { label: 'Tell us more about why you want help', hint: 'Do not include personal details', error: 'Tell us why you want help' },
  cy: { label: "Dywedwch fwy wrthym am pam rydych eisiau help", hint: 'Peidiwch â chynnwys manylion personol', error: 'Dywedwch wrthym pam rydych eisiau help' },
};

function render(h: WmFormHost, state: FieldState, extra: Partial<CharacterCountOptions> = {}) {
  const w = words[h.locale];
  return characterCount(h, {
    id: 'more',
    name: 'more',
    label: w.label,
    hint: w.hint,
    error: state === 'error' ? w.error : undefined,
    value: h.get('more') || (state === 'filled' ? 'I feel lonely since I moved.' : ''),
    maxLength: 20,
    announcer: h.counts,
    onInput: (v) => h.set({ more: v }),
    ...extra,
  });
}

runFieldTests({
  name: 'characterCount',
  render,
  role: 'textbox',
  accessibleName: { en: words.en.label, cy: words.cy.label },
  id: 'more',
  describedId: 'more',
  invalidId: 'more',
  summaryFieldId: 'more',
  summaryFocusId: 'more',
  firstControlId: 'more',
  answerByKeyboard: () => sendKeys({ type: 'Hello' }),
  answered: (h) => h.get('more') === 'Hello',
});

const status = (host: WmFormHost) => host.shadowRoot!.querySelector('.wm-character-count__status')!.textContent.trim();
const live = (host: WmFormHost) => host.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();

describe('characterCount', () => {
  it('counts down as you type, says how many too many, and never stops typing', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    expect(status(host)).to.equal('You have 20 characters remaining');
    host.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Nineteen characters' });
    await host.updateComplete;
    expect(status(host)).to.equal('You have 1 character remaining');
    await sendKeys({ type: '!' });
    await host.updateComplete;
    expect(status(host)).to.equal('You have 0 characters remaining');
    await sendKeys({ type: '!!!' });
    await host.updateComplete;
    expect(host.get('more')).to.equal('Nineteen characters!!!!');
    expect(status(host)).to.equal('You have 3 characters too many');
    expect(host.shadowRoot!.querySelector('.wm-character-count__status--over')).to.exist;
    expect(host.shadowRoot!.querySelector('textarea')!.hasAttribute('maxlength')).to.be.false;
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await host.updateComplete;
    expect(status(host)).to.equal('You have 1 character too many');
  });

  it('tells screen readers the limit in the description and hides the every-key count', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    expect(description(host.shadowRoot!.querySelector('textarea')!)).to.contain('You can enter up to 20 characters');
    expect(host.shadowRoot!.querySelector('.wm-character-count__status')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('announces politely only once typing pauses', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    host.countDelay = 300;
    host.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Hello' });
    await host.updateComplete;
    expect(live(host), 'nothing while typing').to.equal('');
    await sendKeys({ type: ' there' });
    await aTimeout(150);
    expect(live(host), 'still nothing 150ms after the last key').to.equal('');
    await waitUntil(() => live(host) === 'You have 9 characters remaining', 'announced after the pause', { timeout: 2000 });
    expect(focused(host)?.id).to.equal('more');
  });

  it('counts in Welsh with Welsh plural forms', async () => {
    const host = await mountField((h) => render(h, 'empty'), 'cy');
    expect(status(host)).to.equal('Mae gennych 20 nod yn weddill');
    const cases: [number, string][] = [
      [0, 'Mae gennych 20 nod yn weddill'], // other
      [20, 'Mae gennych 0 nod yn weddill'], // zero
      [19, 'Mae gennych 1 nod yn weddill'], // one
      [18, 'Mae gennych 2 nod yn weddill'], // two
      [17, 'Mae gennych 3 nod yn weddill'], // few
      [14, 'Mae gennych 6 nod yn weddill'], // many
      [23, 'Mae gennych 3 nod yn ormod'],
      [21, 'Mae gennych 1 nod yn ormod'],
    ];
    for (const [length, text] of cases) expect(countMessage(host, length, 20)).to.equal(text);
    expect(description(host.shadowRoot!.querySelector('textarea')!)).to.contain('Gallwch ddefnyddio hyd at 20 nod');
    host.shadowRoot!.querySelector('textarea')!.focus();
    host.countDelay = 50;
    await sendKeys({ type: 'Helo' });
    await waitUntil(() => live(host) === 'Mae gennych 16 nod yn weddill', 'announced in Welsh', { timeout: 2000 });
  });

  it('counts in English with English plurals, and counts an emoji as one character', async () => {
    const host = await mountField((h) => render(h, 'empty'));
    expect(countMessage(host, 19, 20)).to.equal('You have 1 character remaining');
    expect(countMessage(host, 18, 20)).to.equal('You have 2 characters remaining');
    expect(countMessage(host, 21, 20)).to.equal('You have 1 character too many');
    host.set({ more: 'Ta 👍' });
    await host.updateComplete;
    expect(status(host)).to.equal('You have 16 characters remaining');
  });

  it('waits 1 second by default and forgets pending announcements when disconnected', async () => {
    let updates = 0;
    const fakeHost = { addController: () => undefined, requestUpdate: () => void updates++, removeController: () => undefined, updateComplete: Promise.resolve(true) };
    const announcer = new CountAnnouncer(fakeHost);
    announcer.schedule('x', 'a');
    await aTimeout(500);
    expect(announcer.text('x')).to.equal('');
    announcer.hostDisconnected();
    await aTimeout(700);
    expect(announcer.text('x')).to.equal('');
    expect(updates).to.equal(0);
    announcer.schedule('x', 'b');
    await waitUntil(() => announcer.text('x') === 'b', 'after 1s', { timeout: 2000 });
    expect(updates).to.equal(1);
  });
});
