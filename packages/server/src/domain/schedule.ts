/**
 * Activity schedules: an iCalendar RRULE (RFC 5545) over Europe/London wall-clock time. Occurrences are
 * generated as "floating" local date-times (the rule never sees a UTC offset, so a 10:00 class stays at
 * 10:00 across the March and October clock changes) and only then turned into instants in Europe/London.
 */
import rrulePkg from 'rrule';

const { RRule, rrulestr } = rrulePkg;
const ZONE = 'Europe/London';

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * Offsets by UTC hour: Europe/London changes offset only on the hour in UTC (01:00), so one lookup per
 * hour answers every instant in it. Intl formatting is the slow part of a search result's nextSession.
 */
const offsetByHour = new Map<number, number>();

/** Europe/London's offset from UTC, in minutes, at an instant. */
export function londonOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = computeOffsetMinutes(instant);
    if (offsetByHour.size > 50_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function computeOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which Europe/London clocks show this wall-clock time. A time that does not exist (the
 * hour skipped in March) moves forward by the gap, as calendars do; an ambiguous one (the hour repeated in
 * October) takes the first, summer-time, occurrence.
 */
export function londonToInstant(wall: Date): Date {
  const guess = wall.getTime();
  const hours2 = 2 * 60 * 60_000;
  const offsetBefore = londonOffsetMinutes(new Date(guess - hours2)) * 60_000;
  const offsetAfter = londonOffsetMinutes(new Date(guess + hours2)) * 60_000;
  const valid = [guess - offsetBefore, guess - offsetAfter].filter((t) => floatingOf(new Date(t)).getTime() === guess);
  // Ambiguous: both fit, take the earlier (BST). Skipped: neither fits, keep the offset from before the
  // change, which lands the same distance past the gap.
  return new Date(valid.length ? Math.min(...valid) : guess - offsetBefore);
}

/** The wall-clock time in Europe/London at an instant, as a floating Date (UTC fields = local fields). */
export function floatingOf(instant: Date): Date {
  return new Date(instant.getTime() + londonOffsetMinutes(instant) * 60_000);
}

export interface ScheduleInput {
  rrule: string | null;
  startDate: string; // YYYY-MM-DD
  endDate: string | null;
  startTime: string; // HH:MM[:SS]
  durationMinutes: number;
}

export interface Occurrence {
  start: Date;
  end: Date;
}

function floatingStart(s: ScheduleInput): Date {
  const [y, m, d] = s.startDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = s.startTime.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

function ruleFor(s: ScheduleInput) {
  const dtstart = floatingStart(s);
  const options = RRule.parseString(s.rrule ?? '');
  if (s.endDate && !options.until && !options.count) {
    const [y, m, d] = s.endDate.split('-').map(Number) as [number, number, number];
    options.until = new Date(Date.UTC(y, m - 1, d, 23, 59, 59));
  }
  return new RRule({ ...options, dtstart, tzid: null });
}

const DAY_MS = 86_400_000;
const WEEKDAY_INDEX: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
/** Monday = 0 for a day number since 1970-01-01 (a Thursday). */
const weekdayOfDay = (day: number) => (((day + 3) % 7) + 7) % 7;

/** The common rules, compiled for arithmetic: weekly on some weekdays, monthly on the nth weekday. */
type FastRule =
  | { kind: 'weekly'; interval: number; weekdays: number[] }
  | { kind: 'monthly'; interval: number; nth: [number, number][] };

const fastRules = new Map<string, FastRule | null>();

/**
 * `FREQ=WEEKLY[;INTERVAL=n][;BYDAY=MO,WE]` and `FREQ=MONTHLY[;INTERVAL=n];BYDAY=1TH[,-1FR]` (in any order,
 * WKST=MO allowed) as a FastRule; null for anything else, which goes to the rrule library.
 */
function fastRule(rule: string): FastRule | null {
  let cached = fastRules.get(rule);
  if (cached !== undefined) return cached;
  cached = null;
  const parts = new Map<string, string>();
  let ok = true;
  for (const part of rule.replace(/^RRULE:/i, '').split(';')) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part.trim().toUpperCase());
    if (!m || parts.has(m[1]!)) ok = false;
    else parts.set(m[1]!, m[2]!);
  }
  const keys = [...parts.keys()];
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (ok && Number.isInteger(interval) && interval >= 1 && interval <= 1000 && keys.every((k) => ['FREQ', 'INTERVAL', 'BYDAY', 'WKST'].includes(k)) && (parts.get('WKST') ?? 'MO') === 'MO') {
    const byday = parts.get('BYDAY')?.split(',') ?? [];
    if (parts.get('FREQ') === 'WEEKLY' && byday.every((d) => d in WEEKDAY_INDEX)) {
      cached = { kind: 'weekly', interval, weekdays: [...new Set(byday.map((d) => WEEKDAY_INDEX[d]!))].sort() };
    } else if (parts.get('FREQ') === 'MONTHLY' && byday.length) {
      const nth = byday.map((d) => /^([+-]?[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(d));
      if (nth.every(Boolean)) cached = { kind: 'monthly', interval, nth: nth.map((m) => [Number(m![1]), WEEKDAY_INDEX[m![2]!]!]) };
    }
  }
  if (fastRules.size > 10_000) fastRules.clear();
  fastRules.set(rule, cached);
  return cached;
}

/**
 * What `new RRule({ ...rule, dtstart, until }).after(t, inclusive)` answers, by arithmetic: the first
 * occurrence after `t` (at or after, when inclusive), in floating time. Occurrences before dtstart or
 * past until never count, as in rrule.
 */
function fastAfter(rule: FastRule, dtstart: number, until: number | null, t: number, inclusive: boolean): number | null {
  const timeOfDay = ((dtstart % DAY_MS) + DAY_MS) % DAY_MS;
  const startDay = Math.floor(dtstart / DAY_MS);
  const fits = (occ: number) => occ >= dtstart && (inclusive ? occ >= t : occ > t);
  if (rule.kind === 'weekly') {
    const weekdays = rule.weekdays.length ? rule.weekdays : [weekdayOfDay(startDay)];
    const firstWeek = startDay - weekdayOfDay(startDay);
    let day = Math.max(startDay, Math.floor(t / DAY_MS) - 1);
    // Skip whole weeks that are not in the rule's cycle.
    const skip = (Math.floor((day - firstWeek) / 7) % rule.interval);
    if (skip) day = firstWeek + (Math.floor((day - firstWeek) / 7) - skip + rule.interval) * 7;
    for (let i = 0; i < 7 * rule.interval + 14; i++, day++) {
      if (Math.floor((day - firstWeek) / 7) % rule.interval !== 0 || !weekdays.includes(weekdayOfDay(day))) continue;
      const occ = day * DAY_MS + timeOfDay;
      if (until !== null && occ > until) return null;
      if (fits(occ)) return occ;
    }
    return null;
  }
  const start = new Date(dtstart);
  const startMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
  const from = new Date(Math.max(dtstart, t - DAY_MS));
  let month = Math.max(startMonth, from.getUTCFullYear() * 12 + from.getUTCMonth());
  const skip = (month - startMonth) % rule.interval;
  if (skip) month += rule.interval - skip;
  for (let i = 0; i < 24; i++, month += rule.interval) {
    const year = Math.floor(month / 12);
    const m = month % 12;
    const first = Math.floor(Date.UTC(year, m, 1) / DAY_MS);
    const days = Math.round((Date.UTC(year, m + 1, 1) - Date.UTC(year, m, 1)) / DAY_MS);
    const candidates: number[] = [];
    for (const [n, weekday] of rule.nth) {
      const firstMatch = first + ((weekday - weekdayOfDay(first) + 7) % 7);
      const matches = Math.floor((first + days - 1 - firstMatch) / 7) + 1;
      const index = n > 0 ? n - 1 : matches + n;
      if (index >= 0 && index < matches) candidates.push(firstMatch + index * 7);
    }
    for (const day of [...new Set(candidates)].sort((a, b) => a - b)) {
      const occ = day * DAY_MS + timeOfDay;
      if (until !== null && occ > until) return null;
      if (fits(occ)) return occ;
    }
  }
  return null;
}

/** What the rrule library answers (the reference the arithmetic is tested against). */
export function libraryAfter(s: ScheduleInput, t: Date, inclusive: boolean): Date | null {
  return ruleFor(s).after(t, inclusive);
}

/** The floating-time occurrence after `t`: arithmetic for the common rules, else the rrule library. */
export function floatingAfter(s: ScheduleInput, t: Date, inclusive: boolean): Date | null {
  const fast = fastRule(s.rrule ?? '');
  if (!fast) return ruleFor(s).after(t, inclusive);
  let until: number | null = null;
  if (s.endDate) {
    const [y, m, d] = s.endDate.split('-').map(Number) as [number, number, number];
    until = Date.UTC(y, m - 1, d, 23, 59, 59);
  }
  const occ = fastAfter(fast, floatingStart(s).getTime(), until, t.getTime(), inclusive);
  return occ === null ? null : new Date(occ);
}

/** The next session starting at or after `from`; null when there is none. Throws on an invalid rule. */
export function nextOccurrence(s: ScheduleInput, from: Date): Occurrence | null {
  const fromFloating = floatingOf(from);
  let startFloating: Date | null;
  if (!s.rrule) {
    const only = floatingStart(s);
    startFloating = only >= new Date(fromFloating.getTime() - 60 * 60_000) ? only : null;
  } else {
    // Look from an hour earlier in floating time, then check the real instant: a floating comparison
    // alone can be an hour out on the day the clocks change.
    startFloating = floatingAfter(s, new Date(fromFloating.getTime() - 60 * 60_000), true);
  }
  while (startFloating) {
    const start = londonToInstant(startFloating);
    if (start >= from) return { start, end: new Date(start.getTime() + s.durationMinutes * 60_000) };
    startFloating = s.rrule ? floatingAfter(s, startFloating, false) : null;
  }
  return null;
}

/** The first `limit` sessions from `from` (for an activity's detail page and calendar files). */
export function occurrences(s: ScheduleInput, from: Date, limit: number): Occurrence[] {
  const out: Occurrence[] = [];
  let cursor: Date = from;
  for (let i = 0; i < limit; i++) {
    const next = nextOccurrence(s, cursor);
    if (!next) break;
    out.push(next);
    cursor = new Date(next.start.getTime() + 1000);
  }
  return out;
}

/** Checks a rule parses and uses only what we support; returns a message key or null. */
export function validateRrule(rule: string): string | null {
  try {
    rrulestr(`RRULE:${rule.replace(/^RRULE:/, '')}`);
    return null;
  } catch {
    return 'schedule.rruleInvalid';
  }
}
