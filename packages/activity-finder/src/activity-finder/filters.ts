/**
 * What the finder's first screen needs to know of its filters: their shape, the distances and the defaults,
 * whether the address holds a list, whether a shortlist is saved. The rest (the URL-hash codec, the other
 * filters' choices) is url-state.ts, which loads with the results.
 */
import type { AccessibilityFeature, DayOfWeek, TimeOfDay } from '../generated/graphql.js';

export const HASH_KEY = 'wm-af';
/** The radius choices, in the partner's unit (km, or miles where it prefers miles). */
export const RADII = [1, 3, 5, 10, 25] as const;

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Filters {
  /** Where to search from, rounded to 2 decimal places; null for no place. */
  near: Point | null;
  /** The place's label: a postcode's outward code, `me` for "your location", or '' with no place. */
  place: string;
  /** One of RADII, in the partner's unit. */
  radius: number;
  keyword: string;
  categories: string[];
  days: DayOfWeek[];
  times: TimeOfDay[];
  /** `free`: free only; `max`: at most `maxCostPence`. */
  cost: 'any' | 'free' | 'max';
  maxCostPence: number | null;
  age: number | null;
  access: AccessibilityFeature[];
  attend: 'any' | 'online' | 'in-person';
}

export interface FinderState {
  filters: Filters;
  /** The activity whose detail is open. */
  activity: string | null;
}

export const defaultFilters = (): Filters => ({
  near: null,
  place: '',
  radius: 5,
  keyword: '',
  categories: [],
  days: [],
  times: [],
  cost: 'any',
  maxCostPence: null,
  age: null,
  access: [],
  attend: 'any',
});

/** Rounds to 2 decimal places (about 1.1 km north–south): the precision the hash may hold. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A postcode's outward code: `LS6`, `B1`, `SW1A`. */
export const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** A postcode's outward code (`LS6 4AB` → `LS6`); '' when it has none. */
export function outwardCode(postcode: string): string {
  const code = postcode.trim().toUpperCase().split(/\s+/)[0] ?? '';
  return OUTWARD.test(code) ? code : '';
}

/** Where the shortlist is kept (shortlist.ts, which loads with the results, keeps it). */
export const SHORTLIST_KEY = 'waymark:activity-shortlist:v1';

/** Whether this device has a shortlist saved; false where storage is blocked. */
export function hasSavedShortlist(): boolean {
  try {
    return localStorage.getItem(SHORTLIST_KEY) !== null;
  } catch {
    return false;
  }
}

/** Whether a hash (with or without `#`) holds the widget's state: a `&`-separated segment `wm-af=…`. */
export const hasState = (hash: string): boolean => new RegExp(`(?:^#?|&)${HASH_KEY}=`).test(hash);
