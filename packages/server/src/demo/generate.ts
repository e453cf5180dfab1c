/**
 * The demo data set as plain rows, built from a seed: the same seed (and reference date) always gives the
 * same rows, ids included, so seeding is reproducible and tests can compare generations.
 */
import { DEMO_SELF_REFERRAL_SETTINGS } from '../domain/referrals.js';
import type { NewRow, Tables } from '../db/tables.js';
import { buildActivity, slugify, type OrganiserContact, type Place } from './activity-builder.js';
import { CATEGORY_IDS, type CategoryId } from './categories.js';
import { DEMO_CLIENTS } from './clients.js';
import { DEMO_ORIGINS, DEMO_PARTNERS, DEMO_PCNS, DEMO_PRACTICES, DEMO_SERVICES, staffEmail } from './organisations.js';
import { ORGANISER_SCOPE, organiserName, pickStreet, venueAccess, venueAddress, venueName } from './naming.js';
import { DEMO_DISTRICTS, districtByCode, inwardCode, offsetKm, regionOf, townByName, type District, type Region } from './places.js';
import { Random } from './random.js';
import { addDays, todayUtc } from './schedule.js';
import { ACTIVITY_TEMPLATES, type ActivityTemplate, type OrganiserKind, type VenueKind } from './templates.js';

type WithId<T extends keyof Tables> = NewRow<T> & { id: string };

export interface DemoData {
  pcns: WithId<'pcns'>[];
  gp_practices: WithId<'gp_practices'>[];
  sp_services: WithId<'sp_services'>[];
  sp_service_practices: NewRow<'sp_service_practices'>[];
  link_workers: WithId<'link_workers'>[];
  partners: WithId<'partners'>[];
  activity_organisers: WithId<'activity_organisers'>[];
  activities: WithId<'activities'>[];
  activity_category_links: NewRow<'activity_category_links'>[];
  postcodes: NewRow<'postcodes'>[];
  staff_users: WithId<'staff_users'>[];
  clients: WithId<'clients'>[];
  action_plans: WithId<'action_plans'>[];
  goals: WithId<'goals'>[];
  goal_steps: WithId<'goal_steps'>[];
  check_ins: WithId<'check_ins'>[];
  wellbeing_measures: WithId<'wellbeing_measures'>[];
}

/** The order the tables are filled in (parents before children). */
export const DEMO_TABLES = [
  'pcns',
  'gp_practices',
  'sp_services',
  'sp_service_practices',
  'link_workers',
  'partners',
  'postcodes',
  'activity_organisers',
  'activities',
  'activity_category_links',
  'staff_users',
  'clients',
  'action_plans',
  'goals',
  'goal_steps',
  'check_ins',
  'wellbeing_measures',
] as const satisfies readonly (keyof DemoData)[];

export type DemoCounts = Record<keyof DemoData, number>;

export interface GenerateDemoOptions {
  seed?: number;
  /** How many activities (default 640). */
  activities?: number;
  /**
   * The date the data is relative to (`YYYY-MM-DD`; default today, UTC): schedules started in the past,
   * one-off events are coming up, verification dates fall within the year before it.
   */
  today?: string;
}

const REGION_NAMES: Record<Region, string> = { yorkshire: 'Aire Valley', wales: 'Taf' };
const LEEDS_PHONE_TOWNS = new Set(['Leeds', 'Horsforth', 'Guiseley', 'Otley', 'Morley', 'Pudsey']);

/** Allocates unique, plausible postcodes and remembers each one's centroid. */
class PostcodeBook {
  readonly centroids = new Map<string, [number, number]>();
  constructor(private readonly rng: Random) {}

  reserve(postcode: string, latitude: number, longitude: number): string {
    if (!this.centroids.has(postcode)) this.centroids.set(postcode, [latitude, longitude]);
    return postcode;
  }

  allocate(district: string, latitude: number, longitude: number): string {
    for (;;) {
      const postcode = `${district} ${inwardCode(() => this.rng.next())}`;
      if (!this.centroids.has(postcode)) return this.reserve(postcode, latitude, longitude);
    }
  }
}

function phoneFor(rng: Random, town: string, region: Region): string {
  const n = String(rng.int(100, 999)).padStart(3, '0');
  if (region === 'wales') return `029 2018 0${n}`;
  return LEEDS_PHONE_TOWNS.has(town) ? `0113 496 0${n}` : `01632 960${n}`;
}

/** The short name of an area for use in activity and venue names ("Leeds city centre" → "Leeds"). */
function shortArea(district: District): string {
  return district.area.endsWith(' city centre') ? district.town : district.area;
}

