/**
 * Turns an activity template, a place and an organiser into an `activities` row and its category links.
 * Shared by the demo generator (a few hundred activities around real towns) and the bench generator
 * (a hundred thousand across Great Britain).
 */
import type { NewRow } from '../db/tables.js';
import { ACCESSIBILITY_FEATURES, type AccessibilityFeature, type CategoryId } from './categories.js';
import type { Random } from './random.js';
import { addDays, describeSchedule, nextWeekday, nthWeekdayOfMonth, scheduleDays, toRrule, type Schedule } from './schedule.js';
import type { ActivityTemplate, VenueKind } from './templates.js';

export type ActivityRow = NewRow<'activities'> & { id: string };

export interface Place {
  venueName: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  county: string;
  postcode: string;
  latitude: number;
  longitude: number;
  access: AccessibilityFeature[];
  kind: VenueKind;
}

export interface OrganiserContact {
  id: string;
  phone: string | null;
  email: string;
  website: string;
  slug: string;
}

export interface BuildActivityInput {
  id: string;
  template: ActivityTemplate;
  /** null: held online. */
  place: Place | null;
  /** Used in names ("{area} Health Walk"). */
  area: string;
  organiser: OrganiserContact;
  today: string;
  sourceFeed: string;
  sourceId: string;
}

const DAY_WEIGHTS = [0, 1, 1, 1, 1, 0.9, 0.5, 0.25];
const CONCESSIONS = [
  '£1 for concessions',
  'Free for carers coming with someone',
  'Pay what you can: nobody is turned away',
  'Half price if you receive benefits',
  'Your first session is free',
  'Concessions £2 (students, over 60s and people receiving benefits)',
  'Free for under-16s with a paying adult',
];
const ELIGIBILITY = [
  'Adults aged 18 and over',
  'Open to anyone living in the area',
  'For people aged 50 and over',
  'Women only',
  'For people who have been referred by a link worker, GP or other professional',
  'For people living with a long-term health condition and their families',
];
const ACCESS_NOTES: Partial<Record<VenueKind, readonly string[]>> = {
  'church-hall': ['Ramp at the side entrance on the left of the building.', 'The hall is on the ground floor; the accessible toilet is next to the kitchen.'],
  library: ['Lift to all floors; large-print and audio books available.', 'Automatic doors at the main entrance; hearing loop at the front desk.'],
  'community-centre': ['Level access from the car park; two accessible parking bays by the door.', 'Changing Places toilet with hoist on the ground floor.'],
  park: ['Flat tarmac paths, suitable for wheelchairs and pushchairs; benches every few hundred metres.', 'Some paths are uneven and can be muddy after rain; sturdy footwear recommended.'],
  'leisure-centre': ['Pool hoist and accessible changing rooms; accessible parking next to the entrance.'],
  cafe: ['One small step at the entrance; a portable ramp is available on request.'],
  allotment: ['Raised beds at wheelchair height and a wide, firm path to the shelter.'],
  faith: ['Shoes are removed in the prayer hall; chairs are available for anyone who needs one.'],
  'advice-centre': ['Private interview rooms; interpreters and BSL can be booked in advance.'],
  'village-hall': ['Level entrance and accessible toilet; parking on the street outside.'],
};

function pickDay(rng: Random, from: readonly number[] = [1, 2, 3, 4, 5, 6, 7]): number {
  return rng.weighted(from, (d) => DAY_WEIGHTS[d] ?? 0);
}

function pad4(n: number): string {
  return String(n).padStart(2, '0');
}

export interface PlannedSchedule {
  schedule: Schedule;
  startDate: string;
  endDate: string | null;
}

export function planSchedule(rng: Random, template: ActivityTemplate, today: string): PlannedSchedule {
  const kind = rng.pick(template.schedules);
  const pastBase = addDays(today, -rng.int(14, 720));
  switch (kind) {
    case 'weekly': {
      const day = pickDay(rng);
      const startDate = nextWeekday(pastBase, day);
      const endDate = rng.chance(0.08) ? nextWeekday(addDays(today, rng.int(21, 180)), day) : null;
      return { schedule: { kind: 'weekly', days: [day] }, startDate, endDate };
    }
    case 'weekly-multi': {
      const days = rng.sample([1, 2, 3, 4, 5], rng.int(2, 3)).sort((a, b) => a - b);
      return { schedule: { kind: 'weekly', days }, startDate: nextWeekday(pastBase, days[0] as number), endDate: null };
    }
    case 'fortnightly': {
      const day = pickDay(rng);
      return { schedule: { kind: 'fortnightly', day }, startDate: nextWeekday(pastBase, day), endDate: null };
    }
    case 'monthly': {
      const day = pickDay(rng);
      const nth = rng.pick([1, 1, 2, 3, 4, -1] as const);
      const startDate = nthWeekdayOfMonth(pastBase, nth, day);
      return { schedule: { kind: 'monthly', nth, day }, startDate, endDate: null };
    }
    case 'course': {
      const day = pickDay(rng, [1, 2, 3, 4, 5, 6]);
      const weeks = rng.pick([4, 6, 6, 8, 10]);
      const startDate = nextWeekday(addDays(today, rng.int(-21, 45)), day);
      return { schedule: { kind: 'weekly', days: [day] }, startDate, endDate: addDays(startDate, (weeks - 1) * 7) };
    }
    case 'once': {
      return { schedule: { kind: 'once' }, startDate: addDays(today, rng.int(2, 80)), endDate: null };
    }
  }
}

