/**
 * The spelling gate's tools: cspell's dictionary for the clinic's locale, the maintained British ⇄
 * American spelling lists (npm package american-british-english-translator), the practice's own word
 * list and avoided phrases (content/spelling.yaml), and the text a reader reads on a built page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { load } from 'js-yaml';
import { spellingSchema, type Spelling } from '../../src/schemas/spelling';
import type { SpellingLists } from './spell-check';
import { CONTENT } from './paths';

const require = createRequire(import.meta.url);

/** cspell's dictionary package for each locale family; the trie file sits beside its cspell-ext.json. */
const DICTIONARIES: Record<string, { pkg: string; file: string }> = {
  'en-US': { pkg: '@cspell/dict-en_us', file: 'en_US.trie.gz' },
  'en-GB': { pkg: '@cspell/dict-en-gb', file: 'en_GB.trie.gz' },
};

/** The dictionary file for a locale: American for en-US, British for every other English locale. */
export function localeDictionaryFile(locale: string): string {
  const { pkg, file } = DICTIONARIES[locale] ?? (locale.startsWith('en-') ? DICTIONARIES['en-GB'] : undefined) ?? {};
  if (!pkg || !file) throw new Error(`The spelling check has no dictionary for the locale ${locale}`);
  return path.join(path.dirname(require.resolve(pkg)), file);
}

export function spellingLists(): SpellingLists {
  const data = (name: string) =>
    require(`american-british-english-translator/data/${name}.json`) as Record<string, string>;
  return { britishToAmerican: data('british_spellings'), americanToBritish: data('american_spellings') };
}

/** content/spelling.yaml, checked against its schema; a wrong field names the file and the field. */
export function practiceSpelling(): Spelling {
  const file = path.join(CONTENT, 'spelling.yaml');
  const result = spellingSchema.safeParse(load(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(
      `content/spelling.yaml: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return result.data;
}

/**
 * What a reader reads on a page, for spelling: the title and the body's text, without code, scripts,
 * and text quoted as its publisher wrote it (source titles and publishers: a British journal's title
 * keeps its spelling on a US page).
 */
export function readableText($: CheerioAPI): string {
  const body = $('body').clone();
  body.find('script, style, noscript, svg, code, pre, template').remove();
  body.find('[aria-labelledby="sources-heading"] li, .handout-sources, cite').remove();
  // Block ends become spaces, so words of adjacent blocks never run together.
  body.find('*').each((_, element) => {
    $(element).append(' ');
  });
  return (
    `${$('title').text()} ${body.text()}`
      // Addresses are not words: web and site addresses (the clinicians' page prints them), emails, and
      // a service's short address ("crisistextline.org", under its crisis line on Getting help).
      .replace(
        /\S*:\/\/\S+|www\.\S+|(?<!\S)[/#]\S*|\S+@\S+\.\S+|(?<!\S)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?(?!\S)/g,
        ' ',
      )
      .replace(/\s+/g, ' ')
  );
}
