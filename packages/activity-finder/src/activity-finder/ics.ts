/**
 * "Add to calendar": an iCalendar file (RFC 5545) for one activity, made in the browser.
 *
 * Times are Europe/London wall-clock times sent with `TZID=Europe/London` and a VTIMEZONE, never converted
 * to UTC: a 10:00 Tuesday group stays at 10:00 across the clock changes, which a UTC time with a weekly
 * rule would not.
 */

export interface IcsActivity {
  id: string;
  name: string;
  description: string;
  online: boolean;
  venue?: {
    name: string;
    address: { line1: string; line2?: string | null; town: string; postcode: string };
  } | null;
  schedule: {
    rrule?: string | null;
    /** YYYY-MM-DD */
    startDate: string;
    endDate?: string | null;
    /** HH:MM, Europe/London wall clock */
    startTime: string;
    durationMinutes: number;
  };
  bookingUrl?: string | null;
}

export interface IcsOptions {
  /** The time the file is made (DTSTAMP). */
  now: Date;
  /** Text before the booking link in DESCRIPTION; default "Book or find out more: ". */
  bookingLabel?: string;
  /** LOCATION of an online activity; default "Online". */
  onlineLabel?: string;
}

const CRLF = '\r\n';
const TZID = 'Europe/London';

// The VTIMEZONE for Europe/London with the EU rules since 1996 (DTSTART of each part is local time).
const LONDON = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, any line break
 * becomes `\n`. Other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 §3.1) so no physical line is longer than 75 octets of UTF-8. Breaks
 * fall between code points, never inside a multi-byte character; each continuation starts with a space
 * (which counts towards its 75).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ` in UTC. */
function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `YYYY-MM-DD` → `YYYYMMDD`, or throws for anything that is not a real calendar date. */
function icsDate(value: string, what: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value.replace(/-/g, '');
  }
  throw new RangeError(`Not a date (YYYY-MM-DD) for ${what}: ${JSON.stringify(value)}`);
}

function icsTime(value: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`Not a time (HH:MM) for startTime: ${JSON.stringify(value)}`);
  return `${match[1]}${match[2]}00`;
}

/** `PT1H30M`; a day or more stays in hours (`PT25H`), which RFC 5545 allows. */
export function icsDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (total === 0) return 'PT0M';
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

const RULE_PARTS = new Set([
  'FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY',
  'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST',
]);
const FREQS = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/**
 * The offset of Europe/London from UTC in minutes at a local wall-clock time, by the EU rule: BST from
 * the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
 */
function londonOffset(y: number, m: number, d: number, hh: number, mm: number): number {
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const start = Date.UTC(y, 2, lastSunday(2), 1);
  const end = Date.UTC(y, 9, lastSunday(9), 1);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm) - 60 * 60_000; // the local time read as BST
  return asUtc >= start && asUtc < end ? 60 : 0;
}

/** An UNTIL value as UTC date-time: a date means the end of that day; a floating time is London time. */
function untilUtc(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, hh, mi, ss, z] = match;
  if (hh === undefined) return `${y}${mo}${d}T235959Z`;
  if (z) return value;
  const parts = [y, mo, d, hh, mi, ss].map(Number) as [number, number, number, number, number, number];
  const offset = londonOffset(parts[0], parts[1], parts[2], parts[3], parts[4]);
  return utcStamp(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4] - offset, parts[5])));
}

/**
 * Checks a recurrence rule against the RFC 5545 §3.3.10 grammar and returns it ready for the RRULE line,
 * or null when it is not a rule (anything that could break out of the line — a line break, a colon, a
 * space — fails the character check). With an `endDate`, any UNTIL or COUNT is replaced by
 * `UNTIL=<endDate>T235959Z` (UTC, as RFC 5545 requires when DTSTART has a TZID).
 */
export function sanitiseRrule(rule: string | null | undefined, endDate?: string | null): string | null {
  if (!rule) return null;
  const body = rule.trim().replace(/^RRULE:/i, '');
  if (!/^[A-Za-z0-9=;,+-]+$/.test(body)) return null;
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part === '') continue;
    const match = /^([A-Za-z]+)=([A-Za-z0-9,+-]+)$/.exec(part);
    if (!match) return null;
    const name = match[1]!.toUpperCase();
    if (!RULE_PARTS.has(name) || parts.has(name)) return null; // unknown or repeated part
    parts.set(name, match[2]!.toUpperCase());
  }
  if (!FREQS.has(parts.get('FREQ') ?? '')) return null;
  const count = parts.get('COUNT');
  if (count !== undefined && !/^\d+$/.test(count)) return null;
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !/^[1-9]\d*$/.test(interval)) return null;
  if (endDate) {
    parts.delete('COUNT');
    parts.set('UNTIL', `${icsDate(endDate, 'endDate')}T235959Z`);
  } else {
    const until = parts.get('UNTIL');
    if (until !== undefined) {
      const utc = untilUtc(until);
      if (!utc) return null;
      parts.set('UNTIL', utc);
      parts.delete('COUNT'); // UNTIL and COUNT must not both occur
    }
  }
  // FREQ first, as RFC 5545 recommends for interoperability.
  const ordered = ['FREQ', ...[...parts.keys()].filter((k) => k !== 'FREQ')];
  return ordered.map((k) => `${k}=${parts.get(k)!}`).join(';');
}

/** An http(s) address with no characters that could break the line, or null. */
function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return /^[\x21-\x7e]+$/.test(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * RFC 5545 counts DTSTART as the first occurrence even when the rule would not produce it, so a Tuesday
 * group whose feed gives a Wednesday start date would gain a Wednesday session in every calendar. For a
 * daily or weekly rule with plain BYDAY days, start on the first of those days on or after the start date
 * (as the server's next-session computation does). Other rules are left as given.
 */
export function firstOccurrence(startDate: string, rrule: string | null): string {
  const byDay = rrule && /^(?:.*;)?FREQ=(?:WEEKLY|DAILY)(?:;|$)/.test(rrule) ? /(?:^|;)BYDAY=([A-Z,]+)(?:;|$)/.exec(rrule)?.[1] : undefined;
  const days = byDay?.split(',').map((d) => WEEKDAYS.indexOf(d));
  if (!days?.length || days.some((d) => d < 0)) return startDate;
  const date = new Date(`${startDate}T12:00:00Z`);
  for (let i = 0; i < 7 && !days.includes(date.getUTCDay()); i++) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The .ics text (CRLF line endings, folded at 75 octets) for one activity. */
export function activityToIcs(activity: IcsActivity, options: IcsOptions): string {
  const { schedule } = activity;
  const rrule = sanitiseRrule(schedule.rrule, schedule.endDate);
  icsDate(schedule.startDate, 'startDate'); // a bad date is a RangeError before anything else
  const start = `${icsDate(firstOccurrence(schedule.startDate, rrule), 'startDate')}T${icsTime(schedule.startTime)}`;
  const url = safeUrl(activity.bookingUrl);

  const description = url
    ? `${activity.description}\n\n${options.bookingLabel ?? 'Book or find out more: '}${url}`
    : activity.description;

  let location: string | null = null;
  if (activity.online) {
    location = options.onlineLabel ?? 'Online';
  } else if (activity.venue) {
    const { name, address } = activity.venue;
    location = [name, address.line1, address.line2, address.town, address.postcode]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(', ');
  }

  const event = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${activity.id}@waymark`)}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART;TZID=${TZID}:${start}`,
    `DURATION:${icsDuration(schedule.durationMinutes)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `SUMMARY:${escapeText(activity.name)}`,
    ...(description.trim() ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waymark//Activity finder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...LONDON,
    ...event,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name safe on every OS, ending in `.ics`. */
function safeFileName(name: string): string {
  const base = name.replace(/\.ics$/i, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'activity'; // eslint-disable-line no-control-regex
  return `${base.slice(0, 100)}.ics`;
}

/**
 * Offers the calendar file for download: a Blob and a temporary `<a download>`, removed at once; the
 * object URL is revoked on the next task, once the browser has started the download.
 */
export function downloadIcs(fileName: string, ics: string): void {
  const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = safeFileName(fileName);
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 0);
  }
}
