/**
 * Every word the glossary defines is a word the site uses: a guide or a handout (other than the
 * glossary page itself) links to its definition with <Term>, or says the word or one of its forms. A
 * term nothing uses is either put to use or removed from content/glossary.yaml. Holds for any content.
 */
import { escapeRegExp } from '../support/regexp';
import { guidePath } from '../../src/lib/addresses';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_GUIDE_ID } from '../../src/lib/constants';
import { termPath } from '../../src/lib/glossary';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { page } from '../support/dist';
import { CONTENT } from '../support/paths';
import { sitePages } from '../support/site-pages';

const terms = glossaryTermSchema.array().parse(load(readFileSync(path.join(CONTENT, 'glossary.yaml'), 'utf8')));

// Guides and handouts say things; the glossary page defines them, and the index pages only list titles.
const pages = sitePages()
  .filter(({ address }) => /^\/(guides|handouts)\/[^/]+\/$/.test(address) && address !== guidePath(GLOSSARY_GUIDE_ID))
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

/** The words a reader might meet a term by: its name without a bracketed abbreviation, and its forms. */
function wordings(term: { term: string; forms: string[] }): string[] {
  return [term.term.replace(/\s*\([^)]*\)/g, ''), ...term.forms].map((words) => words.trim().toLowerCase());
}

const says = (text: string, words: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, 'u').test(text);

describe('the glossary', () => {
  it('has guides and handouts to look in', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(terms)('"$term" is used by a guide or a handout', (term) => {
    const used = pages.some(
      (where) => where.links.has(termPath(term.id)) || wordings(term).some((words) => says(where.text, words)),
    );
    expect(
      used,
      `no guide or handout uses "${term.term}": use it on a page, or remove it from content/glossary.yaml`,
    ).toBe(true);
  });
});
