/**
 * "Open now" for a service: its weekly hours (Europe/London wall-clock) and the bank holidays it closes
 * on. Pure functions over a clock value, so tests pass any instant (a British Summer Time change, a
 * bank holiday, late on a Sunday). The wall-clock parts come from `Intl.DateTimeFormat` with
 * `timeZone: 'Europe/London'`, never from the server's own zone.
 */
import { sql, type Kysely } from 'kysely';
import type { OpeningHoursJson, Row, Tables } from '../db/tables.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** A moment as a clock in London shows it. */
export interface LondonTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `MONDAY` … `SUNDAY` */
  day: (typeof DAYS)[number];
  /** Minutes since midnight. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'long',
});

export function londonTime(at: Date): LondonTime {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: String(parts.weekday).toUpperCase() as LondonTime['day'],
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** `YYYY-MM-DD` plus `n` days (calendar arithmetic in UTC, so no zone can shift it). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const dayOf = (date: string) => DAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface BankHolidayInfo {
  date: string;
  name: string;
  welshName: string;
}

export interface OpeningStatusResult {
  isOpen: boolean;
  closesAt: string | null;
  nextOpensOn: string | null;
  nextOpensAt: string | null;
  closedFor: BankHolidayInfo | null;
}

/**
 * Open when today (London) is not a bank holiday and now falls in one of today's periods (opens ≤ now <
 * closes). When closed, the next opening within 14 days, skipping bank holidays.
 */
export function openingStatus(hours: readonly OpeningHoursJson[], holidays: readonly BankHolidayInfo[], at: Date): OpeningStatusResult {
  const now = londonTime(at);
  const holidayOn = new Map(holidays.map((h) => [h.date, h]));
  const today = holidayOn.get(now.date) ?? null;
  const periods = (day: string) => hours.filter((h) => h.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
  if (!today) {
    const current = periods(now.day).find((h) => toMinutes(h.opens) <= now.minutes && now.minutes < toMinutes(h.closes));
    if (current) return { isOpen: true, closesAt: current.closes, nextOpensOn: null, nextOpensAt: null, closedFor: null };
  }
  for (let i = 0; i <= 14; i++) {
    const date = addDays(now.date, i);
    if (holidayOn.has(date)) continue;
    const next = periods(dayOf(date)).find((h) => i > 0 || toMinutes(h.opens) > now.minutes);
    if (next) return { isOpen: false, closesAt: null, nextOpensOn: date, nextOpensAt: next.opens, closedFor: today };
  }
  return { isOpen: false, closesAt: null, nextOpensOn: null, nextOpensAt: null, closedFor: today };
}

/** Bank holidays from `from` for `days` days that fall on a day the hours would otherwise be open. */
export function closuresAhead(hours: readonly OpeningHoursJson[], holidays: readonly BankHolidayInfo[], from: Date, days = 60): BankHolidayInfo[] {
  const start = londonTime(from).date;
  const end = addDays(start, days);
  const openDays = new Set(hours.map((h) => h.day));
  return holidays.filter((h) => h.date >= start && h.date <= end && openDays.has(dayOf(h.date))).sort((a, b) => a.date.localeCompare(b.date));
}

/** England and Wales bank holidays from 1 day ago to 75 days ahead (enough for both functions above). */
export async function bankHolidaysAround(db: Kysely<Tables>, at: Date, region = 'england-and-wales'): Promise<BankHolidayInfo[]> {
  const today = londonTime(at).date;
  const rows: Row<'bank_holidays'>[] = await db
    .selectFrom('bank_holidays')
    .selectAll()
    .where('region', '=', region)
    .where(sql<boolean>`date between ${addDays(today, -1)}::date and ${addDays(today, 75)}::date`)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: String(r.date).slice(0, 10), name: r.name, welshName: r.name_cy }));
}
