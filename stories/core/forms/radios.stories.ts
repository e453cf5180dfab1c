import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { radios, textField } from '../../../packages/core/src/index.js';
import { host, say, stateArgTypes, type StateArgs } from './story-host.js';

/**
 * `radios(this, { id, name, legend, hint, error, value, items, inline, legendIsHeading, onChange })`:
 * items may have hints, a `{ divider: true }` shows "or", and `conditional` reveals a nested question.
 */
type Args = StateArgs & { inline: boolean };

const meta: Meta<Args> = {
  title: 'Core/Forms/Radios',
  args: { state: 'empty', inline: false },
  argTypes: stateArgTypes,
  render: ({ state }) =>
    host((h) =>
      radios(h, {
        id: 'contact',
        name: 'contact',
        legend: say(h, 'How would you like us to contact you?', 'Sut hoffech i ni gysylltu â chi?'),
        legendIsHeading: true,
        hint: say(h, 'Choose one option', 'Dewiswch un opsiwn'),
        error: state === 'error' ? say(h, 'Choose how we should contact you', 'Dewiswch sut y dylem gysylltu â chi') : undefined,
        value: h.value<string | undefined>('contact', state === 'filled' ? 'email' : undefined),
        items: [
          { value: 'phone', label: say(h, 'Phone', 'Ffôn'), hint: say(h, 'We will call from a withheld number', 'Byddwn yn ffonio o rif cudd') },
          {
            value: 'email',
            label: say(h, 'Email', 'E-bost'),
            conditional: textField(h, { id: 'email', name: 'email', label: say(h, 'Email address', 'Cyfeiriad e-bost'), type: 'email', autocomplete: 'email', value: h.get('email'), onInput: (email) => h.set({ email }) }),
          },
          { value: 'post', label: say(h, 'Post', 'Post') },
          { divider: true },
          { value: 'none', label: say(h, 'Do not contact me', 'Peidiwch â chysylltu â mi') },
        ],
        onChange: (contact) => h.set({ contact }),
      }),
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
/** "Email" chosen: its nested question is revealed. */
export const Filled: Story = { args: { state: 'filled' } };
export const Error: Story = { args: { state: 'error' } };

export const Inline: Story = {
  render: ({ state }) =>
    host((h) =>
      radios(h, {
        id: 'over-18',
        name: 'over18',
        legend: say(h, 'Are you 18 or over?', "Ydych chi'n 18 oed neu'n hŷn?"),
        inline: true,
        error: state === 'error' ? say(h, 'Select yes if you are 18 or over', "Dewiswch ydw os ydych yn 18 oed neu'n hŷn") : undefined,
        value: h.value<string | undefined>('v', undefined),
        items: [
          { value: 'yes', label: say(h, 'Yes', 'Ydw') },
          { value: 'no', label: say(h, 'No', 'Nac ydw') },
        ],
        onChange: (v) => h.set({ v }),
      }),
    ),
};
