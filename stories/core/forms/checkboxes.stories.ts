import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { checkboxes, textField } from '../../../packages/core/src/index.js';
import { host, say, stateArgTypes, type StateArgs } from './story-host.js';

/**
 * `checkboxes(this, { id, name, legend, hint, error, values, items, onChange })`: an `exclusive` item
 * ("None of these", after an "or" divider) clears the others; `conditional` reveals a nested question.
 */
type Args = StateArgs;

const meta: Meta<Args> = {
  title: 'Core/Forms/Checkboxes',
  args: { state: 'empty' },
  argTypes: stateArgTypes,
  render: ({ state }) =>
    host((h) =>
      checkboxes(h, {
        id: 'help',
        name: 'help',
        legend: say(h, 'What would you like help with?', 'Gyda beth yr hoffech gael help?'),
        legendIsHeading: true,
        hint: say(h, 'Select all that apply', "Dewiswch bob un sy'n berthnasol"),
        error: state === 'error' ? say(h, 'Select what you would like help with, or select "None of these"', 'Dewiswch gyda beth yr hoffech gael help, neu dewiswch "Dim un o\'r rhain"') : undefined,
        values: h.value<string[]>('help', state === 'filled' ? ['money', 'other'] : []),
        items: [
          { value: 'money', label: say(h, 'Money or debt', 'Arian neu ddyled') },
          { value: 'housing', label: say(h, 'Housing', 'Tai'), hint: say(h, 'Including repairs and heating', 'Gan gynnwys atgyweiriadau a gwresogi') },
          { value: 'lonely', label: say(h, 'Feeling lonely', 'Teimlo’n unig') },
          {
            value: 'other',
            label: say(h, 'Something else', 'Rhywbeth arall'),
            conditional: textField(h, { id: 'help-other', name: 'helpOther', label: say(h, 'Tell us what', 'Dywedwch wrthym beth'), value: h.get('other'), onInput: (other) => h.set({ other }) }),
          },
          { divider: true },
          { value: 'none', label: say(h, 'None of these', "Dim un o'r rhain"), exclusive: true },
        ],
        onChange: (help) => h.set({ help }),
      }),
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { state: 'filled' } };
export const Error: Story = { args: { state: 'error' } };
