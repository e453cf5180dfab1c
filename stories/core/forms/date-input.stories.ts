import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { dateInput, dateErrorParts, emptyDate, parseDateParts, type DateValue } from '../../../packages/core/src/index.js';
import { host, say, stateArgTypes, type StateArgs } from './story-host.js';

/**
 * `dateInput(this, { id, name, legend, hint, error, errorParts, value, birthday, onInput })`: the GOV.UK
 * date input. In the error state the message comes from `parseDateParts` and only the parts it is about
 * are highlighted.
 */
type Args = StateArgs;

const meta: Meta<Args> = {
  title: 'Core/Forms/Date input',
  args: { state: 'empty' },
  argTypes: stateArgTypes,
  render: ({ state }) =>
    host((h) => {
      const preset: DateValue = state === 'filled' ? { day: '15', month: '3', year: '1984' } : state === 'error' ? { day: '15', month: '3', year: '84' } : emptyDate;
      const value = h.value<DateValue>('dob', preset);
      const result = parseDateParts(value.day, value.month, value.year, { notInFuture: true });
      const key = state === 'error' && typeof result === 'string' ? result : undefined;
      return dateInput(h, {
        id: 'dob',
        name: 'dob',
        legend: say(h, 'What is your date of birth?', 'Beth yw eich dyddiad geni?'),
        legendIsHeading: true,
        error: key ? h.t(key) : undefined,
        errorParts: dateErrorParts(key),
        value,
        birthday: true,
        onInput: (dob) => h.set({ dob }),
      });
    }),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { state: 'filled' } };
/** "Year must include 4 numbers": only the year is highlighted. */
export const Error: Story = { args: { state: 'error' } };
