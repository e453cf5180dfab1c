import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { WaymarkError } from '@waymark/core';
import '@waymark/activity-finder/define/wm-activity-finder.js';
import type { WmActivityFinder } from '@waymark/activity-finder';

export interface FinderArgs {
  endpoint: string;
  partner: string;
  lang: 'en' | 'cy';
  map: string;
}

/**
 * `<wm-activity-finder>` finds local groups, classes, volunteering, arts and exercise near a postcode or
 * the person's location. "Live" talks to the demo server (`npm start`); the other stories answer from a
 * stand-in with three made-up activities, so each state shows without a server (and the same stories are
 * rendered through axe by the widget's tests).
 */
const meta: Meta<FinderArgs> = {
  title: 'Widgets/wm-activity-finder',
  component: 'wm-activity-finder',
  args: { endpoint: 'http://localhost:4000/graphql', partner: 'pk_demo_airevalley', lang: 'en', map: '' },
  argTypes: {
    endpoint: { control: 'text', description: 'The Waymark GraphQL endpoint URL.' },
    partner: { control: 'text', description: "The partner's public key (its profile says whether to show miles)." },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    map: { control: 'text', description: 'A tile URL template ({z}/{x}/{y}) for the optional map view; none by default.' },
  },
  render: ({ endpoint, partner, lang, map }) => html`
    <wm-activity-finder endpoint=${endpoint} partner=${ifDefined(partner || undefined)} lang=${lang} map=${ifDefined(map || undefined)}></wm-activity-finder>
  `,
};
export default meta;

type Story = StoryObj<FinderArgs>;

const activity = (id: string, name: string, km: number, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  description: 'A friendly group that meets every week. New people are always welcome: just turn up.',
  online: false,
  distanceKm: km,
  organiser: { name: 'Kirkstall Community Association', website: 'https://example.org/kca' },
  venue: {
    name: 'Kirkstall Library',
    address: { line1: '147 Market Street', line2: 'Kirkstall', town: 'Leeds', postcode: 'LS4 4WS' },
    location: { latitude: 53.806926, longitude: -1.593996 },
  },
  schedule: {
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    startDate: '2026-01-06',
    endDate: null,
    startTime: '10:00',
    durationMinutes: 90,
    days: ['TUESDAY'],
    description: 'Every Tuesday, 10am to 11:30am',
  },
  nextSession: { start: '2026-11-24T10:00:00.000Z', end: '2026-11-24T11:30:00.000Z' },
  cost: { free: true, amountPence: null, concessions: null },
  minAge: 18,
  maxAge: null,
  accessibility: ['STEP_FREE', 'HEARING_LOOP'],
  accessibilityNotes: 'Automatic doors at the main entrance.',
  eligibility: null,
  contact: { phone: '0113 496 0959', email: 'hello@example.org', website: null },
  bookingUrl: null,
  lastVerified: '2026-11-12',
  ...extra,
});

const ACTIVITIES = [
  activity('a1', 'Tuesday Walking Group', 0.4),
  activity('a2', 'Community Choir', 1.2, { cost: { free: false, amountPence: 250, concessions: '£1 for carers' }, bookingUrl: 'https://example.org/book' }),
  // A feed that does not say what it costs: "Ask the organiser about cost", never "Free".
  activity('a3', 'Repair Café', 2.7, { cost: { free: null, amountPence: null, concessions: null } }),
];
const CATEGORIES = [
  { id: 'walking', name: 'Walking', nameCy: 'Cerdded' },
  { id: 'music-and-singing', name: 'Music and singing', nameCy: 'Cerddoriaeth a chanu' },
];

/** Which operation a request is, by its variables (documents are sent by hash only: no query text here). */
type Operation = 'partner' | 'categories' | 'postcode' | 'activity' | 'search';
const operation = (v: Record<string, unknown>): Operation =>
  'key' in v ? 'partner' : 'postcode' in v ? 'postcode' : 'id' in v ? 'activity' : 'filter' in v ? 'search' : 'categories';

type Answer = (op: Operation) => Promise<unknown> | undefined;

