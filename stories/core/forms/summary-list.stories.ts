import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { summaryList } from '../../../packages/core/src/index.js';
import { host, say } from './story-host.js';

/**
 * `summaryList(this, { rows: [{ key, value, step, changeLabel }], onChange(step) })`: check your answers.
 * Each "Change" link's accessible name names the answer ("Change date of birth").
 */
const meta: Meta = {
  title: 'Core/Forms/Summary list',
  render: () =>
    host((h) =>
      html`${summaryList(h, {
          rows: [
            { key: say(h, 'Name', 'Enw'), value: 'Siân Evans', step: 'name' },
            { key: say(h, 'Date of birth', 'Dyddiad geni'), value: h.formatDate(new Date(Date.UTC(1984, 2, 15))), step: 'dob' },
            { key: say(h, 'Address', 'Cyfeiriad'), value: html`Flat 2<br />1 High Street<br />Leeds<br />LS1 4DY`, step: 'address' },
            { key: say(h, 'NHS number', 'Rhif GIG'), value: '943 476 5919', step: 'nhs', changeLabel: say(h, 'NHS number', 'rhif GIG') },
            { key: say(h, 'How to contact you', 'Sut i gysylltu â chi'), value: say(h, 'Phone', 'Ffôn'), step: 'contact' },
          ],
          onChange: (step) => h.set({ step }),
        })}
        <p>${h.get('step') ? say(h, `Would go to step: ${h.get('step')}`, `Byddai'n mynd i'r cam: ${h.get('step')}`) : ''}</p>`,
    ),
};
export default meta;

export const Filled: StoryObj = {};
