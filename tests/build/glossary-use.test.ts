/**
 * Every word the glossary defines is a word the site uses: a guide or a handout (other than the
 * glossary page itself) links to its definition with <Term>, or says the word or one of its forms. A
 * term nothing uses is either put to use or removed from content/glossary.yaml (or glossary.<lang>.yaml).
 * Each language's glossary is checked against that language's pages. Holds for any content.
 */
import { escapeRegExp } from '../support/regexp';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_GUIDE_ID } from '../../src/lib/constants';
import { termPath } from '../../src/lib/glossary';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { addressOf, page } from '../support/dist';
import { guideFileFor } from '../support/edition-entries';
import { EDITIONS, pathsOf } from '../support/editions';
import { CONTENT } from '../support/paths';
import { sitePages } from '../support/site-pages';

/** Each language's glossary (content/glossary.yaml, glossary.<lang>.yaml) and the guides and handouts it is checked against. */
const GLOSSARIES = EDITIONS.map(({ lang, root }) => {
  const file = path.join(CONTENT, root ? 'glossary.yaml' : `glossary.${lang}.yaml`);
  const terms = glossaryTermSchema.array().parse(load(readFileSync(file, 'utf8')));
  // The glossary page a term links to: the language's own, or the clinic's language's while it has none.
  const glossaryFile = guideFileFor(GLOSSARY_GUIDE_ID, lang) ?? '';
  const glossary = addressOf(glossaryFile);
  const paths = pathsOf(lang);
  const inLanguage = (address: string) =>
    [paths.guides, paths.handouts].some(
      (folder) => address.startsWith(folder) && /^[^/]+\/$/.test(address.slice(folder.length)),
    );
  // Guides and handouts say things; the glossary page defines them, and the index pages only list titles.
  const pages = sitePages()
    .filter(({ address, file, lang: pageLang }) => pageLang === lang && inLanguage(address) && file !== glossaryFile)
    .map(({ file }) => {
      const $ = page(file);
      const main = $('main').clone();
      main.find('[aria-labelledby="sources-heading"], script').remove();
      return {
        text: main.text().replace(/\s+/g, ' ').toLowerCase(),
        links: new Set(
          main
            .find('a[href]')
            .toArray()
            .map((link) => $(link).attr('href')),
        ),
      };
    });
  return { lang, file: path.relative(CONTENT, file), terms, glossary, pages };
});

/** The words a reader might meet a term by: its name without a bracketed abbreviation, and its forms. */
function wordings(term: { term: string; forms: string[] }): string[] {
  return [term.term.replace(/\s*\([^)]*\)/g, ''), ...term.forms].map((words) => words.trim().toLowerCase());
}

const says = (text: string, words: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, 'u').test(text);

describe.each(GLOSSARIES)('the glossary in $lang', ({ file, terms, glossary, pages }) => {
  it('has guides and handouts to look in', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(terms)('"$term" is used by a guide or a handout', (term) => {
    const used = pages.some(
      (where) =>
        where.links.has(termPath(glossary, term.id)) || wordings(term).some((words) => says(where.text, words)),
    );
    expect(used, `no guide or handout uses "${term.term}": use it on a page, or remove it from content/${file}`).toBe(
      true,
    );
  });
});
