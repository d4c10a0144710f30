/**
 * The search questions in content/search-queries.yaml are about pages and sections the site has: a
 * question that names a page the content no longer has is an error that names its line, not a search
 * miss. Holds for any content. (The questions themselves run in tests/browser/search-quality.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { editionQueries, searchQueryProblems } from '../support/search-queries';
import { fileFor, htmlFiles, page } from '../support/dist';
import { languageOfPage } from '../support/editions';

const files = new Set(htmlFiles());

/** The ids on a built page, or undefined when the build made no page there. */
function sections(address: string): Set<string> | undefined {
  const file = fileFor(address);
  if (!files.has(file)) return undefined;
  const $ = page(file);
  return new Set(
    $('[id]')
      .map((_, element) => $(element).attr('id') ?? '')
      .get(),
  );
}

describe.each(editionQueries())('$file', ({ edition, file, queries }) => {
  it('has questions to run', () => {
    expect(queries.filter((query) => query.set === 'tuning').length).toBeGreaterThan(0);
  });

  it('names only pages and sections the site has', () => {
    expect(searchQueryProblems(queries, sections, file)).toEqual([]);
  });

  it(`names only pages in its own language (${edition.lang}): search finds a language's pages only`, () => {
    const elsewhere = queries.flatMap((query) =>
      query.pages.filter((address) => {
        const built = fileFor(address);
        return files.has(built) && languageOfPage(page(built).html() ?? '') !== edition.lang;
      }),
    );
    expect(elsewhere).toEqual([]);
  });
});