/** A point near the district's centre: normally within about 1 km, never more than 2.5 km. */
function nearDistrict(rng: Random, district: District, spreadKm = 0.8): [number, number] {
  const clamp = (v: number) => Math.max(-2.5, Math.min(2.5, v));
  return offsetKm(district.latitude, district.longitude, clamp(rng.gaussian() * spreadKm), clamp(rng.gaussian() * spreadKm));
}

export function generateDemoData(options: GenerateDemoOptions = {}): DemoData {
  const seed = options.seed ?? 1;
  const today = options.today ?? todayUtc();
  const activityCount = options.activities ?? 640;
  const ids = new Random(seed, 'ids');
  // The organisations are the same for every seed (examples rely on them); only their ids follow the seed.
  const fixed = new Random(0x5eed, 'organisations');
  const rng = new Random(seed, 'activities');
  const people = new Random(seed, 'clients');
  const postcodes = new PostcodeBook(new Random(seed, 'postcodes'));
  const fixedPostcodes = new PostcodeBook(fixed);

  const data: DemoData = {
    pcns: [],
    gp_practices: [],
    sp_services: [],
    sp_service_practices: [],
    link_workers: [],
    partners: [],
    activity_organisers: [],
    activities: [],
    activity_category_links: [],
    postcodes: [],
    staff_users: [],
    clients: [],
    action_plans: [],
    goals: [],
    goal_steps: [],
    check_ins: [],
    wellbeing_measures: [],
  };

  // PCNs and practices.
  const pcnIds = new Map<string, string>();
  for (const pcn of DEMO_PCNS) {
    const id = ids.uuid();
    pcnIds.set(pcn.key, id);
    data.pcns.push({ id, ods_code: pcn.odsCode, name: pcn.name });
  }
  const practiceIds = new Map<string, string>();
  const practicesByPcn = new Map<string, string[]>();
  for (const practice of DEMO_PRACTICES) {
    const district = districtByCode(practice.district);
    const town = townByName(district.town);
    const [latitude, longitude] = nearDistrict(fixed, district, 0.5);
    const postcode = practice.postcode ? fixedPostcodes.reserve(practice.postcode, latitude, longitude) : fixedPostcodes.allocate(district.code, latitude, longitude);
    const id = ids.uuid();
    practiceIds.set(practice.odsCode, id);
    practicesByPcn.set(practice.pcn, [...(practicesByPcn.get(practice.pcn) ?? []), id]);
    const slug = slugify(practice.name);
    data.gp_practices.push({
      id,
      ods_code: practice.odsCode,
      name: practice.name,
      address_line1: practice.street,
      address_line2: district.area !== district.town && !district.area.endsWith('city centre') ? district.area : null,
      town: district.town,
      county: town.county,
      postcode,
      latitude,
      longitude,
      phone: practice.phone,
      email: `${slug.replaceAll('-', '.')}@example.org`,
      website: `https://example.org/practices/${slug}`,
      pcn_id: pcnIds.get(practice.pcn) ?? null,
    });
  }

  // Social prescribing services, their coverage, link workers and staff.
  const serviceIds = new Map<string, string>();
  const linkWorkerIds = new Map<string, string>();
  for (const service of DEMO_SERVICES) {
    const district = districtByCode(service.district);
    const [latitude, longitude] = nearDistrict(fixed, district, 0.4);
    const id = ids.uuid();
    serviceIds.set(service.key, id);
    const region: Region = service.key === 'taf' ? 'wales' : 'yorkshire';
    data.sp_services.push({
      id,
      name: service.name,
      description: service.description,
      how_to_refer: service.howToRefer,
      accepts_self_referrals: service.acceptsSelfReferrals,
      typical_response_days: service.typicalResponseDays,
      phone: service.phone,
      text_phone: service.textPhone,
      email: service.email,
      website: service.website,
      address_line1: service.addressLine1,
      address_line2: service.addressLine2,
      town: service.town,
      county: service.county,
      postcode: fixedPostcodes.reserve(service.postcode, latitude, longitude),
      latitude,
      longitude,
      opening_hours: JSON.stringify(service.openingHours),
      languages: service.languages,
      accessibility: service.accessibility,
      covered_postcode_districts: DEMO_DISTRICTS.filter((d) => regionOf(d) === region).map((d) => d.code),
    });
    for (const pcn of service.pcns) for (const practiceId of practicesByPcn.get(pcn) ?? []) data.sp_service_practices.push({ service_id: id, practice_id: practiceId });
    service.linkWorkers.forEach((worker, index) => {
      const workerId = ids.uuid();
      linkWorkerIds.set(`${service.key}:${worker.firstName}`, workerId);
      data.link_workers.push({
        id: workerId,
        service_id: id,
        first_name: worker.firstName,
        surname: worker.surname,
        show_surname: worker.showSurname,
        role_title: worker.roleTitle,
        languages: worker.languages,
        photo_url: worker.photo?.url ?? null,
        photo_alt: worker.photo?.alt ?? null,
        show_photo: worker.photo?.show ?? false,
        sort_order: (index + 1) * 10,
      });
      if (worker.staffRoles)
        data.staff_users.push({ id: ids.uuid(), service_id: id, display_name: `${worker.firstName} ${worker.surname}`, email: staffEmail(worker.firstName, worker.surname), roles: worker.staffRoles });
    });
    for (const staff of service.otherStaff) data.staff_users.push({ id: ids.uuid(), service_id: id, display_name: staff.displayName, email: staff.email, roles: staff.roles });
  }

  // Partners.
  for (const partner of DEMO_PARTNERS) {
    data.partners.push({
      id: ids.uuid(),
      key: partner.key,
      name: partner.name,
      kind: partner.kind,
      ods_code: partner.odsCode,
      gp_practice_id: partner.practiceOds ? (practiceIds.get(partner.practiceOds) ?? null) : null,
      referral_service_id: partner.service ? (serviceIds.get(partner.service) ?? null) : null,
      allowed_origins: DEMO_ORIGINS,
      default_language: partner.defaultLanguage,
      prefers_miles: partner.prefersMiles,
      // The demo partners' self-referral configuration (the same object migration 0004 writes).
      settings: JSON.stringify(DEMO_SELF_REFERRAL_SETTINGS[partner.key] ? { selfReferral: DEMO_SELF_REFERRAL_SETTINGS[partner.key] } : {}),
    });
  }

  // Activities: pick a district, a template that suits it, a venue there (often one already in use), and
  // the organiser that runs that kind of thing in that town or region.
  for (const [postcode, [latitude, longitude]] of fixedPostcodes.centroids) postcodes.reserve(postcode, latitude, longitude);
  const venues = new Map<string, Place>();
  const venuesByDistrictKind = new Map<string, Place[]>();
  const organisers = new Map<string, OrganiserContact>();

  const placeFor = (district: District, kind: VenueKind): Place => {
    const key = `${district.code}|${kind}`;
    const existing = venuesByDistrictKind.get(key) ?? [];
    const singular = kind === 'library' || kind === 'leisure-centre';
    if (existing.length > 0 && (singular || rng.chance(0.6))) return rng.pick(existing);
    const welsh = regionOf(district) === 'wales';
    const street = pickStreet(rng, welsh);
    const name = venueName(rng, kind, shortArea(district), street, welsh);
    const same = venues.get(`${district.code}|${name}`);
    if (same) return same;
    const [latitude, longitude] = nearDistrict(rng, district);
    const town = townByName(district.town);
    const place: Place = {
      venueName: name,
      addressLine1: venueAddress(rng, kind, street),
      addressLine2: district.area !== district.town && !district.area.endsWith('city centre') ? district.area : null,
      town: district.town,
      county: town.county,
      postcode: postcodes.allocate(district.code, latitude, longitude),
      latitude,
      longitude,
      access: venueAccess(rng, kind),
      kind,
    };
    venues.set(`${district.code}|${name}`, place);
    venuesByDistrictKind.set(key, [...existing, place]);
    return place;
  };

  const organiserFor = (kind: OrganiserKind, district: District): OrganiserContact => {
    const region = regionOf(district);
    const scope = ORGANISER_SCOPE[kind];
    const placeName = scope === 'region' ? REGION_NAMES[region] : district.town;
    const key = `${kind}|${placeName}`;
    const existing = organisers.get(key);
    if (existing) return existing;
    const name = organiserName(rng, kind, placeName, region === 'wales');
    const slug = slugify(name.split(' / ')[0] ?? name);
    const contact: OrganiserContact = {
      id: ids.uuid(),
      phone: rng.chance(0.85) ? phoneFor(rng, district.town, region) : null,
      email: `${slug.replaceAll('-', '.')}@example.org`,
      website: `https://example.org/${slug}`,
      slug,
    };
    organisers.set(key, contact);
    data.activity_organisers.push({ id: contact.id, name, website: contact.website, source_feed: 'demo', source_id: `demo-organiser-${String(organisers.size).padStart(3, '0')}` });
    return contact;
  };

  const englandTemplates = ACTIVITY_TEMPLATES.filter((t) => !t.wales);
  const weight = (t: ActivityTemplate) => t.weight ?? 1;
  // Every category gets a fair share: walk the categories in turn for the first pick of each activity.
  for (let i = 0; i < activityCount; i++) {
    const district = rng.pick(DEMO_DISTRICTS);
    const welsh = regionOf(district) === 'wales';
    const pool = welsh ? ACTIVITY_TEMPLATES : englandTemplates;
    const category: CategoryId | undefined = i < CATEGORY_IDS.length * 8 ? CATEGORY_IDS[i % CATEGORY_IDS.length] : undefined;
    const candidates = category ? pool.filter((t) => t.categories[0] === category) : pool;
    const template = rng.weighted(candidates.length > 0 ? candidates : pool, weight);
    const outdoorOnly = template.venues.every((v) => v === 'park' || v === 'allotment');
    const online = !outdoorOnly && rng.chance(template.online ?? 0);
    const place = online ? null : placeFor(district, rng.pick(template.venues));
    const organiser = organiserFor(template.organiser, district);
    const { row, categories } = buildActivity(rng, {
      id: ids.uuid(),
      template,
      place,
      area: shortArea(district),
      organiser,
      today,
      sourceFeed: 'demo',
      sourceId: `demo-activity-${String(i + 1).padStart(4, '0')}`,
    });
    data.activities.push(row);
    for (const categoryId of categories) data.activity_category_links.push({ activity_id: row.id, category_id: categoryId });
  }

  for (const [postcode, [latitude, longitude]] of postcodes.centroids) data.postcodes.push({ postcode, latitude, longitude });

  // Clients and their plans.
  for (const client of DEMO_CLIENTS) {
    const serviceId = serviceIds.get(client.service);
    if (!serviceId) throw new Error(`No demo service ${client.service}`);
    const agreedOn = addDays(today, -people.int(35, 120));
    const clientId = ids.uuid();
    data.clients.push({
      id: clientId,
      service_id: serviceId,
      preferred_name: client.preferredName,
      referral_id: null,
      link_worker_id: linkWorkerIds.get(`${client.service}:${client.linkWorker}`) ?? null,
      created_at: `${addDays(agreedOn, -people.int(7, 21))}T10:${String(people.int(10, 59))}:00.000Z`,
    });
    const planId = ids.uuid();
    data.action_plans.push({ id: planId, client_id: clientId, what_matters: client.whatMatters, agreed_on: agreedOn, review_on: addDays(agreedOn, 84) });
    client.goals.forEach((goal, goalIndex) => {
      const goalId = ids.uuid();
      const done = people.int(0, goal.steps.length);
      const status = done === goal.steps.length ? 'ACHIEVED' : done > 0 ? 'IN_PROGRESS' : people.chance(0.2) ? 'SET_ASIDE' : 'NOT_STARTED';
      data.goals.push({
        id: goalId,
        action_plan_id: planId,
        title: goal.title,
        why_it_matters: goal.why,
        term: goal.term,
        target_date: addDays(agreedOn, goal.term === 'SHORT' ? people.int(14, 42) : people.int(90, 180)),
        status,
        sort_order: (goalIndex + 1) * 10,
      });
      goal.steps.forEach((description, stepIndex) => {
        data.goal_steps.push({ id: ids.uuid(), goal_id: goalId, description, done: stepIndex < done, sort_order: (stepIndex + 1) * 10 });
      });
      const checkIns = people.int(1, 4);
      let progress = people.int(0, 3);
      const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(agreedOn)) / 86_400_000));
      for (let c = 0; c < checkIns; c++) {
        progress = Math.min(10, progress + people.int(0, 3));
        const last = c === checkIns - 1;
        data.check_ins.push({
          id: ids.uuid(),
          goal_id: goalId,
          date: addDays(agreedOn, Math.round(((c + 1) * span) / (checkIns + 1))),
          progress: last && status === 'ACHIEVED' ? 10 : progress,
          note: people.chance(0.7) ? people.pick(CHECK_IN_NOTES) : null,
        });
      }
    });
    const baseline = { life: people.int(2, 5), worth: people.int(3, 6), happy: people.int(2, 5), anxious: people.int(6, 9) };
    for (let m = 0; m < 3; m++) {
      const date = addDays(agreedOn, m * 42);
      if (date > today) break;
      const gain = m === 0 ? 0 : people.int(m - 1, m + 1);
      data.wellbeing_measures.push({
        id: ids.uuid(),
        client_id: clientId,
        date,
        life_satisfaction: Math.min(10, baseline.life + gain),
        worthwhile: Math.min(10, baseline.worth + gain),
        happiness: Math.min(10, baseline.happy + people.int(0, gain + 1)),
        anxiety: Math.max(0, baseline.anxious - people.int(0, gain + 1)),
      });
    }
  }

  return data;
}

const CHECK_IN_NOTES = [
  'Went along once; felt nervous but glad I did.',
  'Had a bad week with my health, will try again next week.',
  'Made a friend there who lives on my street.',
  'Rang them but nobody answered; left a message.',
  'Feeling more confident.',
  'Link worker came with me the first time.',
  'Enjoyed it a lot, going every week now.',
];

export function countDemoData(data: DemoData): DemoCounts {
  const counts = {} as DemoCounts;
  for (const table of DEMO_TABLES) counts[table] = data[table].length;
  return counts;
}
