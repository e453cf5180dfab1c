/**
 * The blocks as a real widget uses them: a `WaymarkElement` with its own catalogue passes `this` (its
 * `t()` takes the widget's keys and core's) and keeps the answers in its own state. This is the usage
 * documented in forms/README.md; it also proves the types line up.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PropertyDeclarations } from 'lit';
import { WaymarkElement } from '../base/waymark-element.js';
import { defineMessages } from '../i18n/messages.js';
import { focusStyles } from '../tokens/focus.js';
import { parseDateParts, isValidEmail } from '../rules/index.js';
import { mount } from '../testing/fixtures.js';
import { formStyles } from './form-styles.js';
import { textField } from './text-field.js';
import { dateInput, dateErrorParts, emptyDate, type DateValue } from './date-input.js';
import { errorSummary, ErrorSummaryController, type FieldError } from './error-summary.js';

const messages = defineMessages({
  en: { name: 'Full name', email: 'Email address', dob: 'Date of birth', 'name.required': 'Enter your full name', continue: 'Continue' },
  cy: { name: 'Enw llawn', email: 'Cyfeiriad e-bost', dob: 'Dyddiad geni', 'name.required': 'Rhowch eich enw llawn', continue: 'Parhau' },
});

class WmProbeQuestions extends WaymarkElement<typeof messages> {
  static override messages = messages;
  static override styles = [WaymarkElement.styles, focusStyles, formStyles];
  static override properties: PropertyDeclarations = { name: { state: true }, email: { state: true }, dob: { state: true }, errors: { state: true } };
  readonly #summary = new ErrorSummaryController(this);
  declare name: string;
  declare email: string;
  declare dob: DateValue;
  declare errors: FieldError[];

  constructor() {
    super();
    this.name = '';
    this.email = '';
    this.dob = emptyDate;
    this.errors = [];
  }

  #continue(): void {
    const errors: FieldError[] = [];
    if (!this.name.trim()) errors.push({ fieldId: 'name', message: this.t('name.required') });
    const emailKey = this.email ? (isValidEmail(this.email) ? undefined : 'email.invalid') : undefined;
    if (emailKey) errors.push({ fieldId: 'email', message: this.t(emailKey) });
    const dob = parseDateParts(this.dob.day, this.dob.month, this.dob.year, { notInFuture: true });
    if (typeof dob === 'string') errors.push({ fieldId: 'dob', message: this.t(dob) });
    this.errors = errors;
    if (errors.length > 0) this.#summary.show();
    else this.#summary.clear();
  }

  protected override render() {
    const error = (id: string) => this.errors.find((e) => e.fieldId === id)?.message;
    const dob = parseDateParts(this.dob.day, this.dob.month, this.dob.year);
    return html`
      ${this.errors.length ? errorSummary(this, { errors: this.errors }) : ''}
      ${textField(this, { id: 'name', name: 'name', label: this.t('name'), autocomplete: 'name', value: this.name, error: error('name'), onInput: (v) => (this.name = v) })}
      ${textField(this, { id: 'email', name: 'email', label: this.t('email'), type: 'email', autocomplete: 'email', optional: true, value: this.email, error: error('email'), onInput: (v) => (this.email = v) })}
      ${dateInput(this, { id: 'dob', name: 'dob', legend: this.t('dob'), birthday: true, value: this.dob, error: error('dob'), errorParts: typeof dob === 'string' ? dateErrorParts(dob) : [], onInput: (v) => (this.dob = v) })}
      <button type="button" @click=${() => this.#continue()}>${this.t('continue')}</button>
    `;
  }
}
WmProbeQuestions.define('wm-probe-questions');

describe('forms in a widget', () => {
  it('renders, validates on Continue, focuses the summary, and a link leads to the field', async () => {
    const el = await mount<WmProbeQuestions>(html`<wm-probe-questions endpoint="https://example.test/graphql" partner="pk_test"></wm-probe-questions>`);
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    root.getElementById('email')!.focus();
    await sendKeys({ type: 'not-an-email' });
    root.getElementById('dob-day')!.focus();
    await sendKeys({ type: '31' });
    root.querySelector('button')!.click();
    await waitUntil(() => root.activeElement?.classList.contains('wm-error-summary'), 'the summary takes focus');
    await expect(el).to.be.accessible();
    expect([...root.querySelectorAll('.wm-error-summary a')].map((a) => a.textContent.trim())).to.deep.equal([
      'Enter your full name',
      'Enter an email address in the correct format, like name@example.com',
      'Date must include a month',
    ]);
    expect((root.getElementById('email') as HTMLInputElement).value, 'kept').to.equal('not-an-email');
    root.querySelectorAll<HTMLAnchorElement>('.wm-error-summary a')[2]!.click();
    expect(root.activeElement?.id).to.equal('dob-month');
    await sendKeys({ type: '4' });
    expect(el.dob).to.deep.equal({ day: '31', month: '4', year: '' });
  });
});
