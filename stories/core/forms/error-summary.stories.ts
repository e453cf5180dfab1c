import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dateInput, emptyDate, errorSummary, textField, type DateValue, type FieldError } from '../../../packages/core/src/index.js';
import { host, say, type WmFormHost } from './story-host.js';

/**
 * `errorSummary(this, { errors: [{ fieldId, message }] })` with `ErrorSummaryController` (`show()` on a
 * submit that found errors: focus moves to the summary and the page title gets "Error: "). Its links move
 * focus to the field (for a date, the part in error). Press "Continue" with the fields empty.
 */
const meta: Meta = {
  title: 'Core/Forms/Error summary',
  render: () => host(page),
};
export default meta;
type Story = StoryObj;

function page(h: WmFormHost) {
  const errors = h.value<FieldError[]>('errors', []);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const dob = h.value<DateValue>('dob', emptyDate);
  const submit = () => {
    const found: FieldError[] = [];
    if (!h.get('name').trim()) found.push({ fieldId: 'name', message: say(h, 'Enter your full name', 'Rhowch eich enw llawn') });
    if (!dob.year.trim()) found.push({ fieldId: 'dob', message: h.t(dob.day || dob.month ? 'date.missingYear' : 'date.required') });
    h.set({ errors: found });
    if (found.length > 0) h.errors.show();
    else h.errors.clear();
  };
  return html`
    ${errors.length > 0 ? errorSummary(h, { errors }) : ''}
    ${textField(h, { id: 'name', name: 'name', label: say(h, 'Full name', 'Enw llawn'), autocomplete: 'name', error: errorFor('name'), value: h.get('name'), onInput: (name) => h.set({ name }) })}
    ${dateInput(h, {
      id: 'dob',
      name: 'dob',
      legend: say(h, 'Date of birth', 'Dyddiad geni'),
      birthday: true,
      error: errorFor('dob'),
      errorParts: dob.day || dob.month ? ['year'] : undefined,
      value: dob,
      onInput: (v) => h.set({ dob: v }),
    })}
    <button type="button" @click=${submit}>${say(h, 'Continue', 'Parhau')}</button>
  `;
}

export const Interactive: Story = {};

/** The summary as it shows after a submit (static). */
export const WithErrors: Story = {
  render: () =>
    host((h) =>
      errorSummary(h, {
        errors: [
          { fieldId: 'name', message: say(h, 'Enter your full name', 'Rhowch eich enw llawn') },
          { fieldId: 'dob', message: h.t('date.missingYear') },
        ],
      }),
    ),
};
