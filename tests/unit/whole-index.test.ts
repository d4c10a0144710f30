/** What search fetches whole when the reader reaches for it (src/integrations/pagefind.ts). */
import { describe, expect, it } from 'vitest';
import { pagesPerLanguage, wholeIndexFiles, type IndexFile } from '../../src/integrations/pagefind';
import { WHOLE_INDEX_BYTES, WHOLE_PAGES_BYTES, wholeIndexOf } from '../../src/features/search/search-config';

const chunk = (name: string, size: number): IndexFile => ({ file: `index/${name}.pf_index`, size });
const pageFile = (name: string, size: number): IndexFile => ({ file: `fragment/${name}.pf_fragment`, size });
const files = (list: readonly IndexFile[]) => list.map(({ file }) => file);

describe('wholeIndexFiles', () => {
  const chunks = [chunk('en_a', WHOLE_INDEX_BYTES / 2), chunk('en_b', WHOLE_INDEX_BYTES / 2)];

  it('lists the chunks and the grouped pages’ text when both are small', () => {
    const group = pageFile('en_group_1', WHOLE_PAGES_BYTES);
    expect(wholeIndexFiles(chunks, [group])).toEqual({ en: files([...chunks, group]) });
  });

  it('lists each language apart, each within the limits, as a page fetches its own language’s only', () => {
    const de = [chunk('de_a', WHOLE_INDEX_BYTES)];
    const groups = [pageFile('en_group_1', WHOLE_PAGES_BYTES), pageFile('de_group_2', WHOLE_PAGES_BYTES)];
    expect(wholeIndexFiles([...chunks, ...de], groups)).toEqual({
      de: files([...de, pageFile('de_group_2', WHOLE_PAGES_BYTES)]),
      en: files([...chunks, pageFile('en_group_1', WHOLE_PAGES_BYTES)]),
    });
    // One language over a limit loses its own list, not the other's.
    const large = [...chunks, chunk('de_a', WHOLE_INDEX_BYTES + 1)];
    expect(wholeIndexFiles(large, groups)).toEqual({
      de: [],
      en: files([...chunks, pageFile('en_group_1', WHOLE_PAGES_BYTES)]),
    });
    const heavy = [pageFile('en_group_1', 100), pageFile('de_group_2', WHOLE_PAGES_BYTES + 1)];
    expect(wholeIndexFiles([...chunks, ...de], heavy)).toEqual({
      de: files(de),
      en: files([...chunks, pageFile('en_group_1', 100)]),
    });
  });

  it('lists only the chunks when the pages are a file each, or their group is too large', () => {
    const expected = { en: files(chunks) };
    expect(wholeIndexFiles(chunks, [pageFile('en_1', 100), pageFile('en_2', 100)])).toEqual(expected);
    expect(wholeIndexFiles(chunks, [pageFile('en_group_1', 100), pageFile('en_2', 100)])).toEqual(expected);
    expect(wholeIndexFiles(chunks, [pageFile('en_group_1', WHOLE_PAGES_BYTES + 1)])).toEqual(expected);
    expect(wholeIndexFiles(chunks, [])).toEqual(expected);
  });

  it('lists nothing when the chunks are too large together, whatever the pages weigh', () => {
    const large = [...chunks, chunk('en_c', 1)];
    expect(wholeIndexFiles(large, [pageFile('en_group_1', 100)])).toEqual({ en: [] });
    expect(wholeIndexFiles(large, [])).toEqual({ en: [] });
  });
});

describe('wholeIndexOf', () => {
  const lists = { 'en-us': ['index/en-us_a.pf_index'], de: ['index/de_a.pf_index'] };

  it('picks the list of the page’s language as Pagefind picks its index: the locale, then the language', () => {
    expect(wholeIndexOf(lists, 'en-US')).toEqual(['index/en-us_a.pf_index']);
    expect(wholeIndexOf(lists, 'de-AT')).toEqual(['index/de_a.pf_index']);
    expect(wholeIndexOf(lists, 'fr-FR')).toEqual([]);
  });
});

describe('pagesPerLanguage', () => {
  it('counts the root language’s pages and each prefixed language’s apart, and gives the most', () => {
    const pages = ['', 'guides/a/', 'guides/b/', 'search/', 'de/', 'de/anleitungen/a/', 'design/'];
    expect(pagesPerLanguage(pages, ['de'])).toBe(5);
    expect(pagesPerLanguage(['/de/', '/de/a/', '/de/b/', '/'], ['de'])).toBe(3);
    expect(pagesPerLanguage(pages, [])).toBe(pages.length);
  });
});
