import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { errorSummary, prefixDocumentTitle, type FieldError } from './error-summary.js';
import { textField } from './text-field.js';
import { dateInput, emptyDate, type DateValue } from './date-input.js';
import { radios } from './radios.js';
import { focused, hasRole, mountField } from './testing/field-suite.js';
import type { WmFormHost } from '../testing/form-host.js';
import { parseDateParts } from '../rules/date.js';
import { dateErrorParts } from './date-input.js';

/** A small question page: name, date of birth, contact; "Continue" validates and shows the summary. */
function page(h: WmFormHost) {
  const errors = h.value<FieldError[]>('errors', []);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const dob = h.value<DateValue>('dob', emptyDate);
  const dobResult = parseDateParts(dob.day, dob.month, dob.year, { notInFuture: true });
  const submit = () => {
    const d = h.value<DateValue>('dob', emptyDate);
    const dobResult = parseDateParts(d.day, d.month, d.year, { notInFuture: true });
    const found: FieldError[] = [];
    if (!h.get('name').trim()) found.push({ fieldId: 'name', message: h.locale === 'en' ? 'Enter your full name' : 'Rhowch eich enw llawn' });
    if (typeof dobResult === 'string') found.push({ fieldId: 'dob', message: h.t(dobResult) });
    if (!h.get('contact')) found.push({ fieldId: 'contact', message: h.locale === 'en' ? 'Choose how to contact you' : 'Dewiswch sut i gysylltu â chi' });
    h.set({ errors: found });
    if (found.length > 0) h.errors.show();
    else h.errors.clear();
  };
  return html`
    ${errors.length > 0 ? errorSummary(h, { errors }) : ''}
    ${textField(h, { id: 'name', name: 'name', label: h.locale === 'en' ? 'Full name' : 'Enw llawn', autocomplete: 'name', error: errorFor('name'), value: h.get('name'), onInput: (v) => h.set({ name: v }) })}
    ${dateInput(h, {
      id: 'dob',
      name: 'dob',
      legend: h.locale === 'en' ? 'Date of birth' : 'Dyddiad geni',
      birthday: true,
      error: errorFor('dob'),
      errorParts: typeof dobResult === 'string' ? dateErrorParts(dobResult) : [],
      value: dob,
      onInput: (v) => h.set({ dob: v }),
    })}
    ${radios(h, {
      id: 'contact',
      name: 'contact',
      legend: h.locale === 'en' ? 'How should we contact you?' : 'Sut dylem gysylltu â chi?',
      error: errorFor('contact'),
      value: h.value<string | undefined>('contact', undefined),
      items: [
        { value: 'phone', label: h.locale === 'en' ? 'Phone' : 'Ffôn' },
        { value: 'email', label: h.locale === 'en' ? 'Email' : 'E-bost' },
      ],
      onChange: (v) => h.set({ contact: v }),
    })}
    <button type="button" @click=${submit}>${h.locale === 'en' ? 'Continue' : 'Parhau'}</button>
  `;
}

const summary = (host: WmFormHost) => host.shadowRoot!.querySelector<HTMLElement>('.wm-error-summary');
const submit = async (host: WmFormHost) => {
  host.shadowRoot!.querySelector('button')!.click();
  await host.updateComplete;
};

describe('errorSummary', () => {
  let originalTitle = '';
  beforeEach(() => {
    originalTitle = document.title;
  });
  afterEach(() => {
    document.title = originalTitle;
  });

  it('is accessible with errors, in English and Welsh', async () => {
    for (const lang of ['en', 'cy'] as const) {
      const host = await mountField(page, lang);
      await submit(host);
      await expect(host).to.be.accessible();
    }
  });

  it('appears on submit with errors and takes focus, as an alert titled "There is a problem"', async () => {
    const host = await mountField(page);
    await submit(host);
    const el = summary(host)!;
    expect(el.getAttribute('role')).to.equal('alert');
    expect(el.getAttribute('tabindex')).to.equal('-1');
    await waitUntil(() => focused(host) === el, 'the summary has focus');
    expect(hasRole(host, 'alert', 'There is a problem')).to.be.true;
    expect([...el.querySelectorAll('a')].map((a) => a.textContent.trim())).to.deep.equal([
      'Enter your full name',
      'Enter a date',
      'Choose how to contact you',
    ]);
  });

  it('is titled "Mae problem wedi codi" in Welsh', async () => {
    const host = await mountField(page, 'cy');
    await submit(host);
    expect(hasRole(host, 'alert', 'Mae problem wedi codi')).to.be.true;
  });

  it('links move focus to the field: a text input, the first part of a date in error, the first radio', async () => {
    const host = await mountField(page);
    host.set({ dob: { day: '12', month: '', year: '1950' } });
    await submit(host);
    const links = [...summary(host)!.querySelectorAll('a')];
    expect(links[1]!.textContent.trim()).to.equal('Date must include a month');
    links[0]!.click();
    expect(focused(host)?.id).to.equal('name');
    links[1]!.click();
    expect(focused(host)?.id).to.equal('dob-month');
    links[2]!.click();
    expect(focused(host)?.id).to.equal('contact');
    // The URL did not change (the link is handled inside the shadow root).
    expect(location.hash).to.equal('');
  });

  it('follows a link by keyboard (Tab, Enter) and the field can then be fixed', async () => {
    const host = await mountField(page);
    await submit(host);
    await waitUntil(() => focused(host) === summary(host));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focused(host)?.id).to.equal('name');
    await sendKeys({ type: 'Siân Evans' });
    expect(host.get('name')).to.equal('Siân Evans');
  });

  it('scrolls the field into view with its label visible', async () => {
    const wrapper = await mountField(page);
    wrapper.style.display = 'block';
    wrapper.style.paddingTop = '3000px';
    await submit(wrapper);
    window.scrollTo(0, 0);
    summary(wrapper)!.querySelector('a')!.click();
    const label = wrapper.shadowRoot!.querySelector('label[for="name"]')!.getBoundingClientRect();
    expect(label.top).to.be.at.least(0);
    expect(label.bottom).to.be.at.most(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('prefixes the page title with "Error: " while errors show and restores it after', async () => {
    document.title = 'Refer yourself – Riverside Surgery';
    const host = await mountField(page);
    await submit(host);
    expect(document.title).to.equal('Error: Refer yourself – Riverside Surgery');
    host.set({ name: 'Ann', dob: { day: '1', month: '2', year: '1950' }, contact: 'phone' });
    await submit(host);
    expect(host.errors.showing).to.be.false;
    expect(document.title).to.equal('Refer yourself – Riverside Surgery');
  });

  it('uses "Gwall: " in Welsh, follows a language switch, and restores the title when the widget goes', async () => {
    document.title = 'Atgyfeirio eich hun';
    const host = await mountField(page, 'cy');
    await submit(host);
    expect(document.title).to.equal('Gwall: Atgyfeirio eich hun');
    host.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => document.title === 'Error: Atgyfeirio eich hun', 'follows the language');
    host.remove();
    expect(document.title).to.equal('Atgyfeirio eich hun');
  });

  it('prefixDocumentTitle leaves a title the page changed meanwhile', () => {
    document.title = 'One';
    const restore = prefixDocumentTitle('Error: ');
    expect(document.title).to.equal('Error: One');
    document.title = 'Two';
    restore();
    expect(document.title).to.equal('Two');
  });
});
