/**
 * Pages that list every guide, as a reader without JavaScript meets them: the list on its own page or,
 * when it is too long for that page (src/lib/listing.ts), the pages it links to under an address of
 * its own and the numbered pages each goes on over. Collected by following links, never from the content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { fileFor } from './dist';
import { EDITIONS, pathsOf } from './editions';
import { DIST } from './paths';

export interface ListingPages {
  /** The files the list is on, in dist/: the first page, then each page reached from it. */
  files: string[];
  /** Every link the list holds, apart from those to its own pages. */
  links: Set<string>;
}

/**
 * A list that starts on `start` (an address) within the `scope` selector, and goes on to the pages
 * under `under` that it links to (all of each one's <main>).
 */
export function followListing(start: string, scope: string, under: string, dist = DIST): ListingPages {
  const files = [fileFor(start)];
  const links = new Set<string>();
  for (let index = 0; index < files.length; index += 1) {
    const $ = load(readFileSync(path.join(dist, files[index] ?? ''), 'utf8'));
    $(index === 0 ? scope : 'main')
      .find('a[href^="/"]')
      .each((_, a) => {
        const href = $(a).attr('href') ?? '';
        const target = fileFor(href);
        if (!href.startsWith(under)) links.add(href);
        else if (!files.includes(target)) files.push(target);
      });
  }
  return { files, links };
}

/**
 * One language's search page's A to Z (the root language's unless named): on the page, or on the
 * letter pages (/search/a-z/…, /es/buscar/a-z/…) it links to.
 */
export const topicIndexPages = (dist = DIST, lang = EDITIONS[0]?.lang ?? ''): ListingPages =>
  followListing(pathsOf(lang).search, 'section:has(> #a-to-z)', pathsOf(lang).topics, dist);
