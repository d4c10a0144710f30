/**
 * The spelling gate: every built page, read in its own language (`<html lang>`: en-US, es-US …) with
 * cspell's dictionary for that language, for English the maintained British ⇄ American spelling lists,
 * and the practice's own words and avoided phrases for that language (content/spelling.yaml for the
 * clinic's language, content/spelling.<language>.yaml for another). Holds for any valid content: a
 * practice adds its real terms to its spelling file, never to this file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { avoidedPhrases, otherLocaleSpellings, spellingLanguage, wordsOf } from '../support/spell-check';
import { page } from '../support/dist';
import type { Spelling } from '../../src/schemas/spelling';
import { clinicOf } from '../support/editions';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';
import {
  practiceSpelling,
  readableParts,
  spellingLists,
  spellingPracticeFile,
  unknownWords,
} from '../support/spelling';

const lists = spellingLists();
/**
 * Names spelled as their owners spell them, whatever the page's language: the practice's own name and
 * address, and the names of the crisis services it lists (Crisis Text Line), as the page's language's
 * clinic settings give them.
 */
const ownNames = (lang: string): string[] => {
  const clinic = clinicOf(lang);
  return wordsOf(
    [clinic.name, clinic.shortName, ...clinic.address, ...clinic.crisisLines.map(({ name }) => name)].join(' '),
  );
};

/** One language's text on a page: the page's own, or the passages it marks as another language. */
interface Part {
  address: string;
  /** The page's language (its edition), whose clinic settings it shows. */
  lang: string;
  what: 'page' | 'passages';
  locale: string;
  text: string;
  /** Why the page cannot be read: it does not say its language. It then fails by name. */
  problem?: string;
}
const parts = sitePages().flatMap(({ address, file, lang }): Part[] => {
  try {
    return readableParts(page(file)).map(({ locale, text }, index) => ({
      address,
      lang,
      what: index === 0 ? 'page' : 'passages',
      locale,
      text,
    }));
  } catch (error) {
    return [
      {
        address,
        lang,
        what: 'page',
        locale: 'unknown',
        text: '',
        problem: error instanceof Error ? error.message : String(error),
      },
    ];
  }
});
const pages = parts.filter(({ what }) => what === 'page');

/** The practice's words file for each language, read once. */
const practice = new Map<string, { file: string; spelling: Spelling }>();
function practiceFor(language: string) {
  const found = practice.get(language) ?? {
    file: spellingPracticeFile(language),
    spelling: practiceSpelling(language),
  };
  practice.set(language, found);
  return found;
}

/** A language's settings, or the reason it has none: a page in that language then fails, naming it. */
function settingsFor(locale: string) {
  try {
    return spellingLanguage(locale);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

describe('spelling', () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(DIST, '404.html'), 'utf8')).toContain('<html');
  });

  describe.each(parts)('$address: $what in $locale', ({ lang, locale, text, problem }) => {
    if (problem) {
      it('says its language', () => {
        throw new Error(problem);
      });
      return;
    }
    const language = settingsFor(locale);
    if (language instanceof Error) {
      it('is in a language the spelling check has a dictionary for', () => {
        throw language;
      });
      return;
    }
    const { file, spelling } = practiceFor(language.language);

    it(`has no word the dictionary does not know (add real terms to content/${file})`, async () => {
      expect(await unknownWords(text, locale, [...spelling.words, ...ownNames(lang)])).toEqual([]);
    });

    if (language.otherCountry) {
      it(`spells words the ${locale} way`, () => {
        const accepted = new Set(spelling.words.map((word) => word.toLowerCase()));
        const found = otherLocaleSpellings(wordsOf(text), locale, lists, accepted);
        expect(found.map(({ word, preferred }) => `${word} → ${preferred}`)).toEqual([]);
      });
    }

    it(`uses none of the phrases content/${file} asks to avoid`, () => {
      expect(avoidedPhrases(text, spelling.avoid).map(({ phrase, use }) => `"${phrase}": write ${use}`)).toEqual([]);
    });
  });
});
