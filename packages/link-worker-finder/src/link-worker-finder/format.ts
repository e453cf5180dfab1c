/** Small formatters for the finder: times the NHS way (9am, 5:30pm), distances, language names, days. */
import type { Locale } from '@waymark/core';

type T = (key: 'am' | 'pm' | 'midday', params?: Record<string, string>) => string;

/** `09:00` → `9am`, `17:30` → `5:30pm`, `12:00` → `midday` (Welsh: 9yb, 5:30yh, canol dydd). */
export function formatTime(t: T, hhmm: string): string {
  const h = Number(hhmm.slice(0, 2));
  const m = hhmm.slice(3, 5);
  if (h === 12 && m === '00') return t('midday');
  const time = `${h % 12 || 12}${m === '00' ? '' : `:${m}`}`;
  return t(h < 12 ? 'am' : 'pm', { time });
}

/** A language tag's name in the reader's language: `pl` → `Polish` / `Pwyleg`. */
export function languageNames(locale: Locale, tags: readonly string[]): string {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const list = tags.map((tag) => names.of(tag) ?? tag);
  return new Intl.ListFormat([locale], { type: 'conjunction' }).format(list);
}

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** The weekday name of a day: a Monday in January 2024 is the 1st. */
export function dayName(locale: Locale, day: string): string {
  const index = DAYS.indexOf(day as (typeof DAYS)[number]);
  return new Intl.DateTimeFormat([locale], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

/** `YYYY-MM-DD` in London today and tomorrow, to say "opens today / tomorrow". */
export function londonDate(offsetDays = 0, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now + offsetDays * 86_400_000);
}
