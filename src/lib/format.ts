/**
 * Turns clinic settings into words for readers. Pure functions, so every setting renders the same
 * way in guides, the checklist and handouts; the words come from content/values/<language>.yaml.
 */
import type { ValueWords } from '../schemas/words';
import { fill } from './ui-format';

export type TimeWords = ValueWords['time'];

const MINUTES_IN_HOUR = 60;

/** Hours split into whole hours and leftover minutes: 2.5 → 2 and 30. */
function split(value: number): { whole: number; minutes: number } {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`formatHours: expected hours ≥ 0, received ${value}`);
  const whole = Math.floor(value);
  return { whole, minutes: Math.round((value - whole) * MINUTES_IN_HOUR) };
}

/** 0.5 → "30 minutes", 1 → "1 hour", 2.5 → "2 and a half hours", 1.25 → "1 hour and 15 minutes". */
export function formatHours(value: number, words: TimeWords): string {
  const { whole, minutes } = split(value);
  const hourWords = (n: number) => fill(n === 1 ? words.hour : words.hours, { n });
  if (whole === 0) return fill(words.minutes, { n: minutes });
  if (minutes === 0) return hourWords(whole);
  if (minutes === 30) return fill(words.halfHours, { n: whole });
  return fill(words.hoursAndMinutes, { hours: hourWords(whole), minutes });
}

/**
 * A range of hours as plain words: (2.5, 3) → "2 and a half to 3 hours"; equal ends give one value. A
 * low end in whole or half hours drops its word for hours ("2 and a half" reads well before "to 3
 * hours"); one in minutes, or hours and minutes, keeps its own units.
 */
export function formatHoursRange(min: number, max: number, words: TimeWords): string {
  if (min === max) return formatHours(min, words);
  const { whole, minutes } = split(min);
  const low =
    whole > 0 && minutes === 0
      ? fill(words.rangeStartHours, { n: whole })
      : whole > 0 && minutes === 30
        ? fill(words.rangeStartHalfHours, { n: whole })
        : formatHours(min, words);
  return fill(words.range, { low, high: formatHours(max, words) });
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
