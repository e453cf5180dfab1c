import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { confirmationPanel } from '../../../packages/core/src/index.js';
import { host, say } from './story-host.js';

/**
 * `confirmationPanel(this, { title, reference, next, headingLevel })`: the green panel with the reference
 * in large text, then "What happens next". Prints black on white.
 */
type Args = { headingLevel: 1 | 2 };

const meta: Meta<Args> = {
  title: 'Core/Forms/Confirmation panel',
  args: { headingLevel: 1 },
  argTypes: { headingLevel: { control: 'inline-radio', options: [1, 2] } },
  render: ({ headingLevel }) =>
    host((h) =>
      confirmationPanel(h, {
        title: say(h, 'Referral sent', "Atgyfeiriad wedi'i anfon"),
        reference: 'WM-4821-KQ',
        headingLevel,
        next: html`<p>
            ${say(h, 'A link worker will phone you within 5 working days.', 'Bydd gweithiwr cyswllt yn eich ffonio o fewn 5 diwrnod gwaith.')}
          </p>
          <p>${say(h, 'If you need help urgently, call 111.', 'Os oes angen help arnoch ar frys, ffoniwch 111.')}</p>`,
      }),
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const PageHeading: Story = {};
export const InsideAPage: Story = { args: { headingLevel: 2 } };
