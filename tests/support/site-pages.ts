/**
 * The pages every quality gate checks: every address in the built sitemap, so a page added later is
 * covered without touching a test, plus the "not found" page (never in a sitemap, still seen by people).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './paths';
import { EDITIONS, languageOfPage, pathsOf } from './editions';

export interface SitePage {
  /** The address on the site, for example /guides/your-choice/. */
  address: string;
  /** The file in dist/ that serves it, for example guides/your-choice/index.html. */
  file: string;
  /** The page's language, from its `<html lang>` (en, es). */
  lang: string;
}

/**
 * Pages with an interactive tool, in every language (/checklist/, /es/lista-de-preparacion/ …): the
 * only ones allowed to load JavaScript before the reader acts.
 */
export const TOOL_PAGES: readonly string[] = EDITIONS.flatMap(({ lang }) => {
  const paths = pathsOf(lang);
  return [paths.checklist, paths.plan, paths.search];
});

/** Most JavaScript (gzip) a tool page (the checklist and plan at least) may load. */
export const TOOL_JS_BUDGET = 6 * 1024;

/** A new connection's first round trip: TCP's initial window of 10 segments of 1,460 bytes (the "14 KB" rule). */
export const FIRST_ROUND_TRIP = 14_600;

/**
 * HTML plus the CSS it blocks on (gzip), at most, on every page: under the first round trip of a new
 * connection (TCP's initial window: 10 segments of 1,460 bytes, the "14 KB" rule) with room left for
 * the response headers, the TLS records and the page's growth as a practice writes more.
 */
export const PAGE_BUDGET = 12 * 1024;

/** The most the guides weigh in the middle (median of HTML plus blocking CSS, gzip): most reading starts on one. */
export const GUIDE_MEDIAN_BUDGET = 10.5 * 1024;

/**
 * The same median for the guides of another language than the clinic's own (a translation): its words
 * run longer. Measured on the sample, the Spanish guides' HTML is 7–11% heavier (gzip, median 9%) than
 * the English guides they translate, and with the same stylesheet their first flight about 7% heavier;
 * so 8% more, and not a byte for anything else. The clinic's own language keeps GUIDE_MEDIAN_BUDGET, and
 * every page of every language PAGE_BUDGET.
 */
export const TRANSLATED_GUIDE_MEDIAN_BUDGET = GUIDE_MEDIAN_BUDGET * 1.08;

/**
 * A page without a tool fetches no script file until the reader acts. Its only script is the intent
 * loader (src/scripts/intent.ts), written into the page, which shows the search button and the Copy
 * and Print buttons and fetches their code (and the section links') when the reader reaches for one. This is the
 * most it may weigh, gzip, on its own: 736 bytes when set; 885 once it also made the search dialog's
 * bare shell (which took the dialog's markup, about 460 bytes gzip, out of every page) and started
 * Pagefind's first files with the search code, then 791 with the same behaviour once the search code
 * took what can wait for it (focus back on close, the selection on reopening) and the code was
 * tightened. Some room for a fix, not for a feature (the loader counts toward the page's HTML, and so
 * toward the 14 KB first round trip).
 */
export const INTENT_LOADER_BUDGET = 800;

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

const withLanguage = (dist: string, address: string, file: string): SitePage => ({
  address,
  file,
  lang: languageOfPage(readFileSync(path.join(dist, file), 'utf8')),
});

/** The sitemap's pages, then /404.html. */
export function sitePages(dist = DIST): SitePage[] {
  const pages = sitemapAddresses(dist).map((address) => withLanguage(dist, address, fileFor(address)));
  if (existsSync(path.join(dist, '404.html'))) pages.push(withLanguage(dist, '/404.html', '404.html'));
  return pages;
}
