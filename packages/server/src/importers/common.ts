/** Small pure helpers the mapping functions share. */
import { isValidPostcode, normalisePostcode } from '@waymark/core/shared-rules';
import { validateRrule } from '../domain/schedule.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
export const objects = (v: unknown): Json[] => asArray(v).filter(isObject);

export function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t ? t : null;
}

export function num(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** `YYYY-MM-DD` from a date or date-time string, or null. */
export function isoDate(v: unknown): string | null {
  const t = text(v);
  const m = t ? /^(\d{4})-(\d{2})-(\d{2})/.exec(t) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]! ? m[0] : null;
}

/** `HH:MM` from `HH:MM[:SS]`, or null. */
export function clockTime(v: unknown): string | null {
  const t = text(v);
  const m = t ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t) : null;
  if (!m || +m[1]! > 23 || +m[2]! > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes from opens to closes (a close at or before the open is read as past midnight, up to a day). */
export function durationBetween(opens: string, closes: string | null, fallback = 60): number {
  if (!closes) return fallback;
  const d = minutesOf(closes) - minutesOf(opens);
  return d > 0 ? d : d + 1440;
}

const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_WORDS: Record<string, (typeof ICAL_DAYS)[number]> = {
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
  mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU',
};

/** `MO`, `1MO`, `-1FR`, `Monday`, `https://schema.org/Monday`, 1 (= Monday) → an iCal BYDAY item, or null. */
export function icalDay(v: unknown): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 7 ? ICAL_DAYS[v - 1]! : null;
  const t = text(v);
  if (!t) return null;
  const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(t);
  if (m) return `${m[1] ?? ''}${m[2]!.toUpperCase()}`;
  const word = t.replace(/^.*[/#]/, '').toLowerCase();
  return DAY_WORDS[word] ?? null;
}

/** ISO weekday numbers (1 = Monday) named by BYDAY items. */
export function dayNumbers(byday: readonly string[]): number[] {
  return [...new Set(byday.map((d) => ICAL_DAYS.indexOf(d.slice(-2) as (typeof ICAL_DAYS)[number]) + 1).filter((n) => n > 0))].sort();
}

/** ISO weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export interface BuiltSchedule {
  rrule: string | null;
  start_date: string;
  end_date: string | null;
  start_time: string;
  duration_minutes: number;
  days: number[];
}

/** Builds and checks our schedule columns; a string is the reason it cannot be used. */
export function buildSchedule(input: {
  freq: string | null;
  interval: number | null;
  byday: string[];
  bymonthday: number[];
  startDate: string;
  endDate: string | null;
  startTime: string;
  durationMinutes: number;
}): BuiltSchedule | string {
  const freq = input.freq?.toUpperCase() ?? null;
  if (freq && !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) return `unsupported frequency ${input.freq}`;
  if (input.interval != null && !(Number.isInteger(input.interval) && input.interval >= 1 && input.interval <= 52)) return `bad interval ${input.interval}`;
  if (!(input.durationMinutes >= 1 && input.durationMinutes <= 1440)) return `bad duration ${input.durationMinutes} minutes`;
  const endDate = input.endDate && input.endDate >= input.startDate ? input.endDate : null;
  let rrule: string | null = null;
  let byday = input.byday;
  if (freq) {
    // An ordinal (1MO) only makes sense monthly or yearly.
    if (freq === 'WEEKLY' || freq === 'DAILY') byday = [...new Set(byday.map((d) => d.slice(-2)))];
    const parts = [`FREQ=${freq}`];
    if (input.interval && input.interval > 1) parts.push(`INTERVAL=${input.interval}`);
    if (byday.length) parts.push(`BYDAY=${byday.join(',')}`);
    if (freq === 'MONTHLY' && input.bymonthday.length && !byday.length) parts.push(`BYMONTHDAY=${input.bymonthday.join(',')}`);
    rrule = parts.join(';');
    if (validateRrule(rrule)) return `invalid recurrence ${rrule}`;
  }
  const days = byday.length ? dayNumbers(byday) : freq === 'DAILY' ? [1, 2, 3, 4, 5, 6, 7] : freq === 'MONTHLY' && input.bymonthday.length ? [] : [weekdayOf(input.startDate)];
  return { rrule, start_date: input.startDate, end_date: endDate, start_time: input.startTime, duration_minutes: input.durationMinutes, days };
}

/** A valid UK postcode, normalised, or null. */
export function ukPostcode(v: unknown): string | null {
  const t = text(v);
  return t && isValidPostcode(t) ? normalisePostcode(t) : null;
}

export function validLatLng(lat: unknown, lng: unknown): { latitude: number; longitude: number } | null {
  const la = num(lat);
  const lo = num(lng);
  if (la == null || lo == null || Math.abs(la) > 90 || Math.abs(lo) > 180 || (la === 0 && lo === 0)) return null;
  return { latitude: la, longitude: lo };
}

export function httpUrl(v: unknown): string | null {
  const t = text(v);
  if (!t) return null;
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function email(v: unknown): string | null {
  const t = text(v);
  return t && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? t : null;
}

export const clampAge = (v: unknown): number | null => {
  const n = num(v);
  return n == null || n < 0 ? null : Math.min(120, Math.round(n));
};

export const truncate = (s: string | null, max: number): string | null => (s && s.length > max ? `${s.slice(0, max - 1)}…` : s);
