/**
 * Fictional venue, street and organiser names for a given area, English or Welsh. Shared by the demo and
 * bench generators.
 */
import type { AccessibilityFeature } from './categories.js';
import type { Random } from './random.js';
import type { OrganiserKind, VenueKind } from './templates.js';

export const STREETS = [
  'Church Street', 'Station Road', 'High Street', 'Victoria Road', 'Albert Street', 'Park Lane', 'Mill Lane',
  'Chapel Street', 'Bridge Street', 'Moor Road', 'Queen Street', 'King Street', 'North Street', 'Back Lane',
  'Main Street', 'Wharf Street', 'Manor Road', 'Green Lane', 'Springfield Road', 'Westfield Road',
  'Woodland Avenue', 'Canal Road', 'Market Street', 'Beck Lane', 'Holly Bank', 'Elm Grove', 'School Lane',
  'Hall Road', 'Ash Grove', 'Prospect Street',
] as const;
export const WELSH_STREETS = [
  'Heol yr Eglwys', 'Heol y Parc', 'Stryd Fawr', 'Ffordd yr Orsaf', 'Heol y Bont', 'Heol y Capel', 'Heol Dŵr',
  'Church Road', 'Station Terrace', 'Park Place', 'Bridge Street', 'Windsor Road', 'Commercial Street', 'Mill Road',
] as const;

const SAINTS = ['Mary', 'John', 'Andrew', 'Peter', 'Paul', 'Margaret', 'Michael', 'Oswald', 'Chad', 'Aidan', 'Hilda', 'Wilfrid', 'Bartholomew', 'Luke'];
const SAINTS_CY = ['Sant Ioan', 'Sant Pedr', 'Sant Dewi', 'Santes Fair', 'Sant Teilo', 'Sant Illtud', 'Santes Catrin'];
const CHAPELS_CY = ['Capel Bethel', 'Capel Ebeneser', 'Capel Salem', 'Capel Seion', 'Capel Bethesda', 'Capel Tabernacl'];
const CAFES = ['The Copper Kettle Café', 'The Green Teapot', 'The Old Station Café', 'Bean There Café', 'The Corner Cup', 'Number Nine Café', 'The Mill Café', 'The Good Brew'];
const CAFES_CY = ["Caffi'r Bont", 'Caffi Cwtsh', 'Caffi Paned', "Caffi'r Parc"];
const CENTRES = ['The Hub', 'The Beacon Centre', 'The Junction', 'The Oak Centre', 'The Mill Community Centre', 'The Vine Centre'];

/** Accessibility features a venue of each kind tends to have, with their likelihood. */
const VENUE_ACCESS: Record<VenueKind, Partial<Record<AccessibilityFeature, number>>> = {
  library: { STEP_FREE: 0.9, ACCESSIBLE_TOILET: 0.8, HEARING_LOOP: 0.6 },
  'leisure-centre': { STEP_FREE: 0.95, ACCESSIBLE_TOILET: 0.95, BLUE_BADGE_PARKING: 0.9, HEARING_LOOP: 0.3 },
  'community-centre': { STEP_FREE: 0.8, ACCESSIBLE_TOILET: 0.7, HEARING_LOOP: 0.4, BLUE_BADGE_PARKING: 0.5 },
  'church-hall': { STEP_FREE: 0.6, ACCESSIBLE_TOILET: 0.4, HEARING_LOOP: 0.5, BLUE_BADGE_PARKING: 0.3 },
  park: { STEP_FREE: 0.4, ACCESSIBLE_TOILET: 0.3, BLUE_BADGE_PARKING: 0.5 },
  cafe: { STEP_FREE: 0.6, ACCESSIBLE_TOILET: 0.4 },
  allotment: { STEP_FREE: 0.3, BLUE_BADGE_PARKING: 0.3 },
  faith: { STEP_FREE: 0.6, ACCESSIBLE_TOILET: 0.4, HEARING_LOOP: 0.7 },
  'advice-centre': { STEP_FREE: 0.9, ACCESSIBLE_TOILET: 0.8, HEARING_LOOP: 0.7 },
  'village-hall': { STEP_FREE: 0.7, ACCESSIBLE_TOILET: 0.6, HEARING_LOOP: 0.4, BLUE_BADGE_PARKING: 0.6 },
};

export function venueAccess(rng: Random, kind: VenueKind): AccessibilityFeature[] {
  const out: AccessibilityFeature[] = [];
  for (const [feature, p] of Object.entries(VENUE_ACCESS[kind]) as [AccessibilityFeature, number][]) if (rng.chance(p)) out.push(feature);
  return out;
}

function stem(street: string): string {
  return street.split(' ')[0] ?? street;
}

export function pickStreet(rng: Random, welsh: boolean): string {
  return welsh && rng.chance(0.6) ? rng.pick(WELSH_STREETS) : rng.pick(STREETS);
}

