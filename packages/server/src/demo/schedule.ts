/**
 * Schedules as the demo generates them, and their iCalendar RRULE (RFC 5545, no DTSTART), the ISO weekday
 * numbers stored in activities.days, and a plain-English description. Dates are `YYYY-MM-DD` strings handled
 * in UTC so that no time zone can shift them.
 */

/** ISO weekday (1 = Monday … 7 = Sunday) → RFC 5545 BYDAY code. */
export const BYDAY_CODES = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const ORDINALS: Record<number, string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', [-1]: 'Last' };

export type Schedule =
  | { kind: 'weekly'; days: number[] }
  | { kind: 'fortnightly'; day: number }
  | { kind: 'monthly'; nth: 1 | 2 | 3 | 4 | -1; day: number }
  | { kind: 'once' };

export function dayName(isoDay: number): string {
  return DAY_NAMES[isoDay] ?? '';
}

export function toRrule(schedule: Schedule): string | null {
  switch (schedule.kind) {
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${[...schedule.days].sort((a, b) => a - b).map((d) => BYDAY_CODES[d]).join(',')}`;
    case 'fortnightly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${BYDAY_CODES[schedule.day]}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${schedule.nth}${BYDAY_CODES[schedule.day]}`;
    case 'once':
      return null;
  }
}

/** The ISO weekdays the schedule meets on (for a one-off: the weekday of its date). */
export function scheduleDays(schedule: Schedule, startDate: string): number[] {
  switch (schedule.kind) {
    case 'weekly':
      return [...schedule.days].sort((a, b) => a - b);
    case 'fortnightly':
    case 'monthly':
      return [schedule.day];
    case 'once':
      return [isoWeekday(startDate)];
  }
}

function listDays(days: number[]): string {
  const names = [...days].sort((a, b) => a - b).map((d) => dayName(d));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Every Tuesday, 10:00 to 11:30" and the like. */
export function describeSchedule(schedule: Schedule, startDate: string, startTime: string, durationMinutes: number): string {
  const times = `${startTime.slice(0, 5)} to ${addMinutesToTime(startTime, durationMinutes)}`;
  switch (schedule.kind) {
    case 'weekly':
      return `Every ${listDays(schedule.days)}, ${times}`;
    case 'fortnightly':
      return `Every other ${dayName(schedule.day)}, ${times}`;
    case 'monthly':
      return `${ORDINALS[schedule.nth]} ${dayName(schedule.day)} of the month, ${times}`;
    case 'once':
      return `${dayName(isoWeekday(startDate))} ${formatLongDate(startDate)}, ${times}`;
  }
}

function addMinutesToTime(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatLongDate(date: string): string {
  const d = parseDate(date);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function parseDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatDate(d);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = parseDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first date on or after `date` that falls on the ISO weekday. */
export function nextWeekday(date: string, isoDay: number): string {
  return addDays(date, (isoDay - isoWeekday(date) + 7) % 7);
}

/** The nth (or last, -1) ISO weekday of the month containing `date`. */
export function nthWeekdayOfMonth(date: string, nth: number, isoDay: number): string {
  const d = parseDate(date);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  if (nth > 0) {
    const first = formatDate(new Date(Date.UTC(year, month, 1)));
    return addDays(nextWeekday(first, isoDay), 7 * (nth - 1));
  }
  const last = formatDate(new Date(Date.UTC(year, month + 1, 0)));
  return addDays(last, -((isoWeekday(last) - isoDay + 7) % 7));
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(): string {
  return formatDate(new Date());
}