function fillName(name: string, schedule: Schedule, days: number[], area: string): string {
  let filled = name;
  if (filled.includes('{day}')) {
    const single = (schedule.kind === 'weekly' && days.length === 1) || schedule.kind === 'fortnightly';
    const dayName = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][days[0] ?? 1] ?? '';
    filled = filled.replace('{day}', single ? dayName : area);
  }
  return filled.replace('{area}', area);
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function buildActivity(rng: Random, input: BuildActivityInput): { row: ActivityRow; categories: CategoryId[] } {
  const { template, place, organiser, today } = input;
  const planned = planSchedule(rng, template, today);
  const days = scheduleDays(planned.schedule, planned.startDate);
  const name = fillName(rng.pick(template.names), planned.schedule, days, input.area);
  const startTime = `${rng.pick(template.times)}:00`;
  const duration = rng.pick(template.durations);

  // Templates marked free: 1 are always free (health walks, advice); the rest lean towards charging.
  const free = template.free >= 1 || rng.chance(template.free * 0.4);
  const [low, high] = template.price ?? [200, 500];
  const amount = free ? null : Math.round(rng.int(Math.max(100, low), Math.min(800, Math.max(low, high))) / 50) * 50;
  const concessions = !free && rng.chance(0.45) ? rng.pick(CONCESSIONS) : free && rng.chance(0.05) ? 'Donations welcome' : null;

  let minAge: number | null = template.ages?.[0] ?? null;
  let maxAge: number | null = template.ages?.[1] ?? null;
  if (!template.ages && rng.chance(0.1)) {
    minAge = 18;
    maxAge = null;
  }

  const access = new Set<AccessibilityFeature>();
  if (place) {
    for (const f of place.access) access.add(f);
    for (const f of template.access ?? []) if (rng.chance(0.75)) access.add(f);
    if (rng.chance(0.04)) access.add('BSL');
    if (rng.chance(0.08)) access.add('QUIET_SPACE');
    if (rng.chance(0.06)) access.add('DEMENTIA_FRIENDLY');
  } else {
    if (rng.chance(0.12)) access.add('BSL');
    if (template.access?.includes('QUIET_SPACE')) access.add('QUIET_SPACE');
  }
  const accessibility = ACCESSIBILITY_FEATURES.filter((f) => access.has(f));
  const notes = place && rng.chance(0.35) ? rng.pick(ACCESS_NOTES[place.kind] ?? ['Please get in touch about access before your first visit.']) : null;

  const eligibility = template.eligibility ? rng.pick(template.eligibility) : rng.chance(0.07) ? rng.pick(ELIGIBILITY) : null;

  let description = template.description;
  if (!place) description += ' Held online: the joining link is sent when you register.';
  else if (rng.chance(0.3)) description += ` Meet at ${place.venueName}.`;
  if (planned.endDate && planned.schedule.kind === 'weekly') description += ' A course: come to every session if you can.';

  const categories: CategoryId[] = [template.categories[0]];
  for (const extra of template.categories.slice(1)) if (rng.chance(0.7)) categories.push(extra);

  const booking = !place || rng.chance(template.booking ?? 0.1);
  const lastVerified = addDays(today, -rng.int(3, 360));
  const row: ActivityRow = {
    id: input.id,
    name,
    description,
    organiser_id: organiser.id,
    venue_name: place?.venueName ?? null,
    address_line1: place?.addressLine1 ?? null,
    address_line2: place?.addressLine2 ?? null,
    town: place?.town ?? null,
    county: place?.county ?? null,
    postcode: place?.postcode ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    online: !place,
    rrule: toRrule(planned.schedule),
    start_date: planned.startDate,
    end_date: planned.endDate,
    start_time: startTime,
    duration_minutes: duration,
    days,
    schedule_description: describeSchedule(planned.schedule, planned.startDate, startTime, duration),
    free,
    amount_pence: amount,
    concessions,
    min_age: minAge,
    max_age: maxAge,
    accessibility,
    accessibility_notes: notes,
    eligibility,
    phone: rng.chance(0.75) ? organiser.phone : null,
    email: rng.chance(0.85) ? organiser.email : null,
    website: rng.chance(0.6) ? organiser.website : null,
    booking_url: booking ? `https://example.org/book/${organiser.slug}/${slugify(name)}-${pad4(rng.int(1, 99))}` : null,
    last_verified: lastVerified,
    source_feed: input.sourceFeed,
    source_id: input.sourceId,
    updated_at: `${lastVerified}T09:00:00.000Z`,
  };
  return { row, categories };
}

export { slugify };