/** A venue name for the kind in the area; `welsh` gives Welsh names some of the time. */
export function venueName(rng: Random, kind: VenueKind, area: string, street: string, welsh: boolean): string {
  const cy = welsh && rng.chance(0.45);
  switch (kind) {
    case 'church-hall':
      return cy ? `Neuadd Eglwys ${rng.pick(SAINTS_CY)}` : `St ${rng.pick(SAINTS)}'s Church Hall`;
    case 'library':
      return cy ? `Llyfrgell ${area}` : `${area} Library`;
    case 'community-centre':
      return cy ? `Canolfan Gymunedol ${area}` : rng.pick([`${area} Community Centre`, `${stem(street)} Community Centre`, rng.pick(CENTRES)]);
    case 'park':
      return cy ? `Parc ${area}` : rng.pick([`${area} Park`, `${area} Recreation Ground`, `${stem(street)} Park`, `${area} Woods`]);
    case 'leisure-centre':
      return cy ? `Canolfan Hamdden ${area}` : `${area} Leisure Centre`;
    case 'cafe':
      return cy ? rng.pick(CAFES_CY) : rng.pick(CAFES);
    case 'allotment':
      return cy ? `Gardd Gymunedol ${area}` : rng.pick([`${stem(street)} Allotments`, `${area} Community Garden`]);
    case 'faith':
      return welsh && rng.chance(0.6)
        ? rng.pick(CHAPELS_CY)
        : rng.pick([`${area} Methodist Church`, `${area} Baptist Church`, `${area} Islamic Centre`, `Guru Nanak Gurdwara, ${area}`, `${area} United Reformed Church`, `St ${rng.pick(SAINTS)}'s Church`]);
    case 'advice-centre':
      return cy ? `Hwb Cymunedol ${area}` : rng.pick([`${area} Advice Centre`, `${area} One Stop Centre`, `${area} Community Hub`]);
    case 'village-hall':
      return cy ? `Neuadd ${area}` : rng.pick([`${area} Memorial Hall`, `${area} Institute`, `${area} Village Hall`]);
  }
}

/** The venue's first address line: a house number and street, or the street alone for parks. */
export function venueAddress(rng: Random, kind: VenueKind, street: string): string {
  if (kind === 'park' || kind === 'allotment') return `Entrance on ${street}`;
  return `${rng.int(1, 180)} ${street}`;
}

export type OrganiserScope = 'town' | 'region';

/** Organisers of some kinds serve a whole region (the council's libraries), others a town. */
export const ORGANISER_SCOPE: Record<OrganiserKind, OrganiserScope> = {
  'community-trust': 'town',
  walking: 'town',
  arts: 'town',
  church: 'town',
  libraries: 'region',
  leisure: 'town',
  gardening: 'town',
  carers: 'region',
  advice: 'region',
  'mental-health': 'town',
  music: 'town',
  food: 'town',
  digital: 'region',
  volunteering: 'region',
  faith: 'town',
  welsh: 'town',
  'older-people': 'town',
};

/** `place` is a town for town-scoped kinds, a region's name ("Aire Valley", "Taf") for region-scoped ones. */
export function organiserName(rng: Random, kind: OrganiserKind, place: string, welsh: boolean): string {
  switch (kind) {
    case 'community-trust':
      return rng.pick([`${place} Community Trust`, `${place} Good Neighbours`, `${place} Community Association`]);
    case 'walking':
      return welsh ? rng.pick([`Cerddwyr ${place}`, `${place} Walking Friends`]) : rng.pick([`${place} Walking Friends`, `${place} Health Walks`, `${place} Strollers`]);
    case 'arts':
      return rng.pick([`${place} Arts Collective`, `Make and Mend ${place}`, `${place} Creative`]);
    case 'church':
      return welsh ? rng.pick([`Eglwysi Ynghyd ${place}`, `${place} Churches Together`]) : rng.pick([`${place} Churches Together`, `St ${rng.pick(SAINTS)}'s Church, ${place}`]);
    case 'libraries':
      return welsh ? `Llyfrgelloedd ${place} / ${place} Libraries` : `${place} Council Libraries`;
    case 'leisure':
      return welsh ? `${place} Actif` : rng.pick([`Active ${place}`, `${place} Leisure Trust`]);
    case 'gardening':
      return rng.pick([`${place} Grow Together`, `Green ${place}`, `${place} Community Growers`]);
    case 'carers':
      return welsh ? `Gofalwyr ${place} / ${place} Carers` : `${place} Carers' Network`;
    case 'advice':
      return welsh ? `Cyngor ${place} Advice` : `${place} Advice Partnership`;
    case 'mental-health':
      return rng.pick([`${place} Wellbeing Collective`, `Talking Space ${place}`, `${place} Peer Support`]);
    case 'music':
      return rng.pick([`${place} Community Music`, `Sing ${place}`]);
    case 'food':
      return rng.pick([`${place} Community Kitchen`, `${place} Food Network`]);
    case 'digital':
      return welsh ? `Hyrwyddwyr Digidol ${place} / ${place} Digital Champions` : `${place} Digital Champions`;
    case 'volunteering':
      return welsh ? `Gweithredu Gwirfoddol ${place}` : `Voluntary Action ${place}`;
    case 'faith':
      return rng.pick([`${place} Interfaith Forum`, `${place} Multicultural Centre`]);
    case 'welsh':
      return rng.pick([`Cymdeithas Gymraeg ${place}`, `Clwb Cymraeg ${place}`]);
    case 'older-people':
      return rng.pick([`${place} Over 60s Forum`, `Age Together ${place}`]);
  }
}
