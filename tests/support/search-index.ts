/**
 * The built search index, read back from Pagefind's own page files (dist/pagefind/fragment/): what
 * search finds and shows for each page. The markup's data-pagefind-* attributes are only for the
 * indexer and are gone from dist/ (src/integrations/page-css.ts), so tests ask the index.
 */
import path from 'node:path';
import { indexedPages, type IndexedPage } from '../../src/integrations/pagefind';
import { DIST } from './paths';

/** Every indexed page, by its address (/guides/your-choice/). Read once per test file. */
let cache: Map<string, IndexedPage> | undefined;
export function searchIndex(): Map<string, IndexedPage> {
  cache ??= new Map(indexedPages(path.join(DIST, 'pagefind')).map((page) => [page.url, page]));
  return cache;
}

/** Text as the index holds it: whitespace runs made one space. */
export const indexText = (text: string): string => text.replace(/\s+/g, ' ').trim();
