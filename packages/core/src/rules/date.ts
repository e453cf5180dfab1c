/**
 * Dates typed into three boxes (day, month, year), GOV.UK style. Pure; shared by widgets and server.
 */

export type DateRuleKey =
  | 'date.required'
  | 'date.missingDay'
  | 'date.missingMonth'
  | 'date.missingYear'
  | 'date.yearFormat'
  | 'date.invalid'
  | 'date.future'
  | 'date.past';

export interface DateRuleOptions {
  /** Reject dates after today (a date of birth): `date.future`. */
  notInFuture?: boolean;
  /** Reject dates before today (an appointment): `date.past`. */
  notInPast?: boolean;
  /** "Today" for the checks above; default the current date in Europe/London. */
  today?: { year: number; month: number; day: number };
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** The month number of `3`, `03`, `March`, `mar` or `Sept`; NaN when it is none of those. */
function parseMonth(value: string): number {
  if (/^[0-9]{1,2}$/.test(value)) return Number(value);
  const name = value.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === name || m.slice(0, 3) === name || (name === 'sept' && m === 'september'));
  return index >= 0 ? index + 1 : NaN;
}

/** Today's date in Europe/London (where every partner is), whatever the machine's time zone. */
export function todayInLondon(now = new Date()): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * Reads a date from its three parts (surrounding spaces ignored; the month may be a number or an English
 * name). Returns the date at 00:00 UTC, or the message key of the first problem:
 * `date.required` (all empty), `date.missingDay|Month|Year`, `date.yearFormat` (not 4 digits),
 * `date.invalid` (not a real date, e.g. 31 April), `date.future` / `date.past` (with the options).
 */
export function parseDateParts(
  day: string | number | null | undefined,
  month: string | number | null | undefined,
  year: string | number | null | undefined,
  options: DateRuleOptions = {},
): Date | DateRuleKey {
  const d = String(day ?? '').trim();
  const m = String(month ?? '').trim();
  const y = String(year ?? '').trim();
  if (!d && !m && !y) return 'date.required';
  if (!d) return 'date.missingDay';
  if (!m) return 'date.missingMonth';
  if (!y) return 'date.missingYear';
  if (!/^[0-9]+$/.test(y)) return 'date.invalid';
  if (y.length !== 4) return 'date.yearFormat';
  if (!/^[0-9]{1,2}$/.test(d)) return 'date.invalid';
  const dayNumber = Number(d);
  const monthNumber = parseMonth(m);
  const yearNumber = Number(y);
  if (!(monthNumber >= 1 && monthNumber <= 12) || dayNumber < 1) return 'date.invalid';
  const date = new Date(Date.UTC(yearNumber, monthNumber - 1, dayNumber));
  // Date.UTC rolls 31 April over to 1 May: a real date reads back the same parts.
  if (date.getUTCDate() !== dayNumber || date.getUTCMonth() !== monthNumber - 1) return 'date.invalid';
  const today = options.today ?? todayInLondon();
  const todayValue = Date.UTC(today.year, today.month - 1, today.day);
  if (options.notInFuture && date.getTime() > todayValue) return 'date.future';
  if (options.notInPast && date.getTime() < todayValue) return 'date.past';
  return date;
}
