/**
 * The finder's filters in the page's URL hash, so a list can be shared and survives a reload. Pure
 * functions, no DOM: `parseHash(location.hash)` and `formatHash(location.hash, state)`.
 *
 * - Namespaced: the widget's part of the hash is one `&`-separated segment, `wm-af=<URL-encoded params>`;
 *   every other segment the host page uses is kept exactly as it was.
 * - No personal data: never a full postcode or precise coordinates. The place is coordinates rounded to
 *   2 decimal places (about 1 km) plus a label that is only the postcode's outward code (`LS6`) or
 *   `me` ("your location").
 * - The age filter is not written: it may be the person's own age. It lasts while the page is open.
 * - Never throws: garbage reads as the defaults; each value is checked on its own.
 */
import type { AccessibilityFeature, DayOfWeek, TimeOfDay } from '../generated/graphql.js';
import { HASH_KEY, OUTWARD, RADII, defaultFilters, round2, type FinderState } from './filters.js';

export { defaultFilters, hasState, outwardCode, type Filters, type FinderState } from './filters.js';

/** The choices of the filters under "More filters" (which loads after this module). */
export const DAYS: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const TIMES: readonly TimeOfDay[] = ['MORNING', 'AFTERNOON', 'EVENING'];
export const FEATURES: readonly AccessibilityFeature[] = [
  'STEP_FREE',
  'ACCESSIBLE_TOILET',
  'HEARING_LOOP',
  'BLUE_BADGE_PARKING',
  'BSL',
  'DEMENTIA_FRIENDLY',
  'QUIET_SPACE',
];

const ID = /^[\w-]{1,64}$/;

const list = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  value ? [...new Set(value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)))] : [];

const int = (value: string | null, min: number, max: number): number | null => {
  if (!value || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
};

const coord = (value: string | null, limit: number): number | null => {
  if (!value || !/^-?\d{1,3}(\.\d+)?$/.test(value)) return null;
  const n = Number(value);
  return Math.abs(n) <= limit ? round2(n) : null;
};

/** Splits a hash (with or without `#`) into the host's segments and the widget's encoded params. */
function split(hash: string): { host: string[]; ours: string | null } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const host: string[] = [];
  let ours: string | null = null;
  for (const segment of body ? body.split('&') : []) {
    if (segment.startsWith(`${HASH_KEY}=`)) ours = segment.slice(HASH_KEY.length + 1);
    else host.push(segment);
  }
  return { host, ours };
}

/** The widget's state in a hash; defaults for anything absent or malformed. Never throws. */
export function parseHash(hash: string): FinderState {
  const filters = defaultFilters();
  let encoded = split(String(hash ?? '')).ours ?? '';
  try {
    encoded = decodeURIComponent(encoded);
  } catch {
    encoded = '';
  }
  const p = new URLSearchParams(encoded);
  const lat = coord(p.get('lat'), 90);
  const lng = coord(p.get('lng'), 180);
  const at = p.get('at') ?? '';
  if (lat !== null && lng !== null) {
    filters.near = { latitude: lat, longitude: lng };
    filters.place = at === 'me' || OUTWARD.test(at) ? at : 'me';
  }
  const radius = Number(p.get('r'));
  if ((RADII as readonly number[]).includes(radius)) filters.radius = radius;
  filters.keyword = (p.get('q') ?? '').slice(0, 100);
  filters.categories = (p.get('c') ?? '').split(',').filter((c) => /^[a-z0-9-]{1,40}$/.test(c)).slice(0, 20);
  filters.days = list(p.get('d'), DAYS);
  filters.times = list(p.get('t'), TIMES);
  filters.access = list(p.get('a'), FEATURES);
  const cost = p.get('cost');
  const max = int(p.get('max'), 0, 100_000);
  if (cost === 'free') filters.cost = 'free';
  else if (cost === 'max' && max !== null) {
    filters.cost = 'max';
    filters.maxCostPence = max;
  }
  const attend = p.get('o');
  if (attend === 'online' || attend === 'in-person') filters.attend = attend;
  const id = p.get('id');
  return { filters, activity: id && ID.test(id) ? id : null };
}

/** The hash with the widget's state in place of any older one; the host page's segments kept in order. */
export function formatHash(hash: string, state: FinderState): string {
  const { host } = split(String(hash ?? ''));
  const f = state.filters;
  const p = new URLSearchParams();
  if (f.near) {
    p.set('lat', String(round2(f.near.latitude)));
    p.set('lng', String(round2(f.near.longitude)));
    p.set('at', OUTWARD.test(f.place) ? f.place : 'me');
  }
  if (f.radius !== 5) p.set('r', String(f.radius));
  if (f.keyword) p.set('q', f.keyword.slice(0, 100));
  if (f.categories.length) p.set('c', f.categories.join(','));
  if (f.days.length) p.set('d', f.days.join(','));
  if (f.times.length) p.set('t', f.times.join(','));
  if (f.cost === 'free') p.set('cost', 'free');
  if (f.cost === 'max' && f.maxCostPence !== null) {
    p.set('cost', 'max');
    p.set('max', String(f.maxCostPence));
  }
  if (f.access.length) p.set('a', f.access.join(','));
  if (f.attend !== 'any') p.set('o', f.attend);
  if (state.activity) p.set('id', state.activity);
  const ours = p.toString();
  const segments = ours ? [...host, `${HASH_KEY}=${encodeURIComponent(ours)}`] : host;
  return segments.length ? `#${segments.join('&')}` : '';
}
