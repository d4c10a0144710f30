/**
 * The reading-level gate for one built page, in the page's own language: which pages are guides, what
 * language each is in, its measure, and whether it passes. tests/build/readability.test.ts runs it on
 * every page of dist/; tests/unit/page-readability.test.ts on small documents.
 */
import type { CheerioAPI } from 'cheerio';
import { bodyBlocks } from './body-text';
import { measureInflesz, measureReadability, type Readability, type SpanishReadability } from './readability';

/** Flesch-Kincaid grade every English guide must be at or under. */
export const MAX_GRADE = 7;
/** Flesch-Kincaid grade the median English guide must be at or under. */
export const MAX_MEDIAN_GRADE = 6;
/** INFLESZ score every Spanish guide must reach: "bastante fácil" or easier. */
export const MIN_INFLESZ = 65;

/**
 * Whether a page is a guide: the guide layout marks its pages as articles for link previews, and no
 * other page is one. This holds in every language, whatever the page's address.
 */
export function isGuidePage($: CheerioAPI): boolean {
  return $('meta[property="og:type"]').attr('content') === 'article';
}

/** The language of a page, from `<html lang>` without its region: "en-US" → "en". Empty when unset. */
export function pageLanguage($: CheerioAPI): string {
  return ($('html').attr('lang') ?? '').split('-')[0]?.toLowerCase() ?? '';
}

/** A guide's measure, by the scale of its language; `none` when its language has no measure yet. */
export type GuideReading =
  | ({ scale: 'grade'; page: string; language: 'en' } & Readability)
  | ({ scale: 'inflesz'; page: string; language: 'es' } & SpanishReadability)
  | { scale: 'none'; page: string; language: string };

/** Measure a guide's body text (tests/support/body-text.ts) in its language. `page` names it in reports. */
export function readGuide(page: string, $: CheerioAPI): GuideReading {
  const language = pageLanguage($);
  if (language === 'en') return { scale: 'grade', page, language, ...measureReadability(bodyBlocks($)) };
  if (language === 'es') return { scale: 'inflesz', page, language, ...measureInflesz(bodyBlocks($)) };
  return { scale: 'none', page, language };
}

/** What is wrong with one guide's reading, or undefined when it passes. */
export function readingProblem(reading: GuideReading): string | undefined {
  switch (reading.scale) {
    case 'grade':
      return reading.grade <= MAX_GRADE ? undefined : `grade ${reading.grade} is above ${MAX_GRADE}`;
    case 'inflesz':
      return reading.inflesz >= MIN_INFLESZ
        ? undefined
        : `INFLESZ ${reading.inflesz} (${reading.band}) is below ${MIN_INFLESZ} (bastante fácil)`;
    case 'none':
      return reading.language === ''
        ? 'the page has no <html lang>, so its reading level cannot be measured'
        : `no reading-level measure for language "${reading.language}": add one to tests/support/page-readability.ts`;
  }
}
