/**
 * Display helpers every widget that shows places, times and contacts shares: times the NHS way (9am,
 * 5:30pm, midday), weekday names, today's date in London, language names, distances in kilometres or
 * miles, addresses and a contact list. Their words are core messages, in English and Welsh.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessageKey } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { formatDate, type MessageParams } from '../i18n/messages.js';

/** What the helpers need of a widget: its language and core's messages (every `WaymarkElement` has both). */
export interface DisplayHost {
  locale: Locale;
  t(key: CoreMessageKey, params?: MessageParams): string;
}

/** The schema's `DayOfWeek` values, Monday first (the UK week). */
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type DayOfWeek = (typeof DAYS)[number];

/** `09:00` → `9am`, `17:30` → `5:30pm`, `12:00` → `midday` (Welsh: 9yb, 5:30yh, canol dydd). */
export function formatTime(host: DisplayHost, hhmm: string): string {
  const h = Number(hhmm.slice(0, 2));
  const m = hhmm.slice(3, 5);
  if (h === 12 && m === '00') return host.t('time.midday');
  const time = `${h % 12 || 12}${m === '00' ? '' : `:${m}`}`;
  return host.t(h < 12 ? 'time.am' : 'time.pm', { time });
}

/**
 * A day's name in the locale (`long`: Tuesday / Dydd Mawrth), through `formatDate` so Welsh is right even
 * where the browser has no Welsh date names (Chrome). A Monday in January 2024 was the 1st.
 */
export function dayName(locale: Locale, day: string, weekday: 'long' | 'short' = 'long'): string {
  const index = DAYS.indexOf(day as DayOfWeek);
  return formatDate(locale, new Date(Date.UTC(2024, 0, 1 + index)), { weekday, timeZone: 'UTC' });
}

/** `YYYY-MM-DD` in London `offsetDays` from now: to say "today" or "tomorrow". */
export function londonDate(offsetDays = 0, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now + offsetDays * 86_400_000);
}

/** Language tags as a list in the reader's language: `['pl', 'ur']` → `Polish and Urdu` / `Pwyleg ac Wrdw`. */
export function languageNames(locale: Locale, tags: readonly string[]): string {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return new Intl.ListFormat([locale], { type: 'conjunction' }).format(tags.map((tag) => names.of(tag) ?? tag));
}

/** `2.4 km`, `1 mile`, `12 miles`: one decimal under 10, whole numbers from 10. */
export function formatDistance(host: DisplayHost, km: number, miles: boolean): string {
  const n = miles ? km / 1.609344 : km;
  const count = n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
  return host.t(miles ? 'distance.miles' : 'distance.km', { count });
}

/**
 * An address safe to put in `href`: http(s) only, else null. Lit does not stop `javascript:` links, and
 * activity data comes from imported feeds: every link made from data goes through this.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A `tel:` link target: digits and a leading +. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** An address on one line: `St Mary's Hall, 4 Church Lane, Leeds, LS6 1AA`. */
export function formatAddress(address: { line1: string; line2?: string | null; town: string; postcode: string }, name?: string): string {
  return [name, address.line1, address.line2, address.town, address.postcode].filter(Boolean).join(', ');
}

/** Phone, text relay, email and website as a description list; nothing for what is not given. */
export function contactList(
  host: DisplayHost,
  c: { phone?: string | null; textPhone?: string | null; email?: string | null; website?: string | null },
): TemplateResult | typeof nothing {
  const website = httpUrl(c.website);
  if (!c.phone && !c.textPhone && !c.email && !website) return nothing;
  return html`<dl class="wm-contact">
    ${c.phone ? html`<dt>${host.t('contact.phone')}</dt><dd><a href=${telHref(c.phone)}>${c.phone}</a></dd>` : nothing}
    ${c.textPhone ? html`<dt>${host.t('contact.textPhone')}</dt><dd>${c.textPhone}</dd>` : nothing}
    ${c.email ? html`<dt>${host.t('contact.email')}</dt><dd><a href="mailto:${c.email}">${c.email}</a></dd>` : nothing}
    ${website ? html`<dt>${host.t('contact.website')}</dt><dd><a href=${website}>${website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></dd>` : nothing}
  </dl>`;
}
