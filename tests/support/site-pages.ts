/**
 * The pages every quality gate checks: every address in the built sitemap, so a page added later is
 * covered without touching a test, plus the "not found" page (never in a sitemap, still seen by people).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './paths';

export interface SitePage {
  /** The address on the site, for example /guides/your-choice/. */
  address: string;
  /** The file in dist/ that serves it, for example guides/your-choice/index.html. */
  file: string;
}

/** Pages with an interactive tool: the only ones allowed to load JavaScript before the reader acts. */
export const TOOL_PAGES = ['/checklist/', '/plan/', '/search/'] as const;

/** Most JavaScript (gzip) a tool page (the checklist and plan at least) may load. */
export const TOOL_JS_BUDGET = 6 * 1024;

/**
 * HTML plus the CSS it blocks on (gzip): what fits in the first round trip of a new connection
 * (TCP's initial window: 10 segments of 1,460 bytes, the "14 KB" rule).
 */
export const FIRST_ROUND_TRIP_BUDGET = 10 * 1460;

/**
 * Pages known to be over the first-round-trip budget, each with its size when listed and why. A
 * ratchet: the test fails if any other page goes over, if a listed page grows, or if a listed page
 * fits again (then delete its line). Issue 7 stays open until this list is empty.
 *
 * Listed when the handouts, tools and search work landed together: their styles share one
 * stylesheet with Typography (9.1 KB gzip on every page), and each guide repeats the guide list and
 * the crisis lines. The way out is a smaller stylesheet per kind of page, not a longer list.
 */
const SHARED_STYLESHEET =
  'one 9.1 KB stylesheet (Typography, tools, search, handouts) on every page, plus the guide list and crisis lines';

/**
 * How much a listed page may move without counting as growth: a new asset hash in a link or a new
 * date changes the gzip size by a few bytes from one build to the next.
 */
export const RATCHET_SLACK = 64;

export const OVER_FIRST_ROUND_TRIP: Record<string, { bytes: number; reason: string }> = {
  '/checklist/': { bytes: 15807, reason: SHARED_STYLESHEET },
  '/for-clinicians/': { bytes: 19297, reason: SHARED_STYLESHEET },
  '/guides/after-your-session/': { bytes: 16582, reason: SHARED_STYLESHEET },
  '/guides/glossary/': { bytes: 17022, reason: SHARED_STYLESHEET },
  '/guides/holding-the-space/': { bytes: 16181, reason: SHARED_STYLESHEET },
  '/guides/how-this-information-is-made/': { bytes: 16054, reason: SHARED_STYLESHEET },
  '/guides/questions/': { bytes: 17918, reason: SHARED_STYLESHEET },
  '/guides/safety/': { bytes: 17545, reason: SHARED_STYLESHEET },
  '/guides/session-day/': { bytes: 17173, reason: SHARED_STYLESHEET },
  '/guides/ways-your-session-can-go/': { bytes: 16456, reason: SHARED_STYLESHEET },
  '/guides/what-is-kat/': { bytes: 17104, reason: SHARED_STYLESHEET },
  '/guides/your-choice/': { bytes: 16127, reason: SHARED_STYLESHEET },
  '/handouts/after-your-session/': { bytes: 15360, reason: SHARED_STYLESHEET },
  '/handouts/preparing-for-your-session/': { bytes: 15455, reason: SHARED_STYLESHEET },
  '/handouts/ways-your-session-can-go/': { bytes: 15315, reason: SHARED_STYLESHEET },
  '/plan/': { bytes: 15256, reason: SHARED_STYLESHEET },
  '/search/': { bytes: 15888, reason: SHARED_STYLESHEET },
};

/**
 * JavaScript a page without a tool may load before the reader acts: the search button's loader, which
 * opens the dialog and fetches Pagefind only when the reader asks for search, and on pages with
 * sections or handouts the small sharing script that reveals Copy link, Share and Print. Together at
 * most 2.5 KB in at most two files; neither fetches anything until the reader acts.
 */
export const INTENT_LOADER_BUDGET = 2.5 * 1024;

/** How many script files a page without a tool may load: the search loader and the sharing script. */
export const INTENT_SCRIPT_FILES = 2;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

/** Every address in dist/sitemap-index.xml and the sitemaps it lists, in order. */
export function sitemapAddresses(dist = DIST): string[] {
  const index = path.join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`No ${index}: build the site first (npm run build).`);
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) =>
    locs(readFileSync(path.join(dist, new URL(sitemap).pathname), 'utf8')).map((loc) => new URL(loc).pathname),
  );
}

function fileFor(address: string): string {
  return address.endsWith('/') ? `${address.slice(1)}index.html` : address.slice(1);
}

/** The sitemap's pages, then /404.html. */
export function sitePages(dist = DIST): SitePage[] {
  const pages = sitemapAddresses(dist).map((address) => ({ address, file: fileFor(address) }));
  if (existsSync(path.join(dist, '404.html'))) pages.push({ address: '/404.html', file: '404.html' });
  return pages;
}
