/**
 * Welsh dates where the browser's Intl has no Welsh data. Chrome ships a reduced ICU without Welsh date
 * names (`new Intl.DateTimeFormat('cy')` silently formats as en-US: "March 3, 2026"), while Firefox and
 * Safari have them. Where Welsh is missing we format in en-GB (same order: "3 March 2026") and put the
 * Welsh month and weekday names in place of the English ones.
 */

const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const MONTHS_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
const WEEKDAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const WEEKDAYS_SHORT = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

let nativeWelsh: boolean | undefined;

/** Whether this browser's Intl formats dates in Welsh itself. */
export function hasNativeWelshDates(): boolean {
  nativeWelsh ??= new Intl.DateTimeFormat('cy').resolvedOptions().locale.startsWith('cy');
  return nativeWelsh;
}

/** Formats a date in Welsh with en-GB patterns and Welsh names (see above). */
export function formatWelshDate(value: Date, options: Intl.DateTimeFormatOptions): string {
  const timeZone = options.timeZone;
  const month = Number(new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone }).format(value)) - 1;
  const weekday = EN_WEEKDAYS.indexOf(new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone }).format(value));
  const longMonth = options.month === 'long' || options.dateStyle === 'long' || options.dateStyle === 'full';
  const longWeekday = options.weekday === 'long' || options.dateStyle === 'full';
  return new Intl.DateTimeFormat('en-GB', options)
    .formatToParts(value)
    .map((part) => {
      if (part.type === 'month' && !/^[0-9]+$/.test(part.value)) {
        return longMonth ? MONTHS[month] : MONTHS_SHORT[month];
      }
      if (part.type === 'weekday') return longWeekday ? WEEKDAYS[weekday] : WEEKDAYS_SHORT[weekday];
      if (part.type === 'literal') return part.value.replace(' at ', ' am ');
      return part.value;
    })
    .join('');
}
