import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { characterCount } from '../../../packages/core/src/index.js';
import { host, say, stateArgTypes, type StateArgs } from './story-host.js';

/**
 * `characterCount(this, { id, name, label, hint, error, value, maxLength, announcer, onInput })`: the count
 * follows every key on screen; screen readers hear it (politely) once typing pauses. Typing past the
 * limit is never blocked.
 */
type Args = StateArgs & { maxLength: number };

const meta: Meta<Args> = {
  title: 'Core/Forms/Character count',
  args: { state: 'empty', maxLength: 200 },
  argTypes: { ...stateArgTypes, maxLength: { control: { type: 'number', min: 1 } } },
  render: ({ state, maxLength }) =>
    host((h) =>
      characterCount(h, {
        id: 'more',
        name: 'more',
        label: say(h, 'Tell us why you would like some support', 'Dywedwch wrthym pam yr hoffech gael cymorth'),
        hint: say(h, 'For example, what has been happening and how you are feeling', 'Er enghraifft, beth sydd wedi bod yn digwydd a sut rydych chi’n teimlo'),
        error: state === 'error' ? say(h, 'Tell us why you would like some support', 'Dywedwch wrthym pam yr hoffech gael cymorth') : undefined,
        value: h.value('more', state === 'filled' ? 'Since my husband died I have not been going out much and I miss talking to people.' : ''),
        maxLength,
        announcer: h.counts,
        onInput: (more) => h.set({ more }),
      }),
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { state: 'filled' } };
export const Error: Story = { args: { state: 'error' } };
/** Over the limit: the count turns red and says how many too many; the text is kept. */
export const OverTheLimit: Story = { args: { state: 'filled', maxLength: 60 } };
