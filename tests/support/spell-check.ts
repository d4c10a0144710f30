/**
 * Spelling that follows the clinic's locale, beyond what a dictionary can say. American dictionaries
 * (cspell's en_US among them) list many British forms as variants ("counselling", "centred",
 * "anaesthetic"), so a dictionary alone lets an en-US page say both. Here each word is looked up in
 * the other locale's spellings (a maintained British ⇄ American list, passed in) and in the phrases
 * the practice has asked to avoid ("pass urine" on a US site).
 *
 * Pure: the lists and the page's text come in; tests/build/spelling.test.ts runs it over every built
 * page, beside the dictionary check. Each page is read in its own language (`<html lang>`), which
 * chooses the dictionary and whether the British ⇄ American check applies (spellingLanguage).
 */
import { escapeRegExp } from './regexp';

/** A word spelled the other locale's way, and how this locale spells it. */
export interface LocaleSpelling {
  word: string;
  preferred: string;
}

/** British → American and American → British spellings, lower case. */
export interface SpellingLists {
  britishToAmerican: Readonly<Record<string, string>>;
  americanToBritish: Readonly<Record<string, string>>;
}

/** Locales that spell the British way; the list of the other spelling to refuse, for each family. */
const BRITISH_LOCALES = new Set(['en-GB', 'en-IE', 'en-AU', 'en-NZ', 'en-ZA', 'en-IN']);

/** cspell's dictionaries the check can use, by the locale each was made for (tests/support/spelling.ts). */
export type DictionaryLocale = 'en-US' | 'en-GB' | 'es-ES';

/** How the pages of one language are checked. */
export interface SpellingLanguage {
  /** The language (es), which names the practice's word file: spelling.es.yaml. */
  language: string;
  dictionary: DictionaryLocale;
  /**
   * Whether a word must match the dictionary's capitals and accents. cspell's case-insensitive mode
   * also ignores accents, which would let Spanish "sesion" pass for "sesión". English stays
   * case-insensitive, as the check always read it.
   */
  caseSensitive: boolean;
  /** Whether words spelled the other English-speaking country's way are refused (otherLocaleSpellings). */
  otherCountry: boolean;
}

/**
 * The spelling settings for a page's language tag (`<html lang>`): en-US with cspell's American
 * dictionary, any other English region (en-GB, en-AU …) with its British one, and Spanish of any
 * region (es, es-US, es-MX) with its Spanish dictionary, which also holds the words and accents of
 * American Spanish. A language without a dictionary here throws, naming it, so its pages fail the
 * check rather than go unread.
 */
export function spellingLanguage(tag: string): SpellingLanguage {
  const match = /^([a-z]{2})(?:-([A-Z]{2}))?$/.exec(tag);
  const [language, region] = [match?.[1], match?.[2]];
  if (language === 'en' && region) {
    return { language, dictionary: region === 'US' ? 'en-US' : 'en-GB', caseSensitive: false, otherCountry: true };
  }
  if (language === 'es') return { language, dictionary: 'es-ES', caseSensitive: true, otherCountry: false };
  if (language === 'en') {
    throw new Error(
      `The spelling check needs the region of English pages: <html lang="${tag}"> should say en-US or en-GB`,
    );
  }
  throw new Error(
    `The spelling check has no dictionary for the language "${tag}" (<html lang>): it knows en-US, other English regions (en-GB) and Spanish (es, es-US); add cspell's dictionary for it in tests/support/spelling.ts`,
  );
}

/** The words of a text as a spelling checker reads them: letters, with inner apostrophes kept. */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
}

/**
 * The words in `words` spelled the other locale's way: British spellings on an en-US page, American
 * ones on a British-English page. `accepted` words (the practice's own list) are never flagged.
 * Locales outside these two families get none.
 */
export function otherLocaleSpellings(
  words: Iterable<string>,
  locale: string,
  lists: SpellingLists,
  accepted: ReadonlySet<string> = new Set(),
): LocaleSpelling[] {
  const map =
    locale === 'en-US' ? lists.britishToAmerican : BRITISH_LOCALES.has(locale) ? lists.americanToBritish : undefined;
  if (!map) return [];
  const found = new Map<string, LocaleSpelling>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (found.has(lower) || accepted.has(lower) || !Object.hasOwn(map, lower)) continue;
    const preferred = map[lower];
    if (preferred) found.set(lower, { word, preferred: matchCase(word, preferred) });
  }
  return [...found.values()];
}

/** A phrase the practice asked to avoid, and what to write instead. */
export interface AvoidedPhrase {
  phrase: string;
  use: string;
}

/** Each avoided phrase the text uses, matched on whole words in any letter case. */
export function avoidedPhrases(text: string, avoid: readonly AvoidedPhrase[]): AvoidedPhrase[] {
  return avoid.filter(({ phrase }) => {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'iu').test(text);
  });
}

/** `preferred` with the capitals of `word`: "Colour" → "Color", "COLOUR" → "COLOR". */
function matchCase(word: string, preferred: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return preferred.toUpperCase();
  const first = word.charAt(0);
  if (first !== first.toLowerCase()) return preferred.charAt(0).toUpperCase() + preferred.slice(1);
  return preferred;
}
