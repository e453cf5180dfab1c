import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@waymark/core/define/wm-config.js';
import { WmConfigDemo } from '../../packages/core/src/testing/config-demo.js';

// A demonstration child (not part of the kit) that shows the configuration it resolved.
WmConfigDemo.define('wm-config-demo');

interface ConfigArgs {
  endpoint: string;
  partner: string;
  lang: 'en' | 'cy';
}

/**
 * `<wm-config>` gives the widgets inside it the endpoint, partner key and language. The demo child shows
 * what it resolved; its button asks the endpoint for the partner's name.
 */
const meta: Meta<ConfigArgs> = {
  title: 'Core/wm-config',
  component: 'wm-config',
  args: {
    endpoint: 'http://localhost:4000/graphql',
    partner: 'pk_demo_riverside',
    lang: 'en',
  },
  argTypes: {
    endpoint: { control: 'text', description: 'The Waymark GraphQL endpoint URL.' },
    partner: { control: 'text', description: "The partner's public key." },
    lang: { control: 'inline-radio', options: ['en', 'cy'], description: 'The language of the widgets inside.' },
  },
  render: ({ endpoint, partner, lang }) => html`
    <wm-config endpoint=${ifDefined(endpoint || undefined)} partner=${ifDefined(partner || undefined)} lang=${lang}>
      <wm-config-demo></wm-config-demo>
    </wm-config>
  `,
};
export default meta;

type Story = StoryObj<ConfigArgs>;

export const English: Story = {};

export const Welsh: Story = { args: { lang: 'cy' } };

/** The widget's own attribute wins over `<wm-config>`. */
export const WidgetAttributeWins: Story = {
  render: ({ endpoint, partner, lang }) => html`
    <wm-config endpoint=${endpoint} partner=${partner} lang=${lang}>
      <wm-config-demo partner="pk_widget_own" lang="cy"></wm-config-demo>
    </wm-config>
  `,
};
