/**
 * Turns clinic settings into words for readers. Pure functions, so every setting renders the same
 * way in guides, the checklist and handouts.
 */

const MINUTES_IN_HOUR = 60;

/** 0.5 → "30 minutes", 1 → "1 hour", 2.5 → "2 and a half hours", 1.25 → "1 hour and 15 minutes". */
export function formatHours(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`formatHours: expected hours ≥ 0, received ${value}`);
  const whole = Math.floor(value);
  const minutes = Math.round((value - whole) * MINUTES_IN_HOUR);
  const hourWord = (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`;
  if (whole === 0) return minutes === 0 ? '0 minutes' : `${minutes} minutes`;
  if (minutes === 0) return hourWord(whole);
  if (minutes === 30) return `${whole} and a half hours`;
  return `${hourWord(whole)} and ${minutes} minutes`;
}

/** A range of hours as plain words: (2.5, 3) → "2 and a half to 3 hours"; equal ends give one value. */
export function formatHoursRange(min: number, max: number): string {
  if (min === max) return formatHours(min);
  const low = formatHours(min).replace(/ hours?$/, '');
  // "2 and a half" reads well before "to 3 hours"; a low end in minutes keeps its own unit.
  return `${low} to ${formatHours(max)}`;
}

/** A calendar date in the clinic's locale, read in UTC so the day never shifts with the time zone. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
