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

/** Europe/London's offset from UTC, in minutes, at an instant. */
export function londonOffsetMinutes(instant: Date): number {
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
    startFloating = ruleFor(s).after(new Date(fromFloating.getTime() - 60 * 60_000), true);
  }
  while (startFloating) {
    const start = londonToInstant(startFloating);
    if (start >= from) return { start, end: new Date(start.getTime() + s.durationMinutes * 60_000) };
    startFloating = s.rrule ? ruleFor(s).after(startFloating, false) : null;
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
