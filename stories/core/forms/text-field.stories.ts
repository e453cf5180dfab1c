import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { textField } from '../../../packages/core/src/forms/index.js';
import { host, say, stateArgTypes, type StateArgs } from './story-host.js';

/**
 * `textField(this, { id, name, label, hint, error, value, type, autocomplete, inputmode, width, optional,
 * labelIsHeading, onInput })`: a GOV.UK / NHS.UK text input rendered in the widget's own shadow root.
 */
type Args = StateArgs & { labelIsHeading: boolean; optional: boolean };

const meta: Meta<Args> = {
  title: 'Core/Forms/Text field',
  args: { state: 'empty', labelIsHeading: false, optional: false },
  argTypes: stateArgTypes,
  render: ({ state, labelIsHeading, optional }) =>
    host((h) =>
      textField(h, {
        id: 'full-name',
        name: 'fullName',
        label: say(h, 'Full name', 'Enw llawn'),
        hint: say(h, 'As it is on your GP record', 'Fel y mae ar eich cofnod meddyg teulu'),
        error: state === 'error' ? say(h, 'Enter your full name', 'Rhowch eich enw llawn') : undefined,
        value: h.get('v') || (state === 'empty' ? '' : 'Siân Evans'),
        autocomplete: 'name',
        spellcheck: false,
        width: '20',
        optional,
        labelIsHeading,
        onInput: (v) => h.set({ v }),
      }),
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { state: 'filled' } };
export const Error: Story = { args: { state: 'error' } };
export const LabelAsPageHeading: Story = { args: { labelIsHeading: true } };
export const Optional: Story = { args: { optional: true } };

/** An email address: `type="email"`, `autocomplete="email"`, spellcheck off. */
export const EmailAddress: Story = {
  render: ({ state }) =>
    host((h) =>
      textField(h, {
        id: 'email',
        name: 'email',
        label: say(h, 'Email address', 'Cyfeiriad e-bost'),
        hint: say(h, 'We will only use this to send you a confirmation', 'Dim ond i anfon cadarnhad atoch y byddwn yn defnyddio hwn'),
        error: state === 'error' ? say(h, 'Enter an email address in the correct format, like name@example.com', 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com') : undefined,
        value: h.get('v'),
        type: 'email',
        autocomplete: 'email',
        onInput: (v) => h.set({ v }),
      }),
    ),
};
