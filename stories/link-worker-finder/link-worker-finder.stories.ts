import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { WaymarkError } from '@waymark/core';
import { FinderPartnerDocument } from '../../packages/link-worker-finder/src/generated/graphql.js';
import '@waymark/link-worker-finder/define/wm-link-worker-finder.js';
import type { WmLinkWorkerFinder } from '@waymark/link-worker-finder';

interface FinderArgs {
  endpoint: string;
  partner: string;
  lang: 'en' | 'cy';
  practice: string;
  referralUrl: string;
}

/**
 * `<wm-link-worker-finder>` answers "who is my link worker, and how do I reach them?" by GP practice (a
 * keyboard-friendly combobox) or by postcode. The live stories talk to the demo server
 * (`npm start`); the "none found" and "error" stories answer from a stand-in so they show without it.
 */
const meta: Meta<FinderArgs> = {
  title: 'Widgets/wm-link-worker-finder',
  component: 'wm-link-worker-finder',
  args: { endpoint: 'http://localhost:4000/graphql', partner: 'pk_demo_airevalley', lang: 'en', practice: '', referralUrl: '/refer/' },
  argTypes: {
    endpoint: { control: 'text', description: 'The Waymark GraphQL endpoint URL.' },
    partner: { control: 'text', description: "The partner's public key (a GP practice's key preselects its practice)." },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    practice: { control: 'text', description: 'ODS code of the practice to show, for example B86001.' },
    referralUrl: { control: 'text', description: 'The partner’s self-referral page, used when <wm-self-referral> is not on the page.' },
  },
  render: ({ endpoint, partner, lang, practice, referralUrl }) => html`
    <wm-link-worker-finder
      endpoint=${endpoint}
      partner=${ifDefined(partner || undefined)}
      lang=${lang}
      practice=${ifDefined(practice || undefined)}
      referral-url=${ifDefined(referralUrl || undefined)}
    ></wm-link-worker-finder>
  `,
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** A stand-in transport, set before the element's first update. */
const stub = (answer: (document: unknown) => Promise<unknown>) =>
  ref((el) => {
    if (el) Object.defineProperty(el as WmLinkWorkerFinder, 'transport', { configurable: true, get: () => ({ endpoint: 'stub', request: answer }) });
  });

const noneFound = stub((document) =>
  Promise.resolve(
    // Documents are persisted-query ids (no text): tell them apart by identity.
    document === FinderPartnerDocument
      ? { partner: null }
      : { gpPractice: { odsCode: 'B99999', name: 'Hillside Surgery', pcn: null, services: [] } },
  ),
);
const failing = stub(() => Promise.reject(new WaymarkError('NETWORK', 'offline')));

const renderWith = (directive: ReturnType<typeof stub>) => (args: FinderArgs) => html`
  <wm-link-worker-finder ${directive} lang=${args.lang} practice="B99999" referral-url="/refer/"></wm-link-worker-finder>
`;

/** Before a search: choose GP practice or postcode. */
export const Searching: Story = {};
export const SearchingWelsh: Story = { args: { lang: 'cy' } };

/** On a GP practice's own site its team shows straight away. */
export const Found: Story = { args: { partner: 'pk_demo_riverside' } };
export const FoundWelsh: Story = { args: { partner: 'pk_demo_taf', practice: 'W97003', lang: 'cy' } };

/** No service covers the practice: a kind message and what to do. */
export const NoneFound: Story = { render: renderWith(noneFound) };
export const NoneFoundWelsh: Story = { args: { lang: 'cy' }, render: renderWith(noneFound) };

/** The service could not be reached. */
export const Failed: Story = { name: 'Error', render: renderWith(failing) };
export const FailedWelsh: Story = { name: 'Error (Welsh)', args: { lang: 'cy' }, render: renderWith(failing) };
