import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@waymark/self-referral/define/wm-self-referral.js';
import type { Answers, Draft, Step, WmSelfReferral } from '@waymark/self-referral';

interface Args {
  endpoint: string;
  partner: string;
}

/** Answers that pass every rule, for the steps after "About you". */
const answers: Partial<Answers> = {
  fullName: 'Alex Example',
  dob: { day: '4', month: '7', year: '1979' },
  postcode: 'LS4 2QT',
  phone: '07700 900982',
  methods: ['PHONE'],
  whatMatters: 'Getting out of the house more and meeting people.',
  needs: ['LONELINESS', 'MONEY'],
  sharing: true,
  contact: true,
};

type Prepare = (el: WmSelfReferral) => void;

/**
 * Puts the widget on a step once its settings have loaded (the draft it restored from sessionStorage is
 * replaced), then runs `then` for states that need an action (errors, offline).
 */
function at(step: Step, filled: Partial<Answers> = answers, then?: Prepare) {
  return ({ endpoint, partner }: Args) => {
    const prepare = (node: Element | undefined) => {
      const el = node as WmSelfReferral | undefined;
      if (!el || el.dataset['prepared']) return;
      el.dataset['prepared'] = 'pending';
      const apply = () => {
        if (el.settings === undefined) return void setTimeout(apply, 50);
        const draft: Draft = { ...el.draft, step, startedAt: Date.now() - 60_000, idempotencyKey: crypto.randomUUID(), answers: { ...el.draft.answers, ...filled } };
        el.draft = draft;
        then?.(el);
        el.dataset['prepared'] = 'done'; // tests wait for this
      };
      apply();
    };
    return html`<wm-self-referral endpoint=${endpoint} partner=${partner} exit-url="https://www.bbc.co.uk/weather" ${ref(prepare)}></wm-self-referral>`;
  };
}

/**
 * `<wm-self-referral>`: a GP practice's self-referral form, step by step. Needs the demo server
 * (`npm start`) on http://localhost:4000. Switch language with the toolbar's Locale (English / Cymraeg).
 */
const meta: Meta<Args> = {
  title: 'Widgets/wm-self-referral',
  component: 'wm-self-referral',
  args: { endpoint: 'http://localhost:4000/graphql', partner: 'pk_demo_riverside' },
  argTypes: {
    endpoint: { control: 'text', description: 'The Waymark GraphQL endpoint URL.' },
    partner: { control: 'text', description: "The partner's public key (a GP practice fixes the practice)." },
  },
  render: at('start', {}),
};
export default meta;

type Story = StoryObj<Args>;

export const Start: Story = {};
export const StartInWelsh: Story = {
  render: (args) => html`<div lang="cy">${at('start', {})(args)}</div>`,
};
export const AboutYou: Story = { render: at('about-you', {}) };
export const AboutYouErrors: Story = {
  render: at('about-you', { fullName: 'Alex Example', postcode: 'not a postcode', dob: { day: '31', month: '2', year: '1990' } }, (el) =>
    el.continue(new Event('submit')),
  ),
};
export const GpPracticeFixed: Story = { render: at('gp-practice') };
export const GpPracticeSearch: Story = { args: { partner: 'pk_demo_airevalley' }, render: at('gp-practice') };
export const GpPracticeErrors: Story = {
  args: { partner: 'pk_demo_airevalley' },
  render: at('gp-practice', answers, (el) => el.continue(new Event('submit'))),
};
export const WhatMatters: Story = { render: at('what-matters') };
export const WhatMattersTooLong: Story = {
  render: at('what-matters', { ...answers, whatMatters: 'So much to say. '.repeat(80), needs: ['OTHER'] }, (el) => el.continue(new Event('submit'))),
};
export const Consent: Story = { render: at('consent', { ...answers, sharing: false, contact: false }) };
export const ConsentErrors: Story = {
  render: at('consent', { ...answers, sharing: false, contact: false }, (el) => el.continue(new Event('submit'))),
};
export const CheckAnswers: Story = { render: at('check-answers') };

/** Sending to an endpoint that does not answer: "not sent yet", automatic retries and Try again. */
export const Offline: Story = {
  render: at('check-answers', answers, (el) => {
    el.endpoint = 'http://127.0.0.1:9/graphql';
    el.send();
  }),
};

/** After the server answered with a reference (a made-up one here, so viewing the story stores nothing). */
export const Confirmation: Story = {
  render: at('check-answers', answers, (el) => {
    el.submitter.result = {
      reference: 'WM-7KQ4-9DX2',
      receivedAt: new Date().toISOString(),
      serviceName: 'Aire Valley Social Prescribing',
      typicalResponseDays: 5,
      serviceContact: { phone: '0113 496 0100', email: 'hello@airevalley.example.org', website: 'https://airevalley.example.org' },
    };
    el.go('confirmation');
  }),
};