/** A stand-in transport: `answer` first, then the three activities for everything else. */
const standIn = (answer: Answer = () => undefined) => (_document: unknown, variables: Record<string, unknown> = {}) => {
  const op = operation(variables);
  const own = answer(op);
  if (own) return own;
  switch (op) {
    case 'partner':
      return Promise.resolve({ partner: null });
    case 'categories':
      return Promise.resolve({ activityCategories: CATEGORIES });
    case 'postcode':
      return Promise.resolve({ postcodeLocation: { latitude: 53.809, longitude: -1.595 } });
    case 'activity':
      return Promise.resolve({ activity: ACTIVITIES.find((a) => a.id === variables['id']) ?? null });
    default:
      return Promise.resolve({ activities: { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: null }, nodes: ACTIVITIES } });
  }
};

/** Sets the stand-in before the first update, then drives the widget to a state. */
const drive = (answer?: Answer, then?: (el: WmActivityFinder) => Promise<void> | void) =>
  ref((node) => {
    if (!node) return;
    const el = node as WmActivityFinder;
    Object.defineProperty(el, 'transport', { configurable: true, get: () => ({ endpoint: 'stub', request: standIn(answer) }) });
    if (then) void el.updateComplete.then(() => then(el));
  });

/** A search near LS4 (as if "LS4 2QT" had been entered), without touching the page's URL. */
const search = (el: WmActivityFinder) => {
  el.postcodeText = 'LS4 2QT';
  el.form = { ...el.form, near: { latitude: 53.81, longitude: -1.6 }, place: 'LS4' };
  return el.search(el.form);
};

const renderWith = (directive: ReturnType<typeof drive>) => (args: FinderArgs) => html`
  <wm-activity-finder ${directive} endpoint=${args.endpoint} partner=${args.partner} lang=${args.lang}></wm-activity-finder>
`;

const results = drive(undefined, search);
/** "More filters" opened (its part loads when it opens). */
const idle = drive(undefined, (el) => {
  el.renderRoot.querySelector('details')!.open = true;
});
const loading = drive((op) => (op === 'search' ? new Promise(() => {}) : undefined), search);
const empty = drive(
  (op) => (op === 'search' ? Promise.resolve({ activities: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } }) : undefined),
  search,
);
const failing = drive(
  (op) => (op === 'search' ? Promise.reject(new WaymarkError('NETWORK', 'offline')) : undefined),
  search,
);
const detail = drive(undefined, async (el) => {
  await search(el);
  await el.openDetail('a2', false);
});
const shortlist = drive(undefined, async (el) => {
  await el.loadResults();
  el.shortlist!.toggle({ id: 'a1', name: 'Tuesday Walking Group' });
  return el.setView('saved');
});

/** Live: the demo server (`npm start`). */
export const Live: Story = {};

/** Before a search: postcode or "Use my location", distance, keyword, and more filters. */
export const Idle: Story = { render: renderWith(idle) };
export const IdleWelsh: Story = { args: { lang: 'cy' }, render: renderWith(idle) };

/** Results, nearest first, each with its next session, cost and access. */
export const Results: Story = { render: renderWith(results) };
export const ResultsWelsh: Story = { args: { lang: 'cy' }, render: renderWith(results) };

/** Waiting for the server. */
export const Loading: Story = { render: renderWith(loading) };
export const LoadingWelsh: Story = { args: { lang: 'cy' }, render: renderWith(loading) };

/** Nothing within 5 km: one click tries 10 km. */
export const EmptyWithWiden: Story = { render: renderWith(empty) };
export const EmptyWithWidenWelsh: Story = { args: { lang: 'cy' }, render: renderWith(empty) };

/** The service could not be reached: core's message and Try again. */
export const Failed: Story = { name: 'Error', render: renderWith(failing) };
export const FailedWelsh: Story = { name: 'Error (Welsh)', args: { lang: 'cy' }, render: renderWith(failing) };

/** One activity's details: sessions, venue, contact, Add to calendar, Share, Save. */
export const Detail: Story = { render: renderWith(detail) };
export const DetailWelsh: Story = { args: { lang: 'cy' }, render: renderWith(detail) };

/** The shortlist kept on this device. */
export const Shortlist: Story = { render: renderWith(shortlist) };
export const ShortlistWelsh: Story = { args: { lang: 'cy' }, render: renderWith(shortlist) };
