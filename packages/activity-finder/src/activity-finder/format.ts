/** Small formatters for the finder: session times in Europe/London, money, dates without a time. */
import { formatDate, formatNumber, formatTime, type DisplayHost, type Locale } from '@waymark/core';

const LONDON = 'Europe/London';

/** `2026-11-25T10:00:00Z` → "Wednesday 25 November, 10am" / "Dydd Mercher 25 Tachwedd, 10yb" (London time). */
export function sessionWhen(host: DisplayHost, iso: string): string {
  const at = new Date(iso);
  const date = formatDate(host.locale, at, { weekday: 'long', day: 'numeric', month: 'long', timeZone: LONDON });
  return `${date}, ${formatTime(host, clock(host.locale, at))}`;
}

/** The London wall-clock time of an instant, on a 24-hour clock: "09:30". */
export function clock(locale: Locale, at: Date): string {
  return formatDate(locale, at, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: LONDON });
}

/** A calendar date (`YYYY-MM-DD`, no time zone) as "12 November 2026". */
export function day(locale: Locale, ymd: string): string {
  return formatDate(locale, new Date(`${ymd}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Pence as pounds: 300 → "£3", 250 → "£2.50". */
export function money(locale: Locale, pence: number): string {
  const whole = pence % 100 === 0;
  return formatNumber(locale, pence / 100, { style: 'currency', currency: 'GBP', minimumFractionDigits: whole ? 0 : 2 });
}

/** `HH:MM` plus minutes, as `HH:MM` (wrapping past midnight). */
export function addMinutes(hhmm: string, minutes: number): string {
  const total = (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) + minutes) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
