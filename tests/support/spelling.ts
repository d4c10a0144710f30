/**
 * The spelling gate's tools: cspell's dictionary for each language a page is written in, the
 * maintained British ⇄ American spelling lists (npm package american-british-english-translator), the
 * practice's own word list and avoided phrases for each language (content/spelling.yaml for the
 * clinic's language, content/spelling.<language>.yaml for another), the text a reader reads on a built
 * page, and the check itself (unknownWords).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { spellCheckDocument } from 'cspell-lib';
import { load } from 'js-yaml';
import { languageOf } from '../../src/lib/language';
import { spellingFileName } from '../../src/lib/spelling-files';
import { spellingSchema, type Spelling } from '../../src/schemas/spelling';
import { readClinic } from './clinic';
import { spellingLanguage, type DictionaryLocale, type SpellingLists } from './spell-check';
import { CONTENT } from './paths';

const require = createRequire(import.meta.url);

/** cspell's dictionary package for each dictionary; the trie file sits beside its cspell-ext.json. */
const DICTIONARIES: Record<DictionaryLocale, { pkg: string; file: string }> = {
  'en-US': { pkg: '@cspell/dict-en_us', file: 'en_US.trie.gz' },
  'en-GB': { pkg: '@cspell/dict-en-gb', file: 'en_GB.trie.gz' },
  // Named for Spain, it holds the words and accents every Spanish-speaking country shares.
  'es-ES': { pkg: '@cspell/dict-es-es', file: 'Spanish.trie.gz' },
};

/** The dictionary file for a page's language tag (en-US, en-GB, es-US); throws for a language it has none for. */
export function localeDictionaryFile(locale: string): string {
  const { pkg, file } = DICTIONARIES[spellingLanguage(locale).dictionary];
  return path.join(path.dirname(require.resolve(pkg)), file);
}

export function spellingLists(): SpellingLists {
  const data = (name: string) =>
    require(`american-british-english-translator/data/${name}.json`) as Record<string, string>;
  return { britishToAmerican: data('british_spellings'), americanToBritish: data('american_spellings') };
}

/**
 * The practice's words and avoided phrases for one language (en, es), checked against their schema:
 * content/spelling.yaml for the clinic's own language, which must exist, and
 * content/spelling.<language>.yaml for another, which may be left out while that language needs no
 * word of its own. A wrong field names the file and the field.
 */
export function practiceSpelling(language?: string, content = CONTENT): Spelling {
  const name = spellingPracticeFile(language, content);
  const file = path.join(content, name);
  if (name !== 'spelling.yaml' && !existsSync(file)) return { words: [], avoid: [] };
  const result = spellingSchema.safeParse(load(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(
      `content/${name}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return result.data;
}

/** The name of a language's word file in content/ (spelling.yaml, spelling.es.yaml); the clinic's language when none is given. */
export function spellingPracticeFile(language?: string, content = CONTENT): string {
  const clinicLanguage = languageOf(readClinic(content).locale);
  return spellingFileName(language ?? clinicLanguage, clinicLanguage);
}

/** The language tag a built page declares on `<html lang>` (en-US, es-US); a page without one throws. */
export function pageLocale($: CheerioAPI): string {
  const lang = $('html').attr('lang')?.trim();
  if (!lang) throw new Error('The page has no <html lang>, so its language (and dictionary) is unknown');
  return lang;
}

/**
 * The words cspell does not know in `text`, read as `locale` (a page's language tag) with that
 * language's dictionary and `words` (the practice's words for it), each once, as written. Shared by the
 * spelling test and any one-off check of content not yet built, so both read text the same way.
 */
export async function unknownWords(text: string, locale: string, words: readonly string[]): Promise<string[]> {
  const { caseSensitive } = spellingLanguage(locale);
  const result = await spellCheckDocument(
    { uri: 'file:///page.txt', text, languageId: 'plaintext', locale },
    { generateSuggestions: false, noConfigSearch: true },
    {
      loadDefaultConfiguration: false,
      language: locale,
      caseSensitive,
      dictionaryDefinitions: [
        { name: 'locale', path: localeDictionaryFile(locale), repMap: [["'|`|’", "'"]] },
        { name: 'practice', words: [...words] },
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

/** The text of a page in one language: the page's own, or the passages it marks as another (`lang`). */
export interface ReadablePart {
  locale: string;
  text: string;
}

/**
 * What a reader reads on a page, for spelling, by language: first the page's own (`<html lang>`), the
 * title and the body's text; then one part per other language the page marks with `lang` (a link to
 * the English edition, "English", on a Spanish page), each read with that language's dictionary. A
 * bare language takes the page's region (lang="en" on an es-US page is en-US). Code, scripts, and text
 * quoted as its publisher wrote it (source titles and publishers: a British journal's title keeps its
 * spelling on a US page) are left out.
 */
export function readableParts($: CheerioAPI): ReadablePart[] {
  const locale = pageLocale($);
  const region = locale.split('-')[1];
  const body = $('body').clone();
  body.find('script, style, noscript, svg, code, pre, template').remove();
  body.find('[aria-labelledby="sources-heading"] li, .handout-sources, cite').remove();
  // Block ends become spaces, so words of adjacent blocks never run together.
  body.find('*').each((_, element) => {
    $(element).append(' ');
  });
  // The page's language first; a passage marked as it inside another language's passage joins it.
  const texts = new Map<string, string[]>([[locale, []]]);
  // Deepest first, so a passage inside another is read once, in its own language.
  for (const element of body.find('[lang]').toArray().reverse()) {
    const tag = $(element).attr('lang')?.trim() ?? '';
    // The language around it: the page's, or that of a passage it sits in (an English word in a Spanish quote).
    const around = $(element).parent().closest('[lang]').attr('lang')?.trim() ?? locale;
    if (tag === '' || tag === around || tag === around.split('-')[0]) continue;
    const passageLocale = /^[a-z]{2}$/.test(tag) && region ? `${tag}-${region}` : tag;
    texts.set(passageLocale, [...(texts.get(passageLocale) ?? []), $(element).text()]);
    $(element).remove();
  }
  texts.get(locale)?.unshift($('title').text(), body.text());
  return [...texts].map(([part, text]) => ({ locale: part, text: readable(text.join(' ')) }));
}

/** Text without addresses, which are not words, and with its spaces made single. */
function readable(text: string): string {
  return (
    text
      // Web and site addresses (the clinicians' page prints them), emails, and a service's short address
      // ("crisistextline.org", under its crisis line on Getting help).
      .replace(
        /\S*:\/\/\S+|www\.\S+|(?<!\S)[/#]\S*|\S+@\S+\.\S+|(?<!\S)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?(?!\S)/g,
        ' ',
      )
      .replace(/\s+/g, ' ')
  );
}
