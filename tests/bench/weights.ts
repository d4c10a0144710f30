/**
 * First flight per page (HTML + the CSS it blocks on, gzip: tests/support/page-weight.ts, the same
 * figures as the byte-budget test) beside its physical limit: the visible text of the page's `main`
 * alone, gzipped. And, at scale, the pages that list the synthetic guides.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { pageWeight } from '../support/page-weight';
import { sitePages } from '../support/site-pages';

export interface FirstFlight {
  address: string;
  html: number;
  css: number;
  /** HTML + blocking CSS, gzip. */
  firstFlight: number;
  /** The words of `main` alone, gzip: what no page can go below. */
  text: number;
}

/** The words a reader sees in the page's main region, spaces collapsed. */
function mainText(html: string): string {
  const $ = load(html);
  $('main script, main style, main template, main [hidden]').remove();
  return $('main').text().replace(/\s+/g, ' ').trim();
}

export function firstFlights(dist: string): FirstFlight[] {
  return sitePages(dist).map(({ address, file }) => {
    const weight = pageWeight(file, dist);
    const text = gzipSync(mainText(readFileSync(path.join(dist, file), 'utf8')), { level: 9 }).length;
    return { address, html: weight.html, css: weight.css, firstFlight: weight.html + weight.css, text };
  });
}

/** Guide pages: under /guides/, not the guides index itself. */
export const isGuide = (address: string): boolean => /^\/guides\/[^/]+\/$/.test(address);

/**
 * Pages that list synthetic guides (at least `atLeast` links to them), with how many they link, plus
 * the pages named in `always` (the search page, the clinicians' page, the guides index) when built.
 */
export function listPages(
  dist: string,
  marker: string,
  atLeast: number,
  always: readonly string[],
): (FirstFlight & { links: number })[] {
  return sitePages(dist).flatMap(({ address, file }) => {
    if (isGuide(address) && address.includes(marker)) return [];
    const html = readFileSync(path.join(dist, file), 'utf8');
    const $ = load(html);
    // Distinct guides linked (a guide linked with its sections counts once).
    const links = new Set(
      $('a[href]')
        .map((_, link) => {
          const href = $(link).attr('href') ?? '';
          const at = href.indexOf(marker);
          return at < 0 ? '' : href.slice(at).split(/[/#?]/, 3).join('/');
        })
        .get()
        .filter(Boolean),
    ).size;
    if (links < atLeast && !always.includes(address)) return [];
    const weight = pageWeight(file, dist);
    const text = gzipSync(mainText(html), { level: 9 }).length;
    return [{ address, html: weight.html, css: weight.css, firstFlight: weight.html + weight.css, text, links }];
  });
}
