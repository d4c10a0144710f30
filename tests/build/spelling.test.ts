/**
 * The spelling gate: every built page, read in the clinic's locale (content/settings/clinic.yaml),
 * with cspell's dictionary for that locale, the maintained British ⇄ American spelling lists, and the
 * practice's own words and avoided phrases (content/spelling.yaml). Holds for any valid content: a
 * practice adds its real terms to content/spelling.yaml, never to this file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spellCheckDocument } from 'cspell-lib';
import { describe, expect, it } from 'vitest';
import { avoidedPhrases, otherLocaleSpellings, wordsOf } from '../support/spell-check';
import { page } from '../support/dist';
import { readClinic } from '../support/clinic';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';
import { localeDictionaryFile, practiceSpelling, readableText, spellingLists } from '../support/spelling';

const clinic = readClinic();
const locale = clinic.locale;
const spelling = practiceSpelling();
const lists = spellingLists();
const accepted = new Set(spelling.words.map((word) => word.toLowerCase()));
// The practice's own name and address are spelled as the practice spells them.
const ownNames = wordsOf([clinic.name, clinic.shortName, ...clinic.address].join(' '));
const pages = sitePages().map(({ address, file }) => ({ address, text: readableText(page(file)) }));

/** Words cspell does not know on one page, with the locale's dictionary and the practice's words. */
async function unknownWords(text: string): Promise<string[]> {
  const result = await spellCheckDocument(
    { uri: 'file:///page.txt', text, languageId: 'plaintext', locale },
    { generateSuggestions: false, noConfigSearch: true },
    {
      loadDefaultConfiguration: false,
      language: locale,
      dictionaryDefinitions: [
        { name: 'locale', path: localeDictionaryFile(locale), repMap: [["'|`|’", "'"]] },
        { name: 'practice', words: [...spelling.words, ...ownNames] },
      ],
      dictionaries: ['locale', 'practice'],
      // Ordinary reading text: upper-case abbreviations of up to four letters (PDF, QR) are words.
      ignoreRegExpList: ['/\\b[A-Z]{2,4}s?\\b/g'],
      minWordLength: 3,
    },
  );
  if (result.errors && result.errors.length > 0) throw new Error(result.errors.map(String).join('\n'));
  return [...new Set(result.issues.map((issue) => issue.text))];
}

describe(`spelling (${locale})`, () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(DIST, '404.html'), 'utf8')).toContain('<html');
  });

  describe.each(pages)('$address', ({ text }) => {
    it('has no word the dictionary does not know (add real terms to content/spelling.yaml)', async () => {
      expect(await unknownWords(text)).toEqual([]);
    });

    it(`spells words the ${locale} way`, () => {
      const found = otherLocaleSpellings(wordsOf(text), locale, lists, accepted);
      expect(found.map(({ word, preferred }) => `${word} → ${preferred}`)).toEqual([]);
    });

    it('uses none of the phrases content/spelling.yaml asks to avoid', () => {
      expect(avoidedPhrases(text, spelling.avoid).map(({ phrase, use }) => `"${phrase}": write ${use}`)).toEqual([]);
    });
  });
});
